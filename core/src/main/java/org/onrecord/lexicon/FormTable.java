package org.onrecord.lexicon;

import java.util.Map;

/**
 * The lexicon's forms in an open-addressed table that can be probed with a stretch of any text,
 * folding ASCII capitals as it reads: the tokenizer and the quote stage ask about every word of an
 * article, and a probe through a {@code Map<String, Entry>} first cut the word out of the text and
 * lower-cased it (two strings per word) and then divided for the slot. Keys are hashed as
 * {@link String#hashCode} hashes the lower-case form, so both ways of asking find the same slot.
 *
 * <p>Each slot is two ints side by side, the key's hash and where its characters stand in one
 * array of all keys' characters (start and length), so a probe with a stretch reads one line of
 * the table and one of the characters: with the keys as strings it also loaded each candidate
 * string and its array, from wherever they were allocated, and that was a twentieth of the
 * engine's time on real news once the later stages had pushed the table out of the cache.
 */
final class FormTable {
    private final String[] keys;
    private final Entry[] entries;
    private final int mask;
    /** Per slot: the key's hash, then its start in {@link #chars} shifted left 8 bits, or'ed with its length; -1 when empty. */
    private final int[] slots;
    private final char[] chars;
    /** Keys this long or longer are compared as strings (none of the bundled lexicon's are). */
    private static final int LONG_KEY = 255;

    FormTable(Map<String, Entry> byForm) {
        int capacity = Integer.highestOneBit(Math.max(4, byForm.size() * 2)) << 1; // at most half full
        keys = new String[capacity];
        entries = new Entry[capacity];
        slots = new int[2 * capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(slots, -1);
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, Entry> e : byForm.entrySet()) {
            String key = e.getKey();
            int h = key.hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            entries[i] = e.getValue();
            slots[2 * i] = h;
            slots[2 * i + 1] = all.length() << 8 | Math.min(key.length(), LONG_KEY);
            all.append(key);
        }
        chars = all.toString().toCharArray();
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The entry of a lower-case form, or null. */
    Entry get(String lower) {
        int h = lower.hashCode();
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (slots[2 * i] == h && keys[i].equals(lower)) {
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
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int where = slots[2 * i + 1];
            if (where == -1) {
                return null;
            }
            if (slots[2 * i] == h && sameLower(i, where, text, from, length)) {
                return entries[i];
            }
        }
    }

    /** As {@link #get(String, int, int)}, for a stretch of an array: the tokenizer reads an article as one. */
    Entry get(char[] text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 0x80) {
                return NOT_ASCII;
            }
            h = 31 * h + lower(c);
        }
        int length = to - from;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int where = slots[2 * i + 1];
            if (where == -1) {
                return null;
            }
            if (slots[2 * i] == h && sameLower(i, where, text, from, length)) {
                return entries[i];
            }
        }
    }

    /** Returned by {@link #get(String, int, int)} for a stretch it cannot fold. */
    static final Entry NOT_ASCII = new Entry(null, Word.NONE, null, null, -1);

    private boolean sameLower(int slot, int where, String text, int from, int length) {
        int n = where & 0xFF;
        if (n == LONG_KEY) {
            String key = keys[slot];
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
        if (n != length) {
            return false;
        }
        int start = where >>> 8;
        for (int k = 0; k < length; k++) {
            if (chars[start + k] != lower(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLower(int slot, int where, char[] text, int from, int length) {
        int n = where & 0xFF;
        if (n == LONG_KEY) {
            return sameLower(slot, where, new String(text, from, length), 0, length);
        }
        if (n != length) {
            return false;
        }
        int start = where >>> 8;
        for (int k = 0; k < length; k++) {
            if (chars[start + k] != lower(text[from + k])) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
