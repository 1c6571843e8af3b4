package org.onrecord.store.provenance;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;

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
    /** Share for words attributed to another speaker: kept (and flagged) only when nearly word for word. */
    static final double OTHER_SPEAKER = 0.9;
    static final int OTHER_SPEAKER_MIN_WORDS = 6;
    /**
     * A run of this many words in the same order, by the same speaker, makes two excerpts of one longer
     * quotation even when each has words the other lacks (outlets cut a speech at different places, and
     * a quote's span may take in the narration between its parts).
     */
    static final int OVERLAP_RUN = 10;

    static Match of(List<String> a, List<String> b) {
        int shorter = Math.min(a.size(), b.size());
        if (shorter == 0) {
            return new Match(0, 0, 0);
        }
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
            return share() >= SAME_SPEAKER || longestRun >= OVERLAP_RUN;
        }
        return shorter >= OTHER_SPEAKER_MIN_WORDS && share() >= OTHER_SPEAKER;
    }
}
