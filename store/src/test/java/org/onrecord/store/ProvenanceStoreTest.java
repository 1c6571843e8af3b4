package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Extraction;
import org.onrecord.model.Gender;
import org.onrecord.model.Person;
import org.onrecord.store.provenance.ClusterLine;

/** Clusters of quotations (issue #15) as the store keeps them, on a real SQLite file. */
class ProvenanceStoreTest {
    private static final String HOMES = "We will build 500,000 homes in five years, and the Treasury knows it.";

    @TempDir
    Path dir;
    QuoteStore store;

    @BeforeEach
    void open() {
        store = QuoteStore.openOrCreate(dir.resolve("news.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void one_quotation_in_four_outlets_is_one_cluster_with_its_first_appearance_and_only_real_changes_as_variants()
            throws Exception {
        store.put(List.of(article("b", "2022-06-03", "Courier", "Ann Lee", "“We will build 500,000 homes”")));
        store.put(List.of(article("c", "2022-06-04", "Herald", "Ann Lee",
                "We will build 500,000 homes … and [the] Treasury knows it")));
        store.put(List.of(article("d", "2022-06-05", "Post", "Lee", "We will not build 500,000 homes in five years")));
        // Indexed last, published first: it becomes the first appearance.
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", HOMES)));
        store.put(List.of(article("e", "2022-06-02", "Gazette", "Tom Baker", "The bridge will be open by the spring.")));

        List<ClusterLine> clusters = store.clusters(SearchQuery.all());
        assertThat(clusters).extracting(ClusterLine::firstDay, ClusterLine::articles, ClusterLine::outlets,
                ClusterLine::variants, ClusterLine::speakersDiffer).containsExactly(
                tuple("2022-06-01", 4, "Gazette, Courier, Herald, Post", 1, false),
                tuple("2022-06-02", 1, "Gazette", 0, false));
        assertThat(clusters.get(0).text()).isEqualTo(HOMES);
        assertThat(rows("SELECT a.source_id || ' ' || ifnull(o.variant, '-') || ' ' || ifnull(o.diff, '-') FROM occurrences o"
                + " JOIN quotes q ON q.id = o.quote_id JOIN articles a ON a.id = q.article_id ORDER BY a.source_id"))
                .containsExactly("a - -", "b - -", "c - -", "d negation-added -[] +[not]", "e - -");
        assertThat(store.clusters(SearchQuery.all().withText("bridge"))).extracting(ClusterLine::speaker)
                .containsExactly("Tom Baker");
    }

    @Test
    void the_same_words_given_to_two_people_stay_together_flagged_and_a_similar_saying_by_another_stays_apart() {
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", HOMES)));
        store.put(List.of(article("b", "2022-06-02", "Post", "Tom Baker", HOMES)));
        store.put(List.of(article("c", "2022-06-03", "Post", "Jo Hart",
                "We will build 500,000 homes in ten years, and the council knows it.")));

        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::articles, ClusterLine::speakersDiffer)
                .containsExactly(tuple(2, true), tuple(1, false));
    }

    @Test
    void reindexing_and_replacing_articles_keep_clusters_up_to_date_in_the_same_transaction() throws Exception {
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", HOMES),
                article("b", "2022-06-02", "Post", "Ann Lee", HOMES)));
        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::firstDay, ClusterLine::articles)
                .containsExactly(tuple("2022-06-01", 2));

        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", "The bridge will be open by the spring.")));
        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::firstDay, ClusterLine::articles,
                ClusterLine::outlets).containsExactlyInAnyOrder(tuple("2022-06-02", 1, "Post"), tuple("2022-06-01", 1, "Gazette"));

        ArticleEntry bad = article("z", "2022-06-09", "Post", "Ann Lee", HOMES);
        // Two people with one local id: the batch fails after the first article's clusters were written.
        ArticleEntry said = article("broken", "2022-06-09", "Post", "Ann Lee", "Hello there to you all.");
        Extraction x = said.extraction();
        List<Person> twins = new ArrayList<>(x.people());
        twins.add(new Person("p1", "Someone Else", List.of(), List.of(), List.of(), Gender.UNKNOWN));
        ArticleEntry broken = new ArticleEntry(said.sourceId(), said.text(), said.contentHash(), new Extraction(x.schema(),
                x.id(), x.url(), x.published(), x.outlet(), x.authors(), x.language(), x.title(), x.text(), x.quotes(), twins,
                x.organisations(), x.boilerplate()));
        assertThatThrownBy(() -> store.put(List.of(bad, broken))).isInstanceOf(StoreException.class);
        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::articles).containsExactly(1, 1);
        assertThat(rows("SELECT count(DISTINCT cluster_id) FROM occurrences")).containsExactly("2");
        assertThat(rows("SELECT count(*) FROM clusters")).as("clusters of one have no row").containsExactly("0");
        assertThat(rows("SELECT count(*) FROM quote_keys WHERE quote_id NOT IN (SELECT id FROM quotes)")).containsExactly("0");
        assertThat(rows("SELECT count(*) FROM quote_keys")).as("no key left of a replaced or rolled-back quote")
                .isEqualTo(rows("SELECT sum(length(lsh_keys)) / 8 FROM occurrences"));
    }

    @Test
    void keys_written_in_a_batch_are_found_within_it_and_an_article_replaced_within_it_leaves_none() throws Exception {
        String bridge = "The bridge will be open by the spring, and the Treasury knows it.";
        // The keys are inserted at the end of the batch (session 12): until then look-ups read them from memory.
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", HOMES),
                article("a", "2022-06-01", "Gazette", "Ann Lee", bridge),
                article("b", "2022-06-02", "Post", "Ann Lee", HOMES),
                article("c", "2022-06-03", "Herald", "Ann Lee", bridge)));
        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::firstDay, ClusterLine::articles, ClusterLine::outlets)
                .containsExactlyInAnyOrder(tuple("2022-06-01", 2, "Gazette, Herald"), tuple("2022-06-02", 1, "Post"));
        assertThat(rows("SELECT count(*) FROM quote_keys WHERE quote_id NOT IN (SELECT id FROM quotes)")).containsExactly("0");
        assertThat(rows("SELECT count(*) FROM quote_keys")).isEqualTo(rows("SELECT sum(length(lsh_keys)) / 8 FROM occurrences"));
        store.put(List.of(article("d", "2022-06-04", "Ledger", "Ann Lee", HOMES)));
        assertThat(store.clusters(SearchQuery.all().withText("homes"))).extracting(ClusterLine::articles, ClusterLine::outlets)
                .containsExactly(tuple(2, "Post, Ledger"));
    }

    @Test
    void a_quotation_of_four_words_is_found_inside_a_longer_one_indexed_before_or_after_it() {
        String tweet = "Justice Ginsburg has embarrassed all by making very dumb political statements about me. Her mind is"
                + " shot, resign!";
        // Four words, which have no window: found by phrase among the committed quotes.
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Trump", tweet)));
        store.put(List.of(article("b", "2022-06-02", "Post", "Trump", "Her mind is shot!")));
        // Four words indexed first, the longer quotation after: found by the short key.
        store.put(List.of(article("d", "2022-06-04", "Courier", "Lee", "We are not finished")));
        store.put(List.of(article("e", "2022-06-05", "Ledger", "Lee", "Whatever they say, we are not finished with this fight.")));

        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::firstDay, ClusterLine::articles)
                .containsExactlyInAnyOrder(tuple("2022-06-01", 2), tuple("2022-06-04", 2));
    }

    @Test
    void without_dates_the_first_appearance_is_the_first_indexed() {
        store.put(List.of(article("x", null, "Post", "Ann Lee", HOMES)));
        store.put(List.of(article("w", null, "Gazette", "Ann Lee", "We will build 500,000 homes in six years")));

        ClusterLine line = store.clusters(SearchQuery.all()).get(0);
        assertThat(line.firstDay()).isNull();
        assertThat(line.outlets()).isEqualTo("Post, Gazette");
        assertThat(line.variants()).isEqualTo(1);
    }

    @Test
    void a_version_3_store_is_upgraded_with_its_clusters_computed_in_one_go() throws Exception {
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", HOMES),
                article("b", "2022-06-02", "Post", "Ann Lee", "We will build 500,000 homes")));
        store.close();
        Path file = dir.resolve("news.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : List.of("quote_keys", "occurrences", "clusters", "boilerplate")) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("UPDATE store_info SET value = '3' WHERE key = 'version'");
        }
        assertThat(rows("SELECT count(*) FROM sqlite_master WHERE name = 'clusters'")).containsExactly("0");

        store = QuoteStore.openExisting(file);

        assertThat(rows("SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::firstDay, ClusterLine::articles)
                .containsExactly(tuple("2022-06-01", 2));
        store.put(List.of(article("c", "2022-06-03", "Herald", "Ann Lee", HOMES)));
        assertThat(store.clusters(SearchQuery.all())).extracting(ClusterLine::articles).containsExactly(3);
        assertThat(rows("PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void a_version_5_store_has_its_keys_moved_to_one_table_keyed_by_key_with_the_same_keys_and_clusters() throws Exception {
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", HOMES),
                article("b", "2022-06-02", "Post", "Ann Lee", "We will build 500,000 homes"),
                article("e", "2022-06-02", "Gazette", "Tom Baker", "The bridge will be open by the spring, whatever they say.")));
        List<String> keys = rows("SELECT key || ' ' || quote_id FROM quote_keys ORDER BY key, quote_id");
        List<String> lists = rows("SELECT quote_id || ' ' || ifnull(hex(lsh_keys), '-') FROM occurrences ORDER BY quote_id");
        List<String> schema = rows("SELECT type || ' ' || name || ifnull(' ' || sql, '') FROM sqlite_master WHERE name != 'occurrences' ORDER BY type, name");
        List<String> columns = rows("SELECT name FROM pragma_table_info('occurrences') ORDER BY cid");
        List<String> clusters = rows("SELECT * FROM clusters ORDER BY id");
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(rows("SELECT count(*) FROM quote_keys")).as("each key in its occurrence's list, once")
                .isEqualTo(rows("SELECT sum(length(lsh_keys)) / 8 FROM occurrences"));
        store.close();
        Path file = dir.resolve("news.db");
        // The layout of version 5: keyed by quote, an index by key, a foreign key; no key lists.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE quote_keys RENAME TO new_keys");
            s.execute("""
                    CREATE TABLE quote_keys(
                      quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
                      key INTEGER NOT NULL,
                      PRIMARY KEY(quote_id, key)) WITHOUT ROWID""");
            s.execute("CREATE INDEX quote_keys_key ON quote_keys(key)");
            s.execute("INSERT INTO quote_keys(quote_id, key) SELECT quote_id, key FROM new_keys");
            s.execute("DROP TABLE new_keys");
            s.execute("ALTER TABLE occurrences DROP COLUMN lsh_keys");
            s.execute("DROP INDEX occurrences_narrow"); // nor the listing's columns of version 8
            s.execute("ALTER TABLE occurrences DROP COLUMN wide");
            s.execute("ALTER TABLE occurrences DROP COLUMN day");
            s.execute("UPDATE store_info SET value = '5' WHERE key = 'version'");
        }
        assertThat(rows("SELECT name FROM pragma_table_info('occurrences')")).doesNotContain("lsh_keys");
        try (QuoteStore reader = QuoteStore.openReadOnly(file)) {
            assertThat(reader.clusters(SearchQuery.all())).as("read as it is").extracting(ClusterLine::articles)
                    .containsExactly(2, 1);
        }

        store = QuoteStore.openExisting(file);

        assertThat(rows("SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
        assertThat(rows("SELECT type || ' ' || name || ifnull(' ' || sql, '') FROM sqlite_master WHERE name != 'occurrences' ORDER BY type, name"))
                .as("the tables and indexes of a new store (occurrences: ALTER TABLE adds a column, its columns below)").isEqualTo(schema);
        assertThat(rows("SELECT name FROM pragma_table_info('occurrences') ORDER BY cid")).isEqualTo(columns);
        assertThat(rows("SELECT key || ' ' || quote_id FROM quote_keys ORDER BY key, quote_id")).isEqualTo(keys);
        assertThat(rows("SELECT quote_id || ' ' || ifnull(hex(lsh_keys), '-') FROM occurrences ORDER BY quote_id"))
                .isEqualTo(lists);
        assertThat(rows("SELECT * FROM clusters ORDER BY id")).isEqualTo(clusters);
        assertThat(rows("PRAGMA integrity_check")).containsExactly("ok");

        // Re-indexed, an article's old keys go with its quotes; a new occurrence finds the cluster by the moved keys.
        store.put(List.of(article("b", "2022-06-02", "Post", "Ann Lee", "The spring will be late this year, and the bridge too.")));
        store.put(List.of(article("c", "2022-06-03", "Herald", "Ann Lee", "We will build 500,000 homes in five years")));
        assertThat(rows("SELECT count(*) FROM quote_keys WHERE quote_id NOT IN (SELECT quote_id FROM occurrences)"))
                .containsExactly("0");
        assertThat(rows("SELECT count(*) FROM quote_keys")).isEqualTo(rows("SELECT sum(length(lsh_keys)) / 8 FROM occurrences"));
        assertThat(store.clusters(SearchQuery.all().withText("homes"))).extracting(ClusterLine::articles, ClusterLine::outlets)
                .containsExactly(tuple(2, "Gazette, Herald"));
        assertThat(rows("PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void a_version_6_store_loses_the_rows_of_its_clusters_of_one_and_reads_and_grows_as_before() throws Exception {
        store.put(List.of(article("a", "2022-06-01", "Gazette", "Ann Lee", HOMES),
                article("b", "2022-06-02", "Post", "Ann Lee", "We will build 500,000 homes"),
                article("e", "2022-06-02", " Gazette ", "Tom Baker", "The bridge will be open by the spring, whatever they say."),
                article("f", null, null, "Jo Hart", "The council has not answered a single letter since March.")));
        List<String> schema = rows("SELECT type || ' ' || name || ifnull(' ' || sql, '') FROM sqlite_master"
                + " WHERE name != 'occurrences' ORDER BY type, name");
        List<String> columns = rows("SELECT name || ' ' || type || ' ' || \"notnull\" FROM pragma_table_info('occurrences') ORDER BY cid");
        List<String> occurrences = rows("SELECT " + OCCURRENCE_ROW + " FROM occurrences ORDER BY quote_id");
        List<String> listing = rows("SELECT " + LISTING_ROW + " FROM occurrences ORDER BY quote_id");
        List<ClusterLine> lines = store.clusters(SearchQuery.all());
        assertThat(lines).extracting(ClusterLine::articles).containsExactly(2, 1, 1);
        assertThat(rows("SELECT count(*) FROM clusters")).as("clusters of one have no row").containsExactly("1");
        List<Long> ids = lines.stream().map(ClusterLine::id).toList();
        List<Object> views = new ArrayList<>();
        for (long id : ids) {
            views.add(store.cluster(id).orElseThrow());
        }
        List<Long> quoteIds = rows("SELECT id FROM quotes ORDER BY id").stream().map(Long::valueOf).toList();
        var spreads = store.spreads(quoteIds);
        assertThat(spreads.values()).extracting(v -> v.articleCount(), v -> v.outletCount(), v -> v.variantCount())
                .containsExactlyInAnyOrder(tuple(2, 2, 0), tuple(2, 2, 0), tuple(1, 1, 0), tuple(1, 0, 0));
        store.close();
        Path file = dir.resolve("news.db");
        // As version 6 wrote it: a row and its outlet for every cluster, and a foreign key from occurrences to clusters.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO clusters(id, first_quote_id, first_day, speaker, text, article_count, outlet_count, outlets,"
                    + " occurrence_count, variant_count, speakers_differ) SELECT o.cluster_id, q.id, q.published_day, q.speaker,"
                    + " q.text, 1, ifnull(trim(q.outlet) != '', 0), nullif(trim(q.outlet), ''), 1, 0, 0 FROM occurrences o"
                    + " JOIN quotes q ON q.id = o.quote_id WHERE o.cluster_id NOT IN (SELECT id FROM clusters)");
            s.execute("INSERT INTO cluster_outlets(cluster_id, outlet, day, article_id, seq) SELECT o.cluster_id, trim(q.outlet),"
                    + " q.published_day, q.article_id, q.seq FROM occurrences o JOIN quotes q ON q.id = o.quote_id"
                    + " WHERE trim(q.outlet) != '' AND o.cluster_id NOT IN (SELECT cluster_id FROM cluster_outlets)");
            s.execute("ALTER TABLE occurrences RENAME TO occurrences_7");
            s.execute("""
                    CREATE TABLE occurrences(
                      quote_id INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
                      cluster_id INTEGER NOT NULL REFERENCES clusters(id),
                      words TEXT NOT NULL,
                      speaker_key TEXT,
                      variant TEXT,
                      diff TEXT,
                      other_speaker INTEGER NOT NULL DEFAULT 0,
                      lsh_keys BLOB)""");
            s.execute("INSERT INTO occurrences SELECT quote_id, cluster_id, words, speaker_key, variant, diff, other_speaker,"
                    + " lsh_keys FROM occurrences_7");
            s.execute("DROP TABLE occurrences_7");
            s.execute("CREATE INDEX occurrences_cluster ON occurrences(cluster_id)");
            s.execute("UPDATE store_info SET value = '6' WHERE key = 'version'");
        }
        assertThat(rows("SELECT count(*) FROM clusters")).containsExactly("3");
        assertThat(rows("SELECT count(*) FROM pragma_foreign_key_list('occurrences') WHERE \"table\" = 'clusters'")).containsExactly("1");
        try (QuoteStore reader = QuoteStore.openReadOnly(file)) {
            assertThat(reader.clusters(SearchQuery.all())).as("read as it is").isEqualTo(lines);
            assertThat(reader.spreads(quoteIds)).isEqualTo(spreads);
            for (int i = 0; i < ids.size(); i++) {
                assertThat(reader.cluster(ids.get(i))).contains((org.onrecord.store.provenance.ClusterView) views.get(i));
            }
        }

        store = QuoteStore.openExisting(file);

        assertThat(rows("SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
        assertThat(rows("SELECT count(*) FROM clusters")).as("the rows of the clusters of one deleted").containsExactly("1");
        assertThat(rows("SELECT count(*) FROM cluster_outlets WHERE cluster_id NOT IN (SELECT id FROM clusters)")).containsExactly("0");
        assertThat(rows("SELECT count(*) FROM pragma_foreign_key_list('occurrences') WHERE \"table\" = 'clusters'")).containsExactly("0");
        assertThat(rows("SELECT type || ' ' || name || ifnull(' ' || sql, '') FROM sqlite_master WHERE name != 'occurrences' ORDER BY type, name"))
                .as("the tables and indexes of a new store").isEqualTo(schema);
        assertThat(rows("SELECT name || ' ' || type || ' ' || \"notnull\" FROM pragma_table_info('occurrences') ORDER BY cid")).isEqualTo(columns);
        assertThat(rows("SELECT " + OCCURRENCE_ROW + " FROM occurrences ORDER BY quote_id")).isEqualTo(occurrences);
        assertThat(rows("SELECT " + LISTING_ROW + " FROM occurrences ORDER BY quote_id")).as("version 8's columns, as a new store's")
                .isEqualTo(listing);
        assertThat(store.clusters(SearchQuery.all())).isEqualTo(lines);
        assertThat(store.spreads(quoteIds)).isEqualTo(spreads);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(store.cluster(ids.get(i))).contains((org.onrecord.store.provenance.ClusterView) views.get(i));
        }
        assertThat(rows("PRAGMA integrity_check")).containsExactly("ok");
        assertThat(rows("PRAGMA foreign_key_check")).isEmpty();

        // A second occurrence of a cluster of one gives it its row again, under its id.
        long bridge = lines.stream().filter(l -> "Tom Baker".equals(l.speaker())).findFirst().orElseThrow().id();
        store.put(List.of(article("g", "2022-06-05", "Herald", "Tom Baker", "The bridge will be open by the spring, whatever they say.")));
        assertThat(store.cluster(bridge).orElseThrow()).extracting(v -> v.articleCount(), v -> v.outlets())
                .containsExactly(2, List.of("Gazette", "Herald"));
        assertThat(rows("SELECT count(*) FROM clusters")).containsExactly("2");
    }

    /** An occurrence row, every column. */
    private static final String OCCURRENCE_ROW = "quote_id || ' ' || cluster_id || ' ' || words || ' ' || ifnull(speaker_key, '-')"
            + " || ' ' || ifnull(variant, '-') || ' ' || ifnull(diff, '-') || ' ' || other_speaker || ' ' || ifnull(hex(lsh_keys), '-')";

    /** An occurrence's place in the listing of clusters of one article (schema version 8). */
    static final String LISTING_ROW = "quote_id || ' ' || ifnull(day, '-') || ' ' || wide";

    /** An article with one direct quote by one speaker, from an outlet. */
    static ArticleEntry article(String id, String day, String outlet, String speaker, String words) {
        ArticleEntry said = Fixtures.said(id, day, speaker, words);
        Extraction x = said.extraction();
        Extraction withOutlet = new Extraction(x.schema(), x.id(), x.url(), x.published(), outlet, x.authors(), x.language(),
                x.title(), x.text(), x.quotes(), x.people(), x.organisations(), x.boilerplate());
        return new ArticleEntry(said.sourceId(), said.text(), said.contentHash(), withOutlet);
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("news.db"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
