package org.onrecord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onrecord.Engine;
import org.onrecord.ExtractionDeadlineException;
import org.onrecord.json.Utf8Lines;
import org.onrecord.store.ArticleEntry;
import org.onrecord.store.QuoteStore;

/**
 * Reads inputs, extracts on a pool of threads and writes to the store one transaction a batch. While
 * one batch is written the next is already being extracted. Articles whose input is unchanged since
 * they were stored are skipped, so a run that was stopped can simply be started again.
 */
final class StoreIndexer {
    /** The outcome of one input: an entry to write, or a message naming the file and line. */
    private record Outcome(ArticleEntry entry, String error) {}

    private final Engine engine;
    private final QuoteStore store;
    private final int batchSize;
    private final PrintWriter err;
    private final Progress progress;
    private final boolean force;
    private final long maxLineBytes;
    private final ExecutorService pool;
    private List<Future<Outcome>> current = new ArrayList<>();
    private List<Future<Outcome>> previous;
    private long seen;
    private long written;
    private long skipped;
    private long failed;
    private long textless;
    private boolean broken;

    /**
     * @param force extract and store again articles whose input is unchanged (after an engine upgrade)
     * @param maxLineBytes the longest JSONL line and the largest single article read ({@code --max-line-bytes})
     */
    StoreIndexer(Engine engine, QuoteStore store, int threads, int batchSize, PrintWriter err, Progress progress,
            boolean force, long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
        this.engine = engine;
        this.store = store;
        this.batchSize = batchSize;
        this.err = err;
        this.progress = progress;
        this.force = force;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "onrecord-index");
            t.setDaemon(true);
            return t;
        });
    }

    long written() {
        return written;
    }

    long skipped() {
        return skipped;
    }

    long failed() {
        return failed;
    }

    private long done() {
        return written + skipped + failed;
    }

    /** Articles stored without their text: extractions of plain-text input carry none. */
    long textless() {
        return textless;
    }

    void index(IndexSources.Source source) throws IOException {
        if (source.kind() != IndexSources.Kind.JSONL) {
            seen++;
            String content;
            try {
                content = InputFiles.read(source.path().toString(), null, maxLineBytes);
            } catch (UserError e) {
                String error = e.getMessage(); // in its place among the pending lines, so reported in input order
                submit(() -> new Outcome(null, error), error);
                return;
            }
            if (!force && IndexLine.hash(content).equals(store.storedHash(source.id()))) {
                skipped++;
                return;
            }
            submit(() -> new Outcome(IndexLine.single(engine, source, content), null), source.path().toString());
            return;
        }
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(source.path()), source.path().toString(),
                maxLineBytes)) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                seen++;
                if (line.error() != null) {
                    // In its place among the pending lines, so it is reported in input order.
                    String error = line.error();
                    submit(() -> new Outcome(null, error), error);
                    continue;
                }
                String where = lines.name() + ":" + line.number();
                String text = line.text();
                String hash = IndexLine.hash(text);
                String id = IndexLine.sourceId(text, hash);
                if (!force && id != null && hash.equals(store.storedHash(id))) {
                    skipped++;
                    progress.update(done());
                    continue;
                }
                submit(() -> new Outcome(IndexLine.parse(engine, text, where, id, hash), null), where);
            }
        }
    }

    /** Writes everything still pending and stops the workers. */
    void finish() {
        try {
            if (broken) {
                return;
            }
            if (previous != null) {
                write(previous);
            }
            write(current);
            current = new ArrayList<>();
            previous = null;
        } finally {
            pool.shutdownNow();
            progress.finish(done());
        }
    }

    private void submit(Callable<Outcome> work, String where) {
        current.add(pool.submit(() -> {
            try {
                return work.call();
            } catch (IllegalArgumentException | UserError e) {
                return new Outcome(null, e.getMessage());
            } catch (OutOfMemoryError e) {
                return new Outcome(null, where + ": article too large for the heap (raise -Xmx)");
            } catch (ExtractionDeadlineException e) {
                return new Outcome(null, EngineArgs.deadlineMessage(where, e));
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome(null, where + ": engine failed: " + e);
            }
        }));
        if (current.size() >= batchSize) {
            if (previous != null) {
                write(previous);
            }
            previous = current;
            current = new ArrayList<>();
        }
    }

    private void write(List<Future<Outcome>> batch) {
        List<ArticleEntry> entries = new ArrayList<>(batch.size());
        for (Future<Outcome> f : batch) {
            Outcome o = Futures.await(f);
            if (o.error() != null) {
                failed++;
                err.println("onrecord: " + o.error());
                err.flush();
            } else {
                entries.add(o.entry());
                if (o.entry().text() == null) {
                    textless++;
                }
            }
        }
        try {
            store.put(entries);
        } catch (RuntimeException e) {
            broken = true; // a full disk or a read-only file: writing the rest would only fail again
            throw e;
        }
        written += entries.size();
        progress.update(done());
    }
}
