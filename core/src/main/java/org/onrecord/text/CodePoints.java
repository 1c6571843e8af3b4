package org.onrecord.text;

/**
 * Converts UTF-16 indices of one text to Unicode code point offsets, the unit of the public JSON.
 * Text without supplementary characters (nearly all news) converts for free.
 */
public final class CodePoints {
    private final int[] surrogatePairsBefore; // null when the text has no surrogate pairs

    private CodePoints(int[] surrogatePairsBefore) {
        this.surrogatePairsBefore = surrogatePairsBefore;
    }

    public static CodePoints of(String text) {
        int n = text.length();
        if (text.codePointCount(0, n) == n) {
            // no surrogate pair (an unpaired surrogate shifts no offset either), known without
            // reading the text a character at a time: String answers at once for one-byte text
            return new CodePoints(null);
        }
        int[] before = new int[n + 1];
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            before[i] = pairs;
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                pairs++;
            }
        }
        before[n] = pairs;
        return new CodePoints(before);
    }

    /** The code point offset of a UTF-16 index (an index inside a pair maps to the pair's start). */
    public int offset(int utf16Index) {
        return surrogatePairsBefore == null ? utf16Index : utf16Index - surrogatePairsBefore[utf16Index];
    }
}
