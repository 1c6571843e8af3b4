package org.onrecord.spark;

import java.io.IOException;
import java.io.InputStream;
import org.onrecord.json.Utf8Lines;

/**
 * The records of one JSONL file, a line each, read with the reader {@code onrecord extract --jsonl}
 * uses ({@link Utf8Lines}): every record is named {@code file:line}, a line that is not UTF-8 is a
 * failed record with its line and byte, so is a line over the length limit (read past without being
 * kept), and blank lines are passed over. A file that cannot be read to
 * its end (a truncated gzip stream) ends with a failed record naming the line where reading stopped.
 */
final class JsonlRecords extends RecordIterator {
    private final Utf8Lines lines;
    private long lastLine;

    /** @param in the file's decompressed bytes from the start, so that line numbers are the file's */
    JsonlRecords(InputStream in, String file) {
        this(in, file, Utf8Lines.DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes the longest line read; a longer one is a failed record, read past without being kept */
    JsonlRecords(InputStream in, String file, long maxLineBytes) {
        this.lines = new Utf8Lines(in, file, maxLineBytes);
    }

    @Override
    SourceRecord read() {
        return advance();
    }

    private SourceRecord advance() {
        try {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                String where = lines.name() + ":" + line.number();
                lastLine = line.number();
                if (line.error() != null) {
                    return SourceRecord.failed(where, null, null, line.error());
                }
                if (!line.text().isBlank()) {
                    return SourceRecord.ofLine(where, line.text());
                }
            }
            end();
            return null;
        } catch (IOException e) {
            // A truncated gzip stream or an unreadable block: the same on every retry, so an error row
            // for the rest of the file rather than a failed job.
            end();
            String where = lines.name() + ":" + (lastLine + 1);
            return SourceRecord.failed(where, null, null, where + ": cannot read on (" + e.getMessage()
                    + "); the rest of the file was not read");
        }
    }

    private void end() {
        finish();
        try {
            lines.close();
        } catch (IOException e) {
            // nothing more is read from it
        }
    }
}
