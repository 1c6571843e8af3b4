package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.store.QuoteStore;

/** Issue 12, defect 6: what POST /api/extract and the server as a whole refuse, and how. */
class ExtractGuardTest {
    /** Articles containing this word keep the stand-in engine busy, deaf to interrupts, for this long. */
    private static final String STALL = "stallword";
    private static final Duration STALL_FOR = Duration.ofSeconds(4);
    private static final String ARTICLE = "Ann Lee, the mayor of Northgate, said: “The bridge will reopen in May.”";

    @TempDir
    static Path dir;

    private static QuoteStore store;
    private static OnrecordServer server;
    private static HttpApi http;
    private static int port;

    @BeforeAll
    static void start() {
        store = TestArticles.store(dir);
        Engine engine = Engine.create();
        Extractor slowOnRequest = article -> {
            if (article.text().contains(STALL)) {
                spin(STALL_FOR);
            }
            return engine.extract(article);
        };
        server = OnrecordServer.start(store, slowOnRequest, "127.0.0.1", 0,
                ServerOptions.defaults().withExtractTimeLimit(Duration.ofMillis(500)).withExtractQueueWait(Duration.ofMillis(500))
                        .withAllowedHosts(List.of("quotes.example")));
        port = server.port();
        http = new HttpApi(port);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void an_extraction_past_its_time_limit_is_a_json_503_and_searches_go_on_meanwhile() throws Exception {
        int stuck = Runtime.getRuntime().availableProcessors() * 3;
        long start = System.nanoTime();
        List<CompletableFuture<HttpApi.Answer>> slow = java.util.stream.IntStream.range(0, stuck)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post("text/plain", ARTICLE + " " + STALL)))
                .toList();
        HttpApi.Answer search = http.get("/api/quotes?q=bridge");
        Duration searchTook = Duration.ofNanos(System.nanoTime() - start);

        for (CompletableFuture<HttpApi.Answer> f : slow) {
            HttpApi.Answer a = f.get(10, TimeUnit.SECONDS);
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.json().get("error").asText()).containsAnyOf("time limit of 500 ms", "busy");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("every slow extraction answered")
                .isLessThan(STALL_FOR);
        assertThat(search.status()).isEqualTo(200);
        assertThat(searchTook).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void a_post_from_a_page_on_another_site_is_refused() throws Exception {
        RawHttp.Response fromOtherSite = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1:"
                + port + "\r\nOrigin: https://evil.example\r\nContent-Type: text/plain", utf8(ARTICLE)));
        RawHttp.Response markedCrossSite = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1:"
                + port + "\r\nSec-Fetch-Site: cross-site\r\nContent-Type: text/plain", utf8(ARTICLE)));
        RawHttp.Response ownPage = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1:"
                + port + "\r\nOrigin: http://127.0.0.1:" + port + "\r\nSec-Fetch-Site: same-origin\r\nContent-Type: text/plain",
                utf8(ARTICLE)));

        assertThat(fromOtherSite.status()).isEqualTo(403);
        assertThat(fromOtherSite.json().get("error").asText()).contains("https://evil.example");
        assertThat(markedCrossSite.status()).isEqualTo(403);
        assertThat(ownPage.status()).isEqualTo(200);
        assertThat(ownPage.json().at("/quotes/0/speaker/name").asText()).isEqualTo("Ann Lee");
    }

    @Test
    void a_host_name_the_server_was_not_given_is_refused_on_every_path() throws Exception {
        for (String path : List.of("/api/stats", "/", "/api/quotes?q=bridge")) {
            RawHttp.Response rebound = RawHttp.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: evil.example:" + port
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(rebound.status()).as(path).isEqualTo(403);
            assertThat(rebound.json().get("error").asText()).contains("--allow-host evil.example");
        }
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "QUOTES.example")) {
            RawHttp.Response ok = RawHttp.exchange(port, "GET /api/stats HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(ok.status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void form_bodies_and_unknown_or_missing_types_are_415s() throws Exception {
        String multipart = "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + ARTICLE + "\r\n--XX--\r\n";
        RawHttp.Response form = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: multipart/form-data; boundary=XX", utf8(multipart)));
        RawHttp.Response urlencoded = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded", utf8("text=" + ARTICLE)));
        RawHttp.Response untyped = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1",
                utf8(ARTICLE)));
        RawHttp.Response latin1 = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain; charset=iso-8859-1", utf8(ARTICLE)));

        assertThat(List.of(form.status(), urlencoded.status(), untyped.status(), latin1.status())).containsOnly(415);
        assertThat(form.json().get("error").asText()).contains("form bodies");
        assertThat(untyped.json().get("error").asText()).contains("Content-Type");
    }

    @Test
    void a_body_that_is_not_utf_8_is_a_400_naming_the_byte_offset() throws Exception {
        byte[] body = {'a', 'b', 'c', (byte) 0xFF, (byte) 0xFE, 'd', 'e', 'f'};
        RawHttp.Response r = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain", body));
        RawHttp.Response bom = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain; charset=UTF-8", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(ARTICLE))));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("not valid UTF-8").contains("byte offset 3");
        RawHttp.Response plain = RawHttp.exchange(port, RawHttp.request("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain", utf8(ARTICLE)));
        assertThat(bom.status()).isEqualTo(200);
        assertThat(bom.json().at("/quotes/0/start")).as("offsets count from after the byte order mark")
                .isEqualTo(plain.json().at("/quotes/0/start"));
    }

    @Test
    void put_and_delete_are_json_405s() throws Exception {
        RawHttp.Response put = RawHttp.exchange(port, RawHttp.request("PUT /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain", utf8(ARTICLE)));
        RawHttp.Response delete = RawHttp.exchange(port, "DELETE /api/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.json().get("error").asText()).contains("PUT is not allowed on /api/extract");
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void requests_jetty_refuses_itself_get_json_errors() throws Exception {
        RawHttp.Response longUri = RawHttp.exchange(port, "GET /api/quotes?q=" + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        RawHttp.Response bigHeaders = RawHttp.exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        RawHttp.Response badEscape = RawHttp.exchange(port, "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        RawHttp.Response noHost = RawHttp.exchange(port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");

        for (RawHttp.Response r : List.of(longUri, bigHeaders, badEscape, noHost)) {
            assertThat(r.header("Content-Type")).as(r.head()).startsWith("application/json");
            assertThat(r.json().get("status").asInt()).isEqualTo(r.status());
            assertThat(r.json().get("error").asText()).isNotBlank();
        }
        assertThat(List.of(longUri.status(), bigHeaders.status(), badEscape.status(), noHost.status()))
                .containsExactly(414, 431, 400, 400);
    }

    private static HttpApi.Answer post(String type, String body) {
        try {
            return http.post("/api/extract", type, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Busy for this long whatever happens, interrupts included: an engine that cannot be stopped. */
    private static void spin(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        long n = 0;
        while (System.nanoTime() < until) {
            n++;
        }
        if (n == 42) {
            throw new IllegalStateException("unreachable in practice; keeps the loop from being optimised away");
        }
    }

}
