package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.json.ExtractionJson;
import picocli.CommandLine;

/** {@code onrecord index} and {@code onrecord search} through the real command line, on a real SQLite file. */
class StoreCommandsTest {
    private static final String RAIL = "Jane Smith, the chief executive of Acme Rail, said: “We will not back down. "
            + "The offer on the table is fair.”\n\nMick Lynch, general secretary of the RMT union, said: “Our members have "
            + "been left with no choice but to strike.”\n\n“This is a company that refuses to negotiate,” Lynch said.";
    private static final String WATER = "Priya Patel, the director of Harbour Water, said: “Bills will rise by a fair "
            + "amount this winter.”";

    @TempDir
    Path dir;


    @Test
    void index_then_search_finds_a_quote_by_speaker_and_date() throws Exception {
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, "2022-06-03"), line("water-1", WATER, "2023-01-10"));

        CliRun index = run("index", corpus.toString(), "--db", db());
        CliRun search = run("search", "--db", db(), "strike", "--speaker", "Lynch", "--since", "2022-06-01");

        assertThat(index.exit()).isZero();
        assertThat(index.out()).contains("Indexed 2 article(s)", "2 articles, 4 quotes");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("1 quote(s)", "Mick Lynch (general secretary, RMT union)",
                "“Our members have been left with no choice but to strike.”");
        assertThat(run("search", "--db", db(), "strike", "--since", "2022-07-01").out()).contains("0 quote(s)");
    }

    @Test
    void search_reads_a_store_in_a_folder_nobody_may_write_and_leaves_nothing_beside_it() throws Exception {
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, "2022-06-03"));
        assertThat(run("index", corpus.toString(), "--db", db()).exit()).isZero();
        Path archive = Files.createDirectory(dir.resolve("archive"));
        Path store = Files.move(Path.of(db()), archive.resolve("news.db"));
        Files.setPosixFilePermissions(archive, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun search = run("search", "--db", store.toString(), "strike");

            assertThat(search.exit()).as(search.err()).isZero();
            assertThat(search.out()).contains("1 quote(s)", "Mick Lynch");
            try (var files = Files.list(archive)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("news.db");
            }
        } finally {
            Files.setPosixFilePermissions(archive, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void index_with_a_minimum_confidence_stores_only_the_surer_quotes() throws Exception {
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, "2022-06-03"), line("water-1", WATER, "2023-01-10"));

        CliRun index = run("index", corpus.toString(), "--db", db(), "--min-confidence", "1");

        assertThat(index.exit()).as(index.err()).isZero();
        assertThat(index.out()).contains("Indexed 2 article(s)", "2 articles, 0 quotes");
    }

    @Test
    void search_shows_a_negated_or_hedged_cue() throws Exception {
        String text = "Tom Baker did not say that the ferry would stop sailing.\n\n"
                + "The minister reportedly told aides that the ferry would be sold.";
        Path corpus = write("ferry.jsonl", line("ferry-1", text, "2023-03-01"));
        assertThat(run("index", corpus.toString(), "--db", db()).exit()).isZero();

        CliRun search = run("search", "--db", db(), "ferry");

        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("[indirect, negated]", "[indirect, hedged]");
    }

    @Test
    void an_article_with_a_stance_is_indexed_and_search_shows_speech_unmarked_paraphrase_and_stances_on_request()
            throws Exception {
        String text = "Labour leader Anas Sarwar backed the strikers.\n\n"
                + "Sarwar said the dispute could end this week. “We will win,” he said.";
        Path corpus = write("strike.jsonl", line("strike-1", text, "2023-03-01"));

        CliRun index = run("index", corpus.toString(), "--db", db());
        CliRun speech = run("search", "--db", db(), "--speaker", "Sarwar");
        CliRun stances = run("search", "--db", db(), "--type", "stance");

        assertThat(index.exit()).as(index.err()).isZero();
        assertThat(index.out()).contains("1 articles, 3 quotes");
        assertThat(speech.out()).contains("2 quote(s)", "  reported: the dispute could end this week", "  “We will win,”")
                .doesNotContain("“the dispute", "[stance");
        assertThat(stances.out()).contains("1 quote(s)", "Anas Sarwar (leader, Labour)  [stance, support]",
                "  stance towards: the strikers");
    }

    @Test
    void indexed_html_pages_keep_their_metadata_in_the_store_and_search_shows_date_outlet_and_headline() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String name : List.of("wordpress-yoast.html", "arc-xp.html", "bbc-like.html", "guardian-like.html",
                "local-news.html")) {
            SavedPages.copy(name, pages);
        }

        CliRun index = run("index", pages.toString(), "--db", db());
        CliRun search = run("search", "--db", db(), "--speaker", "Okafor");

        assertThat(index.exit()).as(index.err()).isZero();
        assertThat(index.out()).contains("Indexed 5 article(s)");
        assertThat(search.out()).contains("2024-03-05T18:42:07Z  Ruth Okafor",
                "The Harrowfield Herald: Council votes to reopen Eastgate library "
                        + "<https://harrowfieldherald.example/2024/03/05/council-votes-to-reopen-eastgate-library/>");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db());
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT title, outlet, published_day, authors, language, url"
                        + " FROM articles WHERE source_id LIKE '%arc-xp.html'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Senate panel delays vote on water rights compact");
            assertThat(rs.getString(2)).isEqualTo("The Capital Ledger");
            assertThat(rs.getString(3)).isEqualTo("2025-11-18");
            assertThat(rs.getString(4)).isEqualTo("[\"Theo Marchetti\",\"Aisha Rahman\"]");
            assertThat(rs.getString(5)).isEqualTo("en");
            assertThat(rs.getString(6)).startsWith("https://www.capitalledger.example/politics/");
        }
        assertThat(run("search", "--db", db(), "--since", "2025-01-01").out()).doesNotContain("undated");
    }

    @Test
    void a_bad_line_is_reported_by_file_and_line_and_the_rest_are_indexed() throws Exception {
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, null), "{\"id\": \"x\"}", "not json",
                line("water-1", WATER, null));

        CliRun index = run("index", corpus.toString(), "--db", db());

        assertThat(index.exit()).isEqualTo(1);
        assertThat(index.err()).contains(corpus + ":2: field \"text\" or \"html\" is required", corpus + ":3: invalid JSON");
        assertThat(index.out()).contains("Indexed 2 article(s)", "2 failed");
    }

    @Test
    void an_invalid_utf8_line_is_reported_by_its_own_number_its_neighbours_are_stored_and_a_rerun_gets_past_it()
            throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 1; i <= 700; i++) {
            String l = line("a" + i, "Tom Baker said: “Number " + i + ".”", null) + "\n";
            // line 641 is Latin-1, as a file pasted together from two sources can be
            bytes.writeBytes(l.replace("Tom", i == 641 ? "T\u00e9m" : "Tom")
                    .getBytes(i == 641 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        }
        Files.write(corpus, bytes.toByteArray());

        CliRun first = run("index", corpus.toString(), "--db", db(), "--batch", "50", "--threads", "2");
        CliRun again = run("index", corpus.toString(), "--db", db(), "--batch", "50");

        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).matches("onrecord: " + java.util.regex.Pattern.quote(corpus + ":641: invalid UTF-8 at byte ")
                + "\\d+\\R");
        assertThat(first.out()).contains("Indexed 699 article(s)", "1 failed", "699 articles, 699 quotes");
        assertThat(run("search", "--db", db(), "Number 640").out()).contains("1 quote(s)");
        assertThat(run("search", "--db", db(), "Number 642").out()).contains("1 quote(s)");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo(first.err());
        assertThat(again.out()).contains("Indexed 0 article(s)", "skipped 699 unchanged", "1 failed", "699 articles");
    }

    @Test
    void a_line_over_the_limit_is_one_failed_line_its_neighbours_are_stored_and_a_rerun_gets_past_it() throws Exception {
        String big = line("big", "Words. ".repeat(300), null);
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, null), big, line("water-1", WATER, null));
        Path story = dir.resolve("story.txt");
        Files.writeString(story, "Words. ".repeat(300));

        CliRun first = run("index", corpus.toString(), story.toString(), "--db", db(), "--max-line-bytes", "2000");
        CliRun again = run("index", corpus.toString(), story.toString(), "--db", db(), "--max-line-bytes", "2000");

        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).isEqualTo("onrecord: " + corpus + ":2: line of " + big.length()
                + " bytes is over the 2000-byte limit (--max-line-bytes)" + System.lineSeparator()
                + "onrecord: " + story + ": file of " + Files.size(story) + " bytes is over the 2000-byte limit (--max-line-bytes)"
                + System.lineSeparator());
        assertThat(first.out()).contains("Indexed 2 article(s)", "2 failed");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo(first.err());
        assertThat(again.out()).contains("Indexed 0 article(s)", "skipped 2 unchanged", "2 failed");
    }

    @Test
    void the_line_limit_also_holds_where_index_reads_a_first_line_to_tell_a_files_kind() throws Exception {
        // A Spark part file is told by its first readable line: an over-long first line is passed over there,
        // as the indexer passes over it, and does not hide the extraction lines after it.
        Path folder = Files.createDirectory(dir.resolve("extractions"));
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, line("rail-1", RAIL, null) + "\n", StandardCharsets.UTF_8);
        String extraction = CliRun.of("extract", "--jsonl", "--with-text", corpus.toString()).out();
        String banner = "Words. ".repeat(1000);
        Path part = folder.resolve("part-00000");
        Files.writeString(part, banner + "\n" + extraction, StandardCharsets.UTF_8);
        long limit = extraction.getBytes(StandardCharsets.UTF_8).length + 10;
        assertThat(banner.length()).isGreaterThan((int) limit);

        CliRun index = run("index", folder.toString(), "--db", db(), "--max-line-bytes", String.valueOf(limit));

        assertThat(index.err()).isEqualTo("onrecord: " + part + ":1: line of " + banner.length() + " bytes is over the "
                + limit + "-byte limit (--max-line-bytes)" + System.lineSeparator());
        assertThat(index.out()).contains("Indexed 1 article(s)", "1 failed");
        assertThat(index.exit()).isEqualTo(1);
        assertThat(run("search", "--db", db(), "--speaker", "Lynch").out()).contains("rail-1");
    }

    @Test
    void by_default_index_passes_over_lines_past_16_mib_as_extract_does() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        byte[] huge = new byte[(16 << 20) + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        try (var o = Files.newOutputStream(corpus)) {
            o.write(huge);
            o.write(("\n" + line("rail-1", RAIL, null) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        CliRun index = run("index", corpus.toString(), "--db", db());
        CliRun extract = run("extract", "--jsonl", corpus.toString());

        String error = corpus + ":1: line of " + huge.length + " bytes is over the 16777216-byte limit (--max-line-bytes)";
        assertThat(index.err()).isEqualTo("onrecord: " + error + System.lineSeparator());
        assertThat(index.out()).contains("Indexed 1 article(s)", "1 failed");
        assertThat(extract.out()).contains(error, "rail-1");
    }

    @Test
    void a_store_that_cannot_be_opened_or_written_says_why_in_one_line() throws Exception {
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, null));
        Path folder = Files.createDirectory(dir.resolve("news.db"));

        CliRun index = run("index", corpus.toString(), "--db", folder.toString());

        assertThat(index.exit()).isEqualTo(2);
        assertThat(index.err()).isEqualTo("onrecord: " + folder + ": cannot open the store: cannot open the file "
                + "(no permission, a folder in the way, or no such folder)" + System.lineSeparator());
    }

    @Test
    void running_again_skips_unchanged_articles_and_replaces_changed_ones() throws Exception {
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, null), line("water-1", WATER, null));
        run("index", corpus.toString(), "--db", db());

        CliRun again = run("index", corpus.toString(), "--db", db());
        write("corpus.jsonl", line("rail-1", RAIL, null), line("water-1", WATER.replace("winter", "spring"), null));
        CliRun changed = run("index", corpus.toString(), "--db", db());

        assertThat(again.out()).contains("Indexed 0 article(s)", "skipped 2 unchanged", "2 articles, 4 quotes");
        assertThat(changed.out()).contains("Indexed 1 article(s)", "skipped 1 unchanged", "2 articles, 4 quotes");
        assertThat(run("search", "--db", db(), "winter").out()).contains("0 quote(s)");
        assertThat(run("search", "--db", db(), "spring").out()).contains("1 quote(s)");
    }

    @Test
    void force_extracts_unchanged_articles_again_and_fills_what_the_store_lacks() throws Exception {
        String text = "Tom Baker did not say that the ferry would stop sailing.";
        Path corpus = write("ferry.jsonl", line("ferry-1", text, null), line("rail-1", RAIL, null));
        run("index", corpus.toString(), "--db", db());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db());
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE quotes SET modality = NULL"); // as a store upgraded from version 1 has it
        }
        assertThat(run("search", "--db", db(), "ferry").out()).doesNotContain("negated");

        CliRun again = run("index", corpus.toString(), "--db", db());
        CliRun forced = run("index", corpus.toString(), "--db", db(), "--force");

        assertThat(again.out()).contains("Indexed 0 article(s)", "skipped 2 unchanged");
        assertThat(forced.out()).contains("Indexed 2 article(s)", "skipped 0 unchanged", "2 articles, 4 quotes");
        assertThat(run("search", "--db", db(), "ferry").out()).contains("[indirect, negated]");
    }

    @Test
    void extraction_lines_from_extract_jsonl_are_indexed_as_they_are() throws Exception {
        Path corpus = write("corpus.jsonl", line("rail-1", RAIL, "2022-06-03"));
        CliRun extracted = run("extract", "--jsonl", corpus.toString());
        Path extractions = write("extractions.jsonl", extracted.out().strip());

        CliRun index = run("index", extractions.toString(), "--db", db());
        CliRun search = run("search", "--db", db(), "--json", "table");

        assertThat(index.exit()).isZero();
        assertThat(index.out()).contains("1 article(s) were stored without their text");
        JsonNode page = ExtractionJson.mapper().readTree(search.out());
        assertThat(page.at("/hits/0/quote/speaker").asText()).isEqualTo("Jane Smith");
        assertThat(page.at("/hits/0/article/published").asText()).isEqualTo("2022-06-03");
        assertThat(page.at("/hits/0/before").asText()).isEmpty();
    }

    @Test
    void an_extraction_that_carries_its_text_keeps_it() throws Exception {
        String extraction = run("extract", "--json", write("a.txt", RAIL).toString()).out();
        ObjectNode node = (ObjectNode) ExtractionJson.mapper().readTree(extraction);
        node.put("text", RAIL);
        Path extractions = write("with-text.jsonl", node.toString());

        CliRun index = run("index", extractions.toString(), "--db", db());

        assertThat(index.out()).doesNotContain("without their text");
        JsonNode page = ExtractionJson.mapper().readTree(run("search", "--db", db(), "--json", "table").out());
        assertThat(page.at("/hits/0/after").asText()).startsWith("”");
    }

    @Test
    void an_error_record_in_extraction_input_is_reported_and_skipped() throws Exception {
        Path extractions = write("x.jsonl", "{\"schema\":\"onrecord/1\",\"id\":\"a\",\"error\":\"engine failed\"}");

        CliRun index = run("index", extractions.toString(), "--db", db());

        assertThat(index.exit()).isEqualTo(1);
        assertThat(index.err()).contains(extractions + ":1: an error record");
    }

    @Test
    void a_folder_gives_its_jsonl_text_and_html_files() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("in"));
        Files.writeString(folder.resolve("a.jsonl"), line("rail-1", RAIL, null) + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("water.txt"), WATER, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("page.html"), "<html><head><title>Bridge row</title></head><body><p>Ann Lee, "
                + "the mayor of Northgate, said: “The bridge will reopen in May.”</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.md"), "ignored", StandardCharsets.UTF_8);

        CliRun index = run("index", folder.toString(), "--db", db());

        assertThat(index.out()).contains("Indexed 3 article(s)");
        assertThat(run("search", "--db", db(), "bridge").out()).contains("Ann Lee", "Bridge row");
        assertThat(run("search", "--db", db(), "--speaker", "patel").out()).contains("water.txt");
    }

    @Test
    void spark_extraction_parts_in_a_folder_are_read_as_extraction_lines() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("extractions"));
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, line("rail-1", RAIL, null) + "\n", StandardCharsets.UTF_8);
        String extraction = CliRun.of("extract", "--jsonl", "--with-text", corpus.toString()).out();
        Files.writeString(folder.resolve("part-00000-4c1d.txt"), extraction, StandardCharsets.UTF_8);

        CliRun index = run("index", folder.toString(), "--db", db());

        assertThat(index.exit()).isZero();
        assertThat(index.out()).contains("Indexed 1 article(s)");
        assertThat(run("search", "--db", db(), "--speaker", "Lynch").out()).contains("rail-1");
    }

    @Test
    void a_search_syntax_error_is_a_one_line_message_and_exit_2() throws Exception {
        run("index", write("c.jsonl", line("rail-1", RAIL, null)).toString(), "--db", db());

        CliRun search = run("search", "--db", db(), "\"unclosed");

        assertThat(search.exit()).isEqualTo(2);
        assertThat(search.err()).contains("onrecord: cannot read the search").contains("unterminated string");
    }

    @Test
    void searching_a_store_that_does_not_exist_says_so() {
        CliRun search = run("search", "--db", dir.resolve("missing.db").toString(), "x");

        assertThat(search.exit()).isEqualTo(2);
        assertThat(search.err()).contains("no such store");
        assertThat(dir.resolve("missing.db")).doesNotExist();
    }

    @Test
    void the_benchmark_runs_end_to_end_on_a_small_scale() {
        CliRun bench = run("bench-store", "--articles", "20", "--quotes", "150", "--requests", "20", "--clients", "2");

        assertThat(bench.exit()).isZero();
        assertThat(bench.out()).contains("index: 20 articles", "articles/s", "search: 20 requests, 2 clients", "p99");
    }

    @Test
    void the_benchmark_times_a_given_corpus_instead_of_made_up_articles() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        Files.writeString(corpus, """
                {"id": "a1", "text": "“We will not back down,” said Jane Smith, the union leader."}
                {"id": "a2", "text": "“We will not back down,” Jane Smith told the rally on Monday."}
                """);
        CliRun bench = run("bench-store", "--corpus", corpus.toString(), "--quotes", "0", "--requests", "5", "--clients", "1");

        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("index: 2 articles (2 quotes)", "of process CPU");
        assertThat(run("bench-store", "--corpus", dir.resolve("none.jsonl").toString()).err()).contains("none.jsonl: no such file");
    }

    @Test
    void the_benchmark_keeps_a_store_without_clusters_for_load_tests_when_asked() throws Exception {
        Path kept = dir.resolve("bench.db");
        CliRun bench = run("bench-store", "--articles", "20", "--quotes", "150", "--requests", "20", "--clients", "2",
                "--no-clusters", "--keep", kept.toString());

        assertThat(bench.exit()).as(bench.err()).isZero();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + kept);
                java.sql.Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM quotes")).isGreaterThanOrEqualTo(150);
            assertThat(count(s, "SELECT count(*) FROM clusters")).isZero();
        }
    }

    private static long count(java.sql.Statement s, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String db() {
        return dir.resolve("news.db").toString();
    }

    private Path write(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    private static String line(String id, String text, String published) {
        ObjectNode n = ExtractionJson.mapper().createObjectNode();
        n.put("id", id);
        n.put("text", text);
        if (published != null) {
            n.put("published", published);
        }
        return n.toString();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
