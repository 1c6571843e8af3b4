package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;

/** Every answer says where its time went (Server-Timing), so a slow one under load can be told apart. */
class ServerTimingTest {
    @TempDir
    static Path dir;

    private static ServedStore served;

    @BeforeAll
    static void start() {
        served = ServedStore.of(TestArticles.store(dir), Engine.create());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void a_search_names_its_wait_for_a_connection_its_time_holding_one_and_the_cpu_of_that() throws Exception {
        Map<String, Double> t = timing(served.http().get("/api/quotes?q=winter"));

        assertThat(t).containsOnlyKeys("total", "cpu", "db-wait", "db", "db-cpu");
        // Two reads (the page, then its clusters' spread), both inside the handler.
        assertThat(t.get("db-wait") + t.get("db")).isLessThanOrEqualTo(t.get("total"));
        assertThat(t.get("db-cpu")).isLessThanOrEqualTo(t.get("cpu"));
    }

    @Test
    void an_extraction_names_its_wait_for_an_extraction_thread_and_the_engine_time_and_cpu() throws Exception {
        HttpApi.Answer a = served.http().post("/api/extract", "application/json",
                "{\"text\": \"Ann Lee said: “The bridge will reopen in May.”\"}");

        assertThat(a.status()).isEqualTo(200);
        Map<String, Double> t = timing(a);
        assertThat(t).containsOnlyKeys("total", "cpu", "turn", "engine", "engine-cpu");
        assertThat(t.get("turn") + t.get("engine")).isLessThanOrEqualTo(t.get("total"));
    }

    @Test
    void an_error_is_timed_too() throws Exception {
        HttpApi.Answer a = served.http().get("/api/quotes?q=" + java.net.URLEncoder.encode("\"unclosed", "UTF-8"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(timing(a)).containsKey("total");
    }

    private static Map<String, Double> timing(HttpApi.Answer a) {
        String header = a.raw().headers().firstValue("Server-Timing").orElseThrow(
                () -> new AssertionError("no Server-Timing on " + a.raw().uri()));
        Map<String, Double> t = new LinkedHashMap<>();
        for (String part : header.split(",\\s*")) {
            String[] nameDur = part.split(";dur=");
            assertThat(nameDur).as(header).hasSize(2);
            t.put(nameDur[0], Double.parseDouble(nameDur[1]));
        }
        return t;
    }
}
