package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticlesTest {
    private static final String PAGE = "<html><head><title>T</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-02T09:00:00Z\"></head>"
            + "<body><p>\"We are ready,\" said Ana Lopes.</p></body></html>";

    @TempDir
    Path dir;

    @Test
    void anHtmlResponseBecomesAnArticleWithItsUrlAndIdLeavingItsDateToTheEngine() throws IOException {
        Path warc = dir.resolve("a.warc.gz");
        try (WarcFile w = new WarcFile(warc)) {
            w.page("urn:uuid:00000000-0000-0000-0000-000000000001", "https://www.news.example/a", PAGE);
        }
        List<SourceRecord> records = read(warc);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(SourceRecord.Status.PENDING);
            assertThat(r.id()).isEqualTo("urn:uuid:00000000-0000-0000-0000-000000000001");
            assertThat(r.url()).isEqualTo("https://www.news.example/a");
            assertThat(r.published()).as("the engine reads the page's date, as it does for every page").isNull();
            assertThat(r.html()).isEqualTo(PAGE);
            assertThat(r.where()).isEqualTo(warc + " record 1");
        });
    }

    @Test
    void nonHtmlAndFailedResponsesAreSkippedWithTheirReason() throws IOException {
        Path warc = dir.resolve("b.warc.gz");
        try (WarcFile w = new WarcFile(warc)) {
            w.response("urn:uuid:00000000-0000-0000-0000-000000000002", "https://news.example/logo.png", 200,
                    "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            w.response("urn:uuid:00000000-0000-0000-0000-000000000003", "https://news.example/gone", 404,
                    "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(warc)).extracting(SourceRecord::status, SourceRecord::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SourceRecord.Status.SKIPPED, "not HTML (image/png)"),
                org.assertj.core.groups.Tuple.tuple(SourceRecord.Status.SKIPPED, "HTTP status 404"));
    }

    @Test
    void aBrokenHttpMessageIsAnErrorAndTheFileGoesOn() throws IOException {
        Path warc = dir.resolve("c.warc.gz");
        try (WarcFile w = new WarcFile(warc)) {
            w.brokenHttp("urn:uuid:00000000-0000-0000-0000-000000000004", "https://news.example/broken");
            w.page("urn:uuid:00000000-0000-0000-0000-000000000005", "https://news.example/ok", PAGE);
        }
        List<SourceRecord> records = read(warc);
        assertThat(records).extracting(SourceRecord::status)
                .containsExactly(SourceRecord.Status.FAILED, SourceRecord.Status.PENDING);
        assertThat(records.get(0).message()).contains("malformed HTTP response");
        assertThat(records.get(0).id()).isEqualTo("urn:uuid:00000000-0000-0000-0000-000000000004");
    }

    @Test
    void aBrokenWarcHeaderEndsTheFileWithAnErrorNamingTheRecord() throws IOException {
        Path warc = dir.resolve("d.warc.gz");
        WarcFile w = new WarcFile(warc);
        w.page("urn:uuid:00000000-0000-0000-0000-000000000006", "https://news.example/ok", PAGE);
        w.closeWithBrokenTail();
        List<SourceRecord> records = read(warc);
        assertThat(records).extracting(SourceRecord::status)
                .containsExactly(SourceRecord.Status.PENDING, SourceRecord.Status.FAILED);
        assertThat(records.get(1).message()).contains("malformed WARC record").contains("rest of the file");
        assertThat(records.get(1).where()).isEqualTo(warc + " record 2");
    }

    @Test
    void requestRecordsAreCountedNotReturned() throws IOException {
        Path warc = dir.resolve("e.warc.gz");
        try (WarcFile w = new WarcFile(warc)) {
            w.request("https://news.example/ok");
            w.page("urn:uuid:00000000-0000-0000-0000-000000000007", "https://news.example/ok", PAGE);
        }
        try (InputStream in = Files.newInputStream(warc)) {
            WarcArticles articles = new WarcArticles(in, warc.toString());
            List<SourceRecord> records = new ArrayList<>();
            articles.forEachRemaining(records::add);
            assertThat(records).hasSize(1);
            assertThat(articles.otherRecords()).isEqualTo(1);
        }
    }

    @Test
    void theCharsetComesFromTheHeaderThenTheMetaTagThenUtf8() {
        byte[] latin = "<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(WarcArticles.charset(null, latin)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(WarcArticles.charset("windows-1252", latin).name()).isEqualTo("windows-1252");
        assertThat(WarcArticles.charset(null, "<p>x</p>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(WarcArticles.charset("no-such-charset", latin)).isEqualTo(StandardCharsets.UTF_8);
    }

    private static List<SourceRecord> read(Path warc) throws IOException {
        try (InputStream in = Files.newInputStream(warc)) {
            List<SourceRecord> records = new ArrayList<>();
            new WarcArticles(in, warc.toString()).forEachRemaining(records::add);
            return records;
        }
    }
}
