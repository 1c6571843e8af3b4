package org.onrecord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/**
 * A fixed number of read-only connections, lent for one operation at a time. Fixed, so a server whose
 * threads come and go never piles up open connections; more readers than cores would only queue on
 * the CPU anyway.
 */
final class ReaderPool implements AutoCloseable {
    /** Work to do with a borrowed connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final String url;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final int size;
    private boolean closed;

    ReaderPool(String url, int size) {
        this.url = url;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    <T> T with(Work<T> work) throws SQLException {
        Connection c = borrow();
        try {
            return work.run(c);
        } finally {
            idle.add(c);
        }
    }

    private Connection borrow() throws SQLException {
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
            c = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new SQLException("no database connection free after 30 s");
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
}
