package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonlRecordsTest {
    @Test
    void everyRecordIsNamedByFileAndLineAndAnInvalidLineIsAFailedRecord() {
        byte[] bytes = concat("{\"id\":\"a\",\"text\":\"x\"}\n\n".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"caf\u00e9\",\"text\":\"x\"}\n".getBytes(StandardCharsets.ISO_8859_1),
                "{\"id\":\"b\",\"text\":\"y\"}".getBytes(StandardCharsets.UTF_8));

        List<SourceRecord> records = all(new JsonlRecords(new ByteArrayInputStream(bytes), "day.jsonl"));

        assertThat(records).extracting(SourceRecord::where).containsExactly("day.jsonl:1", "day.jsonl:3", "day.jsonl:4");
        assertThat(records).extracting(SourceRecord::status).containsExactly(SourceRecord.Status.PENDING,
                SourceRecord.Status.FAILED, SourceRecord.Status.PENDING);
        assertThat(records.get(1).message()).isEqualTo("day.jsonl:3: invalid UTF-8 at byte 33");
    }

    @Test
    void aTruncatedGzipFileEndsWithAFailedRecordNamingTheLineWhereReadingStopped() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 1; i <= 2000; i++) {
                out.write(("{\"id\":\"a" + i + "\",\"text\":\"" + "word ".repeat(i % 50) + i + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] truncated = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);

        List<SourceRecord> records = all(new JsonlRecords(new GZIPInputStream(new ByteArrayInputStream(truncated)),
                "day.jsonl.gz"));

        SourceRecord last = records.get(records.size() - 1);
        assertThat(records.size()).isBetween(100, 1999);
        assertThat(records.subList(0, records.size() - 1)).allMatch(r -> r.status() == SourceRecord.Status.PENDING);
        assertThat(last.status()).isEqualTo(SourceRecord.Status.FAILED);
        assertThat(last.where()).isEqualTo("day.jsonl.gz:" + records.size());
        assertThat(last.message()).startsWith("day.jsonl.gz:" + records.size() + ": cannot read on (")
                .endsWith("); the rest of the file was not read");
    }

    @Test
    void aLineOverTheLimitIsAFailedRecordInItsPlaceAndAUtf16FileWithAMarkIsRead() {
        String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(500) + "\"}";
        byte[] bytes = ("\uFEFF{\"id\":\"a\",\"text\":\"x\"}\n" + big + "\n{\"id\":\"b\",\"text\":\"y\"}\n")
                .getBytes(StandardCharsets.UTF_16LE);

        List<SourceRecord> records = all(new JsonlRecords(new ByteArrayInputStream(bytes), "day.jsonl", 400));

        assertThat(records).extracting(SourceRecord::where).containsExactly("day.jsonl:1", "day.jsonl:2", "day.jsonl:3");
        assertThat(records).extracting(SourceRecord::status).containsExactly(SourceRecord.Status.PENDING,
                SourceRecord.Status.FAILED, SourceRecord.Status.PENDING);
        assertThat(records.get(1).message())
                .isEqualTo("day.jsonl:2: line of " + 2 * big.length() + " bytes is over the 400-byte limit (--max-line-bytes)");
    }

    private static List<SourceRecord> all(JsonlRecords records) {
        List<SourceRecord> list = new ArrayList<>();
        records.forEachRemaining(list::add);
        return list;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
