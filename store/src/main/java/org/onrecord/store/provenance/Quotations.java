package org.onrecord.store.provenance;

import java.util.List;

/**
 * The store's rules for "the same quotation", for a clusterer outside the store (the Spark job's
 * {@code clusters} table): the same normalisation, verification and variant classes, so that both
 * decide alike. Candidates are the caller's business.
 */
public final class Quotations {
    /** Shingle length the store's MinHash uses: a caller's LSH on the same shingles finds the same candidates. */
    public static final int SHINGLE = MinHash.SHINGLE;
    /** Window the store's containment keys cover: a short quotation inside a long one shares such a run. */
    public static final int WINDOW = MinHash.WINDOW;
    /** Quotations with fewer words are never clustered with another. */
    public static final int MIN_WORDS = Match.MIN_WORDS;

    private Quotations() {}

    /** The store's hash of {@code count} words from {@code from} (FNV-1a, then SplitMix64's finaliser): stable across JVMs. */
    public static long wordsHash(List<String> words, int from, int count) {
        return MinHash.hash(words, from, count);
    }

    /** The normalised words without gap tokens: what shingles and windows are made of. */
    public static List<String> plainWords(String text) {
        return Words.plain(Words.of(text));
    }

    /** The key a speaker is compared by (null names nobody and agrees with anyone). */
    public static String speakerKey(String speaker) {
        return Speakers.key(speaker);
    }

    /** Whether the store would take these two for one quotation (same speaker, or the flagged near-verbatim exception). */
    public static boolean same(String textA, String speakerA, String textB, String speakerB) {
        List<String> a = plainWords(textA);
        List<String> b = plainWords(textB);
        int shorter = Math.min(a.size(), b.size());
        if (shorter < Match.MIN_WORDS || !Match.possible(Match.pairs(a), Match.pairs(b), shorter)) {
            return false;
        }
        return Match.of(a, b).accepted(Speakers.compatible(Speakers.key(speakerA), Speakers.key(speakerB)));
    }

    /** Whether the two speakers may be one person. */
    public static boolean compatibleSpeakers(String speakerA, String speakerB) {
        return Speakers.compatible(Speakers.key(speakerA), Speakers.key(speakerB));
    }

    /**
     * How {@code text} differs from the earliest occurrence's words, as the store records it: the classes
     * comma-separated, most serious first, and the diff; null when only by truncation, elision or brackets.
     */
    public static String[] variant(String earliestText, String text) {
        Variant v = Variant.of(Words.of(earliestText), Words.of(text));
        return v == null ? null : new String[] {String.join(",", v.classes()), v.diff()};
    }
}
