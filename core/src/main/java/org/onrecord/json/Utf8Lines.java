package org.onrecord.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a JSONL corpus, decoded one by one as strict UTF-8. Bytes are split on {@code \n}
 * (a {@code \r} before it is dropped) and each line is decoded on its own, so a line that is not
 * UTF-8 is one bad line, with its number and the byte where it goes wrong, and the lines after it
 * read as usual: a decoder over the whole stream would stop the corpus there. The one line reader
 * of every front end (extract, index, bench, eval, the Spark job), so a line number means the same
 * everywhere. Not thread-safe.
 */
public final class Utf8Lines implements Closeable {
    private static final int BUFFER = 1 << 16;

    /**
     * One line.
     *
     * @param number its number, from 1, counting blank lines too
     * @param offset the byte where it starts in the (decompressed) input
     * @param text the line, or null when it is not UTF-8
     * @param error {@code "name:number: invalid UTF-8 at byte N"} (N the byte's offset in the input), or null
     */
    public record Line(long number, long offset, String text, String error) {}

    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[BUFFER];
    private int start;
    private int end;
    private boolean eof;
    private byte[] line = new byte[256];
    private int length;
    private long number;
    private long offset;

    /** @param name the file, for error messages ({@code name:line}) */
    public Utf8Lines(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /** The input's name, as error messages give it. */
    public String name() {
        return name;
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        length = 0;
        while (true) {
            if (start == end && !fill()) {
                if (length == 0) {
                    return null; // a final newline ends the last line, it does not start another
                }
                return decode(length);
            }
            int newline = indexOf(buffer, start, end);
            int stop = newline < 0 ? end : newline;
            append(start, stop);
            start = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                Line l = decode(length > 0 && line[length - 1] == '\r' ? length - 1 : length);
                offset += length + 1;
                return l;
            }
        }
    }

    private Line decode(int bytes) {
        number++;
        long at = offset;
        CharBuffer out = CharBuffer.allocate(bytes); // UTF-8 never has more chars than bytes
        ByteBuffer source = ByteBuffer.wrap(line, 0, bytes);
        decoder.reset();
        CoderResult result = decoder.decode(source, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Line(number, at, null, name + ":" + number + ": invalid UTF-8 at byte " + (at + source.position()));
        }
        out.flip();
        if (number == 1 && out.length() > 0 && out.charAt(0) == '\uFEFF') {
            out.position(1); // a byte-order mark says UTF-8, it is no part of the first line
        }
        return new Line(number, at, out.toString(), null);
    }

    private void append(int from, int to) {
        int n = to - from;
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length); // what is there: a pipe's lines are read as they come
        if (n < 0) {
            eof = true;
            return false;
        }
        start = 0;
        end = n;
        return true;
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
