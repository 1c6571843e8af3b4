package org.onrecord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;

/**
 * A fixed number of read-only connections, lent for one operation at a time. Fixed, so a server whose
 * threads come and go never piles up open connections; more readers than cores would only queue on
 * the CPU anyway.
 *
 * <p>Every operation runs against a deadline: SQLite's progress handler stops it once the time is up,
 * and a caller who cannot get a connection within the same time is turned away, so one expensive
 * search can hold a connection for a bounded time and never the whole pool for long. Costly
 * operations (prefix searches) may use only a quarter of the connections at once, so cheap ones always find
 * one, and a core to run on.
 */
final class ReaderPool implements AutoCloseable {
    /** Work to do with a borrowed connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** SQLite virtual-machine steps between deadline checks: about a millisecond of work or less. */
    private static final int STEPS_PER_CHECK = 1000;

    private final String url;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final int size;
    private final Semaphore costly;
    private boolean closed;

    ReaderPool(String url, int size) {
        this.url = url;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
        this.costly = new Semaphore(Math.max(1, size / 4));
    }

    int size() {
        return size;
    }

    /** Runs {@code work} with no deadline and no wait limit beyond 30 s: for tests and maintenance. */
    <T> T with(Work<T> work) throws SQLException {
        return with(Duration.ofSeconds(30), false, work);
    }

    /**
     * Runs {@code work} on a borrowed connection, stopping it when {@code limit} has passed.
     *
     * @param costly whether the work may be expensive: such work waits for one of a quarter of the connections
     * @throws StoreBusyException when no connection is free within {@code limit}, or the work ran past it
     */
    <T> T with(Duration limit, boolean costly, Work<T> work) throws SQLException {
        long start = System.nanoTime();
        long limitNanos = limit.toNanos();
        if (costly) {
            acquireCostly(limitNanos);
        }
        try {
            Connection c = borrow(start + limitNanos, limit);
            Deadline deadline = new Deadline(start + limitNanos);
            try {
                ProgressHandler.setHandler(c, STEPS_PER_CHECK, deadline);
                return work.run(c);
            } catch (SQLException e) {
                if (deadline.passed) {
                    throw new StoreBusyException("the search ran past the time limit of " + describe(limit)
                            + " and was stopped: make it narrower (longer prefixes, fewer prefix* terms, more words or filters)", e);
                }
                throw e;
            } finally {
                ProgressHandler.clearHandler(c);
                idle.add(c);
            }
        } finally {
            if (costly) {
                this.costly.release();
            }
        }
    }

    private void acquireCostly(long limitNanos) throws SQLException {
        try {
            if (!costly.tryAcquire(limitNanos, TimeUnit.NANOSECONDS)) {
                throw new StoreBusyException("too many prefix searches are running at once; try again in a moment", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
    }

    private Connection borrow(long deadlineNanos, Duration limit) throws SQLException {
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            if (all.size() < size) {
                c = open();
                all.add(c);
                return c;
            }
        }
        try {
            c = idle.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new StoreBusyException("all " + size + " database connections stayed busy for " + describe(limit)
                    + "; try again in a moment", null);
        }
        return c;
    }

    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Searches jump about the index: keep hot pages in memory rather than re-reading them.
        config.setCacheSize(-32_000);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L * 1024 * 1024));
        return config.createConnection(url);
    }

    private static String describe(Duration limit) {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing everything: one failure must not keep the rest open
            }
        }
        all.clear();
    }

    /** Asks SQLite to stop (a non-zero answer) once the deadline has passed, and remembers that it did. */
    private static final class Deadline extends ProgressHandler {
        private final long atNanos;
        private volatile boolean passed;

        Deadline(long atNanos) {
            this.atNanos = atNanos;
        }

        @Override
        protected int progress() {
            if (System.nanoTime() - atNanos > 0) {
                passed = true;
                return 1;
            }
            return 0;
        }
    }
}
