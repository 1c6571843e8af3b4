package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.BadInputException;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import picocli.CommandLine;

/** The job end to end, in real Spark (local[2]), through its command line, against what the CLI gives. */
class ExtractJobTest {
    private static final List<String> QUOTE_COLUMNS = List.of("article_id", "quote_index", "start", "end", "text",
            "type", "speaker", "role", "organisation", "cue", "addressee", "confidence");
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("onrecord-spark tests")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void aJsonlCorpusGivesTheQuotesTheCliGivesRowForRow() throws IOException {
        List<SyntheticCorpus.Piece> pieces = new SyntheticCorpus(7).articles(40);
        Path corpus = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>(pieces.stream().map(p -> p.jsonLine(false)).toList());
        lines.add(5, "{\"id\": \"bad-json\", \"text\": ");
        lines.add(9, "{\"id\": \"no-text\", \"url\": \"https://x.example/1\"}");
        lines.add(12, "");
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run run = job("extract", "--input", corpus.toString(), "--output", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("42 records in, 42 articles out (40 ok, 2 error, 0 skipped)");
        List<List<Object>> expected = cliQuotes(corpus);
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(jobQuotes(out)).containsExactlyElementsOf(expected);
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        assertThat(articles.count()).isEqualTo(42);
        List<Row> errors = articles.filter("status = 'error'").orderBy("error").collectAsList();
        assertThat(errors).extracting(r -> r.getAs("id")).containsExactly("no-text", null);
        assertThat(errors.get(0).<String>getAs("error")).contains("\"text\" or \"html\" is required");
        assertThat(errors.get(0).<String>getAs("error")).contains("corpus.jsonl:10: field");
        assertThat(errors.get(1).<String>getAs("error")).contains("corpus.jsonl:6: invalid JSON");
        try (Stream<Path> days = Files.list(out.resolve("quotes"))) {
            assertThat(days.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("published_date=")))
                    .contains("published_date=2024-03-01").allMatch(n -> n.matches("published_date=2024-03-\\d\\d"));
        }
    }

    @Test
    void aParquetCorpusGivesTheQuotesTheCliGivesRowForRow() throws IOException {
        List<SyntheticCorpus.Piece> pieces = new SyntheticCorpus(11).articles(30);
        Path jsonl = dir.resolve("same.jsonl");
        Files.write(jsonl, pieces.stream().map(p -> p.jsonLine(true)).toList(), StandardCharsets.UTF_8);
        StructType schema = new StructType().add("id", DataTypes.StringType).add("html", DataTypes.StringType)
                .add("url", DataTypes.StringType).add("published", DataTypes.StringType)
                .add("outlet", DataTypes.StringType);
        List<Row> rows = pieces.stream()
                .map(p -> RowFactory.create(p.id(), p.html(), p.url(), p.published(), p.outlet())).toList();
        Path parquet = dir.resolve("corpus-parquet");
        spark.createDataFrame(rows, schema).repartition(3).write().parquet(parquet.toString());
        Path out = dir.resolve("out");

        Run run = job("extract", "--input", parquet.toString(), "--format", "parquet", "--output", out.toString(),
                "--partition-by", "outlet");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("30 records in, 30 articles out (30 ok, 0 error, 0 skipped)");
        assertThat(jobQuotes(out)).containsExactlyElementsOf(cliQuotes(jsonl)).isNotEmpty();
        assertThat(out.resolve("quotes/outlet=harbourpost.example")).isDirectory();
    }

    @Test
    void aWarcArchiveGivesTheQuotesOfItsPagesAndAnArticleRowForEveryResponse() throws IOException {
        List<SyntheticCorpus.Piece> pieces = new SyntheticCorpus(13).articles(12);
        Path warc = dir.resolve("crawl.warc.gz");
        List<String> sameAsJsonl = new ArrayList<>();
        WarcFile w = new WarcFile(warc);
        for (int i = 0; i < pieces.size(); i++) {
            SyntheticCorpus.Piece p = pieces.get(i);
            String id = String.format("urn:uuid:00000000-0000-0000-0000-%012d", i);
            w.request(p.url());
            w.page(id, p.url(), p.html());
            sameAsJsonl.add(new SyntheticCorpus.Piece(id, p.title(), p.text(), p.url(), p.published(), p.outlet())
                    .jsonLine(true));
            if (i == 4) {
                w.response("urn:uuid:10000000-0000-0000-0000-000000000001", "https://www.dailyledger.example/chart.png",
                        200, "image/png", new byte[] {1, 2, 3});
                w.brokenHttp("urn:uuid:10000000-0000-0000-0000-000000000002", "https://www.dailyledger.example/x");
            }
        }
        w.closeWithBrokenTail();
        Path jsonl = dir.resolve("pages.jsonl");
        Files.write(jsonl, sameAsJsonl, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run run = job("extract", "--input", warc.toString(), "--output", out.toString(), "--outlet-from-url");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("15 records in, 15 articles out (12 ok, 2 error, 1 skipped)")
                .contains("12 WARC records were not responses");
        assertThat(jobQuotes(out)).containsExactlyElementsOf(cliQuotes(jsonl)).isNotEmpty();
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        assertThat(articles.filter("status = 'skipped'").select("error").first().getString(0))
                .isEqualTo("not HTML (image/png)");
        assertThat(articles.filter("status = 'error'").select("error").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList()).anyMatch(e -> e.contains("malformed HTTP response"))
                .anyMatch(e -> e.contains("malformed WARC record"));
        assertThat(articles.filter("status = 'ok'").select("outlet").distinct().as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .containsExactlyInAnyOrder("harbourpost.example", "dailyledger.example", "northgazette.example");
        assertThat(articles.columns()).containsSubsequence("title", "authors", "language", "quote_count");
        assertThat(articles.filter("status = 'ok' AND published RLIKE '^\\\\d{4}-\\\\d{2}-\\\\d{2}T'").count())
                .as("every page's date, read by the engine from its meta tag").isEqualTo(12);
    }

    @Test
    void anInvalidUtf8LineInAGzippedCorpusIsOneErrorRowWithItsLineAndEveryOtherLineIsExtracted() throws IOException {
        List<SyntheticCorpus.Piece> pieces = new SyntheticCorpus(19).articles(20);
        Path corpus = dir.resolve("corpus.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(corpus))) {
            for (int i = 0; i < pieces.size(); i++) {
                if (i == 12) { // line 13: Latin-1, as a file pasted together from two sources can be
                    out.write("{\"id\": \"latin1\", \"text\": \"Caf\u00e9 owner said no.\"}\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write((pieces.get(i).jsonLine(false) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path out = dir.resolve("out");

        Run run = job("extract", "--input", corpus.toString(), "--output", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("21 records in, 21 articles out (20 ok, 1 error, 0 skipped)");
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        Row bad = articles.filter("status = 'error'").first();
        assertThat(bad.<String>getAs("error")).matches(".*corpus\\.jsonl\\.gz:13: invalid UTF-8 at byte \\d+");
        assertThat(bad.<String>getAs("source")).endsWith("corpus.jsonl.gz:13");
        assertThat(articles.filter("status = 'ok'").orderBy("source").select("source")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList()).hasSize(20)
                .allMatch(source -> source.matches(".*corpus\\.jsonl\\.gz:\\d+"));
    }

    @Test
    void aCorruptGzipMemberInTheMiddleOfAWarcLosesOnlyItsRecordAndTheGoodRecordsAfterItAreExtracted()
            throws IOException {
        List<SyntheticCorpus.Piece> pieces = new SyntheticCorpus(29).articles(6);
        Path warc = dir.resolve("crawl.warc.gz");
        long corruptAt = 0;
        try (WarcFile w = new WarcFile(warc)) {
            for (int i = 0; i < pieces.size(); i++) {
                SyntheticCorpus.Piece p = pieces.get(i);
                if (i == 2) {
                    corruptAt = w.size();
                }
                w.page(String.format("urn:uuid:00000000-0000-0000-0000-%012d", i), p.url(), p.html());
            }
        }
        WarcFile.corrupt(warc, corruptAt + 60);
        Path out = dir.resolve("out");

        Run run = job("extract", "--input", warc.toString(), "--output", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 records in, 6 articles out (5 ok, 1 error, 0 skipped)");
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        assertThat(articles.filter("status = 'ok'").select("url").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList()).containsExactlyInAnyOrder(pieces.get(0).url(), pieces.get(1).url(),
                pieces.get(3).url(), pieces.get(4).url(), pieces.get(5).url());
        Row bad = articles.filter("status = 'error'").first();
        assertThat(bad.<String>getAs("source")).endsWith("crawl.warc.gz at byte " + corruptAt);
        assertThat(bad.<String>getAs("error")).contains("crawl.warc.gz at byte " + corruptAt + ": corrupt gzip member");
    }

    @Test
    void speakersAreOnePersonAcrossArticlesWhateverTheAccentsAndTitles() throws IOException {
        Path corpus = dir.resolve("people.jsonl");
        Files.write(corpus, List.of(
                line("s1", "\"We will rebuild the pier,\" said Dr. José Álvarez, the mayor of Porto Vale.", "2024-02-01"),
                line("s2", "\"The pier is finished,\" said Jose Alvarez, the chair of the Harbour Trust.", "2024-03-09"),
                line("s3", "\"Nothing changes,\" said Marta Quist, the director of the Harbour Trust.", "2024-02-15")),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run run = job("extract", "--input", corpus.toString(), "--output", out.toString(), "--output-format", "jsonl");

        assertThat(run.exit()).as(run.err()).isZero();
        List<Row> speakers = spark.read().json(out.resolve("speakers").toString()).orderBy("person").collectAsList();
        assertThat(speakers).extracting(r -> r.getAs("person")).containsExactly("jose alvarez", "marta quist");
        Row jose = speakers.get(0);
        assertThat(jose.<Long>getAs("quote_count")).isEqualTo(2L);
        assertThat(jose.<Long>getAs("article_count")).isEqualTo(2L);
        assertThat(jose.getList(jose.fieldIndex("aliases"))).contains("José Álvarez", "Jose Alvarez");
        assertThat(jose.getList(jose.fieldIndex("roles"))).contains("chair");
        assertThat(jose.<String>getAs("first_seen")).isEqualTo("2024-02-01");
        assertThat(jose.<String>getAs("last_seen")).isEqualTo("2024-03-09");
    }

    @Test
    void extractionLinesCarryTheArticleTextForTheIndex() throws IOException {
        List<SyntheticCorpus.Piece> pieces = new SyntheticCorpus(17).articles(5);
        Path corpus = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>(pieces.stream().map(p -> p.jsonLine(false)).toList());
        lines.add("not json");
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run run = job("extract", "--input", corpus.toString(), "--output", out.toString(), "--emit", "extractions");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("quotes")).doesNotExist();
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("extractions"))) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                written.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        assertThat(written).hasSize(6);
        assertThat(written).filteredOn(l -> l.contains("\"error\"")).singleElement()
                .satisfies(l -> assertThat(l).contains("\"schema\":\"onrecord/2\"").contains("invalid JSON"));
        for (SyntheticCorpus.Piece p : pieces) {
            Extraction x = ExtractionJson.fromJson(written.stream()
                    .filter(l -> l.contains("\"id\":\"" + p.id() + "\"")).findFirst().orElseThrow());
            assertThat(x.schema()).isEqualTo("onrecord/2");
            assertThat(x.text()).isEqualTo(p.text());
            assertThat(x.outlet()).isEqualTo(p.outlet());
        }
    }

    @Test
    void aParquetTableWithoutTextOrHtmlIsRefusedNamingItsColumns() {
        Path parquet = dir.resolve("wrong-parquet");
        StructType schema = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create("a", "b")), schema).write().parquet(parquet.toString());

        Run run = job("extract", "--input", parquet.toString(), "--format", "parquet", "--output",
                dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("needs a \"text\" or \"html\" column").contains("id, body");
    }

    @Test
    void aMissingInputIsReportedInOneLine() {
        Run run = job("extract", "--input", dir.resolve("nowhere.jsonl").toString(), "--output",
                dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("onrecord spark: ").contains("nowhere.jsonl");
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsGiven() throws IOException {
        Path corpus = dir.resolve("one.jsonl");
        Files.write(corpus, List.of(line("o1", "\"Fine,\" said Ana Lopes.", "2024-01-01")), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(job("extract", "--input", corpus.toString(), "--output", out.toString()).exit()).isZero();

        Run again = job("extract", "--input", corpus.toString(), "--output", out.toString());
        Run overwritten = job("extract", "--input", corpus.toString(), "--output", out.toString(), "--overwrite");

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists: pass --overwrite to replace it").doesNotContain("Set mode");
        assertThat(again.err().strip().lines()).hasSize(1);
        assertThat(overwritten.exit()).as(overwritten.err()).isZero();
    }

    private static String line(String id, String text, String published) {
        var node = ExtractionJson.mapper().createObjectNode();
        node.put("id", id).put("text", text).put("published", published).put("outlet", "harbourpost.example");
        return node.toString();
    }

    /**
     * The quotes {@code onrecord extract --jsonl} gives for a JSONL corpus, one row per quote, read from
     * the engine's JSON: each line read by {@link ArticleJson} and run through the engine, as the CLI does
     * (a line that is not an article gives an error record, which has no quotes).
     */
    private static List<List<Object>> cliQuotes(Path corpus) throws IOException {
        Engine engine = Engine.create();
        List<List<Object>> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            Article article;
            try {
                article = ArticleJson.parse(lines.get(n), corpus + ":" + (n + 1));
            } catch (BadInputException e) {
                continue;
            }
            JsonNode x = readTree(ExtractionJson.toLine(engine.extract(article)));
            JsonNode quotes = x.path("quotes");
            for (int i = 0; i < quotes.size(); i++) {
                JsonNode q = quotes.get(i);
                JsonNode s = q.path("speaker");
                rows.add(Arrays.asList(x.get("id").asText(), i, q.get("start").asInt(), q.get("end").asInt(),
                        q.get("text").asText(), q.get("type").asText(), textOrNull(s.path("name")),
                        textOrNull(s.path("role")), textOrNull(s.path("organisation")),
                        textOrNull(q.path("cue").path("text")), textOrNull(q.path("addressee").path("text")),
                        q.get("confidence").asDouble()));
            }
        }
        rows.sort(ROW_ORDER);
        return rows;
    }

    /** The job's quotes table, in the same shape. */
    private static List<List<Object>> jobQuotes(Path out) {
        Dataset<Row> quotes = spark.read().parquet(out.resolve("quotes").toString());
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : quotes.selectExpr(QUOTE_COLUMNS.stream().map(c -> "`" + c + "`").toArray(String[]::new))
                .collectAsList()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                row.add(r.get(i));
            }
            rows.add(row);
        }
        rows.sort(ROW_ORDER);
        return rows;
    }

    private static final Comparator<List<Object>> ROW_ORDER =
            Comparator.<List<Object>, String>comparing(r -> (String) r.get(0)).thenComparing(r -> (Integer) r.get(1));

    private static JsonNode readTree(String line) {
        try {
            return ExtractionJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(line, e);
        }
    }

    private static String textOrNull(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static Run job(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SparkMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {}
}
