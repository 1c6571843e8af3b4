package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ranked search orders the most recently indexed matches of its window by relevance before the older
 * ones (QuoteSearch.RANK_WINDOW, a cap on what a page costs), in one order for every page.
 */
class RankWindowTest {
    @TempDir
    static Path dir;

    private static Path file;

    /** Six quotes on the bridge, each in its own article, indexed oldest first: the older, the more "bridge". */
    @BeforeAll
    static void fill() {
        file = dir.resolve("news.db");
        try (QuoteStore store = QuoteStore.openOrCreate(file)) {
            for (int i = 0; i < 6; i++) {
                String words = ("bridge ".repeat(6 - i) + "works start soon here").strip();
                store.put(List.of(Fixtures.said("a" + i, "2022-06-0" + (i + 1), "Ann Lee " + i, words)));
            }
        }
    }

    @Test
    void within_the_window_the_order_is_by_relevance_alone() throws Exception {
        List<String> texts = texts(search("bridge", 10, 0, 100).ids());

        assertThat(texts).extracting(t -> t.split("bridge", -1).length - 1).containsExactly(6, 5, 4, 3, 2, 1);
    }

    @Test
    void past_the_window_the_newest_matches_come_first_each_part_by_relevance_and_the_total_is_exact() throws Exception {
        QuoteSearch.Ids ids = search("bridge", 10, 0, 3);

        assertThat(ids.total()).isEqualTo(6);
        // The three newest (1, 2, 3 "bridge"s) by relevance, then the three older ones.
        assertThat(texts(ids.ids())).extracting(t -> t.split("bridge", -1).length - 1).containsExactly(3, 2, 1, 6, 5, 4);
    }

    @Test
    void pages_across_the_window_border_neither_overlap_nor_leave_a_gap() throws Exception {
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            paged.addAll(search("bridge", 2, offset, 3).ids());
        }
        List<Long> oddPages = new ArrayList<>(search("bridge", 4, 0, 3).ids());
        oddPages.addAll(search("bridge", 4, 4, 3).ids());

        assertThat(paged).isEqualTo(search("bridge", 10, 0, 3).ids()).isEqualTo(oddPages);
    }

    @Test
    void a_search_with_a_filter_on_the_quotes_table_has_the_same_window() throws Exception {
        SearchQuery query = SearchQuery.all().withText("bridge").withDates(java.time.LocalDate.of(2022, 6, 2), null);

        QuoteSearch.Ids ids = read(c -> QuoteSearch.ids(c, query, 10, 0, 3));

        assertThat(ids.total()).isEqualTo(5);
        assertThat(texts(ids.ids())).extracting(t -> t.split("bridge", -1).length - 1).containsExactly(3, 2, 1, 5, 4);
    }

    private static QuoteSearch.Ids search(String text, int limit, int offset, int window) throws Exception {
        return read(c -> QuoteSearch.ids(c, SearchQuery.all().withText(text), limit, offset, window));
    }

    private static List<String> texts(List<Long> ids) throws Exception {
        return read(c -> QuoteSearch.hits(c, ids)).stream().map(h -> h.quote().text()).toList();
    }

    private static <T> T read(ReaderPool.Work<T> work) throws Exception {
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 1)) {
            return pool.with(work);
        }
    }
}
