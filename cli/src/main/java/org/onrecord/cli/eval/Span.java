package org.onrecord.cli.eval;

/** A half-open stretch {@code [start, end)} of code points. */
record Span(int start, int end) {
    boolean overlaps(int otherStart, int otherEnd) {
        return Math.min(end, otherEnd) - Math.max(start, otherStart) > 0;
    }
}
