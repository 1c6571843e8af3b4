package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.EngineOptions;

/** Issue #12: an article the engine gives up at its own deadline is a JSON 503, and the server goes on. */
class ExtractDeadlineTest {
    private static final String ARTICLE = "Ann Lee, the mayor of Northgate, said: “The bridge will reopen in May.”\n\n";

    @TempDir
    static Path dir;

    private static ServedStore served;
    private static HttpApi http;

    @BeforeAll
    static void start() {
        Engine hurried = Engine.create(EngineOptions.defaults().withDeadline(Duration.ofMillis(1)));
        served = ServedStore.of(TestArticles.store(dir), hurried);
        http = served.http();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void an_article_past_the_engines_deadline_is_a_json_503_naming_it_and_searches_go_on() throws Exception {
        String longArticle = ARTICLE.repeat(300_000 / ARTICLE.length()); // several milliseconds' work, in two windows

        HttpApi.Answer late = http.post("/api/extract", "text/plain; charset=utf-8", longArticle);

        assertThat(late.status()).isEqualTo(503);
        assertThat(late.json().get("error").asText()).startsWith("extraction passed its 1 ms deadline");
        assertThat(http.get("/api/quotes?q=bridge").status()).isEqualTo(200);
    }
}
