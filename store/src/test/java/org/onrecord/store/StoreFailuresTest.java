package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A store that cannot be written says why in a few words: disk full, read-only, no permission. */
class StoreFailuresTest {
    @TempDir
    Path dir;

    @Test
    void a_store_that_fills_up_says_disk_full_and_keeps_every_batch_before_the_failed_one_whole() {
        Path file = dir.resolve("news.db");
        long stored;
        // SQLite reports a file at its page limit exactly as a full disk: SQLITE_FULL, and the
        // transaction already rolled back, which used to hide it behind "cannot commit".
        try (QuoteStore store = QuoteStore.open(file, 60)) {
            int batch = 0;
            StoreException failure = null;
            while (failure == null && batch < 1000) {
                List<ArticleEntry> entries = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    entries.add(Fixtures.engine("a" + batch + "-" + i, "2024-01-01", "x", Fixtures.RAIL_STRIKE));
                }
                try {
                    store.put(entries);
                    batch++;
                } catch (StoreException e) {
                    failure = e;
                }
            }
            assertThat(failure).as("the store filled up").isNotNull();
            assertThat(failure.getMessage()).isEqualTo(file + ": cannot write: disk full");
            stored = store.stats().articles();
            assertThat(stored).isEqualTo(10L * batch);
        }
        try (QuoteStore again = QuoteStore.openExisting(file)) {
            assertThat(again.stats().articles()).isEqualTo(stored);
        }
    }

    @Test
    void a_store_path_that_is_a_folder_cannot_be_opened_and_says_so_in_one_line() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("news.db"));

        assertThatThrownBy(() -> QuoteStore.openOrCreate(folder))
                .isInstanceOf(StoreException.class)
                .hasMessage(folder + ": cannot open the store: cannot open the file (no permission, a folder in the way, "
                        + "or no such folder)");
    }

    @Test
    void each_kind_of_file_system_failure_has_its_own_few_words() {
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_FULL))).isEqualTo("disk full");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_IOERR_WRITE))).startsWith("input/output error");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_IOERR))).startsWith("input/output error");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_READONLY_DIRECTORY))).startsWith("read-only");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_READONLY))).startsWith("read-only");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_CANTOPEN))).startsWith("cannot open the file");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_PERM))).isEqualTo("permission denied");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_NOTADB))).isEqualTo("not a SQLite file");
        assertThat(SqliteErrors.describe(failure(SQLiteErrorCode.SQLITE_CONSTRAINT)))
                .isEqualTo(failure(SQLiteErrorCode.SQLITE_CONSTRAINT).getMessage());
    }

    private static SQLiteException failure(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }
}
