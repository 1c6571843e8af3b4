package org.onrecord.quote;

import java.util.Arrays;

/**
 * One paragraph's sentence ends and speech-cue words, read once when its first mark asks. Asking
 * whether a mark's sentence holds a cue then costs two binary searches, where scanning the
 * sentence for each mark cost the sentence's length: quadratic in a paragraph that is one endless
 * sentence full of marks ({@code “x”} repeated). The answers are those of scanning: sentence ends
 * and cue words are read by the same rules ({@link Naming#endsSentenceAt}, {@link Naming#isCueWord}).
 */
final class SentenceCues {
    private final int paragraphStart;
    private final int paragraphEnd;
    private final int[] ends; // positions where a sentence ends, ascending
    private final int[] cueStarts; // cue words, ascending and disjoint
    private final int[] cueEnds;

    private SentenceCues(int paragraphStart, int paragraphEnd, int[] ends, int[] cueStarts, int[] cueEnds) {
        this.paragraphStart = paragraphStart;
        this.paragraphEnd = paragraphEnd;
        this.ends = ends;
        this.cueStarts = cueStarts;
        this.cueEnds = cueEnds;
    }

    static SentenceCues of(String text, int paragraphStart, int paragraphEnd) {
        Ints ends = new Ints();
        Ints cueStarts = new Ints();
        Ints cueEnds = new Ints();
        for (int i = paragraphStart; i < paragraphEnd; i++) {
            if (Naming.endsSentenceAt(text, i, paragraphStart, paragraphEnd)) {
                ends.add(i);
            }
        }
        int i = paragraphStart;
        while (i < paragraphEnd) {
            while (i < paragraphEnd && !isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < paragraphEnd && isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s && Naming.isCueWord(text, s, i, paragraphStart)) {
                cueStarts.add(s);
                cueEnds.add(i);
            }
        }
        return new SentenceCues(paragraphStart, paragraphEnd, ends.toArray(), cueStarts.toArray(), cueEnds.toArray());
    }

    /** {@link Character#isLetter}, answering ASCII, most of the text, without its tables. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    /** A speech cue in the sentence of the marks at {@code open} and {@code close}, outside them. */
    boolean hasCue(int open, int close) {
        int before = lastEndBefore(open);
        int sentenceStart = before < 0 ? paragraphStart : before + 1;
        int after = firstEndAtOrAfter(close + 1);
        int sentenceEnd = after < 0 ? paragraphEnd : after;
        return cueWithin(sentenceStart, open) || cueWithin(close + 1, sentenceEnd);
    }

    /** The last sentence end before {@code i}, or -1. */
    private int lastEndBefore(int i) {
        int k = insertionPoint(ends, i) - 1;
        return k >= 0 ? ends[k] : -1;
    }

    /** The first sentence end at or after {@code i}, or -1. */
    private int firstEndAtOrAfter(int i) {
        int k = insertionPoint(ends, i);
        return k < ends.length ? ends[k] : -1;
    }

    /** A whole cue word in [from, to): words are disjoint, so the first one starting in range decides. */
    private boolean cueWithin(int from, int to) {
        int k = insertionPoint(cueStarts, from);
        return k < cueStarts.length && cueEnds[k] <= to;
    }

    /** The index of the first element at or after {@code key}. */
    private static int insertionPoint(int[] sorted, int key) {
        int k = Arrays.binarySearch(sorted, key);
        return k >= 0 ? k : -k - 1;
    }

    /** A growable list of ints. */
    private static final class Ints {
        private int[] values = new int[8];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
