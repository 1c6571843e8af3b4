package org.onrecord.quote;

import org.onrecord.text.Chars;

/** What the characters around a quotation mark allow it to be. */
final class MarkContext {
    private MarkContext() {}

    /** The mark is followed by text and not glued to a word on its left. */
    static boolean canOpen(String text, int i, int paragraphStart, int paragraphEnd) {
        if (i + 1 >= paragraphEnd) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (Chars.isSpace(next) && !isOpeningOnly(text.charAt(i))) {
            return false; // « non merci » and “ Hello” open; a straight mark before a space does not
        }
        if (i == paragraphStart) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return !Chars.isWordChar(prev) || isOpeningOnly(text.charAt(i));
    }

    /** The mark follows text and is not glued to a word on its right. */
    static boolean canClose(String text, int i, int paragraphStart, int paragraphEnd) {
        if (i == paragraphStart) {
            return false;
        }
        char prev = text.charAt(i - 1);
        if (Chars.isSpace(prev) && !isClosingOnly(text.charAt(i))) {
            return false;
        }
        if (i + 1 >= paragraphEnd) {
            return true;
        }
        char next = text.charAt(i + 1);
        return !Chars.isWordChar(next) || isClosingOnly(text.charAt(i));
    }

    /**
     * "Fair play to him,'and @EPNNolator said": a straight mark right after a comma or a sentence's
     * end, with the next word glued on (a missing space), closes the open quotation rather than
     * opening one nested in it.
     */
    static boolean isGluedClose(String text, int i, int paragraphStart) {
        if (!isStraight(text.charAt(i)) || i - 1 <= paragraphStart) {
            return false;
        }
        char prev = text.charAt(i - 1);
        return (prev == ',' || Chars.isSentenceEnd(prev)) && Chars.isWordChar(text.charAt(i - 2));
    }

    /** The mark at {@code i} follows a sentence's end and a space: ". “It'll" — a sentence, not a word, before it. */
    static boolean followsSentenceEnd(String text, int i, int paragraphStart) {
        int b = i - 1;
        if (b <= paragraphStart || !Chars.isSpace(text.charAt(b))) {
            return false;
        }
        while (b > paragraphStart && Chars.isSpace(text.charAt(b))) {
            b--;
        }
        return Chars.isSentenceEnd(text.charAt(b)) && b > paragraphStart && Chars.isWordChar(text.charAt(b - 1));
    }

    /** A straight double mark with space (or the paragraph's edge) on both sides: it may open or close. */
    static boolean isSpacedStraight(String text, int i, int paragraphStart, int paragraphEnd) {
        char c = text.charAt(i);
        if (c != '"' && c != '\uFF02') {
            return false;
        }
        boolean spaceBefore = i == paragraphStart || Chars.isSpace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= paragraphEnd || Chars.isSpace(text.charAt(i + 1));
        return spaceBefore && spaceAfter;
    }

    /** Words follow the mark within a few spaces. */
    static boolean textFollows(String text, int i, int paragraphEnd) {
        for (int k = i + 1; k < paragraphEnd && k <= i + 3; k++) {
            if (Chars.isWordChar(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An apostrophe, not a quotation mark: inside a word ("don’t", "O'Neill") or standing for
     * letters dropped at a word's start ("'Tis", "'90s", both marks of "rock 'n' roll").
     */
    static boolean isApostrophe(String text, int i, int paragraphStart, int paragraphEnd) {
        char c = text.charAt(i);
        if (!Chars.isApostrophe(c) && c != '\u2018') {
            return false;
        }
        boolean wordBefore = i > paragraphStart && Chars.isWordChar(text.charAt(i - 1));
        boolean wordAfter = i + 1 < paragraphEnd && Chars.isWordChar(text.charAt(i + 1));
        if (wordBefore && wordAfter) {
            return Chars.isApostrophe(c);
        }
        return wordAfter ? startsElision(text, i, paragraphEnd) : wordBefore && endsElidedN(text, i, paragraphStart);
    }

    /** The mark begins an elided word: 'Tis, 'em, 'n', '90s. */
    private static boolean startsElision(String text, int i, int paragraphEnd) {
        int e = i + 1;
        while (e < paragraphEnd && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e > i + 1) {
            String word = text.substring(i + 1, e).toLowerCase(java.util.Locale.ROOT);
            boolean wordEnds = e >= paragraphEnd || !Chars.isWordChar(text.charAt(e));
            return wordEnds && QuoteWords.ELISIONS.contains(word);
        }
        boolean twoDigits = i + 2 < paragraphEnd && Character.isDigit(text.charAt(i + 1))
                && Character.isDigit(text.charAt(i + 2));
        return twoDigits && (i + 3 >= paragraphEnd || !Character.isDigit(text.charAt(i + 3))); // '90s, '22
    }

    /** The closing mark of "'n'" (rock 'n' roll). */
    private static boolean endsElidedN(String text, int i, int paragraphStart) {
        return i - 2 >= paragraphStart && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
                && (Chars.isApostrophe(text.charAt(i - 2)) || text.charAt(i - 2) == '\u2018')
                && (i - 3 < paragraphStart || !Chars.isWordChar(text.charAt(i - 3)));
    }

    /**
     * A single mark that may close a quotation but may as well be the apostrophe of a plural
     * possessive ("the Smiths' house", "students’ union") or of a dropped g ("nothin'").
     */
    static boolean isWeakClose(String text, int i, int paragraphStart) {
        if (!Chars.isApostrophe(text.charAt(i)) || i - 1 < paragraphStart) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (before == 's' || before == 'S') {
            return true;
        }
        return i - 4 >= paragraphStart && before == 'n' && text.charAt(i - 2) == 'i'
                && Character.isLetter(text.charAt(i - 3)) && Character.isLetter(text.charAt(i - 4));
    }

    /** A straight mark, which may open or close by its flanks alone. */
    static boolean isStraight(char c) {
        return c == '"' || c == '\'' || c == '\uFF02';
    }

    static boolean isOpeningOnly(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018' || c == '\u201A' || c == '\u2039'
                || c == '\u300C' || c == '\u201F' || c == '\u201B';
    }

    static boolean isClosingOnly(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == '\u203A' || c == '\u300D';
    }

    /** Whether {@code close} ends a quotation that {@code open} began. */
    static boolean closes(char open, char close) {
        return switch (open) {
            case '\u201C' -> close == '\u201D' || close == '"' || close == '\u201C';
            case '\u201E' -> close == '\u201C' || close == '\u201D' || close == '"';
            case '\u00AB' -> close == '\u00BB';
            case '\u00BB' -> close == '\u00AB';
            case '"', '\uFF02' -> close == '"' || close == '\u201D' || close == '\uFF02';
            case '\u2018' -> close == '\u2019' || close == '\'';
            case '\u201A' -> close == '\u2018' || close == '\u2019';
            case '\u2039' -> close == '\u203A';
            case '\'' -> close == '\'' || close == '\u2019';
            case '\u300C' -> close == '\u300D';
            case '\u201F' -> close == '\u201D';
            default -> false;
        };
    }
}
