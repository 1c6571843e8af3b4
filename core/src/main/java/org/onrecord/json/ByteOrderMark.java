package org.onrecord.json;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding a text's byte-order mark names: UTF-8, UTF-16 or UTF-32, big- or little-endian. Text
 * without a mark is UTF-8, as the corpus format says; the mark is how Windows tools (Notepad's
 * "Unicode", PowerShell's {@code >}) label the UTF-16 files they write, and a reader that ignored it
 * would see a NUL every other byte.
 */
public final class ByteOrderMark {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private ByteOrderMark() {}

    /**
     * The charset named by the mark at the start of {@code bytes[0..length)}, or UTF-8 when there is
     * none. The mark itself decodes to U+FEFF, which the caller drops.
     */
    public static Charset charsetOf(byte[] bytes, int length) {
        // UTF-32LE's mark starts with UTF-16LE's, so the longer marks are tried first.
        if (startsWith(bytes, length, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(bytes, length, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /** The bytes one code unit of this charset takes: 1 for UTF-8, 2 for UTF-16, 4 for UTF-32. */
    static int unitOf(Charset charset) {
        if (charset.equals(UTF_32BE) || charset.equals(UTF_32LE)) {
            return 4;
        }
        return charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE) ? 2 : 1;
    }

    /** Whether this charset stores the low byte of a code unit first. */
    static boolean littleEndian(Charset charset) {
        return charset.equals(UTF_32LE) || charset.equals(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] bytes, int length, int... mark) {
        if (length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
