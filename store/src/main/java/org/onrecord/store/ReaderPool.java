package org.onrecord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
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
 *
 * <p>Callers wait in one queue and are served in arrival order, each waiting once: a connection that
 * comes back goes straight to the longest-waiting caller who may have it (a costly one only while fewer
 * than the quarter run), never to a newcomer. Two separate waits (first for a costly permit, then,
 * holding it, again for a connection behind every cheap caller) made each prefix search keep the
 * permit through a whole queue of others, so at 64 clients prefix searches took seconds; and a
 * connection taken by whoever asked last left the longest waiters to time out.
 */
final class ReaderPool implements AutoCloseable {
    /** Work to do with a borrowed connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** SQLite virtual-machine steps between deadline checks: about a millisecond of work or less. */
    private static final int STEPS_PER_CHECK = 1000;

    private final String url;
    private final int size;
    private final int costlyLimit;
    private final ReentrantLock lock = new ReentrantLock();
    /** Under {@link #lock}: connections open and free, callers waiting in arrival order, counts. */
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private int opening;
    private int costlyRunning;
    private boolean closed;

    ReaderPool(String url, int size) {
        this.url = url;
        this.size = size;
        this.costlyLimit = Math.max(1, size / 4);
    }

    int size() {
        return size;
    }

    /** Callers waiting for a connection now: lets a test line callers up in a known order. */
    int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
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
        long asked = System.nanoTime();
        long deadlineNanos = asked + limit.toNanos();
        Connection c = borrow(costly, deadlineNanos, limit);
        long got = System.nanoTime();
        long cpu = ReadTimes.threadCpuNanos();
        Deadline deadline = new Deadline(deadlineNanos);
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
            try {
                ProgressHandler.clearHandler(c);
            } finally {
                giveBack(c, costly);
                ReadTimes.add(got - asked, System.nanoTime() - got, ReadTimes.threadCpuNanos() - cpu);
            }
        }
    }

    /** One caller in the queue; {@link #granted} is set, under the lock, when a connection (or the right to open one) is its. */
    private static final class Waiter {
        final boolean costly;
        final Condition turn;
        boolean granted;
        Connection connection; // null when granted the right to open a new one

        Waiter(boolean costly, Condition turn) {
            this.costly = costly;
            this.turn = turn;
        }
    }

    private Connection borrow(boolean costly, long deadlineNanos, Duration limit) throws SQLException {
        Waiter me = new Waiter(costly, lock.newCondition());
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            queue.addLast(me);
            dispatch();
            while (!me.granted) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    queue.remove(me);
                    throw costly && costlyRunning >= costlyLimit
                            ? new StoreBusyException("too many prefix searches are running at once; try again in a moment", null)
                            : new StoreBusyException("all " + size + " database connections stayed busy for "
                                    + describe(limit) + "; try again in a moment", null);
                }
                try {
                    me.turn.awaitNanos(left);
                } catch (InterruptedException e) {
                    if (me.granted) {
                        release(me.connection, costly); // ours already: hand it on
                    } else {
                        queue.remove(me);
                    }
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for a database connection", e);
                }
            }
            if (me.connection != null) {
                return me.connection;
            }
        } finally {
            lock.unlock();
        }
        return openGranted(costly); // outside the lock: opening takes a while and must not hold up the queue
    }

    private Connection openGranted(boolean costly) throws SQLException {
        Connection c;
        try {
            c = open();
        } catch (SQLException | RuntimeException e) {
            lock.lock();
            try {
                opening--;
                if (costly) {
                    costlyRunning--;
                }
                dispatch(); // the place is free again for whoever waits next
            } finally {
                lock.unlock();
            }
            throw e;
        }
        lock.lock();
        try {
            opening--;
            if (closed) {
                if (costly) {
                    costlyRunning--;
                }
                closeQuietly(c);
                throw new IllegalStateException("the store is closed");
            }
            all.add(c);
            return c;
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the store closed while this one was opening: nothing to report
        }
    }

    private void giveBack(Connection c, boolean costly) {
        lock.lock();
        try {
            release(c, costly);
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: the connection is free again; the queue's next eligible caller gets it. */
    private void release(Connection c, boolean costly) {
        if (costly) {
            costlyRunning--;
        }
        if (!closed) {
            idle.addFirst(c); // the most recently used first: its cache is the warmest
        }
        dispatch();
    }

    /**
     * Under the lock: hands free connections to waiting callers in arrival order, passing over a costly
     * caller while a quarter of the connections run costly work (the cheap ones behind it go first).
     */
    private void dispatch() {
        for (Iterator<Waiter> it = queue.iterator(); it.hasNext(); ) {
            boolean free = !idle.isEmpty() || all.size() + opening < size;
            if (!free) {
                return;
            }
            Waiter w = it.next();
            if (w.costly && costlyRunning >= costlyLimit) {
                continue;
            }
            it.remove();
            if (w.costly) {
                costlyRunning++;
            }
            w.granted = true;
            w.connection = idle.pollFirst();
            if (w.connection == null) {
                opening++;
            }
            w.turn.signal();
        }
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
    public void close() {
        lock.lock();
        try {
            closed = true;
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing everything: one failure must not keep the rest open
                }
            }
            all.clear();
            idle.clear();
        } finally {
            lock.unlock();
        }
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
