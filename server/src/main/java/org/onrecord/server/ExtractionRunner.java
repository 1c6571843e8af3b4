package org.onrecord.server;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.onrecord.ExtractionDeadlineException;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/**
 * Runs extractions for HTTP requests on a few threads of their own, with a deadline. Past the deadline
 * the request is answered 503 and its extraction interrupted; an engine that does not notice the
 * interrupt keeps one of these threads busy until it finishes, never a request thread, and never more
 * than {@link #threads} of them, so the server keeps answering searches whatever the articles cost.
 * The engine's own deadline ({@code EngineOptions.deadline}, shorter by default) frees the thread
 * too: an article given up there is answered 503 as well.
 */
final class ExtractionRunner implements AutoCloseable {
    private final Extractor extractor;
    private final Duration limit;
    private final ThreadPoolExecutor pool;

    ExtractionRunner(Extractor extractor, Duration limit, int threads) {
        this.extractor = extractor;
        this.limit = limit;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(2 * threads),
                r -> {
                    Thread t = new Thread(r, "onrecord-extract-" + n.incrementAndGet());
                    t.setDaemon(true); // a stuck extraction must not keep the JVM from exiting
                    return t;
                });
    }

    /** @throws HttpResponseException 503 when every extraction thread and queue place is taken, or past the deadline */
    Extraction extract(Article article) {
        Future<Extraction> result;
        try {
            result = pool.submit(() -> extractor.extract(article));
        } catch (RejectedExecutionException e) {
            throw new HttpResponseException(503, "every extraction thread is busy; try again in a moment");
        }
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new HttpResponseException(503, "the extraction ran past its time limit of " + seconds()
                    + " and was given up: try a shorter article");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, "the server is stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionDeadlineException d) {
                throw new HttpResponseException(503, d.getMessage() + " and was given up: try a shorter article");
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private String seconds() {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
