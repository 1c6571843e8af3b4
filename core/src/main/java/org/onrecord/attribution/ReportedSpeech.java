package org.onrecord.attribution;

import static org.onrecord.attribution.ReportedWords.*;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Chars;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Finds reported speech: clauses that a source says, thinks or shows without quotation marks
 * ("Starmer ordered his team not to join", "only 10-15% of trains are running, according to staff").
 * Each sentence is read in order: a framing that holds the whole sentence ({@link FramedClauses}:
 * "…, the report said", "As X reported, …", "in a poll, …"), else its clauses left to right, each
 * after a reporting verb or an object cue that finds a source, else an unsourced stance.
 * Quotations end the narrative a clause may take, except where a clause runs into them. Every
 * clause found names the {@link Shape} that read it; the framings are tried in their shapes' order
 * by {@link RuleRunner}, and a shape switched off proposes nothing.
 */
final class ReportedSpeech extends ClauseReader {
    private final FramedClauses framing;

    ReportedSpeech(Tokens tokens, CueReader cues, RuleRunner runner) {
        super(tokens, cues, runner);
        this.framing = new FramedClauses(this);
    }

    /**
     * A reported clause, as its reader proposes it: its content span, the quoted fragments inside it,
     * its cue and source, and the shape that read it.
     */
    record Found(Span content, List<Span> fragments, CueMatch match, Shape shape) {}

    /**
     * The reported clauses of the document.
     *
     * @param quotations the quotation spans, in order: sentences inside a direct quotation report
     *     nothing, and fragments inside a reported clause become its quoted parts
     */
    List<Found> find(List<QuoteSpan> quotations) {
        boolean[] inDirect = new boolean[tokens.size()];
        List<QuoteSpan> fragments = new ArrayList<>();
        for (QuoteSpan q : quotations) {
            if (q.inline()) {
                fragments.add(q);
                continue;
            }
            int from = tokens.firstAtOrAfter(q.open());
            int to = q.isClosed() ? tokens.firstAtOrAfter(q.close()) : tokens.lastEndingBy(q.content().end());
            for (int i = from; i <= to && i < inDirect.length; i++) {
                inDirect[i] = true;
            }
        }
        List<Found> out = new ArrayList<>();
        int s = 0;
        while (s < tokens.size()) {
            int e = s;
            // a sentence longer than the window is read window by window, so no reader costs more than it
            while (e + 1 < tokens.size() && tokens.sameParagraph(s, e + 1) && !tokens.startsSentence(e + 1)
                    && e + 1 - s < Tokens.SENTENCE_WINDOW) {
                e++;
            }
            Found labelled = framing.labelled(s, e, inDirect);
            if (labelled != null) {
                out.add(labelled);
                e = tokens.lastEndingBy(labelled.content().end());
            } else {
                out.addAll(sentence(s, e, inDirect, fragments, quotations));
            }
            s = e + 1;
        }
        return out;
    }

    private List<Found> sentence(int s, int e, boolean[] inDirect, List<QuoteSpan> fragments, List<QuoteSpan> quotations) {
        if (tokens.get(e).is(":") && e + 1 < inDirect.length && inDirect[e + 1]) {
            return List.of(); // "Leonard wrote:" introduces the quotation that follows
        }
        int start = s;
        while (start <= e && inDirect[start]) {
            start++;
        }
        if (start > s) {
            // “…,” she said in a statement: the trailing attribution of a quotation reports nothing
            // more, unless a participle goes on: “…,” said Rice, noting that old episodes sell
            Found participle = start <= e ? afterQuotation(start, e, inDirect, fragments) : null;
            return participle == null ? List.of() : List.of(participle);
        }
        int end = start;
        while (end + 1 <= e && !inDirect[end + 1]) {
            end++; // the narrative before any direct quotation: “…,” she said, “…” reports nothing more
        }
        end = beforePunctuation(end, start);
        if (start > e || end - start < MIN_WORDS) {
            return List.of();
        }
        boolean cutByQuotation = end + 1 <= e && inDirect[end + 1] || endsBeforeQuotation(end, e, inDirect);
        boolean colon = tokens.get(end + 1 <= e ? end + 1 : end).is(":");
        if (cutByQuotation && (colon || endsWithLeadIn(start, e, inDirect))) {
            // "Leonard wrote:" introduces the quotation that follows, not a clause of its own; but in
            // "Sanders said the process could be “messy,” adding, “…”" the clause before ", adding" stands
            int lead = end;
            while (lead > start && !(tokens.get(lead).isWord() && cues.isCue(lead))) {
                lead--;
            }
            boolean commaBefore = lead - 2 >= start && (tokens.get(lead - 1).is(",")
                    || tokens.get(lead - 1).kind() == Token.Kind.QUOTE_MARK && tokens.get(lead - 2).is(",")); // ", adding" or "“messy,” adding"
            if (lead - 1 <= start + MIN_WORDS || !commaBefore || end - lead > 2) {
                Found intoQuotation = colon ? null : clauseIntoQuotation(start, end, e, quotations);
                return intoQuotation == null ? List.of() : List.of(intoQuotation);
            }
            end = tokens.get(lead - 1).is(",") ? lead - 2 : lead - 1;
        }
        Found framed = runner.firstFraming(Shape.Stage.FRAMING, framing, start, end, fragments, cutByQuotation);
        if (framed != null) {
            return List.of(framed);
        }
        List<Found> found = new ArrayList<>(1);
        found.addAll(clauses(start, end, fragments, !cutByQuotation));
        if (found.isEmpty()) {
            Found fallback = runner.firstFraming(Shape.Stage.FALLBACK, framing, start, end, fragments, cutByQuotation);
            if (fallback != null) {
                found.add(fallback);
            }
        }
        if (cutByQuotation) {
            found.addAll(afterLastQuotation(end, e, inDirect, fragments));
        }
        return found;
    }

    /**
     * "The journalist, promoting his book “Sin Miedo”, downplayed his influence": narrative after
     * the sentence's last quotation, when no trailing cue of that quotation opens it, is read too.
     */
    private List<Found> afterLastQuotation(int end, int e, boolean[] inDirect, List<QuoteSpan> fragments) {
        int last = -1;
        for (int k = end + 1; k <= e; k++) {
            if (inDirect[k]) {
                last = k;
            }
        }
        int rest = last + 1;
        while (rest <= e && tokens.get(rest).kind() == Token.Kind.PUNCT && !Chars.isSentenceEnd(tokens.get(rest).first())) {
            rest++;
        }
        if (last < 0 || rest > e || words(rest, e) < MIN_WORDS + 1 || cues.trailing(last + 1) != null) {
            return List.of();
        }
        int to = beforePunctuation(e, rest);
        return clauses(rest, to, fragments, false);
    }

    /** The clauses of tokens {@code from..end}, read left to right: "X said A, while Y argued B". */
    private List<Found> clauses(int from, int end, List<QuoteSpan> fragments, boolean clauseBefore) {
        List<Found> found = new ArrayList<>(1);
        int start = from;
        for (int c = from; c <= end; c++) {
            Found f = at(c, start, from, end, fragments, clauseBefore);
            if (f != null) {
                f = beforeNextAttribution(f, fragments);
                for (Found part : atParticipleClauses(f, fragments)) {
                    found.addAll(splitAfterQuotedWords(part, fragments));
                    c = Math.max(c, tokens.lastEndingBy(part.content().end())); // read on after the clause
                }
                start = c + 1;
            }
        }
        return found;
    }

    private Found afterQuotation(int start, int e, boolean[] inDirect, List<QuoteSpan> fragments) {
        CueMatch trailing = cues.trailing(start);
        if (trailing == null || trailing.cue() == null) {
            return null;
        }
        int end = start;
        while (end + 1 <= e && !inDirect[end + 1]) {
            end++;
        }
        end = beforePunctuation(end, start);
        for (int c = tokens.lastEndingBy(trailing.cue().end()) + 1; c <= end; c++) {
            Token t = tokens.get(c);
            // "…, noting that …", or "…,” said Borges, who predicted that …": the same source goes on
            boolean relative = c - 2 >= start && tokens.get(c - 1).is("who") && tokens.get(c - 2).is(",");
            if (t.isWord() && (t.lower().endsWith("ing") && isAfterComma(c) || relative) && isReporting(c)) {
                Span cue = cues.cueSpan(c);
                int from = clauseStart(tokens.firstAtOrAfter(cue.end()), end, asks(c));
                if (from < 0 || words(from, end) < MIN_WORDS) {
                    return null;
                }
                Source source = relative ? trailing.source().through(tokens.get(c - 1).span()) : trailing.source();
                return found(from, end, fragments, new CueMatch(cue, source, addressee(c, cue, from, end)),
                        Shape.PARTICIPLE_AFTER_QUOTE);
            }
        }
        return null;
    }

    /**
     * "The union condemned the sale, saying that workers would lose their jobs": a stance ends before
     * a comma and a reporting verb in -ing with "that" after it, which reports a clause of its own with
     * the same source; the stance, then each such participle's clause.
     */
    private List<Found> atParticipleClauses(Found f, List<QuoteSpan> fragments) {
        CueActs.Reading act = f.match().cue() == null ? null : CueActs.standard().of(tokens, f.match().cue());
        if (act == null || act.kind() != CueActs.Kind.STANCE) {
            return List.of(f); // "said he did not believe it, arguing that …": one statement (PolNeAR dev reads it so)
        }
        int from = tokens.firstAtOrAfter(f.content().start());
        int to = tokens.lastEndingBy(f.content().end());
        for (int b = from + 1; b + 3 <= to; b++) {
            Token next = tokens.get(b + 1);
            if (tokens.get(b).is(",") && next.isWord() && next.lower().endsWith("ing") && tokens.get(b + 2).is("that")
                    && isReporting(b + 1)) {
                Found cut = found(from, beforeAnyPunctuation(b - 1, from), fragments, f.match(), f.shape());
                Found participle = found(b + 3, to, fragments,
                        new CueMatch(cues.cueSpan(b + 1), f.match().source(), null), Shape.CLAUSE_AFTER_CUE);
                if (cut == null || participle == null) {
                    return List.of(f);
                }
                List<Found> parts = new ArrayList<>(atParticipleClauses(participle, fragments));
                parts.add(0, cut);
                return parts;
            }
        }
        return List.of(f);
    }

    /**
     * "Trump called to ban Muslims, but the groups say they are concerned": a clause ends where
     * another source begins an attribution of its own, which the caller then reads.
     */
    private Found beforeNextAttribution(Found f, List<QuoteSpan> fragments) {
        int from = tokens.firstAtOrAfter(f.content().start());
        int to = tokens.lastEndingBy(f.content().end());
        for (int b = from + MIN_WORDS; b < to; b++) {
            Token t = tokens.get(b);
            if (!(t.is(",") || t.is(";") || t.isWord() && t.is(Word.CLAUSE_JOIN))) {
                continue;
            }
            int j = b + 1;
            while (j < to && tokens.get(j).isWord() && tokens.get(j).is(Word.CLAUSE_JOIN)) {
                j++; // ", but", ", while"
            }
            Source subject = cues.sourceFrom(j, true);
            boolean counted = tokens.get(j).kind() == Token.Kind.NUMBER || tokens.get(j).isWord()
                    && (tokens.get(j).is(Word.PLURAL_SOURCE) || tokens.get(j).is(Word.QUANTIFIER));
            if (subject == null && j + 1 < to && counted) {
                // "while 9 percent found", "after prosecutors determined", "but many say"
                int e = j;
                while (e + 1 < to && e - j < 3 && (tokens.get(e + 1).isWord() && !isReporting(e + 1)
                        && Character.isLowerCase(tokens.get(e + 1).first()) && !cues.isSkippable(e + 1)
                        && !tokens.get(e + 1).is(Word.AUXILIARY))) {
                    e++;
                }
                subject = new Source(new Span(tokens.get(j).start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
            }
            if (subject == null || subject.kind() == Source.Kind.DESCRIPTION && !cues.isDeterminer(j) && !counted) {
                continue;
            }
            int v = tokens.lastEndingBy(subject.mention().end()) + 1;
            while (v < to && (cues.isSkippable(v) || tokens.get(v).isWord() && tokens.get(v).is(Word.AUXILIARY))) {
                v++;
            }
            if (v < to && tokens.get(v).isWord() && !tokens.get(v).lower().endsWith("ing") && isReporting(v)) {
                int end = beforeAnyPunctuation(b - 1, from);
                Found cut = found(from, end, fragments, f.match(), f.shape());
                return cut != null ? cut : f;
            }
        }
        return f;
    }

    /**
     * "Swers said because Obama is popular with voters, “he's a very good surrogate for her.”": a
     * clause that runs into the quotation ending its sentence is one mixed quotation with it.
     */
    private Found clauseIntoQuotation(int start, int end, int e, List<QuoteSpan> quotations) {
        if (!runner.allows(Shape.INTO_QUOTATION)) {
            return null;
        }
        for (int c = start; c < end; c++) {
            if (!tokens.get(c).isWord() || !isReporting(c)) {
                continue;
            }
            int from = clauseStart(tokens.firstAtOrAfter(cues.cueSpan(c).end()), end, asks(c));
            if (from < 0 || words(from, end) < MIN_WORDS || !hasVerb(from - 1, end)) {
                continue;
            }
            Source source = source(c, start);
            QuoteSpan quotation = null;
            for (int k = firstAtOrAfter(quotations, tokens.get(end).end()); k < quotations.size(); k++) {
                QuoteSpan q = quotations.get(k);
                if (tokens.firstAtOrAfter(q.open()) > e) {
                    break;
                }
                if (!q.inline() && tokens.firstAtOrAfter(q.open()) > end) {
                    quotation = q;
                    break;
                }
            }
            if (source == null || quotation == null || quotation.content().end() > tokens.get(e).end()) {
                return null;
            }
            Span content = new Span(tokens.get(from).start(), quotation.content().end());
            List<Span> inside = within(quotations, content);
            Span cue = cues.cueSpan(c);
            return new Found(content, inside, new CueMatch(cue, source, addressee(c, cue, from, end)), Shape.INTO_QUOTATION);
        }
        return null;
    }

    /** The narrative part ends with a colon or comma right before a quotation. */
    private boolean endsWithLeadIn(int start, int e, boolean[] inDirect) {
        for (int k = start; k < e; k++) {
            if (inDirect[k + 1] && !inDirect[k]) {
                return tokens.get(k).is(":") || tokens.get(k).is(",");
            }
        }
        return false;
    }

    private boolean endsBeforeQuotation(int end, int e, boolean[] inDirect) {
        for (int k = end + 1; k <= e; k++) {
            if (inDirect[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param s where the clause may start (after an earlier clause of the sentence)
     * @param sentence where the sentence starts: a participle's subject may stand before {@code s}
     * @param clauseBefore whether the clause may stand before its cue ("Talks failed, she said.")
     */
    private Found at(int c, int s, int sentence, int end, List<QuoteSpan> fragments, boolean clauseBefore) {
        Token t = tokens.get(c);
        if (!t.isWord()) {
            return null;
        }
        if (TokenView.accordingTo(tokens, c)) {
            return framing.accordingTo(c, s, end, fragments);
        }
        if (c + 2 <= end && tokens.get(c + 1).isWord() && Character.isLowerCase(t.first())
                && !(t.is("asked") && c > 0 && tokens.get(c - 1).is(Word.PASSIVE))) {
            // "talked about", and "talked glowingly about": an adverb may stand inside the phrase
            boolean adverb = tokens.get(c + 1).lower().endsWith("ly") && c + 3 <= end && tokens.get(c + 2).isWord();
            int preposition = adverb ? c + 2 : c + 1;
            if (ObjectCues.opens(tokens, t.lower(), tokens.get(preposition).lower())) {
                Found object = object(c, preposition - c + 1, cues.dependsOnSubject(c) ? sentence : s, end, fragments,
                        Shape.OBJECT_CUE);
                if (object != null) {
                    return object;
                }
            }
        }
        if (isStanceParticiple(c) && c + 1 <= end) {
            // "pastors supporting Mr. Cruz", "a group backing Bush": the stance of the noun before
            Found object = object(c, 1, cues.dependsOnSubject(c) ? sentence : s, end, fragments, Shape.STANCE_PARTICIPLE);
            if (object != null) {
                return object;
            }
        }
        if (!isReporting(c)) {
            return null;
        }
        Span cue = cues.cueSpan(c);
        int after = tokens.firstAtOrAfter(cue.end());
        int from = clauseStart(after, end, asks(c));
        Source source = source(c, cues.dependsOnSubject(c) ? sentence : s);
        boolean stance = verbHas(c, Verb.STANCE);
        if (from >= 0 && stance && words(from, end) < MIN_WORDS && !isCapitalisedRun(from, end)) {
            Found object = object(c, from - c, source == null ? s : sentence, end, fragments, Shape.STANCE_OBJECT); // "endorsed her"
            if (object != null) {
                return object;
            }
        }
        boolean namedObject = from >= 0 && stance && isCapitalisedRun(from, end);
        if (from >= 0 && (words(from, end) >= MIN_WORDS || namedObject) && source != null) {
            // "backed Hillary Clinton": a named object too short for a clause is the stance's object
            Shape shape = words(from, end) >= MIN_WORDS ? Shape.CLAUSE_AFTER_CUE : Shape.STANCE_OBJECT;
            Found f = found(from, end, fragments, new CueMatch(cue, source, addressee(c, cue, from, end)), shape);
            if (f != null) {
                return f;
            }
        }
        // "The union, he said, will appeal." / "Talks have failed, she said."
        if (clauseBefore && c - 1 > s) {
            if (source != null) {
                int subject = tokens.firstAtOrAfter(source.mention().start());
                while (subject - 1 > s && tokens.get(subject - 1).isWord()
                        && (tokens.get(subject - 1).is("the") || tokens.get(subject - 1).is("The"))) {
                    subject--; // "…, the Times said"
                }
                int resume = after;
                while (resume <= end && tokens.get(resume).isWord() && tokens.get(resume).is(Word.OBJECT_PRONOUN)) {
                    resume++; // "The solution, the partner told them, was simple."
                }
                boolean parenthetical = resume <= end && tokens.get(resume).is(",");
                int before = words(s, subject - 2);
                boolean adverbial = tokens.get(s).is(Word.OPENER); // "In a poll …, voters backed"
                if (subject - 1 > s && tokens.get(subject - 1).is(",") && !adverbial
                        && (before >= MIN_WORDS || parenthetical && before + words(resume, end) >= MIN_WORDS)) {
                    int to = parenthetical ? end : subject - 2;
                    return found(s, to, fragments, new CueMatch(cue, source, null), Shape.CLAUSE_BEFORE_CUE);
                }
            }
        }
        return null;
    }

    /**
     * "talked about the Southern border", "is calling for a ban on guns", "his criticism of the
     * deal": the object after the cue phrase at {@code c}, up to the next punctuation or
     * subordinate clause. The source is a possessive before a noun cue, else the verb's subject.
     *
     * @param cueLength how many tokens the cue phrase holds: 2 for "talked about", 1 for "endorsed"
     * @param shape which reading found the cue phrase
     */
    private Found object(int c, int cueLength, int s, int end, List<QuoteSpan> fragments, Shape shape) {
        int from = c + cueLength;
        int to = from;
        Token last = tokens.get(from - 1);
        if (cueLength > 1 && !last.is("of") && !last.is("as") && !inOpeningAdjunct(c)) {
            to = end; // "sought to temper his tone as he drew contrasts": an infinitive or a clause runs on
        }
        while (to + 1 <= end && !endsObject(to + 1) && to - from < 40
                && !(cueLength == 1 && endsName(to, to + 1))) {
            to++;
        }
        to = beforeAnyPunctuation(to, from);
        if (endsObject(from) || !(tokens.get(from).isWord() || tokens.get(from).kind() == Token.Kind.NUMBER)) {
            return null;
        }
        Token prev = tokens.at(c - 1);
        Source source;
        if (prev != null && c - 1 >= s && prev.isWord() && TokenView.isPossessivePronoun(prev)) {
            source = new Source(prev.span(), Source.Kind.PRONOUN); // "his criticism of"
        } else if (prev != null && c - 2 >= s && prev.kind() == Token.Kind.POSSESSIVE) {
            source = cues.sourceBefore(c - 2, s); // "Trump's support for"
        } else {
            source = source(c, s);
        }
        if (source == null) {
            return null;
        }
        Span cue = new Span(tokens.get(c).start(), tokens.get(c + cueLength - 1).end());
        return found(from, to, fragments, new CueMatch(cue, source, null), shape);
    }

    /**
     * "Beyond concerns about ownership, the union warned …", "Despite Trump's assertion that the U.S.
     * does not need Canada, one-quarter of …": the cue at {@code c} stands in the adverbial phrase
     * that opens its sentence, before any comma, so its object ends where that phrase does.
     */
    private boolean inOpeningAdjunct(int c) {
        int s = tokens.sentenceStart(c);
        Token first = tokens.get(s);
        if (!first.isWord() || !first.is(Word.OPENER) || Character.isLowerCase(first.first()) || first.is(Word.CLAUSE_JOIN)
                || first.isIgnoreCase("if") || first.isIgnoreCase("once")) {
            return false; // "When the poll asked about X, Clinton led": a clause of its own, whose content may be the main clause
        }
        boolean subordinate = false;
        for (int i = s + 1; i < c; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCT) {
                return false;
            }
            subordinate |= t.isWord() && Character.isLowerCase(t.first()) && (t.is(Word.CLAUSE_JOIN) || t.is(Word.RELATIVE));
        }
        // "In a statement Ms Jyalalitha called for …": a past verb is the sentence's own, unless a
        // clause inside the phrase holds it ("At the end of the day when Mr Sharif referred to …")
        return subordinate || !tokens.get(c).lower().endsWith("ed");
    }

    /**
     * "Trump called Ford's plans “an absolute disgrace,” and threatened a 35 percent tax": when a
     * new predicate follows the quoted words, the mixed quotation ends with them and what follows
     * is a reported clause of its own, of the same source.
     */
    private List<Found> splitAfterQuotedWords(Found f, List<QuoteSpan> fragments) {
        if (f.fragments().isEmpty() || f.match().cue() == null || f.match().cue().end() > f.content().start()) {
            return List.of(f);
        }
        int from = tokens.firstAtOrAfter(f.content().start());
        int to = tokens.lastEndingBy(f.content().end());
        int last = tokens.lastEndingBy(f.fragments().get(f.fragments().size() - 1).end()) + 1;
        while (last <= to && tokens.get(last).kind() == Token.Kind.QUOTE_MARK) {
            last++;
        }
        for (int b = last; b < to; b++) {
            Token t = tokens.get(b);
            if (!(t.is(",") || t.is(";") || cues.isDash(b) || t.isWord() && t.is(Word.CLAUSE_JOIN))) {
                continue;
            }
            int rest = b + 1;
            while (rest <= to && (tokens.get(rest).kind() == Token.Kind.PUNCT
                    || tokens.get(rest).isWord() && tokens.get(rest).is(Word.CLAUSE_JOIN))) {
                rest++;
            }
            Token lead = tokens.get(Math.min(rest, to));
            if (rest <= to && t.is(",") && lead.isWord() && Character.isLowerCase(lead.first()) && lead.lower().endsWith("ing")
                    && (!isReporting(rest) || isAction(rest))) {
                // "expressed “solidarity” with those striking, sharing images of himself with workers": what
                // the source did next, not what it said
                int end = beforeAnyPunctuation(b - 1, from);
                Span said = new Span(f.content().start(), Math.max(tokens.get(end).end(), f.fragments().get(f.fragments().size() - 1).end()));
                return List.of(new Found(said, within(fragments, said), f.match(), f.shape()));
            }
            if (rest > to || words(rest, to) < MIN_WORDS || !newPredicate(rest, to)) {
                return List.of(f);
            }
            int end = beforeAnyPunctuation(b - 1, from);
            Span first = new Span(f.content().start(), Math.max(tokens.get(end).end(), f.fragments().get(f.fragments().size() - 1).end()));
            Span second = new Span(tokens.get(rest).start(), f.content().end());
            return List.of(new Found(first, within(fragments, first), f.match(), f.shape()),
                    new Found(second, within(fragments, second), f.match(), f.shape()));
        }
        return List.of(f);
    }

    /** Whether the verb at {@code i} names only an action ("sharing images"), by {@code cue-acts.tsv}. */
    private boolean isAction(int i) {
        CueActs.Reading r = CueActs.standard().of(tokens, tokens.get(i).span());
        return r != null && r.kind() == CueActs.Kind.ACTION;
    }

    static QuoteType typeOf(Found f) {
        return f.fragments().isEmpty() ? QuoteType.INDIRECT : QuoteType.MIXED;
    }
}
