package org.onrecord.text;

/** Character classes that news text needs and {@link Character} does not quite give. */
public final class Chars {
    private Chars() {}

    /** White space including the non-breaking and narrow spaces that news HTML is full of. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // printable ASCII and C1: asked of every character, most of them letters
        }
        return isSpaceBeyondLetters(c);
    }

    // the rarer cases apart, so that the common test above stays small enough for the JIT to inline everywhere
    private static boolean isSpaceBeyondLetters(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u202F'
                || c == '\u2007' || c == '\u2009' || c == '\u200A' || c == '\u2002' || c == '\u2003'
                || c == '\u3000' || c == '\f' || c == '\u000B';
    }

    public static boolean isLineBreak(char c) {
        if (c > '\r' && c < '\u2028') {
            return false;
        }
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Letters and digits, including the low surrogate half of a supplementary letter. */
    public static boolean isWordChar(char c) {
        // most of news: ASCII's letters and digits, from a table rather than Character's (and in
        // few enough bytes of bytecode for the JIT to inline this wherever it is asked)
        return c < 0x80 ? ASCII_WORD[c] : isWordCharBeyondAscii(c);
    }

    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    private static boolean isWordCharBeyondAscii(char c) {
        if (c >= '\u2000' && c <= '\u206F') {
            return false; // General Punctuation (curly quotes, dashes, odd spaces): no letter, digit or surrogate in it
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    /** As {@link Character#isUpperCase(char)}, answering ASCII without Character's tables: asked of most tokens' first letters. */
    public static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** As {@link Character#isLowerCase(char)}, answering ASCII without Character's tables. */
    public static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    public static boolean isDash(char c) {
        return c == '-' || c >= '\u2012' && c <= '\u2015'; // figure dash, en dash, em dash, horizontal bar
    }

    /** Apostrophe-like characters that may also be single quotation marks. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** Any character that can open or close a quotation. */
    public static boolean isQuoteMark(char c) {
        if (c < 0x80) { // the quote stage asks this of every character
            return c == '"' || c == '\'';
        }
        return isQuoteMarkBeyondAscii(c);
    }

    private static boolean isQuoteMarkBeyondAscii(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\'', '\u2018', '\u2019',
                    '\u201A', '\u201B', '\u2039', '\u203A', '\u300C', '\u300D', '\uFF02' -> true;
            default -> false;
        };
    }

    /** Double quotation marks of any style. */
    public static boolean isDoubleQuote(char c) {
        if (c < 0x80) {
            return c == '"';
        }
        return isDoubleQuoteBeyondAscii(c);
    }

    private static boolean isDoubleQuoteBeyondAscii(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\uFF02', '\u300C', '\u300D' -> true;
            default -> false;
        };
    }

    public static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }
}
