package org.onrecord.lexicon;

import java.util.Map;

/**
 * The lexicon's forms in an open-addressed table that can be probed with a stretch of any text,
 * folding ASCII capitals as it reads: the tokenizer and the quote stage ask about every word of an
 * article, and a probe through a {@code Map<String, Entry>} first cut the word out of the text and
 * lower-cased it (two strings per word) and then divided for the slot. Keys are hashed as
 * {@link String#hashCode} hashes the lower-case form, so both ways of asking find the same slot.
 */
final class FormTable {
    private final String[] keys;
    private final int[] hashes;
    private final Entry[] entries;
    private final int mask;

    FormTable(Map<String, Entry> byForm) {
        int capacity = Integer.highestOneBit(Math.max(4, byForm.size() * 3)) << 1; // at most a third full
        keys = new String[capacity];
        hashes = new int[capacity];
        entries = new Entry[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Entry> e : byForm.entrySet()) {
            int h = e.getKey().hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            hashes[i] = h;
            entries[i] = e.getValue();
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The entry of a lower-case form, or null. */
    Entry get(String lower) {
        int h = lower.hashCode();
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(lower)) {
                return entries[i];
            }
        }
        return null;
    }

    /**
     * The entry of {@code text[from, to)} with its ASCII capitals lower-cased, or null when the
     * lexicon has no such form; {@link #NOT_ASCII} when the stretch holds a character beyond ASCII,
     * whose lower case the caller must ask {@link String#toLowerCase} for.
     */
    Entry get(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return NOT_ASCII;
            }
            h = 31 * h + lower(c);
        }
        int length = to - from;
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && sameLower(keys[i], text, from, length)) {
                return entries[i];
            }
        }
        return null;
    }

    /** Returned by {@link #get(String, int, int)} for a stretch it cannot fold. */
    static final Entry NOT_ASCII = new Entry(null, Word.NONE, null, null);

    private static boolean sameLower(String key, String text, int from, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (key.charAt(k) != lower(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
