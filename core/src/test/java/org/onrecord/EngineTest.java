package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Boilerplate;
import org.onrecord.model.Extraction;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;

class EngineTest {
    // no deadline: these tests are about output, and a loaded machine must not fail them
    private static final Engine ENGINE = Engine.create(EngineOptions.defaults().withDeadline(Duration.ZERO));
    private static final String STORY = """
            Jane Smith, the chief executive of Acme Rail, said: “We will not back down.”

            READ MORE: Ten things to know about the strike

            “The talks have failed,” she added.
            """;

    @Test
    void finds_who_said_what_in_plain_text() {
        Extraction x = ENGINE.extract(Article.ofText("a1", STORY));
        Invariants.check(x, STORY);
        assertThat(x.id()).isEqualTo("a1");
        assertThat(x.quotes()).extracting(Quote::text).containsExactly("We will not back down.", "The talks have failed,");
        assertThat(x.quotes()).allSatisfy(q -> {
            assertThat(q.speaker().name()).isEqualTo("Jane Smith");
            assertThat(q.speaker().role()).isEqualTo("chief executive");
            assertThat(q.speaker().organisation()).isEqualTo("Acme Rail");
            assertThat(x.person(q.speaker().personId()).name()).isEqualTo("Jane Smith");
        });
        assertThat(x.boilerplate()).extracting(Boilerplate::kind).containsExactly(Boilerplate.Kind.PROMO);
        assertThat(x.text()).as("plain-text input is not echoed").isNull();
    }

    @Test
    void offsets_are_code_points_into_the_input() {
        String text = "😀😀 Tom Baker said: “Yes, 😀 we will.”";
        Extraction x = ENGINE.extractText(text);
        Invariants.check(x, text);
        Quote q = x.quotes().get(0);
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, q.start(), q.end() - q.start())).isEqualTo(q.text()).isEqualTo("Yes, 😀 we will.");
        assertThat(new String(cps, q.speaker().mention().start(), q.speaker().mention().end() - q.speaker().mention().start()))
                .isEqualTo("Tom Baker");
    }

    @Test
    void html_input_returns_the_extracted_text_that_offsets_point_into() {
        String html = "<html><body><nav>Menu</nav><article><p>Tom Baker said: “We will win.”</p></article></body></html>";
        Extraction x = ENGINE.extract(Article.ofHtml("h1", html));
        Invariants.check(x, x.text());
        Quote q = x.quotes().get(0);
        assertThat(x.text()).isEqualTo("Tom Baker said: “We will win.”");
        assertThat(x.text().substring(q.start(), q.end())).isEqualTo("We will win.");
    }

    @Test
    void json_round_trips_and_names_the_schema() {
        Extraction x = ENGINE.extract(Article.ofText("a1", STORY));
        String line = ExtractionJson.toLine(x);
        assertThat(line).startsWith("{\"schema\":\"onrecord/2\"").contains("\"type\":\"direct\"").doesNotContain("\n");
        assertThat(ExtractionJson.fromJson(line)).isEqualTo(x);
    }

    @Test
    void an_html_page_gives_its_metadata_and_the_caller_s_values_win_over_the_page_s() {
        String html = """
                <html lang="en-GB"><head><meta property="og:title" content="Rail strike goes ahead">
                <meta property="og:site_name" content="The Gazette"><meta name="author" content="Jo Bloggs">
                <meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
                <link rel="canonical" href="https://gazette.example/rail-strike"></head>
                <body><article><p>Tom Baker said: “We will win.”</p></article></body></html>""";
        Extraction page = ENGINE.extract(Article.ofHtml("h1", html));
        assertThat(page.title()).isEqualTo("Rail strike goes ahead");
        assertThat(page.url()).isEqualTo("https://gazette.example/rail-strike");
        assertThat(page.published()).isEqualTo("2024-03-05T09:30:00Z");
        assertThat(page.outlet()).isEqualTo("The Gazette");
        assertThat(page.authors()).containsExactly("Jo Bloggs");
        assertThat(page.language()).isEqualTo("en-GB");

        Extraction given = ENGINE.extract(Article.ofHtml("h1", html).withMetadata("https://mirror.example/1", "5 March 2024",
                "Gazette Online"));
        assertThat(given.url()).isEqualTo("https://mirror.example/1");
        assertThat(given.published()).as("the caller's value is passed through as given").isEqualTo("5 March 2024");
        assertThat(given.outlet()).isEqualTo("Gazette Online");
        assertThat(given.authors()).containsExactly("Jo Bloggs");

        Extraction partly = ENGINE.extract(Article.ofHtml("h1", html).withMetadata(null, null, "Gazette Online"));
        assertThat(partly.url()).isEqualTo("https://gazette.example/rail-strike");
        assertThat(partly.outlet()).isEqualTo("Gazette Online");
    }

    @Test
    void plain_text_has_no_authors_or_language_and_a_document_without_them_still_reads() {
        Extraction x = ENGINE.extract(Article.ofText("a1", STORY));
        assertThat(x.authors()).isEmpty();
        assertThat(x.language()).isNull();
        String line = ExtractionJson.toLine(x);
        assertThat(line).contains("\"authors\":[]", "\"language\":null");
        String older = line.replace("\"authors\":[],", "").replace("\"language\":null,", "");
        assertThat(older).doesNotContain("authors", "language");
        assertThat(ExtractionJson.fromJson(older)).isEqualTo(x);
    }

    @Test
    void an_html_extraction_round_trips_through_json_with_its_metadata() {
        String html = "<html lang=\"fr\"><head><meta name=\"author\" content=\"A. Martin, B. Roux\"></head>"
                + "<body><h1>Titre</h1><p>Tom Baker said: “We will win.”</p></body></html>";
        Extraction x = ENGINE.extract(Article.ofHtml("h2", html));
        assertThat(x.authors()).containsExactly("A. Martin", "B. Roux");
        assertThat(ExtractionJson.fromJson(ExtractionJson.toPrettyJson(x))).isEqualTo(x);
    }

    @Test
    void a_mixed_quotation_is_labelled_mixed() {
        String text = "Jane Smith expressed “solidarity” with the strikers.";
        Extraction x = ENGINE.extractText(text);
        Invariants.check(x, text);
        assertThat(x.quotes()).singleElement().satisfies(q -> assertThat(q.type()).isEqualTo(QuoteType.MIXED));
    }

    @Test
    void every_quote_records_the_rule_that_decided_it() {
        Extraction x = ENGINE.extract(Article.ofText("a1", STORY));
        Invariants.check(x, STORY);
        assertThat(x.quotes()).extracting(Quote::rule).containsExactly("leading-cue", "trailing-cue");
        assertThat(x.quotes()).allSatisfy(q -> assertThat(q.evidence()).isNotBlank());
    }

    @Test
    void empty_and_whitespace_input_give_empty_results() {
        assertThat(ENGINE.extractText("").quotes()).isEmpty();
        assertThat(ENGINE.extractText(" \n\n\t ").quotes()).isEmpty();
    }

    @Test
    void random_noise_never_breaks_the_engine() {
        Random random = new Random(42);
        String alphabet = "aZ .,:;\"“”‘’'«»„—-()[]\n\u00A0😀é";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(2_000);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Invariants.check(ENGINE.extractText(sb.toString()), sb.toString());
        }
    }

    @Test
    void random_news_like_fragments_never_break_the_engine() {
        String[] pieces = {"a", "Z", " ", ".", ",", ":", "\"", "“", "”", "’", "'", "«", "»", "„", "—", "(", ")", "\n",
            "\n\n", "said", "told", "Mr.", "Tom Baker", "the chief", "he", "she", "according to", "saying", ",”",
            "READ MORE:", "(RMT)", "Union", "The memo"};
        for (long seed = 0; seed < 2_000; seed++) {
            Random random = new Random(seed);
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            Invariants.check(ENGINE.extractText(sb.toString()), sb.toString());
        }
    }

    @Test
    void adversarial_repetitions_keep_every_invariant_at_any_length_and_across_windows() {
        // the shapes of issue #12 that once made the engine quadratic (LinearTimeTest times them)
        String[] units = {"Words ", "“x”", "a\"b“c”d", "“x,” he said ", "Mr Smith said “x” ", "Smith, ", "‘x’ ",
            "He said “x”. It said “y”. ", "x\n", "“", "'", "“We will win.” ", "“x\n\n"};
        for (String unit : units) {
            for (int chars : new int[] {1, 7, 300, 5_000}) {
                String text = unit.repeat(chars / unit.length() + 1);
                Invariants.check(ENGINE.extractText(text), text);
            }
        }
        for (String unit : new String[] {"Words ", "a\"b“c”d", "“x,” he said "}) {
            String text = unit.repeat((Chunks.WINDOW + 999) / unit.length());
            Invariants.check(ENGINE.extractText(text), text);
        }
    }

    @Test
    void a_window_that_ends_on_the_texts_last_line_break_is_cut_there() {
        String text = "“a” ".repeat(Chunks.WINDOW / 4) + "\n"; // the only line break, right at the window's end
        assertThat(Chunks.windows(text)).extracting(w -> w[1]).containsExactly(text.length());
        Invariants.check(ENGINE.extractText(text), text);
    }

    @Test
    void a_text_longer_than_a_window_is_read_in_windows_and_joined() {
        String paragraph = "Jane Smith, the chief executive of Acme Rail, said: “We will not back down 😀.”\n\n";
        int copies = Chunks.WINDOW * 2 / paragraph.length() + 10;
        String text = paragraph.repeat(copies);
        Extraction x = ENGINE.extractText(text);
        Invariants.check(x, text);
        assertThat(x.quotes()).hasSize(copies);
        assertThat(x.people()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Jane Smith"));
        int[] cps = text.codePoints().toArray();
        for (Quote q : x.quotes()) {
            assertThat(new String(cps, q.start(), q.end() - q.start())).isEqualTo(q.text());
            assertThat(q.speaker().personId()).isEqualTo("p1");
        }
    }

    @Test
    void a_reported_clause_names_its_shape_beside_its_rule_and_the_json_carries_both() {
        Extraction x = ENGINE.extractText("Only a few trains are running, according to union staff.");
        Quote q = x.quotes().get(0);
        assertThat(q.rule()).isEqualTo("reported-clause");
        assertThat(q.shape()).isEqualTo("trailing-attribution");
        String line = ExtractionJson.toLine(x);
        assertThat(line).contains("\"rule\":\"reported-clause\",\"shape\":\"trailing-attribution\"");
        assertThat(ExtractionJson.fromJson(line).quotes().get(0).shape()).isEqualTo("trailing-attribution");
    }

    @Test
    void a_quotation_in_marks_has_no_shape() {
        Extraction x = ENGINE.extract(Article.ofText("a1", STORY));
        assertThat(x.quotes()).extracting(Quote::shape).containsOnlyNulls();
    }

    @Test
    void an_engine_without_a_shape_never_reads_it_and_the_shipped_one_is_unchanged() {
        String text = "According to union staff, only a few trains are running this morning.";
        Engine without = Engine.create(EngineOptions.defaults().without("according-to"));
        assertThat(ENGINE.extractText(text).quotes()).extracting(Quote::shape).contains("according-to");
        assertThat(without.extractText(text).quotes()).extracting(Quote::shape).doesNotContain("according-to");
        assertThat(without.options().without().shapes()).extracting(s -> s.label()).containsExactly("according-to");
        assertThat(Engine.create().options()).isEqualTo(EngineOptions.defaults());
    }

    @Test
    void engine_options_are_values_that_each_without_extends() {
        EngineOptions one = EngineOptions.defaults().without("in-poll");
        EngineOptions two = one.without("nearest-person");
        assertThat(one).isEqualTo(EngineOptions.defaults().without("in-poll"));
        assertThat(one.without().isEmpty()).isFalse();
        assertThat(two.without().shapes()).extracting(s -> s.label()).containsExactly("in-poll");
        assertThat(two.without().rules()).extracting(r -> r.label()).containsExactly("nearest-person");
        assertThatThrownBy(() -> EngineOptions.defaults().without("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
    }

    @Test
    void misuse_of_the_api_fails_loudly() {
        assertThatThrownBy(() -> ENGINE.extract(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Article("x", "text", "<p>html</p>", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of text or html");
    }
}
