package org.onrecord.text;

/** A half-open range {@code [start, end)} of UTF-16 indices into a document's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw bad(start, end); // the message built elsewhere: a constructor this small is inlined wherever a span is made
        }
    }

    private static IllegalArgumentException bad(int start, int end) {
        return new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
