package org.onrecord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.onrecord.json.ByteOrderMark;

/**
 * Reads a whole input (a file or standard input) as strict UTF-8, or as UTF-16/UTF-32 when it starts
 * with that encoding's byte-order mark, with errors that name it. An input over the size limit is
 * refused before it is read, so that one huge file is a one-line error rather than an OutOfMemoryError.
 */
final class InputFiles {
    static final String STDIN = "-";

    private InputFiles() {}

    /** @param maxBytes the largest input read, as {@code --max-line-bytes} gives it */
    static String read(String name, InputStream stdin, long maxBytes) {
        String where = STDIN.equals(name) ? "standard input" : name;
        try {
            byte[] bytes;
            if (STDIN.equals(name)) {
                bytes = stdin.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw new UserError(where + ": more than " + maxBytes + " bytes, over the limit (--max-line-bytes)");
                }
            } else {
                long size = Files.size(Path.of(name));
                if (size > maxBytes) {
                    throw new UserError(where + ": file of " + size + " bytes is over the " + maxBytes
                            + "-byte limit (--max-line-bytes)");
                }
                bytes = Files.readAllBytes(Path.of(name));
            }
            return decode(bytes, where);
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new UserError(where + ": too large for the heap (raise -Xmx or lower --max-line-bytes)");
        }
    }

    static String decode(byte[] bytes, String where) {
        Charset charset = ByteOrderMark.charsetOf(bytes, bytes.length);
        if (charset.equals(StandardCharsets.UTF_8)) {
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    throw new UserError(where + ": looks like a binary file (NUL byte at offset " + i + "), not text");
                }
            }
        }
        try {
            String s = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s; // the mark names the encoding, it is no part of the text
        } catch (CharacterCodingException e) {
            throw new UserError(where + ": not valid " + charset.name() + " (" + e.getMessage() + ")");
        }
    }

    /**
     * The lines of a file, for a progress bar's total: newline bytes counted, nothing decoded, so a
     * line that is not UTF-8 is counted like any other; -1 when the file cannot be read.
     */
    static long countLines(Path file) {
        long lines = 0;
        long last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (n > 0) {
                    last = buffer[n - 1];
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return last == '\n' ? lines : lines + 1;
    }

    /** HTML by file name, or by what the text starts with. */
    static boolean looksLikeHtml(String name, String content) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return true;
        }
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<body")
                || head.startsWith("<article") || head.startsWith("<p>") || head.startsWith("<div");
    }
}
