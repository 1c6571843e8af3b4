package org.onrecord.model;

import java.util.Objects;

/**
 * A stretch of an article's text: {@code [start, end)} in Unicode code points, and the text it covers.
 * Used for speaker mentions, cues, addressees and quoted fragments alike.
 */
public record Mention(int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
