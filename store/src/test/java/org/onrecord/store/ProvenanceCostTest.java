package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.store.provenance.ClusterLine;

/**
 * The work of clustering one more occurrence does not grow with the cluster (issues #12 and #15): counted in rows of
 * earlier quotes read, never in time. Before, every article re-read, re-diffed and rewrote every occurrence of each
 * cluster it joined, so the 2,000th occurrence of a quotation cost 2,000 rows.
 */
class ProvenanceCostTest {
    private static final String WORDS = "We will protect the pay offer because our members deserve fair treatment this year";
    private static final String NEGATED = "We will not protect the pay offer because our members deserve fair treatment this year";

    @TempDir
    Path dir;

    @Test
    void the_2000th_occurrence_of_a_quotation_costs_what_the_500th_did_and_the_cluster_is_the_same() {
        try (QuoteStore store = QuoteStore.openOrCreate(dir.resolve("news.db"))) {
            long[] rowsPerBatch = new long[20];
            for (int batch = 0; batch < 20; batch++) {
                List<ArticleEntry> articles = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    int n = batch * 100 + i;
                    // Every tenth adds a "not": a variant of the earliest, which must be counted as before.
                    articles.add(Fixtures.said("a" + n, LocalDate.of(2022, 1, 1).plusDays(n / 10).toString(), "Ann Lee",
                            n % 10 == 9 ? NEGATED : WORDS));
                }
                long before = store.clusterRowsRead();
                store.put(articles);
                rowsPerBatch[batch] = store.clusterRowsRead() - before;
            }
            // Rows read per key are capped (Provenance.MAX_PER_KEY) and a new occurrence reads only the cluster's row:
            // once the keys' lists are full (the negated wording's by its 640th article) the work per article is flat,
            // whatever the cluster's size. Re-reading the cluster, it would grow by 100 rows an article a batch.
            assertThat(rowsPerBatch[19]).isLessThanOrEqualTo(rowsPerBatch[9]);

            List<ClusterLine> clusters = store.clusters(SearchQuery.all());
            assertThat(clusters).extracting(ClusterLine::firstDay, ClusterLine::articles, ClusterLine::variants)
                    .containsExactly(tuple("2022-01-01", 2_000, 200));
            assertThat(clusters.get(0).text()).isEqualTo(WORDS);
        }
    }
}
