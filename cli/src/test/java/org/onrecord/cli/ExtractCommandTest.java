package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.ExtractionJson;

class ExtractCommandTest {
    private static final String STORY = "Jane Smith, the chief executive of Acme Rail, said: “We will not back down.”\n\n"
            + "“The talks have failed,” she added.\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void prints_who_said_what_grouped_by_speaker() throws Exception {
        CliRun run = CliRun.of("extract", write("story.txt", STORY).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Jane Smith (chief executive, Acme Rail)", "  “We will not back down.” [said]",
                "  “The talks have failed,” [added]");
    }

    @Test
    void json_output_is_the_documented_document() throws Exception {
        CliRun run = CliRun.of("extract", "--json", write("story.txt", STORY).toString());
        JsonNode doc = ExtractionJson.mapper().readTree(run.out());
        assertThat(doc.get("schema").asText()).isEqualTo("onrecord/2");
        assertThat(doc.get("id").asText()).isEqualTo("story.txt");
        JsonNode q = doc.get("quotes").get(0);
        assertThat(q.get("speaker").get("name").asText()).isEqualTo("Jane Smith");
        assertThat(q.get("cue").get("text").asText()).isEqualTo("said");
        assertThat(q.get("rule").asText()).isEqualTo("leading-cue");
    }

    @Test
    void json_of_an_html_page_gives_its_title_date_address_authors_outlet_and_language() throws Exception {
        Path page = SavedPages.copy("guardian-like.html", dir);

        CliRun run = CliRun.of("extract", "--json", page.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = ExtractionJson.mapper().readTree(run.out());
        assertThat(doc.get("title").asText()).isEqualTo("Nurses in three trusts vote to strike over unpaid overtime");
        assertThat(doc.get("published").asText()).isEqualTo("2024-10-02T11:05:14Z");
        assertThat(doc.get("url").asText())
                .isEqualTo("https://www.morningsentinel.example/society/2024/oct/02/nurses-three-trusts-vote-strike-unpaid-overtime");
        assertThat(doc.get("outlet").asText()).isEqualTo("The Morning Sentinel");
        assertThat(doc.get("authors")).extracting(JsonNode::asText).containsExactly("Priya Chandrasekar");
        assertThat(doc.get("language").asText()).isEqualTo("en");
        assertThat(doc.get("quotes").findValuesAsText("name")).contains("Gareth Lowther");
    }

    @Test
    void the_readable_report_of_a_page_starts_with_its_headline_outlet_date_and_byline() throws Exception {
        Path page = SavedPages.copy("local-news.html", dir);

        CliRun run = CliRun.of("extract", page.toString());

        assertThat(run.out()).startsWith("Bridge closure to last until spring\n"
                + "Dunmore Valley Gazette · 2025-01-14 · by Jo Bloggs, Sam Lee\n\n");
        assertThat(CliRun.of("extract", write("story.txt", STORY).toString()).out()).startsWith("Jane Smith");
    }

    @Test
    void a_jsonl_line_s_own_url_date_and_outlet_win_over_the_page_s() throws Exception {
        String html = Files.readString(SavedPages.copy("bbc-like.html", dir));
        var line = ExtractionJson.mapper().createObjectNode().put("id", "ferry").put("html", html)
                .put("url", "https://archive.example/ferry").put("published", "2025-06-11");
        Path corpus = write("corpus.jsonl", line.toString() + "\n");

        JsonNode doc = ExtractionJson.mapper().readTree(CliRun.of("extract", "--jsonl", corpus.toString()).out());

        assertThat(doc.get("url").asText()).isEqualTo("https://archive.example/ferry");
        assertThat(doc.get("published").asText()).isEqualTo("2025-06-11");
        assertThat(doc.get("outlet").asText()).as("not given by the line: the page's").isEqualTo("Northshire News");
    }

    @Test
    void min_confidence_leaves_out_the_less_sure_quotes_and_a_bad_value_is_a_clear_error() throws Exception {
        // the second quotation inherits its speaker from the first: a less sure rule than a cue of its own
        Path story = write("story.txt", "“We will not back down,” said Jane Smith.\n\n“Nobody asked us.”\n");
        JsonNode all = ExtractionJson.mapper().readTree(CliRun.of("extract", "--json", story.toString()).out());
        double first = all.get("quotes").get(0).get("confidence").asDouble();
        double second = all.get("quotes").get(1).get("confidence").asDouble();
        assertThat(second).isLessThan(first);
        JsonNode sure = ExtractionJson.mapper().readTree(CliRun.of("extract", "--json", "--min-confidence",
                String.valueOf((first + second) / 2), story.toString()).out());
        assertThat(sure.get("quotes")).hasSize(1);
        assertThat(sure.get("quotes").get(0).get("text").asText()).isEqualTo("We will not back down,");

        CliRun bad = CliRun.of("extract", "--min-confidence", "1.5", story.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--min-confidence").doesNotContain("Exception");
    }

    @Test
    void without_switches_a_rule_off_and_a_bad_name_is_a_clear_error() throws Exception {
        Path story = write("story.txt", STORY);
        JsonNode shipped = ExtractionJson.mapper().readTree(CliRun.of("extract", "--json", story.toString()).out());
        JsonNode without = ExtractionJson.mapper().readTree(
                CliRun.of("extract", "--json", "--without", "leading-cue,continuation", story.toString()).out());
        assertThat(shipped.get("quotes").get(0).get("rule").asText()).isEqualTo("leading-cue");
        assertThat(without.get("quotes").get(0).get("rule").asText()).isNotEqualTo("leading-cue");

        CliRun bad = CliRun.of("extract", "--without", "leading-clue", story.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--without: no rule or shape named \"leading-clue\"").contains("leading-cue");
    }

    @Test
    void html_files_are_read_as_html() throws Exception {
        Path page = write("page.html", "<html><body><nav>Home</nav><p>Tom Baker said: “We will win.”</p></body></html>");
        JsonNode doc = ExtractionJson.mapper().readTree(CliRun.of("extract", "--json", page.toString()).out());
        assertThat(doc.get("text").asText()).isEqualTo("Tom Baker said: “We will win.”");
        assertThat(doc.get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Tom Baker");
    }

    @Test
    void jsonl_gives_one_line_per_input_line_in_order_and_reports_bad_lines() throws Exception {
        Path corpus = write("corpus.jsonl", String.join("\n",
                "{\"id\":\"a\",\"text\":\"Tom Baker said: “One.”\"}",
                "{\"id\":\"b\",\"url\":\"https://example.org/b\"}",
                "not json at all",
                "{\"id\":\"d\",\"html\":\"<p>Ann Lee said: “Four.”</p>\"}") + "\n");
        CliRun run = CliRun.of("extract", "--jsonl", "--threads", "2", corpus.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(l -> ArticleJson.idOf(l)).containsExactly("a", "b", null, "d");
        assertThat(lines.get(1)).contains("\"error\"", "corpus.jsonl:2", "\\\"text\\\" or \\\"html\\\"");
        assertThat(lines.get(3)).contains("Ann Lee");
        assertThat(run.err()).contains("corpus.jsonl:2: field \"text\" or \"html\" is required", "corpus.jsonl:3: invalid JSON");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void jsonl_with_an_invalid_utf8_line_in_the_middle_reports_it_by_line_and_byte_and_extracts_every_other_line()
            throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 600; i++) { // more than a read buffer before the bad line
            before.append("{\"id\":\"a").append(i).append("\",\"text\":\"Tom Baker said: “Line ").append(i)
                    .append(".”\"}\n");
        }
        byte[] head = before.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"latin1\",\"text\":\"Caf\u00e9 owner said: “No.”\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("{\"id\":\"b1\",\"text\":\"Ann Lee said: “After.”\"}\n"
                + "{\"id\":\"b2\",\"text\":\"Ann Lee said: “Last.”\"}\n").getBytes(StandardCharsets.UTF_8);
        Files.write(corpus, concat(head, bad, tail));
        int badByte = head.length + "{\"id\":\"latin1\",\"text\":\"Caf".length();

        CliRun run = CliRun.of("extract", "--jsonl", "--threads", "2", corpus.toString());

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(603);
        assertThat(lines.subList(0, 600)).allSatisfy(l -> assertThat(l).doesNotContain("\"error\""));
        assertThat(lines.get(599)).contains("Line 600.");
        assertThat(lines.get(600)).contains("\"error\"", "corpus.jsonl:601: invalid UTF-8 at byte " + badByte);
        assertThat(lines.subList(601, 603)).extracting(ArticleJson::idOf).containsExactly("b1", "b2");
        assertThat(run.err()).isEqualTo("onrecord: " + corpus + ":601: invalid UTF-8 at byte " + badByte
                + System.lineSeparator());
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void jsonl_with_a_line_over_the_limit_gives_one_error_record_in_its_place_and_reads_on() throws Exception {
        String big = "{\"id\":\"big\",\"text\":\"" + "Words. ".repeat(300) + "\"}";
        Path corpus = write("corpus.jsonl", "{\"id\":\"a\",\"text\":\"Tom Baker said: “One.”\"}\n" + big
                + "\n{\"id\":\"c\",\"text\":\"Ann Lee said: “Three.”\"}\n");

        CliRun run = CliRun.of("extract", "--jsonl", "--max-line-bytes", "1000", corpus.toString());

        String message = corpus + ":2: line of " + big.length() + " bytes is over the 1000-byte limit (--max-line-bytes)";
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("One.");
        assertThat(ExtractionJson.mapper().readTree(lines.get(1)).get("error").asText()).isEqualTo(message);
        assertThat(lines.get(2)).contains("Three.");
        assertThat(run.err()).isEqualTo("onrecord: " + message + System.lineSeparator());
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void a_text_file_over_the_limit_is_a_one_line_error_naming_it() throws Exception {
        Path story = write("story.txt", STORY);

        CliRun run = CliRun.of("extract", "--max-line-bytes", "50", story.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("onrecord: " + story + ": file of " + Files.size(story)
                + " bytes is over the 50-byte limit (--max-line-bytes)" + System.lineSeparator());
        assertThat(CliRun.of("extract", "--max-line-bytes", "0", story.toString()).err())
                .contains("--max-line-bytes must be at least 1");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void text_html_and_jsonl_with_a_byte_order_mark_are_decoded_in_its_encoding(String encoding) throws Exception {
        java.nio.charset.Charset cs = java.nio.charset.Charset.forName(encoding);
        Path story = dir.resolve("story.txt");
        Files.write(story, ("\uFEFF" + STORY).getBytes(cs));
        Path page = dir.resolve("page.html");
        Files.write(page, "\uFEFF<html><body><p>Tom Baker said: “We will win.”</p></body></html>".getBytes(cs));
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, ("\uFEFF{\"id\":\"a\",\"text\":\"Tom Baker said: “One.”\"}\r\n"
                + "{\"id\":\"b\",\"text\":\"Ann Lee said: “Two.”\"}\r\n").getBytes(cs));

        CliRun text = CliRun.of("extract", story.toString());
        CliRun html = CliRun.of("extract", "--json", page.toString());
        CliRun jsonl = CliRun.of("extract", "--jsonl", corpus.toString());

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Jane Smith (chief executive, Acme Rail)", "“We will not back down.”");
        assertThat(ExtractionJson.mapper().readTree(html.out()).get("text").asText()).isEqualTo("Tom Baker said: “We will win.”");
        assertThat(jsonl.exit()).as(jsonl.err()).isZero();
        assertThat(jsonl.out().lines().toList()).extracting(ArticleJson::idOf).containsExactly("a", "b");
        assertThat(jsonl.out()).contains("\"Tom Baker\"", "\"Ann Lee\"");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void jsonl_keeps_input_order_across_many_lines_of_mixed_length_and_skips_bad_ones_in_the_middle() throws Exception {
        // More lines than the runner keeps in flight, long and short mixed so later lines finish first.
        StringBuilder in = new StringBuilder();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            if (i == 150 || i == 333) {
                in.append(i == 150 ? "{\"id\":\"bad150\"}" : "{\"id\":\"bad333\", \"text\":").append('\n');
                expected.add(i == 150 ? "bad150" : null);
                continue;
            }
            String text = (i % 7 == 0 ? STORY.repeat(40) : "") + "Tom Baker said: “Line " + i + ".”";
            in.append(ExtractionJson.mapper().createObjectNode().put("id", "n" + i).put("text", text)).append('\n');
            expected.add("n" + i);
        }
        Path corpus = write("many.jsonl", in.toString());
        CliRun run = CliRun.of("extract", "--jsonl", "--threads", "2", corpus.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).extracting(l -> ArticleJson.idOf(l)).containsExactlyElementsOf(expected);
        assertThat(lines.get(399)).contains("Line 400.");
        assertThat(lines.get(149)).contains("\"error\"", "many.jsonl:150");
        assertThat(run.err()).containsSubsequence("many.jsonl:150: field \"text\" or \"html\" is required",
                "many.jsonl:333: invalid JSON");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void with_text_includes_the_article_text_for_plain_text_input() throws Exception {
        Path corpus = write("c.jsonl", "{\"id\":\"a\",\"text\":\"Tom Baker said: “One.”\"}\n");
        String line = CliRun.of("extract", "--jsonl", "--with-text", corpus.toString()).out().strip();
        assertThat(ExtractionJson.fromJson(line).text()).isEqualTo("Tom Baker said: “One.”");
        String without = CliRun.of("extract", "--jsonl", corpus.toString()).out().strip();
        assertThat(ExtractionJson.fromJson(without).text()).isNull();
    }

    @Test
    void reads_standard_input() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("extract", "-");
            assertThat(run.out()).contains("Jane Smith");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void bad_files_get_a_clear_error_and_exit_2() throws Exception {
        CliRun missing = CliRun.of("extract", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt: no such file");

        Path invalid = dir.resolve("bad.txt");
        Files.write(invalid, new byte[] {'a', (byte) 0xff, (byte) 0xfe, 'b'});
        CliRun bad = CliRun.of("extract", invalid.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.txt: not valid UTF-8");

        Path binary = dir.resolve("x.bin");
        Files.write(binary, new byte[] {1, 2, 0, 3});
        assertThat(CliRun.of("extract", binary.toString()).err()).contains("x.bin: looks like a binary file");
    }

    @Test
    void an_article_past_the_deadline_is_an_error_record_naming_the_deadline_and_the_corpus_goes_on() throws Exception {
        String longText = STORY.repeat(300_000 / STORY.length()); // several milliseconds' work, in two windows
        Path corpus = write("corpus.jsonl", "{\"id\":\"long\",\"text\":" + ExtractionJson.mapper().writeValueAsString(longText)
                + "}\nnot json\n");

        CliRun run = CliRun.of("extract", "--jsonl", "--deadline-ms", "1", corpus.toString());

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode error = ExtractionJson.mapper().readTree(lines.get(0));
        assertThat(error.get("id").asText()).isEqualTo("long");
        assertThat(error.get("error").asText()).endsWith("corpus.jsonl:1: extraction passed its 1 ms deadline (--deadline-ms)");
        assertThat(lines.get(1)).contains("\"error\"", "corpus.jsonl:2");
        assertThat(run.err()).contains("corpus.jsonl:1: extraction passed its 1 ms deadline (--deadline-ms)");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void one_article_past_the_deadline_is_a_clear_error_and_a_negative_deadline_is_refused() throws Exception {
        Path article = write("long.txt", STORY.repeat(300_000 / STORY.length()));

        CliRun late = CliRun.of("extract", "--deadline-ms", "1", article.toString());
        assertThat(late.exit()).isEqualTo(2);
        assertThat(late.err()).contains("long.txt: extraction passed its 1 ms deadline (--deadline-ms)");

        CliRun negative = CliRun.of("extract", "--deadline-ms", "-5", article.toString());
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--deadline-ms: expected milliseconds, 0 or more, got -5");
    }

    @Test
    void empty_input_finds_nothing() throws Exception {
        CliRun run = CliRun.of("extract", write("empty.txt", "").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No quotations found.");
    }
}
