package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderPoolTest {
    @TempDir
    Path dir;

    @Test
    void many_threads_share_a_fixed_number_of_connections() throws Exception {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 2)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(threads.submit(() -> pool.with(c -> {
                    most.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM quotes")) {
                        Thread.sleep(2);
                        rs.next();
                        return rs.getInt(1);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        inUse.decrementAndGet();
                    }
                })));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void work_past_its_time_limit_is_stopped_and_the_connection_serves_the_next_caller() throws Exception {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 1)) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> pool.with(Duration.ofMillis(200), false, c -> count(c, ENDLESS)))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("time limit of 200 ms");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            long quotes = pool.with(Duration.ofSeconds(5), false, c -> count(c, "SELECT count(*) FROM quotes"));
            assertThat(quotes).isZero();
        }
    }

    @Test
    void a_caller_who_finds_no_connection_free_within_the_limit_is_turned_away() throws Exception {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 1)) {
            CountDownLatch holding = new CountDownLatch(1);
            threads.submit(() -> pool.with(Duration.ofSeconds(2), false, c -> {
                holding.countDown();
                return count(c, ENDLESS);
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> pool.with(Duration.ofMillis(100), false, c -> count(c, "SELECT 1")))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("stayed busy");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void costly_work_leaves_three_quarters_of_the_connections_to_cheap_work() throws Exception {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 4)) {
            CountDownLatch running = new CountDownLatch(1);
            for (int i = 0; i < 1; i++) {
                threads.submit(() -> pool.with(Duration.ofSeconds(3), true, c -> {
                    running.countDown();
                    return count(c, ENDLESS);
                }));
            }
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> pool.with(Duration.ofMillis(100), true, c -> count(c, "SELECT 1")))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("too many prefix searches");
            long start = System.nanoTime();
            long seven = pool.with(Duration.ofMillis(500), false, c -> count(c, "SELECT 7"));
            assertThat(seven).isEqualTo(7);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Counts far past anything a test waits for: only the time limit ends it. */
    private static final String ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n";

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
