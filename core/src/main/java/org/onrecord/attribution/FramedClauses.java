package org.onrecord.attribution;

import static org.onrecord.attribution.ReportedWords.*;

import java.util.List;
import org.onrecord.attribution.ReportedSpeech.Found;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Reported speech framed by something other than a verb before its clause: a cue that closes the
 * sentence ("…, the report said"), "according to", "As X reported", a passive with its agent, a
 * poll or document, a headline's label, or no source at all ("is expected to").
 */
final class FramedClauses extends ClauseReader {
    FramedClauses(ClauseReader shared) {
        super(shared);
    }

    /**
     * A headline or list item that gives its source before a colon ("NY Daily News: Paris attacks
     * highlight threat posed by NRA."): the rest of the paragraph is what the source says.
     */
    Found labelled(int s, int colon, boolean[] inDirect) {
        if (!runner.allows(Shape.LABELLED)) {
            return null;
        }
        if (!tokens.get(colon).is(":") || colon - s > 5 || colon == s || s > 0 && tokens.sameParagraph(s - 1, s)) {
            return null;
        }
        for (int i = s; i < colon; i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() && (Character.isUpperCase(t.first()) || t.is("of") || t.is("the")))) {
                return null;
            }
            if (t.is(Word.LABEL)) {
                return null;
            }
        }
        int end = colon + 1;
        while (end + 1 < tokens.size() && tokens.sameParagraph(colon, end + 1)) {
            end++;
        }
        for (int i = colon + 1; i <= end; i++) {
            if (inDirect[i]) {
                return null; // "Gordon Martin: “…”" is a direct quotation's label
            }
        }
        end = beforeAnyPunctuation(end, colon);
        if (words(colon + 1, end) < MIN_WORDS) {
            return null;
        }
        Source source = new Source(new Span(tokens.get(s).start(), tokens.get(colon - 1).end()), Source.Kind.NAME);
        Span content = new Span(tokens.get(colon + 1).start(), tokens.get(end).end());
        return new Found(content, List.of(), new CueMatch(null, source, null), Shape.LABELLED);
    }

    /**
     * "Talks have failed, the union said on Tuesday." / "…, said Christine Link, a lawyer.": the
     * clause before a comma, attributed by a cue that closes the sentence. The cue is read as for
     * a quotation's trailing cue; only adjuncts (a time, a place, an addressee) may follow it.
     */
    Found trailingAttribution(int start, int end, List<QuoteSpan> fragments) {
        Source opening = cues.sourceFrom(start);
        int afterOpening = opening == null ? -1 : tokens.lastEndingBy(opening.mention().end()) + 1;
        if (opening != null && opening.kind() == Source.Kind.NAME && tokens.at(afterOpening + 1) != null
                && tokens.get(afterOpening).is(",") && (tokens.get(afterOpening + 1).isWord()
                && tokens.get(afterOpening + 1).is(Word.RELATIVE) || cues.isDeterminer(afterOpening + 1))) {
            return null; // "Cruz, who has seen his lead evaporate, challenged …": a subject and its aside
        }
        for (int k = start + MIN_WORDS; k <= end; k++) {
            boolean closingFragment = tokens.get(k).kind() == Token.Kind.QUOTE_MARK && tokens.get(k - 1).is(",");
            if (!tokens.get(k).is(",") && !cues.isDash(k) && !closingFragment) {
                continue; // "…, he “made a strategic mistake,” said Lichtman": the comma inside the marks
            }
            if (words(start, k - 1) < MIN_WORDS) {
                continue;
            }
            if (!hasVerb(start, k - 1) || !opensAttribution(k + 1)) {
                continue; // "Mike Shields, president of the fund, said": a name and its appositive
            }
            int at = closingFragment ? k + 1 : k;
            boolean as = tokens.at(k + 1) != null && tokens.get(k + 1).is("as");
            CueMatch m = cues.trailing(as ? k + 2 : at);
            int cue = m == null || m.cue() == null ? -1 : tokens.firstAtOrAfter(m.cue().start());
            if (cue < 0 || tokens.get(cue).cue() == null && !cues.isAccordingTo(cue)) {
                continue;
            }
            int rest = tokens.lastEndingBy(Math.max(m.cue().end(), Math.max(m.source().mention().end(),
                    m.addressee() == null ? 0 : m.addressee().end()))) + 1;
            boolean inverted = m.source().mention().start() > m.cue().start();
            boolean according = cues.isAccordingTo(cue); // "…, according to an account she gave to the Beacon"
            if (rest <= end && !according && !onlyAdjuncts(rest, end) && !(inverted && tokens.get(rest).is(","))) {
                return null; // "…, Trump said the plan failed": the clause follows the cue
            }
            int to = beforePunctuation(closingFragment ? k : k - 1, start);
            return found(start, to, fragments, m, Shape.TRAILING_ATTRIBUTION);
        }
        return null;
    }

    /** "on Tuesday", "in a statement", "Wednesday morning on MSNBC", ", adding …": no clause of its own. */
    private boolean onlyAdjuncts(int from, int end) {
        Token first = tokens.get(from);
        if (first.is(",") || cues.isDash(from)) {
            // ", adding that …" goes on with the same source; "…, he said, have involved …" is a parenthesis
            Token next = tokens.at(from + 1);
            return next == null || from + 1 > end || next.isWord() && next.lower().endsWith("ing");
        }
        if (!(first.isWord() && (first.is(Word.ADJUNCT_OPENER) || first.is(Word.TIME_WORD)))) {
            return false;
        }
        int n = 0;
        for (int i = from; i <= end; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || cues.isDash(i)) {
                return true;
            }
            if (t.isWord() && (t.is(Word.FINITE) || t.is("that"))) {
                return false;
            }
            if (++n > 8) {
                return false;
            }
        }
        return true;
    }

    /** After the comma: an inverted cue, a name, a pronoun or a determiner; not "as", "which", "leading". */
    private boolean opensAttribution(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord()) {
            return false;
        }
        String w = t.lower();
        if (cues.isAccordingTo(i) || cues.isCue(i) && !w.endsWith("ing")) {
            return true;
        }
        if (w.equals("as") && tokens.at(i + 1) != null && !tokens.get(i + 1).is("well")) {
            return true; // "…, as The New York Times reported on Tuesday"
        }
        return !(t.is(Word.OBJECT_END) || t.is(Word.CLAUSE_JOIN) || t.is(Word.ADJUNCT_OPENER) || w.endsWith("ing")
                || t.is(Word.RELATIVE) || t.is(Word.FINITE) || t.is(Word.AUXILIARY) || w.equals("if")
                || w.equals("so") || w.equals("then") || w.equals("particularly") || w.equals("especially")
                || w.equals("including") || w.equals("even") || w.equals("not") || w.equals("or") || w.equals("nor"));
    }

    /**
     * "Trump is expected to win", "Enthusiasm appears to have plummeted", "He reportedly told aides …":
     * a clause held by no one the article names. The whole clause is the content; the source is null.
     */
    Found unsourced(int s, int end, List<QuoteSpan> fragments) {
        for (int k = s + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !Character.isLowerCase(t.first())) {
                continue;
            }
            String w = t.lower();
            Token prev = tokens.get(k - 1);
            boolean expected = t.is(Word.PASSIVE_STANCE) && prev.isWord() && (prev.is(Word.BE) || prev.is("widely")
                    || prev.lower().endsWith("n't") || prev.is("not")) && tokens.get(k + 1).is("to");
            boolean appears = t.is(Word.APPEARANCE) && !(prev.isWord() && prev.is(Word.RELATIVE))
                    && (tokens.get(k + 1).is("to") || tokens.get(k + 1).is("that") || tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).lower().endsWith("ly") || prev.is("It") || prev.is("it"));
            boolean reportedly = w.equals("reportedly") && k > s;
            if (expected || appears || reportedly) {
                int from = s;
                while (from < k && tokens.get(from).isWord() && tokens.get(from).is(Word.CONNECTIVE)) {
                    from++;
                    while (from < k && tokens.get(from).is(",")) {
                        from++;
                    }
                }
                return words(from, end) >= MIN_WORDS
                        ? found(from, end, fragments, new CueMatch(t.span(), null, null), Shape.UNSOURCED) : null;
            }
        }
        return null;
    }

    /** "As Breitbart News reported, the White House was refusing …": the clause after the framing. */
    Found asReported(int s, int end, List<QuoteSpan> fragments) {
        if (!tokens.get(s).isIgnoreCase("as")) {
            return null;
        }
        Source source = cues.sourceFrom(s + 1, true);
        if (source == null) {
            return null;
        }
        int c = tokens.lastEndingBy(source.mention().end()) + 1;
        while (c <= end && cues.isSkippable(c)) {
            c++;
        }
        if (c > end || !tokens.get(c).isWord() || !tokens.get(c).isCue(Verb.AS_FRAMING)) {
            return null; // "As Blumenthal spoke, …" is a time, not a source
        }
        int comma = c + 1;
        while (comma <= end && comma - c < 8 && !tokens.get(comma).is(",")) {
            comma++;
        }
        int from = comma + 1;
        while (from <= end && tokens.get(from).isWord() && tokens.get(from).is(Word.TIME_WORD)) {
            from++;
        }
        if (from > end || words(from, end) < MIN_WORDS) {
            return null;
        }
        Span cue = cues.cueSpan(c);
        return found(from, end, fragments, new CueMatch(cue, source, null), Shape.AS_REPORTED);
    }

    /** "O’Malley’s move was first reported by MSNBC": a passive cue, its agent the source. */
    Found reportedBy(int s, int end, List<QuoteSpan> fragments) {
        for (int c = s + 2; c + 2 <= end; c++) {
            Token t = tokens.get(c);
            if (!t.isWord() || !t.lower().endsWith("ed") || t.cue() == null || !tokens.get(c + 1).is("by")) {
                continue;
            }
            if (t.isCue(Verb.NAMING) && namedAs(c + 2, end)) {
                continue; // "Rynkiewicz was described by friends as …": what is named is no content
            }
            int aux = c - 1;
            while (aux > s && !tokens.get(aux).is(Word.BE) && (cues.isSkippable(aux) || tokens.get(aux).is("first"))) {
                aux--;
            }
            Token be = tokens.get(aux);
            if (!(be.isWord() && (be.is("was") || be.is("were") || be.is("is") || be.is("are") || be.is("been")))) {
                continue;
            }
            Source agent = cues.sourceOfAccordingTo(c + 2);
            int to = aux - 1;
            if (agent == null || to < s || words(s, to) < 1) {
                return null;
            }
            return found(s, to, fragments, new CueMatch(new Span(be.start(), tokens.get(c + 1).end()), agent, null),
                    Shape.REPORTED_BY);
        }
        return null;
    }

    /** An "as" within a short agent phrase from {@code from}: "by friends as a ‘caring person’". */
    private boolean namedAs(int from, int end) {
        for (int k = from; k <= end && k < from + 5 && tokens.get(k).isWord(); k++) {
            if (tokens.get(k).is("as")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sanders has led Clinton in just about every statewide poll in New Hampshire": a finding
     * the sentence reports from the poll it names. The sentence is the content, the poll the source.
     */
    Found inPoll(int s, int end, List<QuoteSpan> fragments) {
        for (int i = s + MIN_WORDS; i < end; i++) {
            if (!tokens.get(i).is("in")) {
                continue;
            }
            for (int k = i + 1; k <= end && k - i <= 9; k++) {
                Token t = tokens.get(k);
                if (t.kind() == Token.Kind.PUNCT && !t.is("-") && !t.is("/")) {
                    break;
                }
                if (t.isWord() && t.is(Word.POLL)) {
                    Source poll = new Source(new Span(tokens.get(i + 1).start(), t.end()), Source.Kind.DESCRIPTION);
                    return found(s, end, fragments, new CueMatch(tokens.get(i).span(), poll, null), Shape.IN_POLL);
                }
            }
        }
        return null;
    }

    /**
     * "In a poll released Monday, 50 percent chose Clinton": a document or poll as the source.
     *
     * @param shape {@link Shape#POLL_FRAMING}, which reads only polls and surveys (they come before any
     *     verb of the sentence), or {@link Shape#IN_DOCUMENT}
     */
    Found inDocument(int s, int end, List<QuoteSpan> fragments, Shape shape) {
        boolean pollsOnly = shape.pollsOnly();
        if (!tokens.get(s).isIgnoreCase("in") || s + 2 > end || !cues.isDeterminer(s + 1)) {
            return null;
        }
        for (int k = s + 2; k <= end && k <= s + 10; k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                int head = k - 1;
                while (head > s + 1 && !tokens.get(head).is(Word.DOCUMENT)) {
                    head--;
                }
                if (pollsOnly && !tokens.get(head).is(Word.POLL)) {
                    return null;
                }
                if (head <= s + 1 || words(k + 1, end) < MIN_WORDS) {
                    return null;
                }
                Source source = new Source(new Span(tokens.get(s + 1).start(), tokens.get(k - 1).end()),
                        Source.Kind.DESCRIPTION);
                return found(k + 1, end, fragments, new CueMatch(tokens.get(s).span(), source, null), shape);
            }
            if (t.kind() == Token.Kind.PUNCT && !t.is("-") && !t.is("/")) {
                return null;
            }
        }
        return null;
    }

    /** "according to X, CLAUSE" or "CLAUSE, according to X". */
    Found accordingTo(int c, int s, int end, List<QuoteSpan> fragments) {
        Source source = cues.sourceOfAccordingTo(c + 2);
        if (source == null) {
            return null;
        }
        Span cue = new Span(tokens.get(c).start(), tokens.get(c + 1).end());
        CueMatch match = new CueMatch(cue, source, null);
        int after = tokens.lastEndingBy(source.mention().end()) + 1;
        if (c - 1 > s && words(s, c - 1) >= 1 && after <= end && tokens.get(after).is(",") && words(after, end) >= MIN_WORDS) {
            // "Notably absent, according to members who spoke afterward, was any mention of …": round the cue
            return found(s, end, fragments, match, Shape.ACCORDING_TO);
        }
        if (c - 1 > s && words(s, c - 1) >= MIN_WORDS) {
            int to = beforeAnyPunctuation(c - 1, s);
            return found(s, to, fragments, match, Shape.ACCORDING_TO);
        }
        while (after <= end && tokens.get(after).kind() == Token.Kind.PUNCT) {
            after++;
        }
        return words(after, end) >= MIN_WORDS ? found(after, end, fragments, match, Shape.ACCORDING_TO) : null;
    }
}
