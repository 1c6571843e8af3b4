package org.onrecord.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.onrecord.store.provenance.Provenance;

/** The store's tables, created on first open and checked on every later one. Documented in docs/STORE.md. */
final class Schema {
    static final String VERSION = "8";
    /** The version before quotes had a modality: such a store gains the column when it is opened. */
    private static final String VERSION_WITHOUT_MODALITY = "1";
    /** The version before stances: such a store's quotes table is rebuilt when it is opened. */
    private static final String VERSION_WITHOUT_STANCES = "2";
    /** The version before clusters of quotations (issue #15): such a store gains them, filled, when it is opened. */
    private static final String VERSION_WITHOUT_CLUSTERS = "3";
    /** The version before boilerplate spans were kept: such a store gains an empty table when it is opened. */
    private static final String VERSION_WITHOUT_BOILERPLATE = "4";
    /**
     * The version whose quotation keys were keyed by quote, with an index by key and a foreign key: such a store's keys
     * are moved into one table keyed by key when it is opened for writing. Nothing a reader reads changed, so it is
     * read as it is.
     */
    private static final String VERSION_WITH_KEYS_BY_QUOTE = "5";
    /**
     * The version whose clusters of one occurrence had a row in {@code clusters} and {@code cluster_outlets}: such a
     * store has those rows deleted when it is opened for writing (version 7 writes none; readers read such a cluster
     * from its occurrence, and read a version 6 store as it is).
     */
    private static final String VERSION_WITH_SINGLE_ROWS = "6";
    /**
     * The version whose occurrences did not say where they stand in the listing of clusters of one article (their day, and
     * whether their cluster is wider): such a store gains the two columns and their index when it is opened for writing;
     * readers read it (and versions 5 and 6) by the occurrences' quotes, as version 7 did.
     */
    private static final String VERSION_WITHOUT_LISTING_DAYS = "7";
    /**
     * Added in version 2. NULL for a plain cue, and for every quote a version 1 store already held: it
     * comes after the columns of version 1 in new stores too, so an upgraded store and a new one have the
     * same columns in the same order.
     */
    private static final String MODALITY_COLUMN = "modality TEXT CHECK(modality IN ('negated', 'hedged'))";

    /**
     * Added within version 3 (before its release): what the page said of itself beyond title, url, date and outlet.
     * Last in the table, so that a store that gains them by ALTER TABLE has the columns a new one has.
     */
    private static final String ARTICLE_METADATA_COLUMNS = "authors TEXT, language TEXT";

    private static final String QUOTES_TABLE = """
            CREATE TABLE quotes(
              id INTEGER PRIMARY KEY,
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              seq INTEGER NOT NULL,
              start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL,
              text TEXT NOT NULL,
              type TEXT NOT NULL CHECK(type IN ('direct', 'mixed', 'indirect', 'stance')),
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
              act TEXT CHECK(act IN ('speech', 'thought', 'finding')),
              target TEXT,
              target_start INTEGER,
              target_end INTEGER,
              polarity TEXT CHECK(polarity IN ('support', 'oppose', 'neutral')),
              UNIQUE(article_id, seq))""".formatted(MODALITY_COLUMN);
    /** The columns a version 2 store's quotes table has, in its order. */
    private static final String VERSION_2_QUOTE_COLUMNS = "id, article_id, seq, start_offset, end_offset, text, type,"
            + " speaker, person_id, role, organisation, mention_start, mention_end, mention, cue, cue_start, cue_end,"
            + " addressee, addressee_start, addressee_end, addressee_person_id, confidence, rule, evidence,"
            + " published_day, outlet, modality";

    /** What is built on the quotes table: dropped with it when an older store is rebuilt, then made anew. */
    private static final List<String> ON_QUOTES = List.of(
            "CREATE INDEX quotes_person ON quotes(person_id)",
            "CREATE INDEX quotes_addressee_person ON quotes(addressee_person_id)",
            // The article's day and outlet are copied into its quotes so that filtering and newest-first
            // paging read one narrow index instead of every matching article row.
            "CREATE INDEX quotes_by_day ON quotes(published_day DESC, article_id DESC, seq)",
            "CREATE INDEX quotes_by_outlet ON quotes(outlet COLLATE NOCASE, published_day DESC)",
            // External content: the index keeps only tokens; the text lives once, in quotes. The type is
            // indexed too, so that leaving stances out of a search ("NOT type:stance") stays inside the index.
            """
            CREATE VIRTUAL TABLE quotes_fts USING fts5(
              text, speaker, organisation, type,
              content='quotes', content_rowid='id',
              tokenize='unicode61 remove_diacritics 2')""",
            """
            CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
              INSERT INTO quotes_fts(rowid, text, speaker, organisation, type)
              VALUES (new.id, new.text, new.speaker, new.organisation, new.type);
            END""",
            """
            CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
              INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, organisation, type)
              VALUES ('delete', old.id, old.text, old.speaker, old.organisation, old.type);
            END""");

    /**
     * Version 5: the stretches of each article that are not its content ("READ MORE: …", bylines, captions), so that
     * the article page can dim them. Offsets in code points, like the quotes'. The kind is not CHECKed: the engine may
     * learn new kinds, and a CHECK could only be widened by rebuilding the table.
     */
    private static final List<String> BOILERPLATE = List.of(
            """
            CREATE TABLE boilerplate(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL,
              kind TEXT NOT NULL)""",
            "CREATE INDEX boilerplate_article ON boilerplate(article_id, start_offset)");

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
              indexed_at TEXT NOT NULL,
              %s)""".formatted(ARTICLE_METADATA_COLUMNS),
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
            QUOTES_TABLE);

    private Schema() {}

    /**
     * Creates the tables in an empty database, or checks that a non-empty one is a store of this version,
     * upgrading an older store in place.
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
                    for (String ddl : ON_QUOTES) {
                        s.execute(ddl);
                    }
                    for (String ddl : Provenance.DDL) {
                        s.execute(ddl);
                    }
                    for (String ddl : BOILERPLATE) {
                        s.execute(ddl);
                    }
                    s.execute("INSERT INTO store_info(key, value) VALUES ('schema', 'onrecord-store'), ('version', '"
                            + VERSION + "')");
                });
                return;
            }
            String version = version(s, where);
            if (older(version)) {
                upgrade(c, version);
                return;
            }
            if (!VERSION.equals(version)) {
                throw new StoreException(where + ": store schema version " + version + ", this onrecord reads version " + VERSION);
            }
            if (!hasArticleMetadata(s)) {
                try {
                    Sql.inTransaction(c, () -> addArticleMetadata(s));
                } catch (SQLException e) {
                    if (!hasArticleMetadata(s)) { // else another process added them first
                        throw e;
                    }
                }
            }
        }
    }

    private static boolean older(String version) {
        return VERSION_WITHOUT_MODALITY.equals(version) || VERSION_WITHOUT_STANCES.equals(version)
                || VERSION_WITHOUT_CLUSTERS.equals(version) || VERSION_WITHOUT_BOILERPLATE.equals(version)
                || VERSION_WITH_KEYS_BY_QUOTE.equals(version) || VERSION_WITH_SINGLE_ROWS.equals(version)
                || VERSION_WITHOUT_LISTING_DAYS.equals(version);
    }

    /** Whether the articles table has authors and language (a version 3 store made before they were added has not). */
    private static boolean hasArticleMetadata(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'authors'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void addArticleMetadata(Statement s) throws SQLException {
        for (String column : ARTICLE_METADATA_COLUMNS.split(",\\s*")) {
            s.execute("ALTER TABLE articles ADD COLUMN " + column);
        }
    }

    private static String version(Statement s, String where) {
        try (ResultSet rs = s.executeQuery("SELECT value FROM store_info WHERE key = 'version'")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new StoreException(where + ": not an onrecord store (it has other tables)");
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
        if (VERSION_WITH_KEYS_BY_QUOTE.equals(version) || VERSION_WITH_SINGLE_ROWS.equals(version)
                || VERSION_WITHOUT_LISTING_DAYS.equals(version)) {
            // readers read nothing that version 6 changed, a cluster of one with or without its row, and list the clusters
            // of one article by their occurrences' quotes when the occurrences do not say their day (Clusters#all)
            return;
        }
        if (older(version)) {
            throw new StoreException(where + ": a version " + version + " store, which must be upgraded before it is read:"
                    + " run onrecord index on it once where it can be written");
        }
        if (!VERSION.equals(version)) {
            throw new StoreException(where + ": store schema version " + version + ", this onrecord reads version " + VERSION);
        }
    }

    /**
     * Brings a version 1, 2, 3, 4, 5, 6 or 7 store to this version in one transaction: the modality column (version 2),
     * the articles' authors and language, then a quotes table that takes stances and their act, target and polarity (version 3),
     * then the clusters of quotations, computed from the stored quotes (version 4), then an empty table of boilerplate
     * spans (version 5: the text alone does not say where they were, so articles get theirs when indexed again), then the
     * quotations' keys in one table keyed by key, each occurrence with the list of its keys (version 6; a store that gained
     * its clusters in this upgrade has them so already), then no row for a cluster of one occurrence (version 7; nor
     * has a store that gained its clusters in this upgrade), then each occurrence's day and whether its cluster is in two
     * articles or more, with the index of the others that lists the clusters of one article (version 8). SQLite cannot
     * change a CHECK constraint in place, so the quotes are copied into a new table with the same ids
     * (links to them stay valid) and the full-text index is rebuilt from it. The version is written first
     * because that takes the write lock at once: of two processes opening the same old store, the second
     * waits, finds the version already changed and does nothing.
     */
    private static void upgrade(Connection c, String from) throws SQLException {
        Sql.inTransaction(c, () -> {
            try (Statement s = c.createStatement()) {
                if (s.executeUpdate("UPDATE store_info SET value = '" + VERSION + "' WHERE key = 'version' AND value = '"
                        + from + "'") != 1) {
                    return;
                }
                if (VERSION_WITHOUT_LISTING_DAYS.equals(from)) {
                    Provenance.listingDays(c);
                    return;
                }
                if (VERSION_WITH_SINGLE_ROWS.equals(from)) {
                    Provenance.dropSingleRows(c);
                    Provenance.listingDays(c);
                    return;
                }
                if (VERSION_WITH_KEYS_BY_QUOTE.equals(from)) {
                    Provenance.keysByKey(c);
                    Provenance.dropSingleRows(c);
                    Provenance.listingDays(c);
                    return;
                }
                if (VERSION_WITHOUT_BOILERPLATE.equals(from)) {
                    addBoilerplate(s);
                    Provenance.keysByKey(c);
                    Provenance.dropSingleRows(c);
                    Provenance.listingDays(c);
                    return;
                }
                if (VERSION_WITHOUT_CLUSTERS.equals(from)) {
                    if (!hasArticleMetadata(s)) {
                        addArticleMetadata(s);
                    }
                    addClusters(c, s);
                    addBoilerplate(s);
                    return;
                }
                if (VERSION_WITHOUT_MODALITY.equals(from)) {
                    s.execute("ALTER TABLE quotes ADD COLUMN " + MODALITY_COLUMN);
                }
                addArticleMetadata(s);
                s.execute("DROP TABLE quotes_fts");
                s.execute(QUOTES_TABLE.replaceFirst("CREATE TABLE quotes\\(", "CREATE TABLE quotes_upgraded("));
                s.execute("INSERT INTO quotes_upgraded(" + VERSION_2_QUOTE_COLUMNS + ") SELECT " + VERSION_2_QUOTE_COLUMNS
                        + " FROM quotes");
                s.execute("DROP TABLE quotes");
                s.execute("ALTER TABLE quotes_upgraded RENAME TO quotes");
                for (String ddl : ON_QUOTES) {
                    s.execute(ddl);
                }
                s.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')");
                addClusters(c, s);
                addBoilerplate(s);
            }
        });
    }

    /** Version 4: the tables of clusters, filled from the quotes already stored (see Provenance#backfill). */
    private static void addClusters(Connection c, Statement s) throws SQLException {
        for (String ddl : Provenance.DDL) {
            s.execute(ddl);
        }
        Provenance.backfill(c);
    }

    /** Version 5: the table of boilerplate spans, empty until articles are indexed again. */
    private static void addBoilerplate(Statement s) throws SQLException {
        for (String ddl : BOILERPLATE) {
            s.execute(ddl);
        }
    }
}
