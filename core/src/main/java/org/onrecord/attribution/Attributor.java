package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.entity.Entities;
import org.onrecord.entity.PersonEntity;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Chars;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Attributes each quotation by the ordered {@link Rule}s. Quotations are visited in text order, so
 * that a rule may inherit what was decided for the quotation before.
 */
public final class Attributor {
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
        List<Attribution> out = new ArrayList<>(quotes.size());
        Attribution previous = null;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            QuoteSpan before = i > 0 ? quotes.get(i - 1) : null;
            Attribution a = q.inline() ? fragment(q) : direct(q, before, previous);
            if (a != null) {
                out.add(a);
                if (!q.inline()) {
                    previous = a;
                }
            }
        }
        return out;
    }

    private Attribution direct(QuoteSpan q, QuoteSpan before, Attribution previous) {
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
        if (q.continuesPrevious() && previous != null && previous.quote().continuesNext()) {
            return previous.isAttributed()
                    ? new Attribution(q, QuoteType.DIRECT, previous.speaker().inherited(), null, Rule.MULTI_PARAGRAPH,
                            "runs on from the quotation in the paragraph before")
                    : undecided(q);
        }
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph prev = doc.previousContent(here);
        if (q.open() == here.start() && prev != null) {
            int lastToken = tokens.lastEndingBy(prev.end());
            int prevFloor = tokens.firstAtOrAfter(prev.start());
            CueMatch line = cues.leading(lastToken + 1, sentenceStart(lastToken, prevFloor));
            if (line == null) {
                line = cues.label(lastToken, prevFloor);
            }
            if (line != null && (tokens.get(lastToken).is(":") || tokens.get(lastToken).is(","))) {
                return decided(q, QuoteType.DIRECT, line, Rule.CUE_LINE_BEFORE);
            }
            if (previous != null && previous.isAttributed() && previous.quote().paragraph() == prev.index()) {
                return new Attribution(q, QuoteType.DIRECT, previous.speaker().inherited(), null, Rule.CONTINUATION,
                        "follows a quotation of the same speaker in the paragraph before");
            }
        }
        int reachFrom = prev != null ? prev.start() : here.start();
        PersonEntity near = entities.lastPersonBefore(q.open(), reachFrom, org.onrecord.model.Gender.UNKNOWN);
        if (near != null) {
            return new Attribution(q, QuoteType.DIRECT, SpeakerResolver.person(near, null), null, Rule.NEAREST_PERSON,
                    "the person last named before it");
        }
        return undecided(q);
    }

    /** A fragment is kept only when its sentence has a cue: otherwise it is a scare quote or a title. */
    private Attribution fragment(QuoteSpan q) {
        int open = tokens.firstAtOrAfter(q.open());
        int close = q.isClosed() ? tokens.firstAtOrAfter(q.close()) : tokens.lastEndingBy(q.content().end());
        int sStart = sentenceStart(open, tokens.firstAtOrAfter(doc.paragraphs().get(q.paragraph()).start()));
        int sEnd = sentenceEnd(close);
        CueMatch m = cues.aroundFragment(open, close, sStart, sEnd);
        if (m == null) {
            return null;
        }
        boolean rightAfterCue = m.cue() != null && open > 0 && tokens.get(open - 1).end() <= m.cue().end()
                && tokens.get(open - 1).start() >= m.cue().start();
        return decided(q, rightAfterCue ? QuoteType.DIRECT : QuoteType.MIXED, m, Rule.FRAGMENT_CUE);
    }

    private Attribution decided(QuoteSpan q, QuoteType type, CueMatch m, Rule rule) {
        ResolvedSpeaker speaker = resolver.resolve(m.source());
        String cue = m.cue() == null ? "a name alone before a colon" : "“" + m.cue().of(doc.text()) + "”";
        String why = cue + " with “" + m.source().mention().of(doc.text()) + "” (" + m.source().kind().name().toLowerCase()
                + ")";
        return new Attribution(q, type, speaker, m, rule, why);
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
        return Math.max(floor, sentenceStart(open - 1, floor));
    }

    private int sentenceStart(int i, int floor) {
        int s = Math.max(i, floor);
        while (s > floor && !tokens.startsSentence(s)) {
            s--;
        }
        return s;
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

    /** For tests and tools: the spans of quotations' content, in order. */
    public static List<Span> contents(List<QuoteSpan> quotes) {
        List<Span> out = new ArrayList<>(quotes.size());
        for (QuoteSpan q : quotes) {
            out.add(q.content());
        }
        return out;
    }
}
