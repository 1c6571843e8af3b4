package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
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
            assertThat(r.where()).isEqualTo(warc + " at byte 0");
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
    void aBrokenWarcHeaderAtTheEndIsAnErrorNamingItsByteOffset() throws IOException {
        Path warc = dir.resolve("d.warc.gz");
        WarcFile w = new WarcFile(warc);
        w.page("urn:uuid:00000000-0000-0000-0000-000000000006", "https://news.example/ok", PAGE);
        long tail = w.size();
        w.closeWithBrokenTail();
        List<SourceRecord> records = read(warc);
        assertThat(records).extracting(SourceRecord::status)
                .containsExactly(SourceRecord.Status.PENDING, SourceRecord.Status.FAILED);
        assertThat(records.get(1).message()).startsWith(warc + " at byte " + tail + ": malformed WARC record (")
                .endsWith("); no WARC record after it");
        assertThat(records.get(1).where()).isEqualTo(warc + " at byte " + tail);
    }

    @Test
    void aCorruptGzipMemberInTheMiddleIsOneErrorAtItsOffsetAndTheRecordsAfterItAreRead() throws IOException {
        Path warc = dir.resolve("m.warc.gz");
        List<Long> starts = new ArrayList<>();
        try (WarcFile w = new WarcFile(warc)) {
            for (int i = 1; i <= 5; i++) {
                starts.add(w.size());
                w.page("urn:uuid:00000000-0000-0000-0000-00000000010" + i, "https://news.example/" + i, PAGE);
            }
        }
        WarcFile.corrupt(warc, starts.get(2) + 40); // inside the third record's deflate data

        List<SourceRecord> records = read(warc);

        assertThat(records).extracting(SourceRecord::status).containsExactly(SourceRecord.Status.PENDING,
                SourceRecord.Status.PENDING, SourceRecord.Status.FAILED, SourceRecord.Status.PENDING,
                SourceRecord.Status.PENDING);
        assertThat(records).extracting(SourceRecord::url).containsExactly("https://news.example/1",
                "https://news.example/2", null, "https://news.example/4", "https://news.example/5");
        assertThat(records.get(2).where()).isEqualTo(warc + " at byte " + starts.get(2));
        assertThat(records.get(2).message()).startsWith(warc + " at byte " + starts.get(2) + ": corrupt gzip member (")
                .endsWith("; read on from byte " + starts.get(3));
        assertThat(records.get(4).where()).isEqualTo(warc + " at byte " + starts.get(4));
    }

    @Test
    void anUncompressedWarcIsReadRecordByRecord() throws IOException {
        Path gz = dir.resolve("f.warc.gz");
        try (WarcFile w = new WarcFile(gz)) {
            w.page("urn:uuid:00000000-0000-0000-0000-000000000008", "https://news.example/a", PAGE);
            w.request("https://news.example/b");
        }
        Path warc = dir.resolve("f.warc");
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, warc);
        }

        assertThat(read(warc)).extracting(SourceRecord::status, SourceRecord::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SourceRecord.Status.PENDING, warc + " record 1"),
                org.assertj.core.groups.Tuple.tuple(SourceRecord.Status.OTHER, warc + " record 2"));
    }

    @Test
    void requestRecordsAreOtherRecordsToCountNotArticles() throws IOException {
        Path warc = dir.resolve("e.warc.gz");
        try (WarcFile w = new WarcFile(warc)) {
            w.request("https://news.example/ok");
            w.page("urn:uuid:00000000-0000-0000-0000-000000000007", "https://news.example/ok", PAGE);
        }
        assertThat(read(warc)).extracting(SourceRecord::status, SourceRecord::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SourceRecord.Status.OTHER, "request"),
                org.assertj.core.groups.Tuple.tuple(SourceRecord.Status.PENDING, null));
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
        List<SourceRecord> records = new ArrayList<>();
        FileSystem local = FileSystem.getLocal(new Configuration());
        new WarcArticles(local.open(new org.apache.hadoop.fs.Path(warc.toString())), warc.toString())
                .forEachRemaining(records::add);
        return records;
    }
}
