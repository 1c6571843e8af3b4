package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/**
 * Issue 12, "zero errors under load": POST /api/extract waits its turn for an extraction thread, for a
 * bounded time and within bounds on what waits, instead of being refused as soon as the threads are busy.
 */
class ExtractQueueTest {
    private static final String ARTICLE = "Ann Lee, the mayor of Northgate, said: “The bridge will reopen in May.”";
    private static final Engine ENGINE = Engine.create();
    private static final int THREADS = ServerOptions.defaults().extractThreads();

    @TempDir
    Path dir;

    private ServedStore served;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger running = new AtomicInteger();

    @AfterEach
    void stop() {
        gate.countDown();
        served.close();
    }

    @Test
    void a_burst_many_times_the_threads_is_served_in_turn_with_no_refusal_and_searches_go_on() throws Exception {
        served = serve(article -> {
            sleep(40); // about a long article's work, so that the burst queues
            return ENGINE.extract(article);
        }, ServerOptions.defaults());
        int clients = 12 * THREADS;

        List<CompletableFuture<HttpApi.Answer>> burst = IntStream.range(0, clients)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(ARTICLE), pool(clients))).toList();
        long start = System.nanoTime();
        HttpApi.Answer search = served.http().get("/api/quotes?q=bridge");
        Duration searchTook = Duration.ofNanos(System.nanoTime() - start);

        for (CompletableFuture<HttpApi.Answer> f : burst) {
            HttpApi.Answer a = f.get(30, TimeUnit.SECONDS);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.json().at("/quotes/0/speaker/name").asText()).isEqualTo("Ann Lee");
        }
        assertThat(search.status()).isEqualTo(200);
        assertThat(searchTook).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void past_the_queue_wait_a_request_is_a_json_503_with_retry_after_and_the_ones_running_finish() throws Exception {
        served = serve(this::held, ServerOptions.defaults().withExtractQueueWait(Duration.ofMillis(300)));
        List<CompletableFuture<HttpApi.Answer>> holding = occupyEveryThread();

        long start = System.nanoTime();
        HttpApi.Answer late = served.http().post("/api/extract", "text/plain; charset=utf-8", ARTICLE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(late.status()).isEqualTo(503);
        assertThat(late.raw().headers().firstValue("Retry-After")).contains("1");
        assertThat(late.json().get("error").asText()).isEqualTo("every extraction thread stayed busy for 300 ms; try again in a moment");
        assertThat(took).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
        gate.countDown();
        for (CompletableFuture<HttpApi.Answer> f : holding) {
            assertThat(f.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(served.http().post("/api/extract", "text/plain; charset=utf-8", ARTICLE).status()).isEqualTo(200);
    }

    @Test
    void more_waiting_text_than_the_bound_is_refused_at_once_and_a_small_article_still_waits_its_turn() throws Exception {
        served = serve(this::held, ServerOptions.defaults().withExtractQueueWait(Duration.ofSeconds(20)));
        List<CompletableFuture<HttpApi.Answer>> holding = occupyEveryThread();
        String big = "x".repeat(2_000_000); // under the 2 MiB body limit; four of them nearly fill the waiting bound
        int fit = (int) (ExtractionRunner.MAX_WAITING_CHARS / big.length());
        List<CompletableFuture<HttpApi.Answer>> waiting = IntStream.range(0, fit)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(big), pool(fit))).toList();
        awaitWaiting(fit);

        long start = System.nanoTime();
        HttpApi.Answer refused = served.http().post("/api/extract", "text/plain; charset=utf-8", big);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        CompletableFuture<HttpApi.Answer> small = CompletableFuture.supplyAsync(() -> post(ARTICLE), pool(1));
        awaitWaiting(fit + 1);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("error").asText()).isEqualTo("every extraction thread is busy and " + fit
                + " requests already wait; try again in a moment");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        gate.countDown();
        for (CompletableFuture<HttpApi.Answer> f : holding) {
            assertThat(f.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        for (CompletableFuture<HttpApi.Answer> f : waiting) {
            assertThat(f.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(small.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void a_post_finding_every_body_reader_busy_waits_its_turn_and_past_the_wait_is_a_503() throws Exception {
        served = serve(article -> ENGINE.extract(article), ServerOptions.defaults());
        List<java.net.Socket> readers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < OnrecordServer.MAX_UPLOADS; i++) {
                readers.add(startBody());
            }
            awaitUploads(0);
            CompletableFuture<HttpApi.Answer> waiter = CompletableFuture.supplyAsync(() -> post(ARTICLE), pool(1));
            awaitUploads(1);
            readers.remove(0).close(); // that body fails; its place goes to the post waiting

            assertThat(waiter.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);

            readers.add(startBody());
            awaitUploads(0);
            long start = System.nanoTime();
            HttpApi.Answer late = served.http().post("/api/extract", "text/plain; charset=utf-8", ARTICLE);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(late.status()).isEqualTo(503);
            assertThat(late.json().get("error").asText())
                    .isEqualTo("too many request bodies were being read at once for 2 s; try again in a moment");
            assertThat(took).isBetween(OnrecordServer.UPLOAD_WAIT.minusMillis(100), Duration.ofSeconds(5));
        } finally {
            for (java.net.Socket s : readers) {
                s.close();
            }
        }
    }

    /** A post whose body has begun and stops short (8 KiB of a declared 1 MB): it holds a body reader for a while. */
    private java.net.Socket startBody() throws java.io.IOException {
        java.net.Socket s = new java.net.Socket("127.0.0.1", served.port());
        s.getOutputStream().write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 1000000\r\n\r\n" + "x".repeat(8192)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return s;
    }

    /** Waits until exactly {@code n} posts wait for a body reader (0: every reader taken, and the newest post has one). */
    private void awaitUploads(int n) throws InterruptedException {
        Thread.sleep(200); // a new connection's request reaches the gate a moment after it is sent
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (served.server().uploadsWaiting() != n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(served.server().uploadsWaiting()).as("posts waiting for a body reader").isEqualTo(n);
    }

    @Test
    void extraction_runs_on_one_thread_fewer_than_the_cores_and_searches_are_answered_while_it_is_full() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(THREADS).as("extraction threads by default").isEqualTo(Math.max(1, cores - 1));
        served = serve(this::held, ServerOptions.defaults().withExtractQueueWait(Duration.ofSeconds(20)));
        List<CompletableFuture<HttpApi.Answer>> all = new java.util.ArrayList<>(occupyEveryThread());
        all.addAll(IntStream.range(0, 2 * THREADS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(ARTICLE), pool(2 * THREADS))).toList());
        awaitWaiting(2 * THREADS);

        HttpApi.Answer search = served.http().get("/api/quotes?q=bridge");

        assertThat(search.status()).isEqualTo(200);
        assertThat(running.get()).as("extractions started while every thread was held").isEqualTo(THREADS);
        gate.countDown();
        for (CompletableFuture<HttpApi.Answer> f : all) {
            assertThat(f.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(running.get()).isEqualTo(3 * THREADS);
    }

    @Test
    void the_number_of_extraction_threads_can_be_set() throws Exception {
        served = serve(this::held, ServerOptions.defaults().withExtractThreads(3).withExtractQueueWait(Duration.ofSeconds(20)));
        List<CompletableFuture<HttpApi.Answer>> all = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(ARTICLE), pool(5))).toList();
        awaitWaiting(2);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() < 3 && System.nanoTime() < end) {
            Thread.sleep(5);
        }

        assertThat(running.get()).as("extractions running at once").isEqualTo(3);
        gate.countDown();
        for (CompletableFuture<HttpApi.Answer> f : all) {
            assertThat(f.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    /** The stand-in engine for the bounded tests: every extraction waits at the gate, then gives a short article's answer. */
    private Extraction held(Article article) {
        running.incrementAndGet();
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ENGINE.extract(Article.ofText(article.id(), ARTICLE));
    }

    /** One request a thread, each running (at the gate) before this returns. */
    private List<CompletableFuture<HttpApi.Answer>> occupyEveryThread() throws InterruptedException {
        List<CompletableFuture<HttpApi.Answer>> holding = IntStream.range(0, THREADS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(ARTICLE), pool(THREADS))).toList();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() < THREADS && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(running.get()).as("extractions running").isEqualTo(THREADS);
        return holding;
    }

    private void awaitWaiting(int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (served.server().extractionsWaiting() < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(served.server().extractionsWaiting()).as("requests waiting").isEqualTo(n);
    }

    private ServedStore serve(Extractor extractor, ServerOptions options) {
        return ServedStore.of(TestArticles.store(dir), extractor, options);
    }

    private static java.util.concurrent.Executor pool(int n) {
        return java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
    }

    private HttpApi.Answer post(String text) {
        try {
            return new HttpApi(served.port()).post("/api/extract", "text/plain; charset=utf-8", text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
