package org.onrecord.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.onrecord.json.Utf8Lines;

/**
 * The records of one JSONL file, a line each, read with the reader {@code onrecord extract --jsonl}
 * uses ({@link Utf8Lines}): every record is named {@code file:line}, a line that is not UTF-8 is a
 * failed record with its line and byte, and blank lines are passed over.
 */
final class JsonlRecords implements Iterator<SourceRecord> {
    private final Utf8Lines lines;
    private SourceRecord next;
    private boolean done;

    /** @param in the file's decompressed bytes from the start, so that line numbers are the file's */
    JsonlRecords(InputStream in, String file) {
        this.lines = new Utf8Lines(in, file);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord r = next;
        next = null;
        return r;
    }

    private SourceRecord advance() {
        try {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                String where = lines.name() + ":" + line.number();
                if (line.error() != null) {
                    return SourceRecord.failed(where, null, null, line.error());
                }
                if (!line.text().isBlank()) {
                    return SourceRecord.ofLine(where, line.text());
                }
            }
            done = true;
            lines.close();
            return null;
        } catch (IOException e) {
            // The file cannot be read on (a truncated gzip stream, a storage error): a task failure,
            // which Spark retries, rather than a silently shorter file.
            throw new UncheckedIOException(lines.name() + ": cannot read: " + e.getMessage(), e);
        }
    }
}
