package org.onrecord.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * A gzip file read member by member, each at a known byte offset. A WARC.gz file holds one record a
 * member, so a corrupt member costs its record only: {@link #resync} finds where the next good member
 * starts and reading goes on from there. {@code java.util.zip.GZIPInputStream} reads ahead and cannot
 * say where a member ended, nor go on after a bad one.
 */
final class GzipMembers implements AutoCloseable {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xE0;

    /** A member that is not gzip, or whose data or trailer does not check out. */
    static final class CorruptMember extends IOException {
        CorruptMember(String message) {
            super(message);
        }
    }

    private final FSDataInputStream raw;
    private final byte[] buffer = new byte[1 << 16];
    private long bufferAt; // file offset of buffer[0]
    private int next;
    private int end;
    private final Inflater inflater = new Inflater(true);

    GzipMembers(FSDataInputStream raw) {
        this.raw = raw;
    }

    /** Whether the bytes at the current position start a gzip member (without moving). */
    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** The byte offset the next member would start at. */
    long position() {
        return bufferAt + next;
    }

    boolean atEnd() throws IOException {
        return next == end && !fill();
    }

    /**
     * The decompressed bytes of the member at the current position. When the stream has given its
     * last byte, the trailer has been checked and {@link #position()} is the start of the next member.
     *
     * @throws CorruptMember here or from the stream's reads when the member is not sound
     */
    InputStream member() throws IOException {
        header();
        inflater.reset();
        return new Member();
    }

    /**
     * Moves to the first offset at or after {@code from} where a member starts that holds a WARC record,
     * and returns it; -1 when none is left.
     */
    long resync(long from) throws IOException {
        for (long at = find(from); at >= 0; at = find(at + 1)) {
            seek(at);
            try {
                byte[] head = member().readNBytes(5);
                if (new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/")) {
                    seek(at);
                    return at;
                }
            } catch (IOException e) {
                // a chance 1f 8b 08 inside compressed data: keep looking
            }
        }
        return -1;
    }

    /** The next offset at or after {@code from} holding the bytes 1f 8b 08, or -1. */
    private long find(long from) throws IOException {
        seek(from);
        int matched = 0;
        while (next < end || fill()) {
            int b = buffer[next++] & 0xFF;
            matched = b == 0x1F ? 1 : matched == 1 && b == 0x8B ? 2 : matched == 2 && b == 0x08 ? 3 : 0;
            if (matched == 3) {
                return position() - 3;
            }
        }
        return -1;
    }

    private void seek(long to) throws IOException {
        if (to >= bufferAt && to <= bufferAt + end) {
            next = (int) (to - bufferAt);
            return;
        }
        raw.seek(to);
        bufferAt = to;
        next = 0;
        end = 0;
    }

    private void header() throws IOException {
        if (readByte() != 0x1F || readByte() != 0x8B) {
            throw new CorruptMember("not a gzip member");
        }
        if (readByte() != 8) {
            throw new CorruptMember("not deflate-compressed");
        }
        int flags = readByte();
        if ((flags & RESERVED) != 0) {
            throw new CorruptMember("reserved header flags set");
        }
        skip(6); // time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | readByte() << 8);
        }
        if ((flags & FNAME) != 0) {
            while (readByte() != 0) {
                // the original file name: not needed
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (readByte() != 0) {
                // a comment: not needed
            }
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
    }

    private int readByte() throws IOException {
        if (next == end && !fill()) {
            throw new CorruptMember("unexpected end of file");
        }
        return buffer[next++] & 0xFF;
    }

    private void skip(int bytes) throws IOException {
        for (int i = 0; i < bytes; i++) {
            readByte();
        }
    }

    private boolean fill() throws IOException {
        bufferAt += end;
        next = 0;
        end = 0;
        int n = raw.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }

    /** One member's data; checks the trailer when the data ends. */
    private final class Member extends InputStream {
        private final CRC32 crc = new CRC32();
        private boolean finished;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (finished) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            try {
                while (true) {
                    if (inflater.needsInput()) {
                        if (next == end && !fill()) {
                            throw new CorruptMember("unexpected end of file");
                        }
                        inflater.setInput(buffer, next, end - next);
                        next = end;
                    }
                    int n = inflater.inflate(b, off, len);
                    crc.update(b, off, n);
                    if (inflater.finished()) {
                        next = end - inflater.getRemaining();
                        trailer();
                        finished = true;
                        return n > 0 ? n : -1;
                    }
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.needsDictionary()) {
                        throw new CorruptMember("deflate data asks for a dictionary");
                    }
                }
            } catch (DataFormatException e) {
                throw new CorruptMember("bad deflate data: " + e.getMessage());
            }
        }

        private void trailer() throws IOException {
            long expected = readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24;
            long size = readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24;
            if (expected != crc.getValue()) {
                throw new CorruptMember("CRC mismatch");
            }
            if (size != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
                throw new CorruptMember("length mismatch");
            }
        }
    }
}
