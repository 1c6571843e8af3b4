package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.json.ExtractionJson;
import picocli.CommandLine;

/**
 * What every command owes its users (issue #14): help with examples, every command listed, one-line
 * errors naming the option and what it takes, JSONL for several documents, and search exports.
 */
class ConventionsTest {
    private static final String RAIL = "Jane Smith, the chief executive of Acme Rail, said: “We will not back down, "
            + "not for a \"fair\" offer.”\n\nMick Lynch, general secretary of the RMT union, said: “Our members have "
            + "been left with no choice but to strike.”\n\n“This is a company that refuses to negotiate,” Lynch said.";
    private static final String WATER = "Priya Patel, the director of Harbour Water, said: “Bills will rise by a fair "
            + "amount this winter.”";

    @TempDir
    Path dir;

    @Test
    void top_level_help_lists_every_command_spark_included_with_examples() {
        CliRun help = CliRun.of("--help");

        assertThat(help.exit()).isZero();
        for (String command : List.of("extract", "eval", "bench", "index", "search", "serve", "spark", "bench-store")) {
            assertThat(help.out()).containsPattern("(?m)^  " + command + " ");
        }
        assertThat(help.out()).contains("Examples:", "onrecord search --db news.db");
    }

    @Test
    void every_command_s_help_has_one_to_three_examples_of_itself() {
        CommandLine main = Main.commandLine();
        for (Map.Entry<String, CommandLine> sub : main.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue; // picocli's own: "help COMMAND" is all it does
            }
            CliRun help = CliRun.of(sub.getKey(), "--help");
            assertThat(help.exit()).as(sub.getKey()).isZero();
            String examples = help.out().substring(help.out().indexOf("Examples:") + 1);
            assertThat(help.out()).as(sub.getKey()).contains("Examples:");
            long count = examples.lines().filter(l -> l.startsWith("  ")).count();
            assertThat(count).as(sub.getKey() + " examples").isBetween(1L, 3L);
            assertThat(examples).as(sub.getKey()).contains(sub.getKey().equals("confidence") ? "confidence" : "onrecord "
                    + sub.getKey());
        }
    }

    @Test
    void a_bad_date_says_which_form_dates_take_in_one_line_with_no_exception_or_usage() throws Exception {
        CliRun run = CliRun.of("search", "--db", index(), "--since", "June");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("onrecord: Invalid value for option '--since': expected a day as "
                + "YYYY-MM-DD (2024-06-01), got \"June\" (see onrecord search --help)");
    }

    @Test
    void other_bad_options_are_one_line_each_naming_the_option() throws Exception {
        String db = index();
        for (List<String> args : List.of(List.of("search", "--db", db, "--format", "xls"),
                List.of("search", "--db", db, "--type", "quote"),
                List.of("search", "--db", db, "--page", "many"),
                List.of("search", "--db", db, "--page", "0"),
                List.of("search", "--db", db, "--size", "1000"),
                List.of("search", "--db", db, "--json", "--format", "csv"),
                List.of("search", "--until", "2024-01-01"),
                List.of("index", "--db", db, "--nope", "x.jsonl"),
                List.of("serve", "--db", db, "--port", "99999"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(args.toString()).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(args.toString()).hasSize(1);
            assertThat(run.err()).as(args.toString()).startsWith("onrecord: ").containsPattern("--[a-z]+")
                    .doesNotContain("Exception", "Usage:", "\tat ");
        }
    }

    @Test
    void an_unknown_command_is_named_with_the_commands_there_are() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("onrecord: no command \"frobnicate\"; the commands are extract, eval, ")
                .contains("spark");
    }

    @Test
    void extract_json_with_several_files_writes_one_compact_document_a_line() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), RAIL);
        Path b = Files.writeString(dir.resolve("b.txt"), WATER);

        CliRun run = CliRun.of("extract", "--json", a.toString(), b.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(ExtractionJson.mapper().readTree(lines.get(0)).path("id").asText()).isEqualTo("a.txt");
        assertThat(ExtractionJson.mapper().readTree(lines.get(1)).path("id").asText()).isEqualTo("b.txt");
        // One file stays the indented document people read.
        assertThat(CliRun.of("extract", "--json", a.toString()).out().lines().count()).isGreaterThan(10);
    }

    @Test
    void search_format_csv_writes_every_result_as_rfc_4180_with_a_header() throws Exception {
        String db = index();

        CliRun run = CliRun.of("search", "--db", db, "--format", "csv", "--size", "1");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("quote_id,article_id,source_id,published,outlet,title,url,type,text,speaker,")
                .contains("\r\n");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(run.out())) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(4); // every result, not one page of --size 1
        assertThat(rows).extracting(r -> r.get("speaker")).contains("Jane Smith", "Mick Lynch", "Priya Patel");
        assertThat(rows).extracting(r -> r.get("text")).contains("We will not back down, not for a \"fair\" offer.");
        assertThat(rows.get(0).get("published")).isEqualTo("2023-01-10");
    }

    @Test
    void search_format_jsonl_writes_one_result_a_line_and_table_is_the_readable_default() throws Exception {
        String db = index();

        CliRun jsonl = CliRun.of("search", "--db", db, "strike", "--format", "JSONL");
        CliRun table = CliRun.of("search", "--db", db, "strike", "--format", "table");

        assertThat(jsonl.exit()).as(jsonl.err()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode hit = ExtractionJson.mapper().readTree(lines.get(0));
        assertThat(hit.path("quote").path("speaker").asText()).isEqualTo("Mick Lynch");
        assertThat(table.out()).isEqualTo(CliRun.of("search", "--db", db, "strike").out()).contains("1 quote(s)");
    }

    @Test
    void spark_through_the_jar_says_where_the_job_runs() {
        CliRun run = CliRun.of("spark", "extract", "--input", "x.jsonl");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("./onrecord spark extract --input x.jsonl", "spark/bin/onrecord-spark");
    }

    private String index() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, List.of(line("rail-1", RAIL, "2022-06-03"), line("water-1", WATER, "2023-01-10")),
                StandardCharsets.UTF_8);
        String db = dir.resolve("news.db").toString();
        if (!Files.exists(Path.of(db))) {
            assertThat(CliRun.of("index", corpus.toString(), "--db", db).exit()).isZero();
        }
        return db;
    }

    private static String line(String id, String text, String published) {
        ObjectNode n = ExtractionJson.mapper().createObjectNode();
        n.put("id", id);
        n.put("text", text);
        n.put("published", published);
        return n.toString();
    }
}
