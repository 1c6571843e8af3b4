package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
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
}
