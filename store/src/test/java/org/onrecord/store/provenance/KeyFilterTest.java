package org.onrecord.store.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter may let an absent key through, never turn a held one away, whoever wrote it. */
class KeyFilterTest {
    @TempDir
    Path dir;

    @Test
    void every_key_written_is_held_and_few_absent_ones_pass() throws Exception {
        try (Connection c = store()) {
            insert(c, 1, 0, 50_000); // read when the filter is built
            KeyFilter filter = new KeyFilter(c, java.util.List::of);
            for (long from = 50_000; from < 300_000; from += 10_000) {
                insert(c, from, from, from + 10_000);
                for (long k = from; k < from + 10_000; k++) {
                    filter.add(key(k)); // added once written: past twice its size, it is built again on the way
                }
            }
            for (long k = 0; k < 300_000; k++) {
                assertThat(filter.mayHold(key(k))).as("key %d", k).isTrue();
            }
            int passed = 0;
            Random random = new Random(7);
            for (int i = 0; i < 100_000; i++) {
                passed += filter.mayHold(random.nextLong()) ? 1 : 0;
            }
            assertThat(passed).as("absent keys let through, of 100,000").isBetween(1, 3_000);
        }
    }

    @Test
    void keys_another_connection_wrote_are_held_once_it_has_committed() throws Exception {
        try (Connection c = store(); Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("k.db"))) {
            KeyFilter filter = new KeyFilter(c, java.util.List::of);
            insert(other, 9, 0, 1_000);
            filter.refreshIfStale();
            for (long k = 0; k < 1_000; k++) {
                assertThat(filter.mayHold(key(k))).as("key %d", k).isTrue();
            }
        }
    }

    private Connection store() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("k.db"));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS quote_keys(quote_id INTEGER NOT NULL, key INTEGER NOT NULL,"
                    + " PRIMARY KEY(quote_id, key)) WITHOUT ROWID");
        }
        return c;
    }

    private static void insert(Connection c, long quote, long from, long to) throws SQLException {
        c.setAutoCommit(false); // one transaction, as the store writes: not one a row
        try (PreparedStatement p = c.prepareStatement("INSERT INTO quote_keys(quote_id, key) VALUES (?, ?)")) {
            for (long k = from; k < to; k++) {
                p.setLong(1, quote);
                p.setLong(2, key(k));
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static long key(long k) {
        return MinHash.mix(k * 31 + 17);
    }
}
