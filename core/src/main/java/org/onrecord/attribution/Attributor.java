package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.model.Gender;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Chars;
import org.onrecord.text.Cues;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Attributes each quotation by the ordered {@link Rule}s, in two passes: first every quotation
 * tries the rules that read a cue of its own; then, in text order, the ones left open inherit from
 * their neighbours (the paragraph they run on from, another quotation in their paragraph, the
 * quotation or narrative just before).
 */
public final class Attributor {
    /** Words before a quoted title: "on ABC’s “This Week”", "the show “Shark Tank”". */
    private static final Set<String> TITLE_BEFORE = Set.of(
            "on", "in", "show", "program", "programme", "book", "film", "movie", "series", "titled", "entitled", "hat");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "of", "the", "and", "a", "an", "in", "on", "to", "for", "with", "at");

    private final Segmented doc;
    private final Tokens tokens;
    private final CueReader cues;
    private final SpeakerResolver resolver;
    private final Entities entities;

    private Attributor(Segmented doc, Tokens tokens, Entities entities) {
        this.doc = doc;
        this.tokens = tokens;
        this.entities = entities;
        this.cues = new CueReader(tokens);
        this.resolver = new SpeakerResolver(doc, tokens, entities);
    }

    public static List<Attribution> attribute(Segmented doc, Tokens tokens, Entities entities, List<QuoteSpan> quotes) {
        return new Attributor(doc, tokens, entities).run(quotes);
    }

    private List<Attribution> run(List<QuoteSpan> quotes) {
        List<Attribution> marked = marked(quotes);
        List<ReportedSpeech.Found> reported = new ReportedSpeech(tokens, cues).find(quotes);
        if (reported.isEmpty()) {
            return marked;
        }
        // a quotation inside a reported clause is part of that clause's mixed quotation
        List<Attribution> out = new ArrayList<>(marked.size() + reported.size());
        for (Attribution a : marked) {
            if (!insideAny(a.quote().content(), reported)) {
                out.add(a);
            }
        }
        Map<Integer, Attribution> quotations = new HashMap<>();
        for (Attribution a : marked) {
            if (!a.quote().inline() && a.isAttributed() && a.match() != null) {
                quotations.put(a.quote().content().start(), a);
            }
        }
        Set<Integer> nameStarts = new HashSet<>();
        for (QuoteSpan q : quotes) {
            if (q.holdsName()) {
                nameStarts.add(q.content().start());
            }
        }
        for (ReportedSpeech.Found clause : reported) {
            ReportedSpeech.Found f = withoutNames(clause, nameStarts);
            QuoteSpan q = QuoteSpan.unmarked(f.content(), doc.paragraphAt(f.content().start()).index());
            Attribution a = f.match().source() == null ? unsourced(q, ReportedSpeech.typeOf(f), f.match())
                    : decided(q, ReportedSpeech.typeOf(f), f.match(), Rule.REPORTED_CLAUSE);
            Attribution own = ownQuotation(f, quotations);
            if (own != null) {
                // a clause running into a quotation: the quotation's own cue read its speaker best
                out.add(new Attribution(a.quote(), a.type(), own.speaker(), own.match(), a.rule(), own.evidence(),
                        f.fragments(), own.modality()));
                continue;
            }
            out.add(new Attribution(a.quote(), a.type(), a.speaker(), a.match(), a.rule(), a.evidence(), f.fragments(),
                    a.modality()));
        }
        out.sort(java.util.Comparator.comparingInt(a -> a.quote().content().start()));
        return out;
    }

    /**
     * The clause with the titles and nicknames in marks left out of its quoted fragments: a clause
     * that quotes nothing else is reported speech, not a mixed quotation.
     */
    private static ReportedSpeech.Found withoutNames(ReportedSpeech.Found f, Set<Integer> nameStarts) {
        if (nameStarts.isEmpty()) {
            return f;
        }
        List<Span> fragments = f.fragments().stream().filter(s -> !nameStarts.contains(s.start())).toList();
        return fragments.size() == f.fragments().size() ? f : new ReportedSpeech.Found(f.content(), fragments, f.match());
    }

    /** The first quotation inside the clause that its own cue attributed, or null. */
    private static Attribution ownQuotation(ReportedSpeech.Found f, Map<Integer, Attribution> quotations) {
        for (Span fragment : f.fragments()) {
            Attribution own = quotations.get(fragment.start());
            if (own != null) {
                return own;
            }
        }
        return null;
    }

    /** Whether a reported clause holds {@code s}; the clauses come in text order and do not overlap. */
    private static boolean insideAny(Span s, List<ReportedSpeech.Found> reported) {
        int lo = 0;
        int hi = reported.size() - 1;
        while (lo <= hi) { // the last clause starting at or before s
            int mid = (lo + hi) >>> 1;
            if (reported.get(mid).content().start() <= s.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = hi; k >= 0 && k > hi - 3; k--) {
            if (reported.get(k).content().contains(s)) {
                return true;
            }
        }
        return false;
    }

    private List<Attribution> marked(List<QuoteSpan> quotes) {
        Attribution[] found = new Attribution[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            // a title, nickname or scare quote (QuoteSpan.naming) is never output, but the cue of its
            // sentence still tells its paragraph's other quotations who speaks there
            found[i] = q.inline() && !q.naming() ? fragment(q) : ownCue(q, i > 0 ? quotes.get(i - 1) : null);
        }
        List<Attribution> out = new ArrayList<>(quotes.size());
        Attribution previous = null;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            if (q.inline()) {
                if (found[i] != null && !q.naming()) {
                    out.add(found[i]);
                }
                continue;
            }
            Attribution a = found[i] != null ? found[i] : inherited(quotes, i, found, previous);
            out.add(a);
            previous = a;
            found[i] = a.isAttributed() ? a : null;
        }
        return out;
    }

    /** The rules that read a cue of the quotation's own. */
    private Attribution ownCue(QuoteSpan q, QuoteSpan before) {
        int open = tokens.firstAtOrAfter(q.open());
        int close = q.isClosed() ? tokens.firstAtOrAfter(q.close()) : -1;
        if (close >= 0) {
            CueMatch m = cues.trailing(close + 1);
            if (m != null) {
                return decided(q, QuoteType.DIRECT, m, Rule.TRAILING_CUE);
            }
        }
        int floor = leadInFloor(q, before, open);
        CueMatch lead = cues.leading(open, floor);
        if (lead != null) {
            return decided(q, QuoteType.DIRECT, lead, Rule.LEADING_CUE);
        }
        if (q.continuesPrevious()) {
            return null;
        }
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph prev = doc.previousContent(here);
        if (q.open() == here.start() && prev != null) {
            int lastToken = tokens.lastEndingBy(prev.end());
            int prevFloor = tokens.firstAtOrAfter(prev.start());
            if (lastToken >= prevFloor && (tokens.get(lastToken).is(":") || tokens.get(lastToken).is(","))) {
                CueMatch line = cues.leading(lastToken + 1, tokens.sentenceStart(lastToken, prevFloor));
                if (line == null) {
                    line = cues.label(lastToken, prevFloor);
                }
                if (line != null) {
                    return decided(q, QuoteType.DIRECT, line, Rule.CUE_LINE_BEFORE);
                }
                if (tokens.get(lastToken).is(":")) {
                    return colonSubject(q, lastToken, tokens.sentenceStart(lastToken, prevFloor));
                }
            }
        }
        if (open - 1 >= floor && tokens.get(open - 1).is(":")) {
            return colonSubject(q, open - 1, floor);
        }
        return null;
    }

    /** "President Clinton released the following statement:" — the name before the colon, or the subject. */
    private Attribution colonSubject(QuoteSpan q, int colon, int floor) {
        Source s = cues.sourceBefore(colon - 1, floor);
        if (s == null || s.kind() != Source.Kind.NAME) {
            Source subject = cues.subjectAt(floor, colon);
            s = subject != null ? subject : s;
        }
        return s == null ? null : decided(q, QuoteType.DIRECT, new CueMatch(null, s, null), Rule.COLON_SUBJECT);
    }

    /** The rules that inherit a speaker from the quotations and narrative around. */
    private Attribution inherited(List<QuoteSpan> quotes, int index, Attribution[] found, Attribution previous) {
        QuoteSpan q = quotes.get(index);
        Attribution later = laterPart(quotes, index, found);
        if (later != null) {
            return later.inheritBy(q, Rule.MULTI_PARAGRAPH, "runs on into a part whose own cue names its speaker");
        }
        if (q.continuesPrevious() && previous != null && previous.quote().continuesNext()) {
            return previous.isAttributed()
                    ? previous.inheritBy(q, Rule.MULTI_PARAGRAPH, "runs on from the quotation in the paragraph before")
                    : undecided(q);
        }
        Attribution sibling = sameParagraph(q, index, found);
        if (sibling != null) {
            return sibling.inheritBy(q, Rule.SAME_PARAGRAPH, "another quotation in its paragraph is attributed");
        }
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph prev = doc.previousContent(here);
        if (prev != null && previous != null && previous.isAttributed() && previous.quote().paragraph() == prev.index()
                && startsWithQuote(here, q)) {
            return previous.inheritBy(q, Rule.CONTINUATION, "follows a quotation of the same speaker in the paragraph before");
        }
        if (q.open() > here.start()) {
            Attribution inParagraph = lastCueBefore(q, here.start(), q.open(), "earlier in its paragraph");
            if (inParagraph != null) {
                return inParagraph;
            }
        }
        if (prev != null) {
            Attribution bySubject = previousSubject(q, prev);
            if (bySubject != null) {
                return bySubject;
            }
        }
        int reachFrom = prev != null ? prev.start() : here.start();
        PersonEntity near = entities.lastPersonBefore(q.open(), reachFrom, Gender.UNKNOWN);
        if (near != null) {
            return new Attribution(q, QuoteType.DIRECT, SpeakerResolver.person(near, null), null, Rule.NEAREST_PERSON,
                    "the person last named before it");
        }
        return undecided(q);
    }

    /**
     * A later part of the same quotation, across the paragraphs or lines it runs on into, that read
     * a cue of its own: “The club is in fine shape.¶We have the best squad,” said Tom Price.
     */
    private static Attribution laterPart(List<QuoteSpan> quotes, int index, Attribution[] found) {
        for (int j = index + 1; j < quotes.size() && quotes.get(j - 1).continuesNext() && quotes.get(j).continuesPrevious(); j++) {
            Attribution a = found[j];
            if (a != null && a.isAttributed() && a.rule() != null && a.rule().readsCue()) {
                return a;
            }
        }
        return null;
    }

    private static boolean startsWithQuote(Paragraph p, QuoteSpan q) {
        return q.open() == p.start();
    }

    /** The nearest quotation of the same paragraph that read a cue of its own: before it first, then after. */
    private static Attribution sameParagraph(QuoteSpan q, int index, Attribution[] found) {
        Attribution fragment = null;
        for (int j = index - 1; j >= 0 && j >= index - 8; j--) {
            Attribution a = found[j];
            if (a == null) {
                continue;
            }
            if (a.quote().paragraph() != q.paragraph()) {
                break;
            }
            if (a.isAttributed() && !a.quote().inline()) {
                return a;
            }
            if (a.isAttributed() && fragment == null) {
                fragment = a; // Trump is a “change agent,” Cole said. “That’s exactly what people want.”
            }
        }
        if (fragment != null) {
            return fragment;
        }
        for (int j = index + 1; j < found.length && j <= index + 8; j++) {
            Attribution a = found[j];
            if (a == null) {
                continue;
            }
            if (a.quote().paragraph() != q.paragraph()) {
                break;
            }
            if (a.isAttributed() && a.rule() != null && a.rule().readsCue() && !a.quote().inline()) {
                return a;
            }
        }
        return null;
    }

    /** The speaker of the previous paragraph's last cue outside quotations, or its first person named. */
    private Attribution previousSubject(QuoteSpan q, Paragraph prev) {
        Attribution byCue = lastCueBefore(q, prev.start(), prev.end(), "in the paragraph before");
        if (byCue != null) {
            return byCue;
        }
        NameMention first = entities.firstNarrativePersonIn(prev.span());
        if (first != null) {
            return new Attribution(q, QuoteType.DIRECT, SpeakerResolver.person(entities.person(first.person()), null), null,
                    Rule.PREVIOUS_SUBJECT, "the first person named in the paragraph before");
        }
        return null;
    }

    /** The source of the last cue outside quotation marks in {@code [start, end)}. */
    private Attribution lastCueBefore(QuoteSpan q, int start, int end, String where) {
        int from = tokens.firstAtOrAfter(start);
        int to = tokens.lastEndingBy(end);
        boolean[] quoted = quotedTokens(from, to);
        for (int c = to; c >= from; c--) {
            if (!quoted[c - from] && cues.isCue(c)) {
                Source s = cues.sourceBefore(c - 1, tokens.sentenceStart(c, from));
                if (s != null) {
                    ResolvedSpeaker speaker = resolver.resolve(s);
                    return new Attribution(q, QuoteType.DIRECT, speaker, null, Rule.PREVIOUS_SUBJECT,
                            "“" + tokens.get(c).text() + "” with “" + s.mention().of(doc.text()) + "” " + where);
                }
            }
        }
        return null;
    }

    private boolean[] quotedTokens(int from, int to) {
        boolean[] quoted = new boolean[Math.max(0, to - from + 1)];
        boolean inside = false;
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.QUOTE_MARK && Chars.isDoubleQuote(t.first())) {
                inside = !inside;
            }
            quoted[i - from] = inside;
        }
        return quoted;
    }

    /** A fragment is kept only when its sentence has a cue: otherwise it is a scare quote or a title. */
    private Attribution fragment(QuoteSpan q) {
        int open = tokens.firstAtOrAfter(q.open());
        int close = q.isClosed() ? tokens.firstAtOrAfter(q.close()) : tokens.lastEndingBy(q.content().end());
        int sStart = tokens.sentenceStart(open, tokens.firstAtOrAfter(doc.paragraphs().get(q.paragraph()).start()));
        int sEnd = sentenceEnd(close);
        CueMatch m = cues.aroundFragment(open, close, sStart, sEnd);
        if (m == null || isTitle(open, close)) {
            return null;
        }
        boolean rightAfterCue = m.cue() != null && open > 0 && tokens.get(open - 1).end() <= m.cue().end()
                && tokens.get(open - 1).start() >= m.cue().start()
                && !Cues.namesItsObject(tokens.get(open - 1).text());
        return decided(q, rightAfterCue ? QuoteType.DIRECT : QuoteType.MIXED, m, Rule.FRAGMENT_CUE);
    }

    /** "said on ABC’s “This Week”", "the show “Shark Tank”": a title in quotation marks, not anyone's words. */
    private boolean isTitle(int open, int close) {
        Token before = tokens.at(open - 1);
        if (before == null || !(before.kind() == Token.Kind.POSSESSIVE || before.isWord() && TITLE_BEFORE.contains(before.lower()))) {
            return false;
        }
        int words = 0;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !Character.isUpperCase(t.first()) && !TITLE_SMALL_WORDS.contains(t.lower())) {
                return false;
            }
            words += t.isWord() ? 1 : 0;
        }
        return words > 0 && words <= 6;
    }

    private Attribution decided(QuoteSpan q, QuoteType type, CueMatch m, Rule rule) {
        ResolvedSpeaker speaker = resolver.resolve(m.source());
        String cue = m.cue() == null ? (rule == Rule.COLON_SUBJECT ? "a colon" : "a name alone before a colon")
                : "“" + m.cue().of(doc.text()) + "”";
        String why = cue + " with “" + m.source().mention().of(doc.text()) + "” (" + m.source().kind().name().toLowerCase()
                + ")";
        return new Attribution(q, type, speaker, m, rule, why, List.of(), ModalityReader.before(tokens, m.cue()));
    }

    private Attribution unsourced(QuoteSpan q, QuoteType type, CueMatch m) {
        return new Attribution(q, type, null, m, Rule.UNSOURCED, "“" + m.cue().of(doc.text()) + "” with no source named",
                List.of(), ModalityReader.before(tokens, m.cue()));
    }

    private static Attribution undecided(QuoteSpan q) {
        return new Attribution(q, QuoteType.DIRECT, null, null, null, null);
    }

    /** The lead-in starts after the previous quotation in the paragraph, or at the sentence start. */
    private int leadInFloor(QuoteSpan q, QuoteSpan before, int open) {
        int paragraphFirst = tokens.firstAtOrAfter(doc.paragraphs().get(q.paragraph()).start());
        int floor = paragraphFirst;
        if (before != null && before.paragraph() == q.paragraph()) {
            floor = tokens.firstAtOrAfter(before.after());
        }
        return tokens.sentenceStart(open - 1, floor);
    }

    private int sentenceEnd(int i) {
        int e = i;
        while (e + 1 < tokens.size() && tokens.sameParagraph(e, e + 1)) {
            Token t = tokens.get(e + 1);
            e++;
            if (t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first())) {
                break;
            }
        }
        return e;
    }

    /** The spans of quotations' content, in order, for the entity stage. */
    public static List<Span> contents(List<QuoteSpan> quotes) {
        List<Span> out = new ArrayList<>(quotes.size());
        for (QuoteSpan q : quotes) {
            out.add(q.content());
        }
        return out;
    }
}
