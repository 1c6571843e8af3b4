package org.onrecord.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.onrecord.json.ExtractionJson;

/**
 * Writes search results as they come, for {@code onrecord search --format} and the API's {@code format}
 * parameter: nothing is kept once written. Both formats are UTF-8 (no byte order mark).
 *
 * <ul>
 *   <li>CSV: RFC 4180 (fields quoted when they hold a comma, quote or line break; CRLF between records),
 *       a header row first, one row a quote, the columns of {@link #CSV_COLUMNS}, named as the store's
 *       SQLite columns are (docs/SCHEMA.md, "Names"); an absent value is an empty field.</li>
 *   <li>JSONL: one compact JSON object a line, each a search result exactly as in {@code /api/quotes}'s
 *       {@code hits}.</li>
 * </ul>
 */
public final class ExportWriter implements ExportSink, AutoCloseable {
    /** The export formats, by the name users give them. */
    public enum Format {
        CSV("text/csv; charset=utf-8"),
        JSONL("application/x-ndjson; charset=utf-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        /** The file name extension, also the name users give the format: {@code csv}, {@code jsonl}. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException naming the formats there are, for any other name */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("\"" + name + "\" is not an export format: use csv or jsonl");
        }
    }

    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("quote_id", "article_id", "source_id", "published", "outlet",
            "title", "url", "type", "text", "speaker", "person_id", "role", "organisation", "cue", "addressee",
            "addressee_person_id", "modality", "act", "target", "polarity", "confidence", "rule", "start_offset",
            "end_offset");

    private static final CsvSchema CSV_SCHEMA = csvSchema();
    private static final ObjectWriter CSV = new CsvMapper().writer(CSV_SCHEMA)
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter JSONL = ExtractionJson.mapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .withRootValueSeparator("\n");

    private final Format format;
    private final SequenceWriter rows;
    private final Writer out;
    private long written;

    private ExportWriter(Format format, Writer out) throws IOException {
        this.format = format;
        this.out = out;
        this.rows = (format == Format.CSV ? CSV : JSONL).writeValues(out);
        if (format == Format.CSV) {
            // The header as a row of its own, so that an export of no results has it too.
            rows.write(CSV_COLUMNS.toArray());
        }
    }

    /** A writer of this format onto {@code out}, in UTF-8; it flushes {@code out} but leaves it open when closed. */
    public static ExportWriter open(Format format, OutputStream out) throws IOException {
        return new ExportWriter(format, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** A writer of this format onto {@code out} (the command line's standard output), flushed but left open when closed. */
    public static ExportWriter open(Format format, Writer out) throws IOException {
        return new ExportWriter(format, out);
    }

    @Override
    public void begin(long total, int count) {
        // Nothing to write: the CSV header comes with the first row, or at close when there is none.
    }

    @Override
    public void hit(QuoteHit hit) throws IOException {
        if (format == Format.CSV) {
            rows.write(csvRow(hit));
        } else {
            rows.write(hit);
        }
        written++;
    }

    /** Ends the output (a CSV of no results still has its header; JSONL ends with a line break) and flushes it. */
    @Override
    public void close() throws IOException {
        rows.close();
        if (format == Format.JSONL && written > 0) {
            // The separator goes between values only: the last line needs its own line break.
            out.write('\n');
        }
        out.flush();
    }

    static Object[] csvRow(QuoteHit hit) {
        QuoteView q = hit.quote();
        ArticleRef a = hit.article();
        Object[] row = {q.id(), a.id(), a.sourceId(), a.published(), a.outlet(), a.title(), a.url(), q.type(),
            q.text(), q.speaker(), q.personId(), q.role(), q.organisation(), q.cue(), q.addressee(),
            q.addresseePersonId(), q.modality(), q.act(), q.target(), q.polarity(), q.confidence(), q.rule(), q.start(),
            q.end()};
        for (int i = 0; i < row.length; i++) {
            // Jackson leaves a null out of an array row, shifting the fields after it: write it as empty.
            row[i] = row[i] == null ? "" : row[i].toString();
        }
        return row;
    }

    private static CsvSchema csvSchema() {
        CsvSchema.Builder b = CsvSchema.builder();
        for (String column : CSV_COLUMNS) {
            b.addColumn(column);
        }
        return b.setUseHeader(false).setLineSeparator("\r\n").build();
    }
}
