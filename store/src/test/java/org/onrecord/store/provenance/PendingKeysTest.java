package org.onrecord.store.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The pending keys as a map of sorted sets would hold them, through adds, removals and clears. */
class PendingKeysTest {
    @Test
    void holds_what_a_map_of_sets_holds() {
        Random random = new Random(14);
        PendingKeys pending = new PendingKeys();
        Map<Long, TreeSet<Long>> reference = new TreeMap<>();
        List<long[]> added = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 60_000; i++) {
                // some keys shared by many quotes, most by one; quote ids distinct under a key, as a quote's keys are
                long key = random.nextInt(4) == 0 ? random.nextInt(50) : random.nextLong();
                long id = 1 + i + 100_000L * round;
                pending.add(key, id);
                reference.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
                added.add(new long[] {key, id});
                if (random.nextInt(10) == 0) { // a quote deleted in the transaction, and one never written
                    long[] gone = added.get(random.nextInt(added.size()));
                    TreeSet<Long> ids = reference.get(gone[0]);
                    boolean held = ids != null && ids.remove(gone[1]);
                    assertThat(pending.remove(gone[0], gone[1])).isEqualTo(held);
                    if (ids != null && ids.isEmpty()) {
                        reference.remove(gone[0]);
                    }
                    assertThat(pending.remove(random.nextLong(), 7)).isFalse();
                }
            }
            assertThat(pending.keys()).containsExactly(reference.keySet().stream().mapToLong(Long::longValue).toArray());
            for (var e : reference.entrySet()) {
                assertThat(pending.holds(e.getKey())).isTrue();
                assertThat(pending.sorted(e.getKey())).containsExactly(e.getValue().stream().mapToLong(Long::longValue).toArray());
            }
            assertThat(pending.holds(random.nextLong())).isFalse();
            assertThat(pending.sorted(random.nextLong())).isEmpty();
            assertThat(pending.isEmpty()).isEqualTo(reference.isEmpty());
            pending.clear();
            reference.clear();
            added.clear();
            assertThat(pending.isEmpty()).isTrue();
            assertThat(pending.keys()).isEmpty();
        }
    }
}
