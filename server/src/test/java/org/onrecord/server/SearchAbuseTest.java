package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.store.QuoteStore;

/** Issue 12, defect 2: costly prefix searches must not stall everyone else's. */
class SearchAbuseTest {
    @TempDir
    static Path dir;

    private static ServedStore served;
    private static HttpApi http;

    @BeforeAll
    static void start() {
        served = ServedStore.of(QuoteStore.openReadOnly(ManyQuotes.store(dir, 1500)), Engine.create());
        http = served.http();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void a_prefix_repeated_two_hundred_times_is_refused_at_once_with_the_reason() throws Exception {
        long start = System.nanoTime();
        HttpApi.Answer a = http.get("/api/quotes?q=" + enc("a* ".repeat(200)));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).contains("prefix");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void while_four_costly_searches_run_a_normal_search_answers_within_a_second() throws Exception {
        List<String> costly = List.of("a* ".repeat(200), "ab* OR ac* OR ad* OR ae*", "af* ag* ah* ai*", "a* b* c* d*");
        ExecutorService clients = Executors.newFixedThreadPool(costly.size());
        try {
            assertThat(http.get("/api/quotes?speaker=speaker7").status()).as("warm-up").isEqualTo(200);
            List<Future<HttpApi.Answer>> running = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String q : costly) {
                    running.add(clients.submit(() -> http.get("/api/quotes?size=100&q=" + enc(q))));
                }
            }
            Thread.sleep(200);
            long start = System.nanoTime();
            HttpApi.Answer normal = http.get("/api/quotes?speaker=speaker7");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(normal.status()).isEqualTo(200);
            assertThat(normal.json().get("total").asInt()).isEqualTo(300);
            assertThat(took).as("a normal search while costly ones run").isLessThan(Duration.ofSeconds(1));
            for (Future<HttpApi.Answer> r : running) {
                HttpApi.Answer answer = r.get();
                assertThat(answer.status()).as(answer.body()).isIn(200, 400, 503);
                assertThat(answer.json().get("status") == null || answer.json().get("error") != null).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
