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
import org.onrecord.store.ArticleView.BoilerplateSpan;

/** Boilerplate spans (schema version 5): kept with their article, replaced with it, and added to older stores. */
class BoilerplateStoreTest {
    /** An emoji (two UTF-16 units, one code point) before the promo line, so that code point offsets are checked. */
    private static final String WITH_PROMO = """
            Rail talks collapse 🚆

            Mick Lynch, general secretary of the RMT union, said: “Our members have been left with no choice but to strike.”

            READ MORE: Rail strike latest news

            “This is a company that refuses to negotiate,” Lynch said.
            """;
    private static final String WITHOUT_PROMO = """
            Rail talks collapse

            Mick Lynch, general secretary of the RMT union, said: “Our members have been left with no choice but to strike.”
            """;

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
    void an_articles_boilerplate_is_stored_with_it_in_code_points_and_replaced_with_it() throws Exception {
        store.put(List.of(Fixtures.engine("bp-1", "2022-06-01", "Courier", WITH_PROMO)));

        ArticleView a = store.article(articleId()).orElseThrow();
        assertThat(a.boilerplate()).extracting(BoilerplateSpan::kind).containsExactly("promo");
        BoilerplateSpan promo = a.boilerplate().get(0);
        assertThat(codePoints(a.text(), promo.start(), promo.end())).isEqualTo("READ MORE: Rail strike latest news");
        assertThat(a.quotes()).as("the quotes around it are still found").hasSize(2);

        store.put(List.of(Fixtures.engine("bp-1", "2022-06-01", "Courier", WITHOUT_PROMO)));
        assertThat(store.article(articleId()).orElseThrow().boilerplate()).as("gone with the old version").isEmpty();
        assertThat(rows("SELECT count(*) FROM boilerplate")).containsExactly("0");
    }

    @Test
    void a_failed_batch_leaves_no_boilerplate_behind() throws Exception {
        ArticleEntry good = Fixtures.engine("bp-1", "2022-06-01", "Courier", WITH_PROMO);
        ArticleEntry said = Fixtures.said("bp-2", "2022-06-02", "Ann Lee", "We will win.");
        Extraction x = said.extraction();
        List<Person> twins = new ArrayList<>(x.people());
        twins.add(new Person("p1", "Someone Else", List.of(), List.of(), List.of(), Gender.UNKNOWN));
        ArticleEntry broken = new ArticleEntry(said.sourceId(), said.text(), said.contentHash(), new Extraction(x.schema(),
                x.id(), x.url(), x.published(), x.outlet(), x.authors(), x.language(), x.title(), x.text(), x.quotes(), twins,
                x.organisations(), x.boilerplate()));

        assertThatThrownBy(() -> store.put(List.of(good, broken))).isInstanceOf(StoreException.class);

        assertThat(rows("SELECT count(*) FROM boilerplate")).as("written in the article's transaction").containsExactly("0");
        assertThat(rows("SELECT count(*) FROM articles")).containsExactly("0");
    }

    @Test
    void a_version_4_store_gains_an_empty_boilerplate_table_and_its_articles_get_theirs_when_indexed_again()
            throws Exception {
        store.put(List.of(Fixtures.engine("bp-1", "2022-06-01", "Courier", WITH_PROMO)));
        List<String> newStore = schemaObjects();
        store.close();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE boilerplate");
            s.execute("UPDATE store_info SET value = '4' WHERE key = 'version'");
        }
        assertThatThrownBy(() -> QuoteStore.openReadOnly(dir.resolve("news.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("version 4 store").hasMessageContaining("run onrecord index on it once");

        store = QuoteStore.openExisting(dir.resolve("news.db"));

        assertThat(rows("SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
        assertThat(schemaObjects()).as("the tables and indexes of a new store").isEqualTo(newStore);
        ArticleView before = store.article(articleId()).orElseThrow();
        assertThat(before.boilerplate()).as("not known until indexed again").isEmpty();
        assertThat(before.quotes()).hasSize(2);
        store.put(List.of(Fixtures.engine("bp-1", "2022-06-01", "Courier", WITH_PROMO)));
        assertThat(store.article(articleId()).orElseThrow().boilerplate()).extracting(BoilerplateSpan::kind)
                .containsExactly("promo");
        assertThat(rows("PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void a_version_3_store_gains_clusters_and_boilerplate_in_one_upgrade() throws Exception {
        store.put(List.of(Fixtures.engine("bp-1", "2022-06-01", "Courier", WITH_PROMO)));
        List<String> newStore = schemaObjects();
        store.close();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : List.of("quote_keys", "occurrences", "clusters", "boilerplate")) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("UPDATE store_info SET value = '3' WHERE key = 'version'");
        }

        store = QuoteStore.openExisting(dir.resolve("news.db"));

        assertThat(rows("SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
        assertThat(schemaObjects()).isEqualTo(newStore);
        assertThat(rows("SELECT count(DISTINCT cluster_id) FROM occurrences")).as("clusters filled from the stored quotes")
                .containsExactly("2");
        assertThat(store.article(articleId()).orElseThrow().boilerplate()).isEmpty();
        store.put(List.of(Fixtures.engine("bp-2", "2022-06-02", "Herald", WITH_PROMO)));
        assertThat(rows("SELECT a.source_id || ' ' || b.kind FROM boilerplate b JOIN articles a ON a.id = b.article_id"))
                .containsExactly("bp-2 promo");
        assertThat(store.search(SearchQuery.all().withSpeaker("Lynch")).hits())
                .extracting(h -> h.article().sourceId(), h -> h.quote().type())
                .contains(tuple("bp-2", "direct"));
    }

    private long articleId() {
        return store.search(SearchQuery.all()).hits().get(0).article().id();
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("news.db"));
    }

    /** The store's tables, indexes and triggers, by type and name. */
    private List<String> schemaObjects() throws Exception {
        return rows("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name");
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
