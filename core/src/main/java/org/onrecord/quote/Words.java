package org.onrecord.quote;

import org.onrecord.text.Chars;

/** The few word-level reads the quote stage makes on raw characters (it runs before tokenizing). */
final class Words {
    private Words() {}

    static int count(String text, int start, int end) {
        int words = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean w = Chars.isWordChar(text.charAt(i));
            if (w && !in) {
                words++;
            }
            in = w;
        }
        return words;
    }

    /** The word that follows {@code from} past spaces and commas, or null at the paragraph's end. */
    static String after(String text, int from, int end) {
        int s = from;
        while (s < end && (Chars.isSpace(text.charAt(s)) || text.charAt(s) == ',')) {
            s++;
        }
        int e = s;
        while (e < end && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > s ? text.substring(s, e) : null;
    }

    /** The word that ends before {@code to} past spaces, commas and colons, or null. */
    static String before(String text, int to, int start) {
        int e = to;
        while (e > start && (Chars.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':')) {
            e--;
        }
        int s = e;
        while (s > start && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return e > s ? text.substring(s, e) : null;
    }
}
