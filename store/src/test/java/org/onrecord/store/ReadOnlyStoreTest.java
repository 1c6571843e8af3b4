package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void a_store_in_a_folder_nobody_may_write_is_searched_and_nothing_is_created_beside_it() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Path file = folder.resolve("news.db");
        try (QuoteStore writer = QuoteStore.openOrCreate(file)) {
            writer.put(List.of(Fixtures.said("a1", "2022-06-01", "Jane Smith", "We will not back down."),
                    Fixtures.said("a2", "2022-06-02", "Mick Lynch", "We will strike.")));
        }
        assertThat(names(folder)).containsExactly("news.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Run as root, the process could still write there: the store must not, since the bits say no.
            try (QuoteStore store = QuoteStore.openReadOnly(file)) {
                assertThat(store.search(SearchQuery.all().withText("strike")).hits()).extracting(h -> h.quote().speaker())
                        .containsExactly("Mick Lynch");
                assertThat(store.stats()).isEqualTo(new StoreStats(2, 2, 2));
                assertThat(names(folder)).as("no -wal, -shm or journal while open").containsExactly("news.db");
            }
            assertThat(names(folder)).containsExactly("news.db");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void a_store_opened_read_only_refuses_writes() {
        Path file = dir.resolve("news.db");
        QuoteStore.openOrCreate(file).close();

        try (QuoteStore store = QuoteStore.openReadOnly(file)) {
            assertThatThrownBy(() -> store.put(List.of(Fixtures.said("a1", "2022-06-01", "Jane Smith", "Hello."))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void a_read_only_store_in_a_writable_folder_sees_what_a_writer_adds_meanwhile() {
        Path file = dir.resolve("news.db");
        try (QuoteStore writer = QuoteStore.openOrCreate(file); QuoteStore reader = QuoteStore.openReadOnly(file)) {
            assertThat(reader.stats().quotes()).isZero();

            writer.put(List.of(Fixtures.said("a1", "2022-06-01", "Jane Smith", "We will not back down.")));

            assertThat(reader.search(SearchQuery.all().withText("back")).total()).isEqualTo(1);
        }
    }

    @Test
    void a_version_1_store_opened_read_only_says_how_to_upgrade_it() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE store_info(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("INSERT INTO store_info VALUES ('schema', 'onrecord-store'), ('version', '1')");
        }

        assertThatThrownBy(() -> QuoteStore.openReadOnly(file))
                .isInstanceOf(StoreException.class).hasMessageContaining("run onrecord index on it once");
    }

    @Test
    void a_missing_store_or_another_kind_of_database_is_refused() throws Exception {
        assertThatThrownBy(() -> QuoteStore.openReadOnly(dir.resolve("nope.db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no such store");
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> QuoteStore.openReadOnly(other))
                .isInstanceOf(StoreException.class).hasMessageContaining("not an onrecord store");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
