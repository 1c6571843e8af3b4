package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Extraction;

class ArticleExtractorTest {
    private static final Engine ENGINE = Engine.create();
    private final ArticleExtractor extractor = new ArticleExtractor(true, true);

    @Test
    void anArticleGivesItsQuotesAndAnExtractionLineWithItsText() {
        String text = "\"We are ready,\" said Ana Lopes, the chair of the Harbour Trust.";
        Row row = extractor.extract(ENGINE, SourceRecord.ofArticle("f.parquet id=a1", "a1", text, null,
                "https://www.news.example/a1", "2024-01-02", null));

        assertThat(field(row, "status")).isEqualTo("ok");
        assertThat(field(row, "outlet")).isEqualTo("news.example");
        assertThat(field(row, "quote_count")).isEqualTo(1);
        Row quote = ((scala.collection.Seq<Row>) field(row, "quotes")).apply(0);
        assertThat(quoteField(quote, "text")).isEqualTo("We are ready,");
        assertThat(quoteField(quote, "person")).isEqualTo("ana lopes");
        Extraction x = ExtractionJson.fromJson(text(row, "extraction"));
        assertThat(x.text()).isEqualTo(text);
        assertThat(x.outlet()).isEqualTo("news.example");
    }

    @Test
    void aPageGivesItsDateHeadlineAuthorsAndLanguageAndItsSiteNameBeatsTheGuessFromTheUrl() {
        String html = "<html lang=\"en-GB\"><head><meta property=\"og:site_name\" content=\"The Harbour Post\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-02T09:00:00+0000\">"
                + "<meta name=\"author\" content=\"Jo Bloggs\"><title>Trust is ready | The Harbour Post</title></head>"
                + "<body><p>\"We are ready,\" said Ana Lopes, the chair of the Harbour Trust.</p></body></html>";
        Row page = extractor.extract(ENGINE, SourceRecord.ofArticle("c.warc.gz record 1", "urn:uuid:1", null, html,
                "https://www.harbourpost.example/a1", null, null));
        Row bare = extractor.extract(ENGINE, SourceRecord.ofArticle("c.warc.gz record 2", "urn:uuid:2", null,
                "<p>\"We are ready,\" said Ana Lopes.</p>", "https://www.harbourpost.example/a2", null, null));

        assertThat(field(page, "published")).isEqualTo("2024-03-02T09:00:00Z");
        assertThat(field(page, "title")).isEqualTo("Trust is ready");
        assertThat(field(page, "outlet")).isEqualTo("The Harbour Post");
        assertThat(scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<String>) field(page, "authors")))
                .containsExactly("Jo Bloggs");
        assertThat(field(page, "language")).isEqualTo("en-GB");
        assertThat(ExtractionJson.fromJson(text(page, "extraction")).authors()).containsExactly("Jo Bloggs");
        assertThat(field(bare, "outlet")).as("no site name on the page: the guess").isEqualTo("harbourpost.example");
        assertThat(field(bare, "published")).isNull();
    }

    @Test
    void aMinimumConfidenceLeavesOutTheQuotesBelowIt() {
        String text = "\"We are ready,\" said Ana Lopes, the chair of the Harbour Trust.";
        SourceRecord record = SourceRecord.ofArticle("f.parquet id=a1", "a1", text, null, null, "2024-01-02", null);
        Row all = extractor.extract(ENGINE, record);
        Row none = new ArticleExtractor(false, true, 1.0).extract(ENGINE, record);

        assertThat(field(all, "quote_count")).isEqualTo(1);
        assertThat(field(none, "quote_count")).isEqualTo(0);
        assertThat(ExtractionJson.fromJson(text(none, "extraction")).quotes()).isEmpty();
    }

    @Test
    void aLineThatIsNotAnArticleIsAnErrorRowWithTheCliErrorLine() {
        Row row = extractor.extract(ENGINE, SourceRecord.ofLine("day.jsonl", "{\"id\": \"x1\", \"text\": 3.5e}"));

        assertThat(field(row, "status")).isEqualTo("error");
        assertThat(field(row, "id")).isNull();
        assertThat(text(row, "error")).startsWith("day.jsonl: invalid JSON");
        assertThat(text(row, "extraction")).contains("\"schema\":\"onrecord/2\"").contains("\"error\"");
    }

    @Test
    void aSkippedResponseKeepsItsReasonAndHasNoExtractionLine() {
        Row row = extractor.extract(ENGINE, SourceRecord.skipped("c.warc.gz record 3", "urn:uuid:1",
                "https://www.news.example/logo.png", "not HTML (image/png)"));

        assertThat(field(row, "status")).isEqualTo("skipped");
        assertThat(field(row, "error")).isEqualTo("not HTML (image/png)");
        assertThat(field(row, "source")).isEqualTo("c.warc.gz record 3");
        assertThat(field(row, "outlet")).isEqualTo("news.example");
        assertThat(field(row, "extraction")).isNull();
    }

    /** Result rows carry no schema (Spark applies it), so fields are found through {@link Results#ROW}. */
    private static Object field(Row row, String name) {
        return row.get(Results.ROW.fieldIndex(name));
    }

    private static String text(Row row, String name) {
        return (String) field(row, name);
    }

    private static Object quoteField(Row quote, String name) {
        return quote.get(Results.QUOTE.fieldIndex(name));
    }
}
