package org.onrecord.store.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate keys of a quotation, for finding earlier occurrences of it by index look-up instead of by
 * comparing with every stored quotation.
 *
 * <p>Two kinds. <b>MinHash LSH bands</b> (Broder 1997; banding as in Leskovec, Rajaraman and Ullman,
 * <i>Mining of Massive Datasets</i>, ch. 3): a signature of {@link #BANDS} x {@link #ROWS} min-hashes of
 * the word 3-shingles, cut into bands; two quotations whose shingle sets have Jaccard similarity s share
 * a band with probability 1 - (1 - s^3)^20 (.85 at s = .45, .99 at s = .6). Jaccard is low for a short
 * quotation inside a long one, so there are also <b>window keys</b>: the hash of each run of
 * {@link #WINDOW} words, stored every {@link #STRIDE} words and looked up at every word, so a
 * truncation of at least WINDOW + STRIDE - 1 words finds the longer quotation and the other way round.
 * Bands only for forms of at most {@link #BANDED_WORDS} words: a longer form's windows find every occurrence that shares
 * a run of WINDOW + STRIDE - 1 words with it, and an occurrence accepted without such a run (edits every six words or
 * fewer over more than twenty) is rare in news, while bands were three quarters of the keys stored (docs/PROVENANCE.md,
 * session 10).
 * Hand-written rather than a dependency: the Java MinHash/LSH library we know of (tdebatty's java-LSH)
 * has not been kept up for years, and the whole algorithm is the sixty lines below.
 */
final class MinHash {
    static final int BANDS = 20;
    static final int ROWS = 3;
    static final int SHINGLE = 3;
    static final int WINDOW = 5;
    static final int STRIDE = 3;
    /**
     * The longest form with bands. On 4,900 real articles (30,111 direct and mixed quotes) bands for every form and for
     * these only give the same clusters but for one pair (a weather bulletin's phrase quoted by a later article), with a
     * third fewer keys; the gold samples' clusters are the same.
     */
    static final int BANDED_WORDS = 20;
    private static final long[] SEEDS = seeds(BANDS * ROWS);
    private static final long BAND_TAG = 0x6a09e667f3bcc909L;
    private static final long WINDOW_TAG = 0xbb67ae8584caa73bL;
    private static final long SHORT_TAG = 0x3c6ef372fe94f82bL;

    private MinHash() {}

    /**
     * The keys a quotation is stored under ({@code [0]}) and those under which its earlier occurrences may be stored
     * ({@code [1]}), over its forms of at least {@code minWords} words, each sorted without repeats: its bands (forms of
     * at most {@link #BANDED_WORDS} words), its
     * windows every STRIDE words and its last window stored; its bands and its windows at every word looked up.
     */
    static long[][] keys(List<List<String>> forms, int minWords) {
        int size = 0;
        for (List<String> form : forms) {
            size += form.size() >= minWords ? (form.size() <= BANDED_WORDS ? BANDS : 0) + 2 * form.size() + 2 : 0;
        }
        long[] stored = new long[size];
        long[] query = new long[size];
        int s = 0;
        int q = 0;
        for (List<String> form : forms) {
            if (form.size() < minWords) {
                continue;
            }
            if (form.size() <= BANDED_WORDS) {
                for (long band : bandKeys(form)) {
                    stored[s++] = band;
                    query[q++] = band;
                }
            }
            int n = form.size();
            // A quotation of minWords words has no window: it is stored under the hash of its words, and every run of
            // that many words of a later quotation is looked up, so that a longer one finds it inside.
            if (n == minWords) {
                stored[s++] = shortKey(form, 0, minWords);
            }
            for (int i = 0; i + minWords <= n; i++) {
                query[q++] = shortKey(form, i, minWords);
            }
            for (int i = 0; i + WINDOW <= n; i++) {
                long key = window(form, i);
                query[q++] = key;
                if (i % STRIDE == 0 || i == n - WINDOW) {
                    stored[s++] = key;
                }
            }
        }
        return new long[][] {distinct(stored, s), distinct(query, q)};
    }

    private static long[] distinct(long[] keys, int count) {
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** The keys a quotation is stored under (tests: what {@link #keys} must hold). */
    static Set<Long> storedKeys(List<String> plainWords) {
        Set<Long> keys = new LinkedHashSet<>(plainWords.size() <= BANDED_WORDS ? bandKeys(plainWords) : Set.of());
        int n = plainWords.size();
        for (int i = 0; i + WINDOW <= n; i += STRIDE) {
            keys.add(window(plainWords, i));
        }
        if (n >= WINDOW) {
            keys.add(window(plainWords, n - WINDOW)); // the last words, whatever the stride left
        }
        if (n == Match.MIN_WORDS) {
            keys.add(shortKey(plainWords, 0, n));
        }
        return keys;
    }

    /** The keys under which a quotation's earlier occurrences may be stored (tests). */
    static Set<Long> queryKeys(List<String> plainWords) {
        Set<Long> keys = new LinkedHashSet<>(plainWords.size() <= BANDED_WORDS ? bandKeys(plainWords) : Set.of());
        for (int i = 0; i + WINDOW <= plainWords.size(); i++) {
            keys.add(window(plainWords, i));
        }
        for (int i = 0; i + Match.MIN_WORDS <= plainWords.size(); i++) {
            keys.add(shortKey(plainWords, i, Match.MIN_WORDS));
        }
        return keys;
    }

    static Set<Long> bandKeys(List<String> words) {
        Set<Long> keys = new LinkedHashSet<>();
        if (words.size() < SHINGLE) {
            return keys;
        }
        long[] shingles = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = hash(words, i, SHINGLE);
        }
        long[] signature = new long[SEEDS.length];
        for (int h = 0; h < SEEDS.length; h++) {
            long min = Long.MAX_VALUE;
            for (long s : shingles) {
                min = Math.min(min, mix(s ^ SEEDS[h]));
            }
            signature[h] = min;
        }
        for (int b = 0; b < BANDS; b++) {
            long key = mix(BAND_TAG + b);
            for (int r = 0; r < ROWS; r++) {
                key = mix(key ^ signature[b * ROWS + r]);
            }
            keys.add(key);
        }
        return keys;
    }

    private static long shortKey(List<String> words, int from, int count) {
        return mix(SHORT_TAG ^ hash(words, from, count));
    }

    private static long window(List<String> words, int from) {
        return mix(WINDOW_TAG ^ hash(words, from, WINDOW));
    }

    /** FNV-1a over the words and a separator, then mixed: stable across runs and JVMs (stored). */
    static long hash(List<String> words, int from, int count) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + count; i++) {
            String w = words.get(i);
            for (int k = 0; k < w.length(); k++) {
                h = (h ^ w.charAt(k)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = mix(0x9e3779b97f4a7c15L * (i + 1));
        }
        return out;
    }

    static List<Long> list(Set<Long> keys) {
        return new ArrayList<>(keys);
    }
}
