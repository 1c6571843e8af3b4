package org.onrecord.store.provenance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The keys the store holds, as a Bloom filter (Bloom 1970): a quotation looks up some 20 to 100 keys, and in real news
 * nearly all of them are held by no earlier quote; each look-up was an SQL query (most of the clusters' cost
 * in {@code bench-store --corpus}, docs/PROVENANCE.md). A key the filter says is absent is absent, so it is not
 * looked up; fewer than one absent key in a hundred is let through ({@link #BITS_PER_KEY}), which costs a query and
 * changes nothing.
 *
 * <p>Built from the store when the writer opens it and again when another connection has written since
 * ({@code PRAGMA data_version}), and when it holds twice the keys it was sized for. A key whose quote is deleted
 * stays set until then: it only lets a query through.
 */
final class KeyFilter {
    /**
     * Bits a key of the capacity the filter is built for (twice the keys held then). The filter is built again when it
     * holds twice its capacity, so it has 40 bits a key when built and 10 before it is built again: with {@link #HASHES}
     * hashes, false positives from none to 0.8 % (Bloom's formula). With 10 (before session 13) it went from 20 to 5, and
     * false positives up to 14 %: on the 4,900 real articles 43,374 of 51,569 look-ups the filter let through found no
     * quote, each an SQL query for nothing.
     */
    private static final int BITS_PER_KEY = 20;
    private static final int HASHES = 7;
    private static final long MIN_CAPACITY = 1 << 16;

    private final Connection c;
    /** Keys written on the connection but not inserted yet (Provenance's pending keys): held as well. */
    private final java.util.function.Supplier<java.util.Collection<Long>> unflushed;
    private long[] bits;
    private long capacity;
    private long count;
    private long dataVersion;

    KeyFilter(Connection c, java.util.function.Supplier<java.util.Collection<Long>> unflushed) throws SQLException {
        this.c = c;
        this.unflushed = unflushed;
        load();
    }

    /** Whether the store may hold the key: false only when no quote holds it. */
    boolean mayHold(long key) {
        long h = MinHash.mix(key);
        int step = (int) (h >>> 32) | 1;
        long size = (long) bits.length * 64;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod((int) h + (long) i * step, size);
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Notes a key the connection has written (not before: past its size the filter is built again from the store). */
    void add(long key) throws SQLException {
        if (++count > 2 * capacity) {
            load(); // the keys written so far in this transaction are read back too: it is the same connection
            return;
        }
        long h = MinHash.mix(key);
        int step = (int) (h >>> 32) | 1;
        long size = (long) bits.length * 64;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod((int) h + (long) i * step, size);
            bits[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** Builds the filter again when another connection has written to the store since it was built. */
    void refreshIfStale() throws SQLException {
        if (dataVersion() != dataVersion) {
            load();
        }
    }

    private void load() throws SQLException {
        long held;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM quote_keys")) {
            held = rs.next() ? rs.getLong(1) : 0;
        }
        java.util.Collection<Long> waiting = unflushed.get();
        capacity = Math.max(MIN_CAPACITY, 2 * (held + waiting.size()));
        bits = new long[(int) Math.min(Integer.MAX_VALUE - 8, (capacity * BITS_PER_KEY + 63) / 64)];
        count = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key FROM quote_keys")) {
            while (rs.next()) {
                add(rs.getLong(1));
            }
        }
        for (long key : waiting) {
            add(key);
        }
        dataVersion = dataVersion();
    }

    private long dataVersion() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
