package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;

/** Issue 12, defects 4 and 5: clients that send bodies slowly, or without end, must not take the server down. */
class SlowClientTest {
    @TempDir
    static Path dir;

    private static ServedStore served;
    private static HttpApi http;

    @BeforeAll
    static void start() {
        served = ServedStore.of(TestArticles.store(dir), Engine.create());
        http = served.http();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void three_hundred_bodies_trickling_a_byte_every_two_seconds_leave_normal_requests_answered() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket("127.0.0.1", served.port());
                s.getOutputStream().write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 1000000\r\n\r\nA").getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            List<Duration> waits = new ArrayList<>();
            for (int tick = 0; tick < 3; tick++) {
                Thread.sleep(2000);
                for (Socket s : slow) {
                    drip(s);
                }
                long start = System.nanoTime();
                HttpApi.Answer stats = http.get("/api/stats");
                waits.add(Duration.ofNanos(System.nanoTime() - start));
                assertThat(stats.status()).isEqualTo(200);
            }

            assertThat(waits).as("GET /api/stats while 300 bodies trickle in").allSatisfy(
                    w -> assertThat(w).isLessThan(Duration.ofSeconds(1)));
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void a_body_trickling_in_is_cut_off_with_a_json_408() throws Exception {
        try (Socket s = new Socket("127.0.0.1", served.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 1000000\r\n\r\nA").getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<RawHttp.Response> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return RawHttp.read(s.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int i = 0; i < 10 && !answer.isDone(); i++) {
                Thread.sleep(1000);
                drip(s);
            }

            RawHttp.Response r = answer.get(20, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(408);
            assertThat(r.json().get("error").asText()).contains("slower than 4 KiB a second");
        }
    }

    @Test
    void a_chunked_body_past_the_limit_is_refused_with_413_before_much_more_is_sent() throws Exception {
        try (Socket s = new Socket("127.0.0.1", served.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            java.io.PushbackInputStream in = new java.io.PushbackInputStream(s.getInputStream(), 1);
            CompletableFuture<Integer> firstByte = CompletableFuture.supplyAsync(() -> {
                try {
                    int b = in.read();
                    in.unread(b);
                    return b;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] chunk = ("10000\r\n" + "Words ".repeat(65536 / 6) + "Word\r\n").getBytes(StandardCharsets.ISO_8859_1);
            long sent = 0;
            try {
                while (sent < 64L * 1024 * 1024 && !firstByte.isDone()) {
                    out.write(chunk);
                    sent += 65536;
                }
            } catch (IOException e) {
                // the server closed the connection after answering: what was sent by then is what counts
            }

            firstByte.get(30, TimeUnit.SECONDS);
            RawHttp.Response r = RawHttp.read(in);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("error").asText()).contains("larger than 2 MiB");
            assertThat(sent).as("bytes sent before the answer").isLessThan(16L * 1024 * 1024);
        }
        assertThat(http.get("/api/stats").status()).isEqualTo(200);
    }

    private static void drip(Socket s) {
        try {
            s.getOutputStream().write('x');
        } catch (IOException e) {
            // already answered and closed by the server: that is what is wanted
        }
    }
}
