package org.onrecord.store.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The keys made at once, as arrays, are the keys of each form made one by one. */
class MinHashTest {
    @Test
    void keys_are_the_union_of_each_forms_stored_and_query_keys() {
        Random random = new Random(17);
        List<String> vocabulary = List.of("we", "will", "not", "back", "down", "the", "offer", "is", "fair", "and", "final");
        for (int i = 0; i < 2_000; i++) {
            List<List<String>> forms = new ArrayList<>();
            for (int f = 1 + random.nextInt(2); f > 0; f--) {
                List<String> form = new ArrayList<>();
                for (int n = random.nextInt(40); form.size() < n; ) { // forms with bands (up to 20 words) and without
                    form.add(vocabulary.get(random.nextInt(vocabulary.size())));
                }
                forms.add(form);
            }
            TreeSet<Long> stored = new TreeSet<>();
            TreeSet<Long> query = new TreeSet<>();
            for (List<String> form : forms) {
                if (form.size() >= Match.MIN_WORDS) {
                    stored.addAll(MinHash.storedKeys(form));
                    query.addAll(MinHash.queryKeys(form));
                }
            }
            long[][] keys = MinHash.keys(forms, Match.MIN_WORDS);
            assertThat(keys[0]).as("%s", forms).containsExactly(stored.stream().mapToLong(Long::longValue).toArray());
            assertThat(keys[1]).as("%s", forms).containsExactly(query.stream().mapToLong(Long::longValue).toArray());
        }
    }
}
