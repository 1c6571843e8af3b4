package org.onrecord.store.provenance;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * Whether two quotations share enough word pairs to possibly be accepted: a cheap test before the diff,
     * whose cost grows with how much they differ. Acceptance needs shared runs covering 3/4 of the shorter
     * (each run of r words holds r - 1 >= r/2 word pairs) or one run of OVERLAP_RUN words (OVERLAP_RUN - 1
     * pairs); the bound is kept below both so that repeated pairs cannot make it wrong.
     */
    static boolean possible(Set<String> pairsA, Set<String> pairsB, int shorter) {
        int need = (int) Math.min(Math.floor(0.3 * shorter), OVERLAP_RUN - 3);
        int shared = 0;
        Set<String> small = pairsA.size() <= pairsB.size() ? pairsA : pairsB;
        Set<String> large = small == pairsA ? pairsB : pairsA;
        for (String p : small) {
            if (large.contains(p) && ++shared >= need) {
                return true;
            }
        }
        return shared >= need;
    }

    /** The word pairs of a quotation, for {@link #possible}. */
    static Set<String> pairs(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1));
        }
        return out;
    }

    /**
     * The closest accepted match between any form of one quotation and any form of the other (its words, and for
     * a mixed quote also its quoted words: {@link #forms}), or null when none is accepted.
     */
    static Match best(List<List<String>> formsA, List<List<String>> formsB, boolean sameSpeaker) {
        Match best = null;
        for (List<String> a : formsA) {
            Set<String> pairsA = pairs(a);
            for (List<String> b : formsB) {
                int shorter = Math.min(a.size(), b.size());
                if (shorter < MIN_WORDS || !possible(pairsA, pairs(b), shorter)) {
                    continue;
                }
                Match m = of(a, b);
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
        if (Words.isTitle(text)) {
            return List.of(); // "Make America Great Again" alone: a slogan chanted or named, found inside every speech that uses it
        }
        List<String> plain = Words.plain(Words.of(text));
        if (mixed) {
            List<String> quoted = Words.plain(Words.quoted(text));
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
        int shorter = Math.min(a.size(), b.size());
        if (shorter == 0) {
            return new Match(0, 0, 0);
        }
        // Only words inside a shared word pair can be in a counted run: cutting each list to the stretch
        // between its first and last shared pair keeps every run and spares the diff the long unshared
        // tails of two excerpts of one speech, where Myers' cost (the number of differences) is highest.
        Set<String> shared = pairs(a);
        shared.retainAll(pairs(b));
        if (shared.isEmpty()) {
            return new Match(0, shorter, 0);
        }
        return runs(trim(a, shared), trim(b, shared), shorter);
    }

    private static List<String> trim(List<String> words, Set<String> sharedPairs) {
        int first = -1;
        int last = -1;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (sharedPairs.contains(words.get(i) + ' ' + words.get(i + 1))) {
                first = first < 0 ? i : first;
                last = i + 1;
            }
        }
        return words.subList(first, last + 1);
    }

    private static Match runs(List<String> a, List<String> b, int shorter) {
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
