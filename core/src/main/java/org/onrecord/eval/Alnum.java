package org.onrecord.eval;

import java.util.BitSet;

/**
 * Letters and digits as the reference scorer sees them: Python's {@code str.isalnum()} on one code
 * point (a letter, or a character with a numeric value). The metric counts only these, so quotation
 * marks, spaces and edge punctuation never decide a score.
 */
public final class Alnum {
    private Alnum() {}

    public static boolean is(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Positions of the letters and digits of {@code codePoints}. */
    static BitSet of(int[] codePoints) {
        BitSet out = new BitSet(codePoints.length);
        for (int i = 0; i < codePoints.length; i++) {
            if (is(codePoints[i])) {
                out.set(i);
            }
        }
        return out;
    }

    /** The letters and digits inside {@code [start, end)}, clipped to the text as the scorer clips. */
    static BitSet within(BitSet alnum, int length, int start, int end) {
        BitSet out = new BitSet();
        int s = Math.max(0, start);
        int e = Math.min(length, end);
        if (s < e) {
            out.or(alnum.get(0, e));
            out.clear(0, s);
        }
        return out;
    }
}
