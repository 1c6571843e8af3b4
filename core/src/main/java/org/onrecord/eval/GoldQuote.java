package org.onrecord.eval;

import java.util.List;

/**
 * One annotated quotation of a gold file. Offsets are code points into the document text.
 *
 * @param speaker the source as the annotators wrote it, or null when the quote has none
 * @param speakerStart start of the source mention, or -1 when not given
 * @param fragments for a discontinuous quote, its parts; empty when the quote is one span
 * @param act for a reported quote, what it reports ("speech", "thought", "finding"), or null when not annotated
 */
public record GoldQuote(int start, int end, String text, String type, String speaker, int speakerStart, int speakerEnd,
        List<Span> fragments, String act) {
    public GoldQuote {
        fragments = List.copyOf(fragments);
    }

    public GoldQuote(int start, int end, String text, String type, String speaker, int speakerStart, int speakerEnd,
            List<Span> fragments) {
        this(start, end, text, type, speaker, speakerStart, speakerEnd, fragments, null);
    }

    public boolean hasSpeaker() {
        return speaker != null && !speaker.isEmpty();
    }

    public boolean hasSpeakerSpan() {
        return speakerStart >= 0;
    }

    /** What the scorer counts: the fragments of a discontinuous quote, else the whole span. */
    public List<Span> scoredSpans() {
        return fragments.isEmpty() ? List.of(new Span(start, end)) : fragments;
    }
}
