package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Extraction;
import org.onrecord.model.Gender;
import org.onrecord.model.Modality;
import org.onrecord.model.Person;
import org.onrecord.model.QuoteType;

class QuoteStoreTest {
    @TempDir
    Path dir;

    private QuoteStore store;

    @BeforeEach
    void open() {
        store = QuoteStore.openOrCreate(dir.resolve("news.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_stored_article_is_found_by_a_word_of_its_quote() {
        store.put(List.of(Fixtures.engine("rail-1", "2022-06-03", "The Courier", Fixtures.RAIL_STRIKE)));

        SearchPage page = store.search(SearchQuery.all().withText("negotiate"));

        assertThat(page.total()).isEqualTo(1);
        QuoteHit hit = page.hits().get(0);
        assertThat(hit.quote().text()).contains("refuses to negotiate");
        assertThat(hit.quote().speaker()).isEqualTo("Mick Lynch");
        assertThat(hit.article().sourceId()).isEqualTo("rail-1");
        assertThat(hit.article().outlet()).isEqualTo("The Courier");
        assertThat(hit.after()).startsWith("” Lynch said.");
    }

    @Test
    void the_file_is_a_plain_sqlite_database_other_tools_can_read() throws Exception {
        store.put(List.of(Fixtures.engine("rail-1", "2022-06-03", "The Courier", Fixtures.RAIL_STRIKE)));
        store.close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("news.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT q.speaker, a.source_id FROM quotes_fts f JOIN quotes q ON q.id = f.rowid"
                        + " JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH 'table' ")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Jane Smith");
            assertThat(rs.getString(2)).isEqualTo("rail-1");
        }
        store = QuoteStore.openExisting(dir.resolve("news.db"));
    }

    @Test
    void indexing_the_same_article_again_replaces_it_and_keeps_its_id() {
        ArticleEntry first = Fixtures.said("a1", "2022-06-01", "Jane Smith", "We will not back down.");
        store.put(List.of(first));
        long id = store.search(SearchQuery.all()).hits().get(0).article().id();

        store.put(List.of(first));
        store.put(List.of(Fixtures.said("a1", "2022-06-01", "Jane Smith", "We will think again.")));

        assertThat(store.stats()).isEqualTo(new StoreStats(1, 1, 1));
        assertThat(store.search(SearchQuery.all().withText("back")).total()).isZero();
        SearchPage page = store.search(SearchQuery.all().withText("think"));
        assertThat(page.hits().get(0).article().id()).isEqualTo(id);
    }

    @Test
    void a_failed_batch_writes_none_of_its_articles_and_keeps_the_earlier_ones() {
        store.put(List.of(Fixtures.said("a1", "2022-06-01", "Jane Smith", "We will not back down.")));
        ArticleEntry good = Fixtures.said("a2", "2022-06-02", "Mick Lynch", "We will strike.");
        Person twin = new Person("p1", "Someone Else", List.of(), List.of(), List.of(), Gender.UNKNOWN);
        ArticleEntry broken = withPeople(Fixtures.said("a3", "2022-06-03", "Ann Lee", "Hello."), twin);

        assertThatThrownBy(() -> store.put(List.of(good, broken))).isInstanceOf(StoreException.class);

        assertThat(store.stats()).isEqualTo(new StoreStats(1, 1, 1));
        assertThat(store.storedHash("a2")).isNull();
        assertThat(store.storedHash("a1")).isNotNull();
    }

    @Test
    void the_same_full_name_in_two_articles_is_one_person() {
        store.put(List.of(
                Fixtures.said("a1", "2022-06-01", "Keir Starmer", "Strikes are not the answer."),
                Fixtures.said("a2", "2022-07-01", "Sir Keir Starmer", "We need a deal."),
                Fixtures.said("a3", "2022-08-01", "KEIR STARMER", "Talks must resume.")));

        assertThat(store.stats().people()).isEqualTo(1);
        long id = store.search(SearchQuery.all()).hits().get(0).quote().personId();
        PersonProfile p = store.person(id).orElseThrow();
        assertThat(p.quoteCount()).isEqualTo(3);
        assertThat(p.articleCount()).isEqualTo(3);
        assertThat(p.aliases()).contains("Starmer", "Sir Keir Starmer");
    }

    @Test
    void a_surname_alone_in_another_article_joins_a_full_name_only_on_evidence() {
        // a1 calls Keir Starmer "Starmer" (the fixture's alias): a2's "Starmer" is him
        store.put(List.of(
                Fixtures.said("a1", "2022-06-01", "Keir Starmer", "Strikes are not the answer."),
                Fixtures.said("a2", "2022-07-01", "Starmer", "We need a deal.")));
        assertThat(store.stats().people()).isEqualTo(1);

        // Jane and John Smith are each called "Smith" once: a5's "Smith" is neither
        store.put(List.of(Fixtures.said("a3", "2022-06-01", "Jane Smith", "Yes."),
                Fixtures.said("a4", "2022-06-01", "John Smith", "No."), Fixtures.said("a5", "2022-06-01", "Smith", "Maybe.")));
        assertThat(store.stats().people()).isEqualTo(4);
    }

    @Test
    void people_who_share_a_surname_stay_apart() {
        store.put(List.of(Fixtures.said("a1", "2022-06-01", "Jane Smith", "Yes.", "John Smith", "No.")));

        assertThat(store.stats().people()).isEqualTo(2);
        assertThat(store.search(SearchQuery.all().withSpeaker("Jane Smith")).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.all().withSpeaker("Smith")).total()).isEqualTo(2);
    }

    @Test
    void the_speaker_filter_matches_any_part_of_the_name_ignoring_case_and_accents() {
        store.put(List.of(
                Fixtures.said("a1", "2022-06-01", "Keir Starmer", "Strikes are not the answer.", "Mick Lynch", "They are."),
                Fixtures.said("a2", "2022-06-02", "José Martí", "Hola.")));

        assertThat(store.search(SearchQuery.all().withSpeaker("starmer")).hits())
                .extracting(h -> h.quote().speaker()).containsExactly("Keir Starmer");
        assertThat(store.search(SearchQuery.all().withSpeaker("jose marti")).total()).isEqualTo(1);
    }

    @Test
    void the_speaker_filter_cuts_names_at_apostrophes_like_the_index_does() {
        store.put(List.of(Fixtures.said("a1", "2022-06-01", "Sinéad O’Connor", "Nothing compares.")));

        assertThat(store.search(SearchQuery.all().withSpeaker("O'Connor")).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.all().withSpeaker("sinead connor")).total()).isEqualTo(1);
    }

    @Test
    void a_filter_value_with_query_syntax_in_it_is_taken_as_plain_words() {
        store.put(List.of(Fixtures.said("a1", "2022-06-01", "Keir Starmer", "Strikes are not the answer.")));

        assertThat(store.search(SearchQuery.all().withSpeaker("Starmer\" OR \"x")).total()).isZero();
        assertThat(store.search(SearchQuery.all().withSpeaker("starmer*")).total()).isEqualTo(1);
    }

    @Test
    void full_text_syntax_errors_are_bad_queries_with_a_message() {
        store.put(List.of(Fixtures.said("a1", "2022-06-01", "Keir Starmer", "Strikes are not the answer.")));

        assertThatThrownBy(() -> store.search(SearchQuery.all().withText("\"unclosed")))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("\"unclosed");
        assertThatThrownBy(() -> store.search(SearchQuery.all().withText("strikes AND")))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("syntax");
        assertThatThrownBy(() -> store.search(SearchQuery.all().withText("nosuchcolumn: x")))
                .isInstanceOf(BadQueryException.class);
    }

    @Test
    void dates_outlet_and_type_narrow_the_results() {
        store.put(List.of(
                Fixtures.said("a1", "2022-05-31", "Keir Starmer", "Early words."),
                Fixtures.said("a2", "2022-06-01T09:30:00Z", "Keir Starmer", "June words."),
                Fixtures.said("a3", "2022-07-01", "Keir Starmer", "July words."),
                Fixtures.engine("rail-1", "2022-06-15", "The Courier", Fixtures.RAIL_STRIKE)));

        SearchQuery june = SearchQuery.all().withDates(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30));
        assertThat(store.search(june.withSpeaker("Starmer")).hits()).extracting(h -> h.quote().text())
                .containsExactly("June words.");
        assertThat(store.search(SearchQuery.all().withOutlet("the courier")).total()).isEqualTo(4);
        assertThat(store.search(SearchQuery.all().withType(QuoteType.INDIRECT)).hits()).extracting(h -> h.quote().text())
                .containsExactly("picket lines would go up on Monday");
    }

    @Test
    void a_type_with_words_narrows_inside_the_full_text_index_as_it_does_alone() {
        store.put(List.of(Fixtures.engine("rail-1", "2022-06-15", "The Courier", Fixtures.RAIL_STRIKE),
                Fixtures.said("a1", "2022-06-01", "Mick Lynch", "Monday is the day.")));

        SearchQuery monday = SearchQuery.all().withText("monday");
        assertThat(store.search(monday).total()).isEqualTo(2);
        assertThat(store.search(monday.withType(QuoteType.INDIRECT)).hits()).extracting(h -> h.quote().text())
                .containsExactly("picket lines would go up on Monday");
        assertThat(store.search(monday.withType(QuoteType.DIRECT)).hits()).extracting(h -> h.quote().text())
                .containsExactly("Monday is the day.");
        assertThat(store.search(monday.withType(QuoteType.MIXED)).total()).isZero();
        // With a filter on the quotes table too (a date), through the join.
        SearchQuery june = monday.withDates(LocalDate.of(2022, 6, 10), LocalDate.of(2022, 6, 30));
        assertThat(store.search(june.withType(QuoteType.INDIRECT)).total()).isEqualTo(1);
        assertThat(store.search(june.withType(QuoteType.DIRECT)).total()).isZero();
        assertThat(store.search(SearchQuery.all().withSpeaker("Lynch").withType(QuoteType.DIRECT)).total()).isEqualTo(3);
    }

    @Test
    void without_text_results_come_newest_first_and_are_paginated() {
        store.put(List.of(
                Fixtures.said("a1", "2022-05-31", "Ann Lee", "One."),
                Fixtures.said("a2", "2022-06-01", "Ann Lee", "Two."),
                Fixtures.said("a3", "2022-07-01", "Ann Lee", "Three.")));

        SearchPage second = store.search(SearchQuery.all().withPage(2, 2));

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hits()).extracting(h -> h.quote().text()).containsExactly("One.");
    }

    @Test
    void context_is_cut_in_code_points_like_the_offsets() {
        String text = "🙂 Ann Lee said: “Fine.” And left.";
        ArticleEntry base = Fixtures.said("a1", "2022-06-01", "Ann Lee", "Fine.");
        var q = base.extraction().quotes().get(0);
        int start = text.codePointCount(0, text.indexOf("Fine"));
        var moved = new org.onrecord.model.Quote(start, start + 5, "Fine.", q.type(), q.speaker(), q.cue(), null,
                q.confidence(), q.rule(), q.shape(), q.evidence(), List.of(), null);
        Extraction x = base.extraction();
        store.put(List.of(new ArticleEntry("a1", text, "h", new Extraction(x.schema(), x.id(), null, x.published(), null,
                null, null, List.of(moved), x.people(), List.of(), List.of()))));

        QuoteHit hit = store.search(SearchQuery.all()).hits().get(0);

        assertThat(hit.before()).isEqualTo("🙂 Ann Lee said: “");
        assertThat(hit.after()).isEqualTo("” And left.");
    }

    @Test
    void a_person_profile_gathers_roles_organisations_months_and_addressees() {
        store.put(List.of(Fixtures.engine("rail-1", "2022-06-03", "The Courier", Fixtures.RAIL_STRIKE)));
        long lynch = store.search(SearchQuery.all().withSpeaker("Lynch")).hits().get(0).quote().personId();

        PersonProfile p = store.person(lynch).orElseThrow();

        assertThat(p.name()).isEqualTo("Mick Lynch");
        assertThat(p.roles()).extracting(PersonProfile.Count::value).contains("general secretary");
        assertThat(p.organisations()).extracting(PersonProfile.Count::value).contains("RMT union");
        assertThat(p.quotesByMonth()).containsExactly(new PersonProfile.Count("2022-06", 3));
        assertThat(store.person(999_999)).isEmpty();
    }

    @Test
    void who_a_person_speaks_to_and_who_speaks_to_them_are_linked_by_name() {
        ArticleEntry base = Fixtures.said("a1", "2022-06-01", "Jane Smith", "Come back to the table.", "Mick Lynch",
                "We will talk.", "Jane Smith", "This is our last offer.");
        Extraction x = base.extraction();
        List<org.onrecord.model.Quote> quotes = List.of(
                addressed(x.quotes().get(0), "Lynch"),
                addressed(x.quotes().get(1), "Jane Smith"),
                addressed(x.quotes().get(2), "the BBC"));
        store.put(List.of(new ArticleEntry("a1", base.text(), "h", new Extraction(x.schema(), x.id(), null, x.published(),
                null, null, null, quotes, x.people(), List.of(), List.of()))));
        long smith = store.search(SearchQuery.all().withSpeaker("Jane Smith")).hits().get(0).quote().personId();
        long lynch = store.search(SearchQuery.all().withSpeaker("Lynch")).hits().get(0).quote().personId();

        PersonProfile p = store.person(smith).orElseThrow();

        assertThat(p.addresses()).containsExactlyInAnyOrder(new PersonProfile.Link(lynch, "Mick Lynch", 1),
                new PersonProfile.Link(null, "the BBC", 1));
        assertThat(p.addressedBy()).containsExactly(new PersonProfile.Link(lynch, "Mick Lynch", 1));
    }

    @Test
    void an_article_view_has_its_text_quotes_in_order_and_people() {
        store.put(List.of(Fixtures.engine("rail-1", "2022-06-03", "The Courier", Fixtures.RAIL_STRIKE)));
        long id = store.search(SearchQuery.all()).hits().get(0).article().id();

        ArticleView a = store.article(id).orElseThrow();

        assertThat(a.text()).isEqualTo(Fixtures.RAIL_STRIKE);
        assertThat(a.quotes()).extracting(QuoteView::speaker)
                .containsExactly("Jane Smith", "Mick Lynch", "Mick Lynch", "Mick Lynch");
        for (QuoteView q : a.quotes()) {
            assertThat(a.text().substring(a.text().offsetByCodePoints(0, q.start()), a.text().offsetByCodePoints(0, q.end())))
                    .isEqualTo(q.text());
        }
        assertThat(a.people()).extracting(ArticleView.ArticlePerson::name).contains("Jane Smith", "Mick Lynch");
    }

    @Test
    void an_html_article_keeps_the_headline_date_outlet_authors_and_language_its_page_gives() throws Exception {
        String html = """
                <html lang="en-GB"><head><title>Rail strike talks collapse | The Courier</title>
                <meta property="og:site_name" content="The Courier">
                <meta property="article:published_time" content="2022-06-03T08:00:00+01:00">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rail strike talks collapse",
                  "author": [{"@type": "Person", "name": "Jo Bloggs"}, {"@type": "Person", "name": "Sam Lee"}]}</script>
                </head><body><article><p>Jane Smith, the chief executive of Acme Rail, said: “We will not back down.”</p>
                </article></body></html>""";
        Extraction x = org.onrecord.Engine.create().extract(org.onrecord.model.Article.ofHtml("rail-html", html));
        store.put(List.of(new ArticleEntry("rail-html", null, "h", x)));

        QuoteHit hit = store.search(SearchQuery.all().withSpeaker("Smith")).hits().get(0);
        assertThat(hit.article().title()).isEqualTo("Rail strike talks collapse");
        assertThat(hit.article().outlet()).isEqualTo("The Courier");
        assertThat(hit.article().published()).isEqualTo("2022-06-03T08:00:00+01:00");
        ArticleView a = store.article(hit.article().id()).orElseThrow();
        assertThat(a.authors()).containsExactly("Jo Bloggs", "Sam Lee");
        assertThat(a.language()).isEqualTo("en-GB");
        store.close();
        Path file = dir.resolve("news.db");
        assertThat(column(file, "SELECT published_day || ' ' || authors || ' ' || language FROM articles"))
                .containsExactly("2022-06-03 [\"Jo Bloggs\",\"Sam Lee\"] en-GB");
        assertThat(column(file, "SELECT a.value FROM articles, json_each(articles.authors) a")).containsExactly("Jo Bloggs",
                "Sam Lee");
        store = QuoteStore.openExisting(file);
        store.put(List.of(Fixtures.said("plain-1", "2022-06-04", "Ann Lee", "The plan is dead.")));
        ArticleView plain = store.article(store.search(SearchQuery.all().withSpeaker("Ann Lee")).hits().get(0).article().id())
                .orElseThrow();
        assertThat(plain.authors()).isEmpty();
        assertThat(plain.language()).isNull();
    }

    @Test
    void a_version_3_store_made_before_articles_had_authors_and_language_gains_them_when_opened() throws Exception {
        store.put(List.of(Fixtures.said("a1", "2022-06-01", "Tom Baker", "The union will strike.")));
        store.close();
        Path file = dir.resolve("news.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE articles DROP COLUMN authors");
            s.execute("ALTER TABLE articles DROP COLUMN language");
        }

        store = QuoteStore.openExisting(file);
        store.put(List.of(Fixtures.said("a2", "2022-06-02", "Ann Lee", "The bridge is safe.")));

        assertThat(store.stats()).isEqualTo(new StoreStats(2, 2, 2));
        assertThat(column(file, "SELECT name FROM pragma_table_info('articles') ORDER BY cid"))
                .endsWith("indexed_at", "authors", "language");
    }

    @Test
    void a_negated_or_hedged_cue_is_kept_with_its_quote() throws Exception {
        ArticleEntry base = Fixtures.said("a1", "2022-06-01", "Tom Baker", "The union will strike.", "Ann Lee",
                "The plan is dead.", "Jane Smith", "Talks have failed.");
        store.put(List.of(withModality(base, Modality.NEGATED, Modality.HEDGED, null)));

        assertThat(store.search(SearchQuery.all().withSpeaker("Baker")).hits().get(0).quote().modality()).isEqualTo("negated");
        long id = store.search(SearchQuery.all()).hits().get(0).article().id();
        assertThat(store.article(id).orElseThrow().quotes()).extracting(QuoteView::speaker, QuoteView::modality)
                .containsExactly(tuple("Tom Baker", "negated"), tuple("Ann Lee", "hedged"), tuple("Jane Smith", null));
        store.close();
        assertThat(column(dir.resolve("news.db"), "SELECT modality FROM quotes ORDER BY seq"))
                .containsExactly("negated", "hedged", null);
        store = QuoteStore.openExisting(dir.resolve("news.db"));
    }

    @Test
    void a_store_written_before_quotes_had_a_modality_opens_upgraded_and_keeps_its_quotes() throws Exception {
        Path old = versionOneStore("version-1.db");

        try (QuoteStore upgraded = QuoteStore.openExisting(old)) {
            assertThat(upgraded.stats()).isEqualTo(new StoreStats(1, 3, 2));
            QuoteView kept = upgraded.search(SearchQuery.all().withText("union")).hits().get(0).quote();
            assertThat(kept.speaker()).isEqualTo("Tom Baker");
            assertThat(kept.modality()).as("not known for a quote stored before").isNull();
            upgraded.put(List.of(withModality(Fixtures.said("a2", "2022-06-02", "Ann Lee", "The bridge is safe."),
                    Modality.HEDGED)));
            assertThat(upgraded.search(SearchQuery.all().withText("bridge")).hits().get(0).quote().modality())
                    .isEqualTo("hedged");
        }

        assertThat(column(old, "SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
        assertThat(column(old, "SELECT name FROM pragma_table_info('quotes') WHERE cid >= 26 ORDER BY cid"))
                .containsExactly("modality", "act", "target", "target_start", "target_end", "polarity");
        assertThat(column(old, "SELECT name FROM pragma_table_info('articles') ORDER BY cid"))
                .as("the same columns in the same order as a new store's").isEqualTo(column(dir.resolve("news.db"),
                        "SELECT name FROM pragma_table_info('articles') ORDER BY cid"));
        assertThat(column(old, "PRAGMA integrity_check")).containsExactly("ok");
        try (QuoteStore again = QuoteStore.openExisting(old)) {
            assertThat(again.stats()).isEqualTo(new StoreStats(2, 4, 3));
            again.put(List.of(Fixtures.said("mod-1", "2022-06-05", "Tom Baker", "We will strike.")));
            assertThat(again.search(SearchQuery.all().withText("union")).total()).as("the old article replaced").isZero();
            assertThat(again.search(SearchQuery.all().withSpeaker("Baker")).hits()).extracting(h -> h.quote().text())
                    .containsExactly("We will strike.");
        }
    }

    @Test
    void a_stance_is_stored_with_its_act_target_and_polarity_and_search_gives_speech_unless_stances_are_asked_for()
            throws Exception {
        store.put(List.of(Fixtures.engine("stance-1", "2022-06-01", "Courier", """
                Strike talks

                Labour leader Anas Sarwar backed the strikers.

                Sarwar said the dispute could end this week. "We will win," he said.
                """)));

        assertThat(store.search(SearchQuery.all()).hits()).extracting(h -> h.quote().type())
                .containsExactlyInAnyOrder("indirect", "direct");
        assertThat(store.search(SearchQuery.all().withText("strikers")).total()).as("a stance is not speech").isZero();
        assertThat(store.search(SearchQuery.all().withSpeaker("Sarwar")).total()).isEqualTo(2);
        List<QuoteHit> stances = store.search(SearchQuery.all().withType(QuoteType.STANCE)).hits();
        assertThat(stances).extracting(h -> h.quote().speaker(), h -> h.quote().target(), h -> h.quote().polarity())
                .containsExactly(tuple("Anas Sarwar", "the strikers", "support"));
        assertThat(store.search(SearchQuery.all().withText("strikers").withType(QuoteType.STANCE)).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.all().withType(QuoteType.INDIRECT)).hits())
                .extracting(h -> h.quote().act()).containsExactly("speech");
    }

    @Test
    void a_version_2_store_opens_upgraded_to_take_stances_and_keeps_its_quotes_ids_and_index() throws Exception {
        Path old = versionOneStore("version-2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE quotes ADD COLUMN modality TEXT CHECK(modality IN ('negated', 'hedged'))");
            s.execute("UPDATE quotes SET modality = 'hedged' WHERE speaker = 'Tom Baker'");
            s.execute("UPDATE store_info SET value = '2' WHERE key = 'version'");
        }
        List<String> before = column(old, "SELECT id || ' ' || type || ' ' || text || ' ' || ifnull(modality, '-') FROM quotes ORDER BY id");

        try (QuoteStore upgraded = QuoteStore.openExisting(old)) {
            assertThat(upgraded.search(SearchQuery.all().withText("union")).hits()).extracting(h -> h.quote().speaker())
                    .containsExactly("Tom Baker");
            upgraded.put(List.of(Fixtures.engine("stance-2", "2022-06-03", "Courier",
                    "Strike talks\n\nLabour leader Anas Sarwar backed the strikers.\n")));
            assertThat(upgraded.search(SearchQuery.all().withType(QuoteType.STANCE)).total()).isEqualTo(1);
        }

        assertThat(column(old, "SELECT value FROM store_info WHERE key = 'version'")).containsExactly(Schema.VERSION);
        assertThat(column(old, "SELECT id || ' ' || type || ' ' || text || ' ' || ifnull(modality, '-') FROM quotes"
                + " WHERE type <> 'stance' ORDER BY id")).isEqualTo(before);
        assertThat(column(old, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(column(old, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'quotes%'"))
                .as("no table of the copy left behind").containsExactly(
                        column(dir.resolve("news.db"), "SELECT count(*) FROM sqlite_master WHERE name LIKE 'quotes%'").get(0));
        assertThat(column(old, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'union'")).containsExactly("1");
    }

    @Test
    void an_older_store_opened_read_only_is_refused_with_what_to_do_and_left_as_it_was() throws Exception {
        Path old = versionOneStore("read-only-v1.db");

        assertThatThrownBy(() -> QuoteStore.openReadOnly(old)).isInstanceOf(StoreException.class)
                .hasMessageContaining("version 1 store").hasMessageContaining("run onrecord index on it once");
        assertThat(column(old, "SELECT value FROM store_info WHERE key = 'version'")).containsExactly("1");
    }

    @Test
    void two_stores_opening_the_same_old_file_at_once_both_open_it_and_add_the_column_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Path old = versionOneStore("race-" + round + ".db");
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<StoreStats> open = () -> {
                    together.await();
                    try (QuoteStore s = QuoteStore.openExisting(old)) {
                        return s.stats();
                    }
                };
                for (Future<StoreStats> opened : pool.invokeAll(List.of(open, open))) {
                    assertThat(opened.get()).isEqualTo(new StoreStats(1, 3, 2));
                }
                assertThat(column(old, "SELECT count(*) FROM pragma_table_info('quotes') WHERE name = 'modality'"))
                        .containsExactly("1");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_store_of_a_later_version_is_refused() throws Exception {
        store.close();
        Path file = dir.resolve("news.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE store_info SET value = '99' WHERE key = 'version'");
        }

        assertThatThrownBy(() -> QuoteStore.openExisting(file))
                .isInstanceOf(StoreException.class).hasMessageContaining("version 99");
        store = QuoteStore.openOrCreate(dir.resolve("other.db"));
    }

    @Test
    void opening_a_missing_store_for_reading_says_so() {
        assertThatThrownBy(() -> QuoteStore.openExisting(dir.resolve("nope.db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no such store");
    }

    @Test
    void a_database_of_another_kind_is_refused() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> QuoteStore.openExisting(other))
                .isInstanceOf(StoreException.class).hasMessageContaining("not an onrecord store");
    }

    private static org.onrecord.model.Quote addressed(org.onrecord.model.Quote q, String to) {
        return new org.onrecord.model.Quote(q.start(), q.end(), q.text(), q.type(), q.speaker(), q.cue(),
                new org.onrecord.model.Mention(0, to.length(), to), q.confidence(), q.rule(), q.shape(), q.evidence(), List.of(), null);
    }

    /** The entry with each of its quotes given the next modality, in order. */
    private static ArticleEntry withModality(ArticleEntry e, Modality... modalities) {
        Extraction x = e.extraction();
        List<org.onrecord.model.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < x.quotes().size(); i++) {
            var q = x.quotes().get(i);
            quotes.add(new org.onrecord.model.Quote(q.start(), q.end(), q.text(), q.type(), q.speaker(), q.cue(), q.addressee(),
                    q.confidence(), q.rule(), q.shape(), q.evidence(), q.fragments(), modalities[i]));
        }
        return new ArticleEntry(e.sourceId(), e.text(), e.contentHash(), new Extraction(x.schema(), x.id(), x.url(),
                x.published(), x.outlet(), x.title(), x.text(), quotes, x.people(), x.organisations(), x.boilerplate()));
    }

    /** A file as the store wrote it at schema version 1, with one article of three quotes (see store-v1.sql). */
    private Path versionOneStore(String name) throws IOException, java.sql.SQLException {
        String sql;
        try (InputStream in = QuoteStoreTest.class.getResourceAsStream("store-v1.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        assertThat(column(file, "SELECT count(*) FROM pragma_table_info('quotes') WHERE name = 'modality'"))
                .containsExactly("0");
        return file;
    }

    /** The first column of every row, as text, read with a plain connection as any SQLite tool would. */
    private static List<String> column(Path file, String sql) throws java.sql.SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static ArticleEntry withPeople(ArticleEntry e, Person extra) {
        Extraction x = e.extraction();
        List<Person> people = new java.util.ArrayList<>(x.people());
        people.add(extra);
        return new ArticleEntry(e.sourceId(), e.text(), e.contentHash(), new Extraction(x.schema(), x.id(), x.url(),
                x.published(), x.outlet(), x.title(), x.text(), x.quotes(), people, x.organisations(), x.boilerplate()));
    }
}
