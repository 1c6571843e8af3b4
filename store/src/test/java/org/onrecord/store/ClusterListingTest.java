package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Extraction;
import org.onrecord.store.provenance.ClusterLine;
import org.onrecord.store.provenance.Clusters;

/**
 * The listing of every cluster ({@code search --clusters} without a query), page by page, on a store where most clusters
 * have one occurrence and so no row (docs/PROVENANCE.md, session 14): the clusters of one article are paged by the index
 * of their occurrences' days (schema version 8), in the order the listing had, and a version 7 store gains it.
 */
class ClusterListingTest {
    private static final int SIZE = 20;

    @TempDir
    Path dir;

    private final Random random = new Random(14);
    private final List<String> vocabulary = new ArrayList<>();

    @Test
    void every_page_is_the_page_the_places_of_version_7_give_through_clusters_growing_shrinking_and_re_indexed() throws Exception {
        Path file = dir.resolve("news.db");
        List<String> wide = new ArrayList<>();
        List<ArticleEntry> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // carried by two to four articles
            String words = sentence();
            wide.add(words);
            for (int k = 0; k < 2 + i % 3; k++) {
                articles.add(article("w" + i + "-" + k, day(), "Outlet " + random.nextInt(5), "Ann Lee", words));
            }
        }
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // twice in one article: a row, one article
            String words = sentence();
            twice.add(words);
            articles.add(article("t" + i, day(), "Outlet " + random.nextInt(5), "Tom Baker", words, words));
        }
        for (int i = 0; i < 260; i++) { // once: no row
            articles.add(article("s" + i, day(), i % 7 == 0 ? null : "Outlet " + random.nextInt(5), "Jo Hart", sentence()));
        }
        Collections.shuffle(articles, random);
        try (QuoteStore store = QuoteStore.openOrCreate(file)) {
            for (int from = 0; from < articles.size(); from += 50) {
                store.put(articles.subList(from, Math.min(articles.size(), from + 50)));
            }
            assertListed(store, file, 12, 6 + 260);

            // A cluster of one joined by a second article; a quotation twice in one article carried by another; a wide
            // cluster's articles re-indexed until it is of one article again, then of one occurrence; a cluster of one
            // re-indexed into a wide one.
            store.put(List.of(article("s3-again", "2016-11-02", "Outlet 9", "Jo Hart", quoteOf(file, "s3")),
                    article("t0-again", null, "Outlet 9", "Tom Baker", twice.get(0))));
            assertListed(store, file, 14, 6 + 260 - 2);
            List<String> first = ids(file, "SELECT a.source_id FROM articles a JOIN quotes q ON q.article_id = a.id"
                    + " WHERE q.text = ? ORDER BY a.source_id", wide.get(0));
            for (String id : first.subList(1, first.size())) {
                store.put(List.of(article(id, day(), "Outlet 1", "Ann Lee", sentence())));
            }
            assertListed(store, file, 13, 6 + 260 - 2 + 1 + first.size() - 1);
            store.put(List.of(article("s5", "2016-10-30", "Outlet 2", "Ann Lee", wide.get(1))));
            assertListed(store, file, 13, 6 + 260 - 2 + first.size() - 1);
        }
    }

    @Test
    void a_version_7_store_gains_the_days_of_its_occurrences_and_their_index_and_lists_as_before() throws Exception {
        Path file = dir.resolve("news.db");
        List<ArticleEntry> articles = new ArrayList<>();
        String carried = sentence();
        for (int k = 0; k < 3; k++) {
            articles.add(article("w" + k, day(), "Outlet " + k, "Ann Lee", carried));
        }
        String twice = sentence();
        articles.add(article("t", "2016-10-01", "Outlet 1", "Tom Baker", twice, twice));
        for (int i = 0; i < 70; i++) {
            articles.add(article("s" + i, day(), "Outlet " + random.nextInt(3), "Jo Hart", sentence()));
        }
        List<String> schema;
        List<String> columns;
        List<String> listing;
        List<List<ClusterLine>> pages;
        try (QuoteStore store = QuoteStore.openOrCreate(file)) {
            store.put(articles);
            pages = pages(store);
        }
        schema = rows(file, "SELECT type || ' ' || name || ifnull(' ' || sql, '') FROM sqlite_master WHERE name != 'occurrences'"
                + " ORDER BY type, name");
        columns = rows(file, "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || ifnull(dflt_value, '-')"
                + " FROM pragma_table_info('occurrences') ORDER BY cid");
        listing = rows(file, "SELECT " + ProvenanceStoreTest.LISTING_ROW + " FROM occurrences ORDER BY quote_id");
        assertThat(listing).as("the undated and the carried occurrences").anyMatch(r -> r.endsWith(" - 0"))
                .anyMatch(r -> r.endsWith(" 1"));
        toVersion7(file);
        assertThat(rows(file, "SELECT name FROM pragma_table_info('occurrences')")).doesNotContain("day", "wide");
        try (QuoteStore reader = QuoteStore.openReadOnly(file)) {
            assertThat(pages(reader)).as("read as it is").isEqualTo(pages);
        }

        try (QuoteStore store = QuoteStore.openExisting(file)) {
            assertThat(rows(file, "SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
            assertThat(rows(file, "SELECT type || ' ' || name || ifnull(' ' || sql, '') FROM sqlite_master"
                    + " WHERE name != 'occurrences' ORDER BY type, name")).as("the tables and indexes of a new store").isEqualTo(schema);
            assertThat(rows(file, "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || ifnull(dflt_value, '-')"
                    + " FROM pragma_table_info('occurrences') ORDER BY cid")).isEqualTo(columns);
            assertThat(rows(file, "SELECT " + ProvenanceStoreTest.LISTING_ROW + " FROM occurrences ORDER BY quote_id"))
                    .as("as a new store wrote them").isEqualTo(listing);
            assertThat(pages(store)).isEqualTo(pages);
            assertThat(rows(file, "PRAGMA integrity_check")).containsExactly("ok");

            store.put(List.of(article("s1-again", "2016-11-30", "Outlet 7", "Jo Hart", quoteOf(file, "s1"))));
            assertThat(rows(file, "SELECT count(*) FROM clusters WHERE article_count >= 2")).containsExactly("2");
            assertListed(store, file, 2, 1 + 70 - 1);
        }
    }

    /**
     * Checks every page of the listing: the clusters carried by two articles or more first, then those of one; each
     * cluster once, in the listing's order; each page as the places of a version 7 store give it, on a copy read as it
     * is; and each occurrence's day and flag as its quote and cluster say.
     */
    private void assertListed(QuoteStore store, Path file, int wide, int narrow) throws Exception {
        assertThat(rows(file, "SELECT count(*) FROM occurrences o JOIN quotes q ON q.id = o.quote_id"
                + " LEFT JOIN clusters k ON k.id = o.cluster_id"
                + " WHERE o.day IS NOT q.published_day OR o.wide != (ifnull(k.article_count, 1) >= 2)"))
                .as("every occurrence's day and whether its cluster is in two articles or more").containsExactly("0");
        List<List<ClusterLine>> pages = pages(store);
        List<ClusterLine> all = pages.stream().flatMap(List::stream).toList();
        assertThat(all).extracting(ClusterLine::id).doesNotHaveDuplicates()
                .hasSize(Integer.parseInt(rows(file, "SELECT count(DISTINCT cluster_id) FROM occurrences").get(0)));
        assertThat(all.stream().filter(l -> l.articles() >= 2)).hasSize(wide);
        assertThat(all.stream().filter(l -> l.articles() == 1)).hasSize(narrow);
        assertThat(all).isSortedAccordingTo(Comparator.comparingInt((ClusterLine l) -> -l.articles())
                .thenComparing(ClusterLine::firstDay, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(ClusterLine::id));
        Path copy = dir.resolve("v7-" + System.nanoTime() + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + copy + "'");
        }
        toVersion7(copy);
        List<List<ClusterLine>> hart = pages(store, SearchQuery.all().withSpeaker("Hart"));
        List<List<ClusterLine>> dated = pages(store, SearchQuery.all().withDates(java.time.LocalDate.of(2016, 10, 5),
                java.time.LocalDate.of(2016, 10, 20)));
        assertThat(hart).isNotEmpty();
        assertThat(dated).isNotEmpty();
        try (QuoteStore reader = QuoteStore.openReadOnly(copy)) {
            assertThat(pages(reader)).as("the pages of the places read and sorted, as version 7 lists them").isEqualTo(pages);
            assertThat(pages(reader, SearchQuery.all().withSpeaker("Hart"))).as("a speaker's, by the quotes' days").isEqualTo(hart);
            assertThat(pages(reader, SearchQuery.all().withDates(java.time.LocalDate.of(2016, 10, 5),
                    java.time.LocalDate.of(2016, 10, 20)))).isEqualTo(dated);
        }
        assertThat(plan(file, Clusters.NARROW_PAGE.replace("?", "20")))
                .as("a page of clusters of one article, by the index alone").anyMatch(r -> r.contains("COVERING INDEX occurrences_narrow"))
                .noneMatch(r -> r.contains("TEMP B-TREE"));
    }

    /** Every page of the listing of all clusters, up to the first empty one. */
    private static List<List<ClusterLine>> pages(QuoteStore store) {
        return pages(store, SearchQuery.all());
    }

    /** Every page of the clusters of a search, up to the first empty one. */
    private static List<List<ClusterLine>> pages(QuoteStore store, SearchQuery query) {
        List<List<ClusterLine>> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<ClusterLine> lines = store.clusters(query.withPage(page, SIZE));
            if (lines.isEmpty()) {
                return out;
            }
            out.add(lines);
        }
    }

    @Test
    void the_quotes_of_a_search_for_its_clusters_are_those_it_finds_and_past_the_limit_the_first_in_its_order() throws Exception {
        Path file = dir.resolve("news.db");
        List<ArticleEntry> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            articles.add(article("s" + i, day(), "Outlet " + i % 3, i % 2 == 0 ? "Jo Hart" : "Ann Lee", sentence(), sentence()));
        }
        try (QuoteStore store = QuoteStore.openOrCreate(file)) {
            store.put(articles);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (SearchQuery q : List.of(SearchQuery.all().withSpeaker("Hart"), SearchQuery.all().withOutlet("Outlet 1"),
                    SearchQuery.all().withSpeaker("Lee").withOutlet("Outlet 2"), SearchQuery.all().withText("Hart OR Lee"))) {
                List<Long> ordered = QuoteSearch.ids(c, q, 1000, 0).ids();
                assertThat(ordered).hasSizeGreaterThan(5);
                assertThat(QuoteSearch.idSet(c, q, 1000)).as("all it finds").containsExactlyInAnyOrderElementsOf(ordered);
                assertThat(QuoteSearch.idSet(c, q, ordered.size())).containsExactlyInAnyOrderElementsOf(ordered);
                assertThat(QuoteSearch.idSet(c, q, 5)).as("past the limit, the first in search order").isEqualTo(ordered.subList(0, 5));
            }
        }
    }

    /** As version 7 had it: no day nor flag on the occurrences, no index of them. */
    private static void toVersion7(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP INDEX occurrences_narrow");
            s.execute("ALTER TABLE occurrences DROP COLUMN wide");
            s.execute("ALTER TABLE occurrences DROP COLUMN day");
            s.execute("UPDATE store_info SET value = '7' WHERE key = 'version'");
        }
    }

    /** Ten made-up words: no two such quotations share a run of words, so each is a cluster of its own. */
    private String sentence() {
        if (vocabulary.isEmpty()) {
            Set<String> words = new HashSet<>();
            String consonants = "bdfgklmnprstvz";
            String vowels = "aeiou";
            while (words.size() < 400) {
                words.add("" + consonants.charAt(random.nextInt(14)) + vowels.charAt(random.nextInt(5))
                        + consonants.charAt(random.nextInt(14)) + vowels.charAt(random.nextInt(5)) + consonants.charAt(random.nextInt(14)));
            }
            vocabulary.addAll(new java.util.TreeSet<>(words));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return out + ".";
    }

    /** A day of October 2016, or none (one in eight). */
    private String day() {
        return random.nextInt(8) == 0 ? null : "2016-10-%02d".formatted(1 + random.nextInt(28));
    }

    /** An article with these quotations, each by this speaker, from an outlet. */
    private static ArticleEntry article(String id, String day, String outlet, String speaker, String... quotes) {
        String[] pairs = new String[quotes.length * 2];
        for (int i = 0; i < quotes.length; i++) {
            pairs[2 * i] = speaker;
            pairs[2 * i + 1] = quotes[i];
        }
        ArticleEntry said = Fixtures.said(id, day, pairs);
        Extraction x = said.extraction();
        Extraction withOutlet = new Extraction(x.schema(), x.id(), x.url(), x.published(), outlet, x.authors(), x.language(),
                x.title(), x.text(), x.quotes(), x.people(), x.organisations(), x.boilerplate());
        return new ArticleEntry(said.sourceId(), said.text(), said.contentHash(), withOutlet);
    }

    private static String quoteOf(Path file, String sourceId) throws Exception {
        return ids(file, "SELECT q.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.source_id = ?", sourceId).get(0);
    }

    private static List<String> ids(Path file, String sql, String value) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** How SQLite runs a query: the detail of each step of its plan. */
    private static List<String> plan(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                out.add(rs.getString("detail"));
            }
        }
        return out;
    }

    private static List<String> rows(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
