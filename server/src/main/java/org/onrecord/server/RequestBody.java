package org.onrecord.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.jetty.http.BadMessageException;

/**
 * A POST body, read as a stream with a limit (so a chunked body, whose size nobody declares, is cut off
 * at the limit instead of being gathered whole) and a deadline, then decoded as strict UTF-8.
 *
 * @param mediaType {@code application/json}, {@code text/plain} or {@code text/html}
 */
record RequestBody(String mediaType, String text) {
    /** The body must have arrived whole within this time. */
    static final Duration READ_TIME_LIMIT = Duration.ofSeconds(60);
    /**
     * Slowest body accepted, on average, once the first second has passed. Checked here, as each piece
     * arrives, rather than with Jetty's minimum request data rate: Jetty measures from the first byte to
     * each read, so a small body read late by a busy server (8 bytes, 2 ms later) fails its check.
     */
    static final int MIN_BYTES_PER_SECOND = 4096;
    private static final long GRACE_NANOS = Duration.ofSeconds(1).toNanos();

    /** The media type, checked before any of the body is read: 415 for anything this server does not read. */
    static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null || header.isBlank()) {
            throw new HttpResponseException(415, "say what the body is: Content-Type application/json, text/plain or text/html");
        }
        String[] parts = header.toLowerCase(Locale.ROOT).split(";");
        String type = parts[0].strip();
        if (type.startsWith("multipart/") || type.equals("application/x-www-form-urlencoded")) {
            throw new HttpResponseException(415, "form bodies (" + type + ") are not read: send the article as"
                    + " application/json {\"text\": …} or {\"html\": …}, or as text/plain or text/html");
        }
        if (!type.equals("application/json") && !type.equals("text/plain") && !type.equals("text/html")) {
            throw new HttpResponseException(415, "cannot read a " + type + " body: send application/json, text/plain"
                    + " or text/html");
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("charset=")) {
                String charset = p.substring("charset=".length()).replace("\"", "").strip();
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    throw new HttpResponseException(415, "the body must be UTF-8, not " + charset);
                }
            }
        }
        return type;
    }

    /**
     * Reads the body of a request whose media type passed {@link #mediaType}.
     *
     * @throws HttpResponseException 413 past {@code maxBytes}, 408 when it came too slowly, 400 when it is not UTF-8
     */
    static RequestBody read(Context ctx, String mediaType, long maxBytes) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] bytes = readAtMost(ctx, maxBytes);
        return new RequestBody(mediaType, decode(bytes));
    }

    private static byte[] readAtMost(Context ctx, long maxBytes) {
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                long elapsed = System.nanoTime() - start;
                if (elapsed > READ_TIME_LIMIT.toNanos()) {
                    throw new HttpResponseException(408, "the body took longer than " + READ_TIME_LIMIT.toSeconds()
                            + " s to arrive");
                }
                if (elapsed > GRACE_NANOS && out.size() < MIN_BYTES_PER_SECOND * (elapsed / 1e9)) {
                    throw new HttpResponseException(408, "the body came slower than " + MIN_BYTES_PER_SECOND / 1024
                            + " KiB a second");
                }
            }
        } catch (BadMessageException e) {
            throw new HttpResponseException(e.getCode(), "the body could not be read: " + e.getReason());
        } catch (IOException e) {
            if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
                throw new HttpResponseException(408, "the body stopped arriving: nothing came for "
                        + OnrecordServer.IO_IDLE_MILLIS / 1000 + " s");
            }
            Throwable cause = e.getCause() instanceof BadMessageException bad ? bad : e;
            int status = cause instanceof BadMessageException bad ? bad.getCode() : 400;
            throw new HttpResponseException(status, "the body could not be read: " + cause.getMessage());
        }
        return out.toByteArray();
    }

    /** Strict UTF-8: a byte that is not UTF-8 is a 400 naming its offset, not a silent U+FFFD. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new HttpResponseException(400, "the body is not valid UTF-8: byte offset " + in.position()
                    + " (0x" + String.format("%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF) + ")");
        }
        return out.flip().toString();
    }

    private static HttpResponseException tooLarge(long maxBytes) {
        return new HttpResponseException(413, "the body is larger than " + maxBytes / (1024 * 1024) + " MiB");
    }
}
