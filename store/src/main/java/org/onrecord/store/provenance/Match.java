package org.onrecord.store.provenance;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Whether two candidate quotations are occurrences of one: the words they share in runs of at least
 * {@link #RUN} (Myers' diff, so order counts), as a share of the shorter one's words. A short quotation
 * inside a longer one shares all its words: a truncation is an occurrence of the longer quotation.
 * Runs shorter than RUN are not counted so that common words scattered through a long quotation ("we",
 * "the", "to") do not make a short one look contained in it.
 */
record Match(int shared, int shorter, int longestRun) {
    static final int RUN = 2;
    /** Fewer words than this are too common a phrase to identify a quotation. */
    static final int MIN_WORDS = 4;
    /** Share of the shorter quotation's words for the same speaker. */
    static final double SAME_SPEAKER = 0.75;
    /**
     * Below this many words a quotation must be inside the other whole: "We will win this seat" and "We
     * will lose this seat" share 4 of 5 words and are different sayings. Variants of short quotations are
     * therefore not found.
     */
    static final int SHORT = 8;
    /** Share for words attributed to another speaker: kept (and flagged) only when nearly word for word. */
    static final double OTHER_SPEAKER = 0.9;
    static final int OTHER_SPEAKER_MIN_WORDS = 6;
    /**
     * A run of this many words in the same order, by the same speaker, makes two excerpts of one longer
     * quotation even when each has words the other lacks (outlets cut a speech at different places, and
     * a quote's span may take in the narration between its parts).
     */
    static final int OVERLAP_RUN = 10;

    /**
     * A form ready to be compared many times: its words, the hash of the word pair starting at each place, and
     * those hashes sorted without repeats. A quotation is compared with up to hundreds of candidates an add, and a
     * candidate with many new quotations: its words are read and its pairs hashed once, not once a comparison.
     */
    record Form(List<String> words, long[] wordAt, long[] pairAt, long[] pairs) {
        static Form of(List<String> words) {
            long[] word = new long[words.size()];
            for (int i = 0; i < word.length; i++) {
                word[i] = MinHash.hash(words, i, 1);
            }
            long[] at = new long[Math.max(0, words.size() - 1)];
            for (int i = 0; i < at.length; i++) {
                at[i] = MinHash.hash(words, i, 2);
            }
            return new Form(words, word, at, LongStream.of(at).sorted().distinct().toArray());
        }

        static List<Form> all(List<List<String>> forms) {
            return forms.stream().map(Form::of).toList();
        }

        int size() {
            return words.size();
        }
    }

    /**
     * Whether two quotations share enough word pairs to possibly be accepted: a cheap test before the diff,
     * whose cost grows with how much they differ. Acceptance needs shared runs covering 3/4 of the shorter
     * (each run of r words holds r - 1 >= r/2 word pairs) or one run of OVERLAP_RUN words (OVERLAP_RUN - 1
     * pairs); the bound is kept below both so that repeated pairs cannot make it wrong.
     */
    static boolean possible(long[] pairsA, long[] pairsB, int shorter) {
        int need = (int) Math.min(Math.floor(0.3 * shorter), OVERLAP_RUN - 3);
        int shared = 0;
        for (int i = 0, j = 0; i < pairsA.length && j < pairsB.length; ) {
            if (pairsA[i] < pairsB[j]) {
                i++;
            } else if (pairsA[i] > pairsB[j]) {
                j++;
            } else if (++shared >= need) {
                return true;
            } else {
                i++;
                j++;
            }
        }
        return shared >= need;
    }

    /** The pair hashes two sorted sets have in common, sorted. */
    private static long[] common(long[] pairsA, long[] pairsB) {
        long[] out = new long[Math.min(pairsA.length, pairsB.length)];
        int n = 0;
        for (int i = 0, j = 0; i < pairsA.length && j < pairsB.length; ) {
            if (pairsA[i] < pairsB[j]) {
                i++;
            } else if (pairsA[i] > pairsB[j]) {
                j++;
            } else {
                out[n++] = pairsA[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The closest accepted match between any form of one quotation and any form of the other (its words, and for
     * a mixed quote also its quoted words: {@link #forms}), or null when none is accepted.
     */
    static Match best(List<List<String>> formsA, List<List<String>> formsB, boolean sameSpeaker) {
        return closest(Form.all(formsA), Form.all(formsB), sameSpeaker);
    }

    /** {@link #best} on forms made ready. */
    static Match closest(List<Form> formsA, List<Form> formsB, boolean sameSpeaker) {
        Match best = null;
        for (Form a : formsA) {
            for (Form b : formsB) {
                int shorter = Math.min(a.size(), b.size());
                if (shorter < MIN_WORDS || !possible(a.pairs(), b.pairs(), shorter)) {
                    continue;
                }
                long[] common = common(a.pairs(), b.pairs());
                // Most candidates fail here, without the diff: every word of a counted run is in a shared pair.
                if (!atMost(a, b, common, shorter).accepted(sameSpeaker)) {
                    continue;
                }
                Match m = runs(a, trim(a, common), b, trim(b, common), shorter);
                if (m.accepted(sameSpeaker) && (best == null || m.closerThan(best))) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * The word lists a quotation is matched by, without gap tokens: its words, and for a mixed quote with at least
     * {@link #MIN_WORDS} words in quotation marks those too, since two outlets that quote the same words of a
     * speaker rarely paraphrase the rest alike. None for a name in title case ({@link Words#isTitle}).
     */
    static List<List<String>> forms(String text, boolean mixed) {
        return forms(text, mixed, Words.of(text), mixed ? Words.quoted(text) : List.of());
    }

    /** {@link #forms} from the quotation's words and quoted words, read once by the caller. */
    static List<List<String>> forms(String text, boolean mixed, List<String> words, List<String> quotedWords) {
        if (Words.isTitle(text)) {
            return List.of(); // "Make America Great Again" alone: a slogan chanted or named, found inside every speech that uses it
        }
        List<String> plain = Words.plain(words);
        if (mixed) {
            List<String> quoted = Words.plain(quotedWords);
            if (quoted.size() >= MIN_WORDS && !quoted.equals(plain)) {
                return List.of(plain, quoted);
            }
        }
        return List.of(plain);
    }

    /** Closer: a larger share of the shorter quotation, then more words shared. */
    boolean closerThan(Match other) {
        return share() != other.share() ? share() > other.share() : shared > other.shared;
    }

    static Match of(List<String> a, List<String> b) {
        return of(Form.of(a), Form.of(b));
    }

    static Match of(Form a, Form b) {
        int shorter = Math.min(a.size(), b.size());
        if (shorter == 0) {
            return new Match(0, 0, 0);
        }
        // Only words inside a shared word pair can be in a counted run: cutting each list to the stretch
        // between its first and last shared pair keeps every run and spares the diff the long unshared
        // tails of two excerpts of one speech, where Myers' cost (the number of differences) is highest.
        long[] shared = common(a.pairs(), b.pairs());
        if (shared.length == 0) {
            return new Match(0, shorter, 0);
        }
        return runs(a, trim(a, shared), b, trim(b, shared), shorter);
    }

    /**
     * A match at least as good as the diff can find, from the shared pairs alone: a word in a counted run (two or more
     * words in the same order in both) starts or ends a shared pair in each quotation, so the words such pairs cover
     * in either bound the words shared, and their longest stretch bounds the longest run. Accepted is monotone in
     * both, so a bound that is not accepted rejects the pair exactly.
     */
    private static Match atMost(Form a, Form b, long[] sharedPairs, int shorter) {
        int[] coverA = covered(a, sharedPairs);
        int[] coverB = covered(b, sharedPairs);
        return new Match(Math.min(coverA[0], coverB[0]), shorter, Math.min(coverA[1], coverB[1]));
    }

    /** Words in a shared pair, and the most words joined by consecutive shared pairs. */
    private static int[] covered(Form form, long[] sharedPairs) {
        int words = 0;
        int longest = 0;
        int pairs = 0; // shared pairs in a row up to this word
        boolean previous = false; // the pair ending at this word is shared
        for (int i = 0; i < form.size(); i++) {
            boolean next = i < form.pairAt().length && Arrays.binarySearch(sharedPairs, form.pairAt()[i]) >= 0;
            if (previous || next) {
                words++;
            }
            pairs = next ? pairs + 1 : 0;
            longest = Math.max(longest, pairs + 1);
            previous = next;
        }
        return new int[] {words, longest};
    }

    /** The stretch of a form between its first and last shared word pair, as {from, to} (to exclusive). */
    private static int[] trim(Form form, long[] sharedPairs) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < form.pairAt().length; i++) {
            if (Arrays.binarySearch(sharedPairs, form.pairAt()[i]) >= 0) {
                first = first < 0 ? i : first;
                last = i + 1;
            }
        }
        return new int[] {first, last + 1};
    }

    /**
     * The words two stretches share in runs of at least {@link #RUN}, and their longest run, along the shortest edit
     * path of Myers' greedy algorithm (Myers 1986) with the ties broken as java-diff-utils' {@code MyersDiff} breaks
     * them, so that the runs are those its deltas leave between them: the diagonals ("snakes") of that path. On arrays
     * of word hashes (words compared when equal), keeping only each step's furthest point, instead of a linked path
     * node for every step (most of the diff's time).
     */
    static Match runs(Form a, int[] rangeA, Form b, int[] rangeB, int shorter) {
        long[] x = a.wordAt();
        long[] y = b.wordAt();
        int fromA = rangeA[0];
        int fromB = rangeB[0];
        int n = rangeA[1] - fromA;
        int m = rangeB[1] - fromB;
        int max = n + m + 1;
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        int[][] trace = new int[max][];
        int end = Integer.MIN_VALUE;
        int depth = 0;
        search:
        for (int d = 0; d < max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int i = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
                int j = i - k;
                while (i < n && j < m && x[fromA + i] == y[fromB + j]
                        && a.words().get(fromA + i).equals(b.words().get(fromB + j))) {
                    i++;
                    j++;
                }
                v[off + k] = i;
                if (i >= n && j >= m) {
                    end = k;
                    depth = d;
                    trace[d] = snapshot(v, off, d);
                    break search;
                }
            }
            trace[d] = snapshot(v, off, d);
        }
        int shared = 0;
        int longest = 0;
        int k = end;
        for (int d = depth; d >= 0; d--) {
            int reached = trace[d][(k + d) / 2];
            int start;
            int previous;
            if (d == 0) {
                start = 0;
                previous = k;
            } else if (k == -d || (k != d && at(trace[d - 1], k - 1, d - 1) < at(trace[d - 1], k + 1, d - 1))) {
                start = at(trace[d - 1], k + 1, d - 1);
                previous = k + 1;
            } else {
                start = at(trace[d - 1], k - 1, d - 1) + 1;
                previous = k - 1;
            }
            int run = reached - start;
            shared += run >= RUN ? run : 0;
            longest = Math.max(longest, run);
            k = previous;
        }
        return new Match(shared, shorter, longest);
    }

    /** The furthest points of diagonals -d, -d + 2, ..., d after step d. */
    private static int[] snapshot(int[] v, int off, int d) {
        int[] out = new int[d + 1];
        for (int k = -d, t = 0; k <= d; k += 2, t++) {
            out[t] = v[off + k];
        }
        return out;
    }

    private static int at(int[] snapshot, int k, int d) {
        return snapshot[(k + d) / 2];
    }

    /** The runs by java-diff-utils' deltas: what {@link #runs(Form, int[], Form, int[], int)} must equal (tests). */
    static Match runsByDeltas(List<String> a, List<String> b, int shorter) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        int shared = 0;
        int longest = 0;
        int at = 0; // position in a after the last delta
        for (AbstractDelta<String> d : deltas) {
            int run = d.getSource().getPosition() - at;
            shared += run >= RUN ? run : 0;
            longest = Math.max(longest, run);
            at = d.getSource().getPosition() + d.getSource().size();
        }
        int last = a.size() - at;
        shared += last >= RUN ? last : 0;
        longest = Math.max(longest, last);
        return new Match(shared, shorter, longest);
    }

    double share() {
        return shorter == 0 ? 0 : (double) shared / shorter;
    }

    /** Whether the two are one quotation, given whether their speakers may be the same person. */
    boolean accepted(boolean sameSpeaker) {
        if (shorter < MIN_WORDS) {
            return false;
        }
        if (sameSpeaker) {
            return shorter < SHORT ? shared == shorter : share() >= SAME_SPEAKER || longestRun >= OVERLAP_RUN;
        }
        return shorter >= OTHER_SPEAKER_MIN_WORDS && share() >= OTHER_SPEAKER;
    }
}
