package org.onrecord.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a JSONL corpus, decoded one by one as strict UTF-8 (or UTF-16/UTF-32 when the input
 * starts with that encoding's byte-order mark). Bytes are split on {@code \n} (a {@code \r} before it
 * is dropped) and each line is decoded on its own, so a line that is not valid text is one bad line,
 * with its number and the byte where it goes wrong, and the lines after it read as usual: a decoder
 * over the whole stream would stop the corpus there. A line longer than the limit is one bad line
 * too: it is read past without being kept, so a stray 1 GB line costs no memory, and a line within
 * the limit that still does not fit in the heap is reported the same way rather than ending the run.
 * The one line reader of every front end (extract, index, bench, eval, the Spark job), so a line
 * number means the same everywhere. Not thread-safe.
 */
public final class Utf8Lines implements Closeable {
    /** The longest line read by default, in bytes: 16 MiB, some hundred times a long news article in HTML. */
    public static final long DEFAULT_MAX_LINE_BYTES = 16L << 20;
    private static final int BUFFER = 1 << 16; // a multiple of 4, so a read never ends inside a UTF-32 unit
    private static final int KEEP = 1 << 20; // a line buffer grown past this is let go after its line

    /**
     * One line.
     *
     * @param number its number, from 1, counting blank lines too
     * @param offset the byte where it starts in the (decompressed) input
     * @param text the line, or null when it is not valid text or too long
     * @param error {@code "name:number: invalid UTF-8 at byte N"} (N the byte's offset in the input),
     *     {@code "name:number: line of N bytes is over the M-byte limit (--max-line-bytes)"}, or null
     */
    public record Line(long number, long offset, String text, String error) {}

    private final InputStream in;
    private final String name;
    private final long maxLineBytes;
    private Charset charset;
    private CharsetDecoder decoder;
    private int unit = 1;
    private boolean littleEndian;
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
        this(in, name, DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * @param name the file, for error messages ({@code name:line})
     * @param maxLineBytes the longest line kept, in bytes without its newline; longer ones are bad lines
     */
    public Utf8Lines(InputStream in, String name, long maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("the line limit must be at least 1 byte, not " + maxLineBytes);
        }
        this.in = in;
        this.name = name;
        this.maxLineBytes = maxLineBytes;
    }

    /** The input's name, as error messages give it. */
    public String name() {
        return name;
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        length = 0;
        if (line.length > KEEP) {
            line = new byte[256];
        }
        long bytes = 0; // the whole line's, kept or not
        String dropped = null; // why the line is not kept: over the limit, or over the heap
        while (true) {
            if (start == end && !fill()) {
                if (bytes == 0) {
                    return null; // a final newline ends the last line, it does not start another
                }
                return end(bytes, dropped);
            }
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            int n = stop - start;
            if (dropped == null && bytes + n > maxLineBytes) {
                dropped = "is over the " + maxLineBytes + "-byte limit (--max-line-bytes)";
            }
            if (dropped == null) {
                try {
                    append(start, stop);
                } catch (OutOfMemoryError e) {
                    dropped = "is too large for the heap (raise -Xmx or lower --max-line-bytes)";
                }
            }
            if (dropped != null && length > 0) {
                length = 0;
                line = new byte[256]; // read on past it, keeping nothing
            }
            bytes += n;
            start = newline < 0 ? end : newline + unit;
            if (newline >= 0) {
                Line l = end(bytes, dropped);
                offset += bytes + unit;
                return l;
            }
        }
    }

    private Line end(long bytes, String dropped) {
        if (dropped != null) {
            number++;
            return new Line(number, offset, null, name + ":" + number + ": line of " + bytes + " bytes " + dropped);
        }
        boolean cr = length >= unit && unitAt(line, length - unit) == '\r';
        return decode(cr ? length - unit : length);
    }

    private Line decode(int bytes) {
        number++;
        long at = offset;
        String fast = unit == 1 ? fastUtf8(bytes) : null;
        if (fast != null) {
            return new Line(number, at, withoutMark(fast), null);
        }
        ByteBuffer source = ByteBuffer.wrap(line, 0, bytes);
        try {
            // UTF-8 never has more chars than bytes; UTF-16 has one a unit, UTF-32 at most two.
            CharBuffer out = CharBuffer.allocate(unit == 1 ? bytes : bytes / 2 + 2);
            decoder.reset();
            CoderResult result = decoder.decode(source, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return new Line(number, at, null,
                        name + ":" + number + ": invalid " + charset.name() + " at byte " + (at + source.position()));
            }
            out.flip();
            return new Line(number, at, withoutMark(out.toString()), null);
        } catch (OutOfMemoryError e) {
            line = new byte[256];
            return new Line(number, at, null, name + ":" + number + ": line of " + bytes
                    + " bytes is too large for the heap (raise -Xmx or lower --max-line-bytes)");
        }
    }

    /**
     * The line decoded by String's own UTF-8 decoder, several times quicker than a CharsetDecoder
     * into a CharBuffer and a copy (the main thread's largest cost in a JSONL run); null when the
     * result holds U+FFFD, the character String puts for every malformed sequence, so that a line
     * with an error (or a real U+FFFD) goes through the strict decoder, which finds and places it.
     * Without U+FFFD the bytes were well-formed, and both decoders give the same characters.
     */
    private String fastUtf8(int bytes) {
        if (charset != StandardCharsets.UTF_8) {
            return null;
        }
        try {
            String s = new String(line, 0, bytes, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') >= 0) {
                return null;
            }
            return s;
        } catch (OutOfMemoryError e) {
            return null; // the strict decoder reports it
        }
    }

    /** The text of the line, without a byte-order mark opening the first: it says which encoding, it is no part of the line. */
    private String withoutMark(String text) {
        return number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    /** Reads what is there (a pipe's lines are read as they come), in whole code units. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        start = 0;
        end = 0;
        readMore();
        if (end == 0) {
            return false;
        }
        if (decoder == null) {
            while (end < 4 && !eof) {
                readMore(); // enough for the longest byte-order mark
            }
            charset = ByteOrderMark.charsetOf(buffer, end);
            unit = ByteOrderMark.unitOf(charset);
            littleEndian = ByteOrderMark.littleEndian(charset);
            decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        while (end % unit != 0 && !eof) {
            readMore(); // a unit split between reads is completed; a part unit at the end is a decoding error
        }
        return true;
    }

    private void readMore() throws IOException {
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    /** Where the next newline unit is in {@code buffer[start..end)}, or -1. */
    private int indexOfNewline() {
        if (unit == 1) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
        for (int i = start; i + unit <= end; i += unit) {
            if (unitAt(buffer, i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private int unitAt(byte[] bytes, int at) {
        int value = 0;
        for (int k = 0; k < unit; k++) {
            int b = bytes[at + k] & 0xFF;
            value |= littleEndian ? b << (8 * k) : b << (8 * (unit - 1 - k));
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
