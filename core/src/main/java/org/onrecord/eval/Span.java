package org.onrecord.eval;

/** A half-open stretch {@code [start, end)} of code points. */
public record Span(int start, int end) {
    public boolean overlaps(int otherStart, int otherEnd) {
        return Math.min(end, otherEnd) - Math.max(start, otherStart) > 0;
    }
}
