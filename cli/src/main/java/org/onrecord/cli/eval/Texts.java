package org.onrecord.cli.eval;

/** Code point slicing of document text, clipped to the text as Python slicing is. */
final class Texts {
    private Texts() {}

    static String cut(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        int from = text.offsetByCodePoints(0, s);
        return text.substring(from, text.offsetByCodePoints(from, e - s));
    }

    /** Up to {@code width} code points each side of a span, on one line, with the span in [[ ]]. */
    static String context(String text, int start, int end, int width) {
        int length = text.codePointCount(0, text.length());
        String before = cut(text, start - width, start);
        String after = cut(text, end, Math.min(length, end + width));
        String inner = cut(text, start, end);
        return oneLine((start - width > 0 ? "…" : "") + before + "[[" + inner + "]]" + after
                + (end + width < length ? "…" : ""));
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
