package org.onrecord.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.onrecord.Engine;
import org.onrecord.model.Article;

/** Runs the engine over a corpus for a while and measures it. Thread-safe engine, one instance. */
final class Bench {
    /** The result of a single-thread pass: its throughput and every article's latency. */
    record SinglePass(Throughput throughput, long[] latencies) {}

    private final Engine engine;
    private volatile Object sink; // keeps results reachable so the JIT cannot drop the work

    Bench(Engine engine) {
        this.engine = engine;
    }

    /** Passes over the corpus on one thread until {@code minNanos} have gone by (at least one pass). */
    SinglePass single(Corpus corpus, long minNanos) {
        List<Long> latencies = new ArrayList<>();
        long articles = 0;
        long bytes = 0;
        long cpu0 = threadCpuNanos();
        long start = System.nanoTime();
        do {
            for (Article a : corpus.articles()) {
                long t0 = System.nanoTime();
                sink = engine.extract(a);
                latencies.add(System.nanoTime() - t0);
            }
            articles += corpus.articles().size();
            bytes += corpus.bytes();
        } while (System.nanoTime() - start < minNanos);
        long elapsed = System.nanoTime() - start;
        long cpu = cpu0 < 0 ? -1 : threadCpuNanos() - cpu0;
        return new SinglePass(new Throughput(1, articles, bytes, elapsed, cpu),
                latencies.stream().mapToLong(Long::longValue).toArray());
    }

    /** All threads take articles round the corpus until {@code minNanos} have gone by. */
    Throughput parallel(Corpus corpus, int threads, long minNanos) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        List<Article> articles = corpus.articles();
        long start = System.nanoTime();
        long deadline = start + minNanos;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long cpu0 = threadCpuNanos();
                    while (System.nanoTime() < deadline) {
                        Article a = articles.get((int) (next.getAndIncrement() % articles.size()));
                        sink = engine.extract(a);
                        bytes.addAndGet(Corpus.utf8(a.text() != null ? a.text() : a.html()));
                    }
                    cpu.addAndGet(cpu0 < 0 ? Long.MIN_VALUE / 4 : threadCpuNanos() - cpu0);
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("engine failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Throughput(threads, next.get(), bytes.get(), System.nanoTime() - start, Math.max(-1, cpu.get()));
    }

    /** CPU time of the calling thread, or -1 when the JVM does not measure it. */
    static long threadCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
    }

    /** Median time for one article of the given text, over runs filling at least {@code minNanos} (at least 3). */
    LengthPoint length(String text, long minNanos) {
        Article a = Article.ofText("length", text);
        sink = engine.extract(a); // warm this size's paths once
        List<Long> times = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < 3 || System.nanoTime() - start < minNanos) {
            long t0 = System.nanoTime();
            sink = engine.extract(a);
            times.add(System.nanoTime() - t0);
        }
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        return new LengthPoint(Corpus.utf8(text), Stats.median(t), t.length);
    }

    Object sink() {
        return sink;
    }
}
