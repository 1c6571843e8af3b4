package org.onrecord.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles in one WARC or WARC.gz file, read as a stream: one {@link SourceRecord} per
 * {@code response} record. An HTML page with a 2xx status becomes an article; any other response
 * is skipped with its reason; a response whose HTTP message cannot be read becomes an error. Records
 * of other types (request, warcinfo, metadata, revisit) hold no article and are only counted.
 * A WARC header that cannot be parsed ends the file: the framing is lost, so that error names the
 * record (by its ordinal in the file) from which the rest of the file was not read.
 */
final class WarcArticles implements Iterator<SourceRecord> {
    /** Pages larger than this are skipped, not read into memory. */
    static final int MAX_PAGE_BYTES = 8 << 20;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private final WarcReader reader;
    private final String file;
    private SourceRecord next;
    private boolean done;
    private long otherRecords;
    private long recordNumber;

    WarcArticles(InputStream in, String file) throws IOException {
        this.reader = new WarcReader(in);
        this.file = file;
    }

    /** Records read so far that are not responses (requests, warcinfo, metadata, revisits). */
    long otherRecords() {
        return otherRecords;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord r = next;
        next = null;
        return r;
    }

    private SourceRecord advance() {
        while (true) {
            // An ordinal, not a byte offset: jwarc tracks no position on a plain stream.
            String where = file + " record " + (++recordNumber);
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                return SourceRecord.failed(where, null, null, where
                        + ": malformed WARC record (" + e.getMessage() + "); the rest of the file was not read");
            }
            if (record.isEmpty()) {
                done = true;
                close();
                return null;
            }
            if (record.get() instanceof WarcResponse response) {
                return read(response, where);
            }
            otherRecords++;
        }
    }

    private static SourceRecord read(WarcResponse response, String where) {
        String id = response.id().toString();
        String url = response.target();
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return SourceRecord.skipped(where, id, url, "HTTP status " + http.status());
            }
            MediaType type = http.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return SourceRecord.skipped(where, id, url, "not HTML (" + base + ")");
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes(MAX_PAGE_BYTES + 1);
            }
            if (body.length > MAX_PAGE_BYTES) {
                return SourceRecord.skipped(where, id, url, "page larger than " + MAX_PAGE_BYTES + " bytes");
            }
            String html = new String(body, charset(type.parameters().get("charset"), body));
            // no date here: the engine reads the page's own (meta tags, JSON-LD, <time>) and normalises it
            return SourceRecord.ofArticle(where, id, null, html, url, null, null);
        } catch (IOException | RuntimeException e) {
            return SourceRecord.failed(where, id, url, where + ": malformed HTTP response: " + e.getMessage());
        }
    }

    /** The declared charset, else the one a meta tag names, else UTF-8. */
    static Charset charset(String declared, byte[] body) {
        String name = declared;
        if (name == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            name = m.find() ? m.group(1) : null;
        }
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
