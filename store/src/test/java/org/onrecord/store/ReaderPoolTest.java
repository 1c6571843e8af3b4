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

    @Test
    void callers_are_served_in_arrival_order_and_a_costly_one_waits_only_once() throws Exception {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 2)) {
            List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch releaseFirst = new CountDownLatch(1);
            CountDownLatch releaseSecond = new CountDownLatch(1);
            CountDownLatch releaseRest = new CountDownLatch(1);
            Future<?> first = threads.submit(() -> hold(pool, false, "first", order, releaseFirst));
            awaitRunning(order, 1);
            Future<?> second = threads.submit(() -> hold(pool, false, "second", order, releaseSecond));
            awaitRunning(order, 2);
            // Both connections busy: a costly caller, then two cheap ones, line up behind them.
            Future<?> costly = threads.submit(() -> hold(pool, true, "costly", order, releaseRest));
            awaitWaiting(pool, 1);
            Future<?> cheap1 = threads.submit(() -> hold(pool, false, "cheap1", order, releaseRest));
            awaitWaiting(pool, 2);
            Future<?> cheap2 = threads.submit(() -> hold(pool, false, "cheap2", order, releaseRest));
            awaitWaiting(pool, 3);

            releaseFirst.countDown();
            first.get(5, TimeUnit.SECONDS);
            awaitRunning(order, 3);
            // The freed connection went to the longest waiter, the costly caller, with no second wait.
            assertThat(order).containsExactly("first", "second", "costly");
            assertThat(pool.waiting()).isEqualTo(2);

            releaseSecond.countDown();
            second.get(5, TimeUnit.SECONDS);
            awaitRunning(order, 4);
            assertThat(order).containsExactly("first", "second", "costly", "cheap1");
            releaseRest.countDown();
            for (Future<?> f : List.of(costly, cheap1, cheap2)) {
                f.get(5, TimeUnit.SECONDS);
            }
            assertThat(order).containsExactly("first", "second", "costly", "cheap1", "cheap2");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_costly_caller_held_back_by_the_quarter_does_not_hold_up_cheap_callers_behind_it() throws Exception {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 4)) {
            List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch releaseCostly = new CountDownLatch(1);
            CountDownLatch releaseCheap = new CountDownLatch(1);
            CountDownLatch releaseRest = new CountDownLatch(1);
            Future<?> running = threads.submit(() -> hold(pool, true, "costly1", order, releaseCostly));
            awaitRunning(order, 1);
            Future<?> cheapHolder = threads.submit(() -> hold(pool, false, "cheap0", order, releaseCheap));
            threads.submit(() -> hold(pool, false, "cheapA", order, releaseRest));
            threads.submit(() -> hold(pool, false, "cheapB", order, releaseRest));
            awaitRunning(order, 4);
            Future<?> costly2 = threads.submit(() -> hold(pool, true, "costly2", order, releaseRest));
            awaitWaiting(pool, 1);
            Future<?> cheap = threads.submit(() -> hold(pool, false, "cheapC", order, releaseRest));
            awaitWaiting(pool, 2);

            releaseCheap.countDown();
            cheapHolder.get(5, TimeUnit.SECONDS);
            awaitRunning(order, 5);
            assertThat(order.get(4)).isEqualTo("cheapC"); // the costly caller ahead of it was passed over
            assertThat(pool.waiting()).isEqualTo(1);

            releaseCostly.countDown();
            running.get(5, TimeUnit.SECONDS);
            awaitRunning(order, 6);
            assertThat(order.get(5)).isEqualTo("costly2");
            releaseRest.countDown();
            costly2.get(5, TimeUnit.SECONDS);
            cheap.get(5, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_freed_connection_goes_to_the_caller_waiting_not_to_a_newcomer() throws Exception {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ReaderPool pool = new ReaderPool("jdbc:sqlite:" + file, 1)) {
            List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch releaseFirst = new CountDownLatch(1);
            CountDownLatch releaseWaiter = new CountDownLatch(1);
            Future<?> first = threads.submit(() -> hold(pool, false, "first", order, releaseFirst));
            awaitRunning(order, 1);
            Future<?> waiter = threads.submit(() -> hold(pool, false, "waiter", order, releaseWaiter));
            awaitWaiting(pool, 1);

            releaseFirst.countDown();
            first.get(5, TimeUnit.SECONDS);
            // The connection is the waiter's from the moment it came back, before the waiter even wakes.
            assertThatThrownBy(() -> pool.with(Duration.ofMillis(200), false, c -> count(c, "SELECT 1")))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("stayed busy");
            awaitRunning(order, 2);
            releaseWaiter.countDown();
            waiter.get(5, TimeUnit.SECONDS);
            long three = pool.with(Duration.ofMillis(500), false, c -> count(c, "SELECT 3"));
            assertThat(three).isEqualTo(3);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Borrows a connection, notes the name when it has one, and keeps it until {@code release}. */
    private static Object hold(ReaderPool pool, boolean costly, String name, List<String> order, CountDownLatch release)
            throws Exception {
        return pool.with(Duration.ofSeconds(20), costly, c -> {
            order.add(name);
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return count(c, "SELECT 1");
        });
    }

    private static void awaitRunning(List<String> order, int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (order.size() < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(order).as("callers running").hasSize(n);
    }

    private static void awaitWaiting(ReaderPool pool, int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pool.waiting() < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(pool.waiting()).as("callers waiting").isEqualTo(n);
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
