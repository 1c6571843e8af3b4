package org.onrecord.server;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.onrecord.ExtractionDeadlineException;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.store.ReadTimes;

/**
 * Runs extractions for HTTP requests on a few threads of their own, with a deadline. Past the deadline
 * the request is answered 503 and its extraction interrupted; an engine that does not notice the
 * interrupt keeps one of these threads busy until it finishes, never a request thread, and never more
 * than {@code threads} of them, so the server keeps answering searches whatever the articles cost.
 * The engine's own deadline ({@code EngineOptions.deadline}, shorter by default) frees the thread
 * too: an article given up there is answered 503 as well.
 *
 * <p>A request that finds every thread busy waits for one, in arrival order, for at most the queue
 * wait: a burst of clients is served in turn instead of most of them being refused at once (which
 * also spent the CPU on refusals and retries that extractions needed). What waits is bounded, in
 * requests ({@link #MAX_WAITING}, so request threads stay free for searches) and in characters of
 * article text held ({@link #MAX_WAITING_CHARS}, so the heap does too); past either bound, or past the
 * queue wait, the answer is 503 with {@code Retry-After}.
 */
final class ExtractionRunner implements AutoCloseable {
    /**
     * Requests that may wait for an extraction thread at once. Each holds a request thread (Jetty has 250):
     * with the bodies being read and waiting to be read, at most 64 + 16 + 32 of them, so at least half are
     * left for searches and pages.
     */
    static final int MAX_WAITING = 64;
    /** Characters of article text the waiting requests may hold in all: 8 Mi, at most 16 MiB of heap. */
    static final long MAX_WAITING_CHARS = 8L << 20;

    private final Extractor extractor;
    private final Duration limit;
    private final Duration queueWait;
    private final ExecutorService pool;
    /** One place a thread, taken in arrival order. */
    private final FairTurns free;

    ExtractionRunner(Extractor extractor, Duration limit, Duration queueWait, int threads) {
        this.extractor = extractor;
        this.limit = limit;
        this.queueWait = queueWait;
        this.free = new FairTurns(threads, MAX_WAITING, MAX_WAITING_CHARS,
                "every extraction thread is busy and %d requests already wait", "every extraction thread stayed busy for %s");
        AtomicInteger n = new AtomicInteger();
        // As many threads as permits: a task that holds a permit always has a thread to start on.
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "onrecord-extract-" + n.incrementAndGet());
            t.setDaemon(true); // a stuck extraction must not keep the JVM from exiting
            return t;
        });
    }

    /**
     * @throws HttpResponseException 503 when no extraction thread came free within the queue wait, too
     *     many requests or too much text already wait, or the extraction ran past its deadline
     */
    Extraction extract(Article article, Timing timing) {
        long asked = System.nanoTime();
        free.acquire(queueWait, chars(article));
        long got = System.nanoTime();
        AtomicBoolean claimed = new AtomicBoolean(); // whoever claims the task first gives the permit back
        AtomicLong engineCpu = new AtomicLong(-1);
        Future<Extraction> result;
        try {
            result = pool.submit(() -> {
                if (!claimed.compareAndSet(false, true)) {
                    return null; // given up before it started
                }
                long cpu = ReadTimes.threadCpuNanos();
                try {
                    return extractor.extract(article);
                } finally {
                    engineCpu.set(ReadTimes.threadCpuNanos() - cpu);
                    free.release(); // only now: a thread deaf to interrupts still counts as busy
                }
            });
        } catch (RejectedExecutionException e) {
            free.release();
            throw new HttpResponseException(503, "the server is stopping");
        }
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            giveUp(result, claimed);
            throw new HttpResponseException(503, "the extraction ran past its time limit of " + FairTurns.describe(limit)
                    + " and was given up: try a shorter article");
        } catch (InterruptedException e) {
            giveUp(result, claimed);
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
        } finally {
            timing.extraction(got - asked, System.nanoTime() - got, engineCpu.get());
        }
    }

    /** Requests waiting for an extraction thread, or just given one. */
    int waiting() {
        return free.waiting();
    }

    private void giveUp(Future<Extraction> result, AtomicBoolean claimed) {
        result.cancel(true);
        if (claimed.compareAndSet(false, true)) {
            free.release(); // it never started, and now never will
        }
    }

    private static long chars(Article article) {
        return (article.text() == null ? 0 : article.text().length()) + (article.html() == null ? 0 : article.html().length());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
