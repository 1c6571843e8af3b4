package org.onrecord.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The store's tables, created on first open and checked on every later one. Documented in docs/STORE.md. */
final class Schema {
    static final String VERSION = "2";
    /** The version before quotes had a modality: such a store gains the column when it is opened. */
    private static final String VERSION_WITHOUT_MODALITY = "1";
    /**
     * Added in version 2. NULL for a plain cue, and for every quote a version 1 store already held: it
     * comes last in new stores too, so an upgraded store and a new one have the same columns in the same order.
     */
    private static final String MODALITY_COLUMN = "modality TEXT CHECK(modality IN ('negated', 'hedged'))";

    private static final List<String> TABLES = List.of(
            """
            CREATE TABLE store_info(
              key TEXT PRIMARY KEY,
              value TEXT NOT NULL)""",
            """
            CREATE TABLE articles(
              id INTEGER PRIMARY KEY,
              source_id TEXT NOT NULL UNIQUE,
              url TEXT,
              outlet TEXT,
              published TEXT,
              published_day TEXT,
              title TEXT,
              text TEXT,
              content_hash TEXT NOT NULL,
              indexed_at TEXT NOT NULL)""",
            "CREATE INDEX articles_published_day ON articles(published_day)",
            "CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE)",
            """
            CREATE TABLE people(
              id INTEGER PRIMARY KEY,
              name_key TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL)""",
            """
            CREATE TABLE article_people(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              local_id TEXT NOT NULL,
              person_id INTEGER NOT NULL REFERENCES people(id),
              name TEXT NOT NULL,
              gender TEXT NOT NULL,
              PRIMARY KEY(article_id, local_id))""",
            "CREATE INDEX article_people_person ON article_people(person_id)",
            """
            CREATE TABLE person_facts(
              person_id INTEGER NOT NULL REFERENCES people(id),
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              kind TEXT NOT NULL CHECK(kind IN ('alias', 'role', 'organisation')),
              value TEXT NOT NULL)""",
            "CREATE INDEX person_facts_person ON person_facts(person_id, kind)",
            "CREATE INDEX person_facts_article ON person_facts(article_id)",
            """
            CREATE TABLE quotes(
              id INTEGER PRIMARY KEY,
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              seq INTEGER NOT NULL,
              start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL,
              text TEXT NOT NULL,
              type TEXT NOT NULL CHECK(type IN ('direct', 'mixed', 'indirect')),
              speaker TEXT,
              person_id INTEGER REFERENCES people(id),
              role TEXT,
              organisation TEXT,
              mention_start INTEGER,
              mention_end INTEGER,
              mention TEXT,
              cue TEXT,
              cue_start INTEGER,
              cue_end INTEGER,
              addressee TEXT,
              addressee_start INTEGER,
              addressee_end INTEGER,
              addressee_person_id INTEGER REFERENCES people(id),
              confidence REAL NOT NULL,
              rule TEXT,
              evidence TEXT,
              published_day TEXT,
              outlet TEXT,
              %s,
              UNIQUE(article_id, seq))""".formatted(MODALITY_COLUMN),
            "CREATE INDEX quotes_person ON quotes(person_id)",
            "CREATE INDEX quotes_addressee_person ON quotes(addressee_person_id)",
            // The article's day and outlet are copied into its quotes so that filtering and newest-first
            // paging read one narrow index instead of every matching article row.
            "CREATE INDEX quotes_by_day ON quotes(published_day DESC, article_id DESC, seq)",
            "CREATE INDEX quotes_by_outlet ON quotes(outlet COLLATE NOCASE, published_day DESC)",
            // External content: the index keeps only tokens; the text lives once, in quotes.
            """
            CREATE VIRTUAL TABLE quotes_fts USING fts5(
              text, speaker, organisation,
              content='quotes', content_rowid='id',
              tokenize='unicode61 remove_diacritics 2')""",
            """
            CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
              INSERT INTO quotes_fts(rowid, text, speaker, organisation)
              VALUES (new.id, new.text, new.speaker, new.organisation);
            END""",
            """
            CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
              INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, organisation)
              VALUES ('delete', old.id, old.text, old.speaker, old.organisation);
            END""");

    private Schema() {}

    /**
     * Creates the tables in an empty database, or checks that a non-empty one is a store of this version,
     * upgrading a version 1 store in place.
     */
    static void ensure(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            boolean empty;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                empty = rs.next() && rs.getInt(1) == 0;
            }
            if (empty) {
                Sql.inTransaction(c, () -> {
                    for (String ddl : TABLES) {
                        s.execute(ddl);
                    }
                    s.execute("INSERT INTO store_info(key, value) VALUES ('schema', 'onrecord-store'), ('version', '"
                            + VERSION + "')");
                });
                return;
            }
            String version = null;
            try (ResultSet rs = s.executeQuery("SELECT value FROM store_info WHERE key = 'version'")) {
                if (rs.next()) {
                    version = rs.getString(1);
                }
            } catch (SQLException e) {
                throw new StoreException(where + ": not an onrecord store (it has other tables)");
            }
            if (VERSION_WITHOUT_MODALITY.equals(version)) {
                addModality(c);
                return;
            }
            if (!VERSION.equals(version)) {
                throw new StoreException(where + ": store schema version " + version + ", this onrecord reads version " + VERSION);
            }
        }
    }

    /**
     * Checks, writing nothing, that a database is a store of this version: for stores opened read-only,
     * which cannot be created or upgraded.
     */
    static void check(Connection c, String where) throws SQLException {
        String version = null;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT value FROM store_info WHERE key = 'version'")) {
            if (rs.next()) {
                version = rs.getString(1);
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                throw new StoreException(where + ": not an onrecord store (it has no store_info table)");
            }
            throw e;
        }
        if (VERSION_WITHOUT_MODALITY.equals(version)) {
            throw new StoreException(where + ": a version " + version + " store, which must be upgraded before it is read:"
                    + " run onrecord index on it once where it can be written");
        }
        if (!VERSION.equals(version)) {
            throw new StoreException(where + ": store schema version " + version + ", this onrecord reads version " + VERSION);
        }
    }

    /**
     * Adds the modality column to a version 1 store and marks it version 2, in one transaction. The
     * version is written first because that takes the write lock at once: of two processes opening the
     * same old store, the second waits, finds the version already changed and adds nothing.
     */
    private static void addModality(Connection c) throws SQLException {
        Sql.inTransaction(c, () -> {
            try (Statement s = c.createStatement()) {
                if (s.executeUpdate("UPDATE store_info SET value = '" + VERSION + "' WHERE key = 'version' AND value = '"
                        + VERSION_WITHOUT_MODALITY + "'") == 1) {
                    s.execute("ALTER TABLE quotes ADD COLUMN " + MODALITY_COLUMN);
                }
            }
        });
    }
}
