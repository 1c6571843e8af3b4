package org.onrecord.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onrecord.Engine;
import org.onrecord.ExtractionDeadlineException;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.ExtractionJson;
import org.onrecord.json.Utf8Lines;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/**
 * Runs the engine over JSONL lines on a pool of threads and writes one result line per input line,
 * in input order. A line that is not an article (or not UTF-8) gives an error record on its own line
 * (same id when it has one) and a message on stderr naming the file and line; the rest go on. So
 * does an article given up at the engine's deadline.
 */
final class CorpusRunner {
    /** Lines in flight per worker: enough that no worker waits on the writer, few enough to hold little. */
    private static final int WINDOW_PER_THREAD = 64;
    /** Characters of input in flight, at most (one larger line still goes through on its own). */
    private static final long WINDOW_CHARS = 8_000_000;

    private final Engine engine;
    private final int threads;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean progress;
    private final boolean withText;
    private long done;
    private long failures;

    CorpusRunner(Engine engine, int threads, PrintWriter out, PrintWriter err, boolean progress, boolean withText) {
        this.withText = withText;
        this.engine = engine;
        this.threads = threads;
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    long failures() {
        return failures;
    }

    void run(Utf8Lines lines, long total) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "onrecord-extract");
            t.setDaemon(true);
            return t;
        });
        Progress bar = new Progress(err, progress, total);
        try {
            Window pending = new Window(WINDOW_PER_THREAD * threads, WINDOW_CHARS);
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.error() == null && line.text().isBlank()) {
                    continue;
                }
                int length = line.error() == null ? line.text().length() : 0;
                while (pending.isFull(length)) {
                    write(pending.takeOldest(), bar);
                }
                if (line.error() != null) {
                    pending.add(CompletableFuture.completedFuture("!" + line.error() + "\n" + errorRecord(null, line.error())), 0);
                } else {
                    String where = lines.name() + ":" + line.number();
                    String text = line.text();
                    pending.add(pool.submit(() -> process(text, where)), length);
                }
                while (pending.oldestIsDone()) {
                    write(pending.takeOldest(), bar);
                }
            }
            while (!pending.isEmpty()) {
                write(pending.takeOldest(), bar);
            }
        } finally {
            out.flush();
            pool.shutdownNow();
            bar.finish(done);
        }
    }

    private void write(String result, Progress bar) {
        if (result.startsWith("!")) {
            int split = result.indexOf('\n');
            err.println("onrecord: " + result.substring(1, split));
            result = result.substring(split + 1);
            failures++;
        }
        out.println(result);
        StandardOutput.check(out); // a full disk stops the run here, not after the whole corpus
        done++;
        bar.update(done);
    }

    /**
     * The articles handed to the pool and not yet written, oldest first. The reader stays a window ahead
     * of the writer, so the workers never wait for a batch to drain; the window is bounded in lines and
     * in characters, so memory stays flat however long the corpus and however large its articles.
     */
    private static final class Window {
        private final ArrayDeque<Future<String>> futures = new ArrayDeque<>();
        private final ArrayDeque<Integer> sizes = new ArrayDeque<>();
        private final int maxLines;
        private final long maxChars;
        private long chars;

        Window(int maxLines, long maxChars) {
            this.maxLines = maxLines;
            this.maxChars = maxChars;
        }

        /** Whether a line of {@code length} must wait; never when the window is empty, so any line goes through. */
        boolean isFull(int length) {
            return !futures.isEmpty() && (futures.size() >= maxLines || chars + length > maxChars);
        }

        void add(Future<String> f, int length) {
            futures.addLast(f);
            sizes.addLast(length);
            chars += length;
        }

        boolean isEmpty() {
            return futures.isEmpty();
        }

        boolean oldestIsDone() {
            return !futures.isEmpty() && futures.peekFirst().isDone();
        }

        /** The oldest result, waiting for it if need be. */
        String takeOldest() {
            chars -= sizes.removeFirst();
            return Futures.await(futures.removeFirst());
        }
    }

    /** The result line; an error is prefixed with "!message\n" for the writer to report. */
    private String process(String line, String where) {
        try {
            Article article = ArticleJson.parse(line, where);
            Extraction x = engine.extract(article);
            if (withText && !article.isHtml()) {
                x = x.withText(article.text()); // so that a store can show each quote in its context
            }
            return ExtractionJson.toLine(x);
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage() + "\n" + errorRecord(ArticleJson.idOf(line), e.getMessage());
        } catch (ExtractionDeadlineException e) {
            String message = EngineArgs.deadlineMessage(where, e);
            return "!" + message + "\n" + errorRecord(ArticleJson.idOf(line), message);
        } catch (OutOfMemoryError e) {
            String message = where + ": article too large for the heap (raise -Xmx): " + e.getMessage();
            return "!" + message + "\n" + errorRecord(idAfterOutOfMemory(line), message);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            String message = where + ": engine failed: " + e;
            return "!" + message + "\n" + errorRecord(ArticleJson.idOf(line), message);
        }
    }

    /** The line's id, or null when even that does not fit in the heap now: the error record is what counts. */
    private static String idAfterOutOfMemory(String line) {
        try {
            return ArticleJson.idOf(line);
        } catch (OutOfMemoryError e) {
            return null;
        }
    }

    static String errorRecord(String id, String message) {
        ObjectNode node = ExtractionJson.mapper().createObjectNode();
        node.put("schema", Extraction.SCHEMA);
        node.put("id", id);
        node.put("error", message);
        return node.toString();
    }
}
