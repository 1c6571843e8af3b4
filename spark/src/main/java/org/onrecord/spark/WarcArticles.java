package org.onrecord.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FSDataInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles in one WARC or WARC.gz file, read as a stream: one {@link SourceRecord} per record. An
 * HTML {@code response} with a 2xx status becomes an article; any other response is skipped with its
 * reason; a response whose HTTP message cannot be read becomes an error. Records of other types
 * (request, warcinfo, metadata, revisit) hold no article and become {@code OTHER} records, counted.
 *
 * <p>A WARC.gz file is read member by member ({@link GzipMembers}): each record is its own gzip member,
 * named by the byte offset where it starts (as CDX indexes name records). A member that is corrupt, or
 * whose WARC header cannot be parsed, is one error naming that offset, and reading goes on at the next
 * member that holds a WARC record. In an uncompressed WARC a broken header loses the framing, so that
 * error ends the file and names the record by its ordinal.
 */
final class WarcArticles extends RecordIterator {
    /** Pages larger than this are skipped, not read into memory. */
    static final int MAX_PAGE_BYTES = 8 << 20;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final GzipMembers members;
    private final WarcReader plain;
    private WarcReader memberRecords;
    private InputStream member;
    private long memberAt;
    private int inMember;
    private long recordNumber;

    /** @param in the file from its first byte; seekable, so that a corrupt gzip member can be passed over */
    WarcArticles(FSDataInputStream in, String file) throws IOException {
        this.file = file;
        byte[] head = in.readNBytes(2);
        in.seek(0);
        if (GzipMembers.isGzip(head)) {
            this.members = new GzipMembers(in);
            this.plain = null;
        } else {
            this.members = null;
            this.plain = new WarcReader(in);
        }
    }

    @Override
    SourceRecord read() {
        return members != null ? fromMembers() : fromPlain();
    }

    private SourceRecord fromMembers() {
        while (true) {
            try {
                if (memberRecords == null) {
                    if (members.atEnd()) {
                        return end();
                    }
                    memberAt = members.position();
                    inMember = 0;
                    member = members.member();
                    memberRecords = new WarcReader(member);
                }
                Optional<WarcRecord> record = memberRecords.next();
                if (record.isEmpty()) {
                    member.transferTo(OutputStream.nullOutputStream()); // to its end, where the trailer is checked
                    memberRecords = null;
                    continue;
                }
                String where = file + " at byte " + memberAt + (++inMember > 1 ? " record " + inMember : "");
                return record(record.get(), where);
            } catch (IOException | RuntimeException e) {
                return corrupt(e);
            }
        }
    }

    /** The error for the member at {@code memberAt}, after moving to the next member that holds a record. */
    private SourceRecord corrupt(Exception e) {
        memberRecords = null;
        long resumed;
        try {
            resumed = members.resync(memberAt + 1);
        } catch (IOException io) {
            resumed = -1;
        }
        if (resumed < 0) {
            end();
        }
        String where = file + " at byte " + memberAt;
        String what = gzipProblem(e) != null ? "corrupt gzip member (" + gzipProblem(e).getMessage() + ")"
                : "malformed WARC record (" + e.getMessage() + ")";
        return SourceRecord.failed(where, null, null, where + ": " + what + "; "
                + (resumed < 0 ? "no WARC record after it" : "read on from byte " + resumed));
    }

    private static GzipMembers.CorruptMember gzipProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GzipMembers.CorruptMember c) {
                return c;
            }
        }
        return null;
    }

    private SourceRecord fromPlain() {
        // An ordinal, not a byte offset: jwarc tracks no position on a plain stream.
        String where = file + " record " + (++recordNumber);
        Optional<WarcRecord> record;
        try {
            record = plain.next();
        } catch (IOException | RuntimeException e) {
            end();
            return SourceRecord.failed(where, null, null, where
                    + ": malformed WARC record (" + e.getMessage() + "); the rest of the file was not read");
        }
        if (record.isEmpty()) {
            return end();
        }
        try {
            return record(record.get(), where);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // only a gzip member's read throws, and this file has none
        }
    }

    private SourceRecord record(WarcRecord record, String where) throws GzipMembers.CorruptMember {
        if (record instanceof WarcResponse response) {
            return read(response, where);
        }
        return SourceRecord.other(where, record.type());
    }

    private static SourceRecord read(WarcResponse response, String where) throws GzipMembers.CorruptMember {
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
            if (gzipProblem(e) != null) {
                throw gzipProblem(e); // the member is corrupt, not the page: reported once, for the member
            }
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

    private SourceRecord end() {
        finish();
        try {
            if (members != null) {
                members.close();
            } else {
                plain.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
