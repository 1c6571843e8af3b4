package org.onrecord.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
    private static final int BATCH = 256;

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
            List<Future<String>> pending = new ArrayList<>(BATCH);
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.error() != null) {
                    pending.add(CompletableFuture.completedFuture("!" + line.error() + "\n"
                            + errorRecord(null, line.error())));
                } else if (!line.text().isBlank()) {
                    String where = lines.name() + ":" + line.number();
                    String text = line.text();
                    pending.add(pool.submit(() -> process(text, where)));
                }
                if (pending.size() >= BATCH * threads) {
                    drain(pending, bar);
                }
            }
            drain(pending, bar);
        } finally {
            pool.shutdownNow();
            bar.finish(done);
        }
    }

    private void drain(List<Future<String>> pending, Progress bar) {
        for (Future<String> f : pending) {
            String result = Futures.await(f);
            if (result.startsWith("!")) {
                int split = result.indexOf('\n');
                err.println("onrecord: " + result.substring(1, split));
                result = result.substring(split + 1);
                failures++;
            }
            out.println(result);
            done++;
            bar.update(done);
        }
        out.flush();
        pending.clear();
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
            return "!" + message + "\n" + errorRecord(ArticleJson.idOf(line), message);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            String message = where + ": engine failed: " + e;
            return "!" + message + "\n" + errorRecord(ArticleJson.idOf(line), message);
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
