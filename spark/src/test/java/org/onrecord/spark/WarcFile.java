package org.onrecord.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes WARC.gz files for tests with jwarc, record by record, plus the broken records crawls have. */
final class WarcFile implements AutoCloseable {
    private static final Instant CRAWLED = Instant.parse("2024-03-30T12:00:00Z");

    private final Path path;
    private final WarcWriter writer;

    WarcFile(Path path) throws IOException {
        this.path = path;
        this.writer = new WarcWriter(Files.newByteChannel(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP);
    }

    /** A response record with an HTTP response of this status, type and body. */
    WarcFile response(String recordId, String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).recordId(URI.create(recordId)).date(CRAWLED)
                .body(http).build());
        return this;
    }

    WarcFile page(String recordId, String url, String html) throws IOException {
        return response(recordId, url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response record whose block is not an HTTP message at all. */
    WarcFile brokenHttp(String recordId, String url) throws IOException {
        byte[] junk = "this is not an HTTP response\r\n\r\n<p>lost</p>".getBytes(StandardCharsets.US_ASCII);
        writer.write(new WarcResponse.Builder(URI.create(url)).recordId(URI.create(recordId)).date(CRAWLED)
                .body(MediaType.HTTP_RESPONSE, junk).build());
        return this;
    }

    WarcFile request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url)).build();
        writer.write(new WarcRequest.Builder(URI.create(url)).date(CRAWLED).body(http).build());
        return this;
    }

    /** Ends the file with a gzip member whose WARC header is garbage, as a truncated copy can leave. */
    void closeWithBrokenTail() throws IOException {
        writer.close();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path, StandardOpenOption.APPEND))) {
            out.write("WARC/1.1\r\nWARC-Type response\r\nno colon here\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Bytes written so far: where the next record's gzip member will start. */
    long size() {
        return writer.position();
    }

    /** Flips the bits of the byte at {@code offset}, as a bad disk sector or a truncated copy leaves a file. */
    static void corrupt(Path file, long offset) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            ch.read(one, offset);
            one.put(0, (byte) ~one.get(0)).rewind();
            ch.write(one, offset);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
