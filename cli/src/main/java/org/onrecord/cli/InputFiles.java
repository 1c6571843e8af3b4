package org.onrecord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole input (a file or standard input) as strict UTF-8, with errors that name it. */
final class InputFiles {
    static final String STDIN = "-";

    private InputFiles() {}

    static String read(String name, InputStream stdin) {
        byte[] bytes;
        try {
            bytes = STDIN.equals(name) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage());
        }
        return decode(bytes, STDIN.equals(name) ? "standard input" : name);
    }

    static String decode(byte[] bytes, String where) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UserError(where + ": looks like a binary file (NUL byte at offset " + i + "), not text");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new UserError(where + ": not valid UTF-8 (" + e.getMessage() + ")");
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
