package org.onrecord.store.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pre-tests before the diff only spare work: they never change which quotations are one. */
class MatchTest {
    private static final List<String> VOCABULARY = List.of("we", "will", "not", "back", "down", "the", "offer", "is", "fair",
            "and", "final", "our", "members", "deserve", "better");

    @Test
    void the_cheap_bounds_reject_only_pairs_the_diff_would_reject() {
        Random random = new Random(15);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            List<String> a = quotation(random);
            List<String> b = random.nextBoolean() ? quotation(random) : excerpt(a, random);
            boolean same = random.nextInt(4) > 0;
            Match slow = Match.of(a, b); // the diff alone, no pre-test
            Match fast = Match.closest(List.of(Match.Form.of(a)), List.of(Match.Form.of(b)), same);
            boolean expected = Math.min(a.size(), b.size()) >= Match.MIN_WORDS && slow.accepted(same);
            assertThat(fast != null).as("%s / %s (same speaker %s)", a, b, same).isEqualTo(expected);
            if (fast != null) {
                assertThat(fast).isEqualTo(slow);
                accepted++;
            }
        }
        assertThat(accepted).as("the sample holds accepted pairs as well as rejected ones").isBetween(1_000, 19_000);
    }

    @Test
    void the_runs_are_those_java_diff_utils_deltas_leave() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            List<String> a = random.nextInt(10) == 0 ? List.of() : quotation(random);
            List<String> b = random.nextBoolean() ? quotation(random) : excerpt(a.isEmpty() ? quotation(random) : a, random);
            int shorter = Math.min(a.size(), b.size());
            assertThat(Match.runs(Match.Form.of(a), new int[] {0, a.size()}, Match.Form.of(b), new int[] {0, b.size()}, shorter))
                    .as("%s / %s", a, b).isEqualTo(Match.runsByDeltas(a, b, shorter));
        }
    }

    private static List<String> quotation(Random random) {
        List<String> out = new ArrayList<>();
        for (int n = 4 + random.nextInt(20); out.size() < n; ) {
            out.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return out;
    }

    /** A part of the quotation with a few words changed, as another outlet might carry it. */
    private static List<String> excerpt(List<String> words, Random random) {
        int from = random.nextInt(words.size() / 2 + 1);
        List<String> out = new ArrayList<>(words.subList(from, from + random.nextInt(words.size() - from) + 1));
        for (int k = random.nextInt(3); k > 0 && !out.isEmpty(); k--) {
            out.set(random.nextInt(out.size()), VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return out;
    }
}
