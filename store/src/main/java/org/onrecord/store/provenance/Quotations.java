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

    /**
     * The word lists the store matches a quotation by, without gap tokens: its words, and for a mixed quote its
     * quoted words too; none for a name in title case. What shingles and windows are made of.
     */
    public static List<List<String>> forms(String text, String type) {
        return Match.forms(text == null ? "" : text, "mixed".equals(type));
    }

    /**
     * Whether the store would take these two for one quotation (same speaker, or the flagged near-verbatim
     * exception), by any of their forms.
     */
    public static boolean same(String textA, String typeA, String speakerA, String textB, String typeB, String speakerB) {
        return Match.best(forms(textA, typeA), forms(textB, typeB),
                Speakers.compatible(Speakers.key(speakerA), Speakers.key(speakerB))) != null;
    }

    /** Whether the two speakers may be one person. */
    public static boolean compatibleSpeakers(String speakerA, String speakerB) {
        return Speakers.compatible(Speakers.key(speakerA), Speakers.key(speakerB));
    }

    /**
     * How {@code text} differs from the earliest occurrence's words (a mixed quote's quoted words), as the store records it: the classes
     * comma-separated, most serious first, and the diff; null when only by truncation, elision or brackets.
     */
    public static String[] variant(String earliestText, String earliestType, String text, String type) {
        Variant v = Variant.of(Words.spoken(earliestText, "mixed".equals(earliestType)), Words.spoken(text, "mixed".equals(type)));
        return v == null ? null : new String[] {String.join(",", v.classes()), v.diff()};
    }
}
