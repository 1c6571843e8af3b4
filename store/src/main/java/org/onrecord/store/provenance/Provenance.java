package org.onrecord.store.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the store's clusters of quotations: every direct and mixed quote is an occurrence of one
 * cluster, found among earlier occurrences by MinHash LSH and window keys ({@link MinHash}), confirmed
 * by the words they share ({@link Match}), and compared with the cluster's earliest occurrence for
 * variants ({@link Variant}). Runs on the store's writing connection inside the caller's transaction,
 * so an article and its clusters are written, replaced or rolled back together.
 */
public final class Provenance implements AutoCloseable {
    /**
     * Each cluster's outlets with their first occurrence, so that a new occurrence puts its outlet in order of first
     * appearance without reading the whole cluster. Created when missing (a version 4 store made before it), and
     * filled for a cluster by its next full recomputation.
     */
    static final String CLUSTER_OUTLETS = """
            CREATE TABLE IF NOT EXISTS cluster_outlets(
              cluster_id INTEGER NOT NULL,
              outlet TEXT NOT NULL,
              day TEXT,
              article_id INTEGER NOT NULL,
              seq INTEGER NOT NULL,
              PRIMARY KEY(cluster_id, outlet)) WITHOUT ROWID""";

    /**
     * The keys a quotation is stored under (schema version 6), in one B-tree keyed by key: a new quotation's keys go in
     * at random places of it, and the look-up reads a key's quotes in order. Until version 5 the table was keyed by
     * quote, with an index by key and a foreign key: two B-trees and a check a key, the largest part of clustering's
     * cost on real news (docs/PROVENANCE.md, session 9). With neither, a quote's keys are deleted by the list its
     * occurrence keeps ({@link #LSH_KEYS_COLUMN}), not by cascade.
     */
    public static final String QUOTE_KEYS = """
            CREATE TABLE quote_keys(
              key INTEGER NOT NULL,
              quote_id INTEGER NOT NULL,
              PRIMARY KEY(key, quote_id)) WITHOUT ROWID""";

    /**
     * The keys an occurrence's quote is stored under in {@code quote_keys}, as 8-byte big-endian values in ascending
     * order (NULL for none), so that they are deleted exactly when the quote is, whatever the code that computed them
     * (schema version 6; last in the table, so that an upgraded store has the columns of a new one).
     */
    public static final String LSH_KEYS_COLUMN = "lsh_keys BLOB";

    /**
     * Where an occurrence stands in the listing of clusters carried by one article (schema version 8): {@code day}, its
     * quote's publication day, and {@code wide}, 1 when its cluster is in two articles or more (those are listed from
     * {@code clusters} by their own index). Last in the table, so that an upgraded store has the columns of a new one.
     */
    public static final String LISTING_COLUMNS = "day TEXT, wide INTEGER NOT NULL DEFAULT 0";

    /**
     * The clusters of one article in the order of a listing (day, undated first, then id), without a row each: the
     * occurrences of the others are not in it, so a deep page is reached by stepping through this index alone (session
     * 14; {@link Clusters#all}).
     */
    static final String NARROW_INDEX = "CREATE INDEX occurrences_narrow ON occurrences(day, cluster_id) WHERE wide = 0";

    /**
     * Every direct and mixed quote's place in a cluster. {@code cluster_id} has no foreign key (schema version 7): a
     * cluster of one occurrence has no row in {@code clusters}, its id is its occurrence's until a second joins.
     */
    private static final String OCCURRENCES = """
            CREATE TABLE %s(
              quote_id INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
              cluster_id INTEGER NOT NULL,
              words TEXT NOT NULL,
              speaker_key TEXT,
              variant TEXT,
              diff TEXT,
              other_speaker INTEGER NOT NULL DEFAULT 0,
              """ + LSH_KEYS_COLUMN + ", " + LISTING_COLUMNS + ")";
    /** The columns of version 7, which the upgrade from version 6 copies (the listing's are filled after it). */
    private static final String OCCURRENCE_COLUMNS = "quote_id, cluster_id, words, speaker_key, variant, diff, other_speaker, lsh_keys";

    /** Tables and indexes added in schema version 4 (the keys' layout of version 6, occurrences of versions 7 and 8); occurrences go with their quote. */
    public static final List<String> DDL = List.of(
            """
            CREATE TABLE clusters(
              id INTEGER PRIMARY KEY,
              first_quote_id INTEGER,
              first_day TEXT,
              speaker TEXT,
              text TEXT,
              article_count INTEGER NOT NULL DEFAULT 0,
              outlet_count INTEGER NOT NULL DEFAULT 0,
              outlets TEXT,
              occurrence_count INTEGER NOT NULL DEFAULT 0,
              variant_count INTEGER NOT NULL DEFAULT 0,
              speakers_differ INTEGER NOT NULL DEFAULT 0)""",
            "CREATE INDEX clusters_by_spread ON clusters(article_count DESC, first_day)",
            OCCURRENCES.formatted("occurrences"),
            "CREATE INDEX occurrences_cluster ON occurrences(cluster_id)",
            NARROW_INDEX,
            QUOTE_KEYS,
            CLUSTER_OUTLETS);


    /** Candidates looked at for one quotation, at most: a phrase every speaker uses must not cost a scan. */
    private static final int MAX_CANDIDATES = 400;
    /**
     * Quotes read under one key, at most, the earliest indexed first: a quotation carried ten thousand times must not
     * make every later quote sharing one of its keys read ten thousand rows (issue #12). Above the longest list
     * the gold samples' stores have (docs/PROVENANCE.md, "Cost"), so their clusters are unchanged.
     */
    static final int MAX_PER_KEY = 64;
    /**
     * Candidates' forms kept between adds, by text: the earliest quotes under a widely shared key are candidates of
     * every later quotation that shares it, and reading their words (regular expressions, Unicode normalisation) was
     * most of an add's work. Bounded, least recently used out; a few KB an entry.
     */
    private static final int FORMS_KEPT = 16_384;

    private final Connection c;
    private final PreparedStatement articleQuotes;
    private final PreparedStatement articleOccurrences;
    private final PreparedStatement deleteKey;
    /** The largest cluster id in use, rowed or not: a new cluster takes the next (as the rowid of an insert would). */
    private final PreparedStatement lastCluster;
    /** The id the next new cluster takes; 0 when it must be read again ({@link #lastCluster}). */
    private long nextCluster;
    private final PreparedStatement insertOccurrence;
    private final PreparedStatement insertKey;
    private final PreparedStatement clusterOccurrences;
    private final PreparedStatement updateOccurrence;
    /** Marks a cluster's occurrences as those of a cluster in two articles or more: when a second article joins it. */
    private final PreparedStatement widen;
    private final PreparedStatement upsertCluster;
    private final PreparedStatement clearOccurrence;
    private final PreparedStatement deleteCluster;
    private final PreparedStatement mergeCluster;
    /** Clusters whose every occurrence must be read again: merged, or losing occurrences of a re-indexed article. */
    private final Set<Long> touched = new LinkedHashSet<>();
    /**
     * Clusters this article made, of one occurrence and so with no row, and joined by nothing since: up to date
     * without being read again. Most quotations of real news are the only occurrence so far.
     */
    private final Set<Long> whole = new HashSet<>();
    /** Clusters this article made: their size counts as 0 until it is done, as before they were written whole. */
    private final Set<Long> made = new HashSet<>();
    /** Clusters the article's new quotes joined, with those occurrences: only these are compared with the earliest. */
    private final Map<Long, List<Long>> joined = new LinkedHashMap<>();
    private final PreparedStatement keyQuotes;
    /**
     * Phrase look-ups in the full-text index, on a connection of their own that reads what is committed: on the writing
     * connection each would first write the index's pending terms of the open transaction (a millisecond a look-up).
     * Opened at the first look-up; null for a store in memory or when it cannot be opened (then none is made).
     */
    private Connection phraseConnection;
    private PreparedStatement phraseQuotes;
    private boolean phraseTried;
    private final Map<Integer, PreparedStatement> candidateRows = new HashMap<>();
    private final PreparedStatement clusterRow;
    private final PreparedStatement newOccurrence;
    private final PreparedStatement upsertOutlet;
    private final PreparedStatement clusterOutlets;
    private final PreparedStatement deleteOutlets;
    private final PreparedStatement updateCounts;
    private final PreparedStatement occurrenceIds;
    private final PreparedStatement clusterSize;
    private final PreparedStatement articleInCluster;
    private long rowsRead;
    private final KeyFilter held;
    /**
     * Keys of the quotes written in the open transaction, not yet in {@code quote_keys}: each key's quote ids. A look-up
     * reads them with the stored ones, as if they were stored; {@link #flush} inserts them in key order before the
     * transaction commits. In key order the inserts walk the key B-tree once instead of landing at random places of it
     * a quotation at a time (session 12).
     */
    private final Map<Long, Ids> pending = new HashMap<>();

    /** A key's quote ids, in the order written. */
    private static final class Ids {
        private long[] ids = new long[2];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        boolean remove(long id) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    System.arraycopy(ids, i + 1, ids, i, size - i - 1);
                    size--;
                    return true;
                }
            }
            return false;
        }

        long[] sorted() {
            long[] out = java.util.Arrays.copyOf(ids, size);
            java.util.Arrays.sort(out);
            return out;
        }
    }
    private record Text(String text, boolean mixed) {}
    private final Map<Text, List<Match.Form>> forms = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Text, List<Match.Form>> eldest) {
            return size() > FORMS_KEPT;
        }
    };

    public Provenance(Connection c) throws SQLException {
        this.c = c;
        try (Statement s = c.createStatement()) {
            s.execute(CLUSTER_OUTLETS);
        }
        keyQuotes = c.prepareStatement("SELECT quote_id FROM quote_keys WHERE key = ? ORDER BY quote_id LIMIT " + MAX_PER_KEY);
        clusterRow = c.prepareStatement("SELECT c.first_quote_id, c.occurrence_count, c.variant_count, c.speakers_differ,"
                + " c.article_count, c.outlet_count, o.words, o.speaker_key, q.published_day, q.article_id, q.seq"
                + " FROM clusters c JOIN occurrences o ON o.quote_id = c.first_quote_id JOIN quotes q ON q.id = c.first_quote_id"
                + " WHERE c.id = ?");
        newOccurrence = c.prepareStatement("SELECT o.words, o.speaker_key, q.published_day, q.article_id, q.seq, q.outlet"
                + " FROM occurrences o JOIN quotes q ON q.id = o.quote_id WHERE o.quote_id = ?");
        // Keeps an outlet's earliest occurrence (same order as clusterOccurrences).
        upsertOutlet = c.prepareStatement("INSERT INTO cluster_outlets(cluster_id, outlet, day, article_id, seq) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT(cluster_id, outlet) DO UPDATE SET day = excluded.day, article_id = excluded.article_id,"
                + " seq = excluded.seq WHERE (excluded.day IS NULL, excluded.day, excluded.article_id, excluded.seq)"
                + " < (cluster_outlets.day IS NULL, cluster_outlets.day, cluster_outlets.article_id, cluster_outlets.seq)");
        clusterOutlets = c.prepareStatement("SELECT outlet FROM cluster_outlets WHERE cluster_id = ?"
                + " ORDER BY day IS NULL, day, article_id, seq");
        deleteOutlets = c.prepareStatement("DELETE FROM cluster_outlets WHERE cluster_id = ?");
        occurrenceIds = c.prepareStatement("SELECT quote_id FROM occurrences WHERE cluster_id = ?");
        clusterSize = c.prepareStatement("SELECT occurrence_count FROM clusters WHERE id = ?");
        articleInCluster = c.prepareStatement("SELECT COUNT(*) FROM quotes q JOIN occurrences o ON o.quote_id = q.id"
                + " WHERE q.article_id = ? AND o.cluster_id = ?");
        updateCounts = c.prepareStatement("UPDATE clusters SET article_count = ?, outlet_count = ?, outlets = ?,"
                + " occurrence_count = ?, variant_count = ?, speakers_differ = ? WHERE id = ?");
        articleQuotes = c.prepareStatement("SELECT id, text, speaker, type, published_day, outlet, seq FROM quotes"
                + " WHERE article_id = ? AND type IN ('direct', 'mixed') ORDER BY seq");
        articleOccurrences = c.prepareStatement("SELECT o.cluster_id, o.quote_id, o.lsh_keys FROM quotes q"
                + " JOIN occurrences o ON o.quote_id = q.id WHERE q.article_id = ?");
        deleteKey = c.prepareStatement("DELETE FROM quote_keys WHERE key = ? AND quote_id = ?");
        lastCluster = c.prepareStatement("SELECT max(ifnull((SELECT max(id) FROM clusters), 0),"
                + " ifnull((SELECT max(cluster_id) FROM occurrences), 0))");
        insertOccurrence = c.prepareStatement("INSERT INTO occurrences(quote_id, cluster_id, words, speaker_key, lsh_keys,"
                + " day, wide) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insertKey = c.prepareStatement("INSERT OR IGNORE INTO quote_keys(key, quote_id) VALUES (?, ?)");
        // Earliest first: by publication day, undated last, then in indexing order (article id, then place in it).
        clusterOccurrences = c.prepareStatement("SELECT o.quote_id, o.words, o.speaker_key, q.published_day, q.article_id,"
                + " q.outlet, q.speaker, q.text, q.seq FROM occurrences o JOIN quotes q ON q.id = o.quote_id WHERE o.cluster_id = ?"
                + " ORDER BY q.published_day IS NULL, q.published_day, q.article_id, q.seq");
        updateOccurrence = c.prepareStatement("UPDATE occurrences SET variant = ?, diff = ?, other_speaker = ?, wide = ?"
                + " WHERE quote_id = ?");
        widen = c.prepareStatement("UPDATE occurrences SET wide = 1 WHERE cluster_id = ? AND wide = 0");
        upsertCluster = c.prepareStatement("INSERT INTO clusters(id, first_quote_id, first_day, speaker, text, article_count,"
                + " outlet_count, outlets, occurrence_count, variant_count, speakers_differ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT(id) DO UPDATE SET first_quote_id = excluded.first_quote_id, first_day = excluded.first_day,"
                + " speaker = excluded.speaker, text = excluded.text, article_count = excluded.article_count,"
                + " outlet_count = excluded.outlet_count, outlets = excluded.outlets, occurrence_count = excluded.occurrence_count,"
                + " variant_count = excluded.variant_count, speakers_differ = excluded.speakers_differ");
        clearOccurrence = c.prepareStatement("UPDATE occurrences SET variant = NULL, diff = NULL, other_speaker = 0, wide = 0"
                + " WHERE quote_id = ? AND (variant IS NOT NULL OR diff IS NOT NULL OR other_speaker != 0 OR wide != 0)");
        deleteCluster = c.prepareStatement("DELETE FROM clusters WHERE id = ?");
        mergeCluster = c.prepareStatement("UPDATE occurrences SET cluster_id = ? WHERE cluster_id = ?");
        held = new KeyFilter(c, pending::keySet);
    }

    /**
     * Notes the clusters of an article about to be deleted and deletes its quotes' keys (its occurrences go with its
     * quotes, by cascade; the keys have no foreign key: they are deleted by the list each occurrence keeps).
     */
    public void beforeDelete(long articleId) throws SQLException {
        articleOccurrences.setLong(1, articleId);
        int deletes = 0;
        try (ResultSet rs = articleOccurrences.executeQuery()) {
            while (rs.next()) {
                touched.add(rs.getLong(1));
                long quoteId = rs.getLong(2);
                for (long key : unpack(rs.getBytes(3))) {
                    Ids written = pending.get(key);
                    if (written != null && written.remove(quoteId)) {
                        if (written.size == 0) {
                            pending.remove(key);
                        }
                        continue; // written in this transaction, not inserted yet
                    }
                    deleteKey.setLong(1, key);
                    deleteKey.setLong(2, quoteId);
                    deleteKey.addBatch();
                    deletes++;
                }
            }
        }
        if (deletes > 0) {
            deleteKey.executeBatch();
        }
    }

    /** A quote's keys as its occurrence keeps them ({@link #LSH_KEYS_COLUMN}): 8 bytes each, big-endian; null for none. */
    static byte[] pack(long[] keys) {
        if (keys.length == 0) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(keys.length * Long.BYTES);
        for (long key : keys) {
            b.putLong(key);
        }
        return b.array();
    }

    static long[] unpack(byte[] packed) {
        if (packed == null) {
            return new long[0];
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(packed);
        long[] keys = new long[packed.length / Long.BYTES];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = b.getLong();
        }
        return keys;
    }

    /** Clusters the quotes of an article just written, then brings every cluster it touched up to date. */
    public void index(long articleId) throws SQLException {
        held.refreshIfStale();
        nextCluster = 0; // another connection may have written since, and re-indexing leaves ids free
        List<Fresh> quotes = new ArrayList<>();
        articleQuotes.setLong(1, articleId);
        try (ResultSet rs = articleQuotes.executeQuery()) {
            while (rs.next()) {
                quotes.add(new Fresh(rs.getLong(1), rs.getString(2), rs.getString(3), "mixed".equals(rs.getString(4)),
                        rs.getString(5), rs.getString(6), articleId, rs.getInt(7)));
            }
        }
        for (Fresh q : quotes) {
            add(q);
        }
        for (long cluster : touched) {
            joined.remove(cluster);
            if (!whole.contains(cluster)) {
                refresh(cluster);
            }
        }
        for (var e : joined.entrySet()) {
            if (!extend(e.getKey(), e.getValue())) {
                refresh(e.getKey());
            }
        }
        touched.clear();
        joined.clear();
        whole.clear();
        made.clear();
    }

    /**
     * Inserts the keys of the quotes written since the last flush, in key order (then by quote): to be called before
     * the transaction that wrote them commits. Until then look-ups read them from memory.
     */
    public void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        long[] keys = new long[pending.size()];
        int n = 0;
        for (long key : pending.keySet()) {
            keys[n++] = key;
        }
        java.util.Arrays.sort(keys);
        int batched = 0;
        for (long key : keys) {
            for (long id : pending.get(key).sorted()) {
                insertKey.setLong(1, key);
                insertKey.setLong(2, id);
                insertKey.addBatch();
                if (++batched == 4096) {
                    insertKey.executeBatch();
                    batched = 0;
                }
            }
        }
        if (batched > 0) {
            insertKey.executeBatch();
        }
        pending.clear();
    }

    /** After a rolled-back transaction: the keys it wrote are not in the store. */
    public void forget() {
        pending.clear();
    }

    /** A quote of the article being indexed. */
    private record Fresh(long id, String text, String speaker, boolean mixed, String day, String outlet, long article, int seq) {}

    /**
     * Rows of earlier quotes this object has read to cluster quotations since it was made: the work of an add, which
     * must not grow with the size of the clusters (issue #12; {@code ProvenanceCostTest}).
     */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * Brings a store's {@code quote_keys} to the layout of version 6 when it has the older one (keyed by quote, with an
     * index by key and a foreign key): the keys are copied into the new table in key order and each occurrence is given
     * the list of its quote's keys. The same keys, so the same clusters. Returns whether there was anything to do.
     */
    public static boolean keysByKey(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!any(s, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'quote_keys_key'")) {
                return false;
            }
            if (!any(s, "SELECT count(*) FROM pragma_table_info('occurrences') WHERE name = 'lsh_keys'")) {
                s.execute("ALTER TABLE occurrences ADD COLUMN " + LSH_KEYS_COLUMN);
            }
            s.execute("ALTER TABLE quote_keys RENAME TO quote_keys_by_quote");
            s.execute("DROP INDEX quote_keys_key");
            s.execute(QUOTE_KEYS);
            // Keys of a quote with no occurrence cannot be: both were written together and went with the quote.
            s.execute("INSERT INTO quote_keys(key, quote_id) SELECT key, quote_id FROM quote_keys_by_quote"
                    + " WHERE quote_id IN (SELECT quote_id FROM occurrences) ORDER BY key, quote_id");
            try (PreparedStatement update = c.prepareStatement("UPDATE occurrences SET lsh_keys = ? WHERE quote_id = ?");
                    ResultSet rs = s.executeQuery("SELECT quote_id, key FROM quote_keys_by_quote ORDER BY quote_id, key")) {
                long quote = 0;
                List<Long> keys = new ArrayList<>();
                int pending = 0;
                while (true) {
                    boolean more = rs.next();
                    if (!keys.isEmpty() && (!more || rs.getLong(1) != quote)) {
                        update.setBytes(1, pack(keys.stream().mapToLong(Long::longValue).toArray()));
                        update.setLong(2, quote);
                        update.addBatch();
                        keys.clear();
                        if (++pending == 1000) {
                            update.executeBatch();
                            pending = 0;
                        }
                    }
                    if (!more) {
                        break;
                    }
                    quote = rs.getLong(1);
                    keys.add(rs.getLong(2));
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
            s.execute("DROP TABLE quote_keys_by_quote");
            return true;
        }
    }

    /** Whether a count query of the schema ("does the column, index or key exist") counts any. */
    private static boolean any(Statement s, String countQuery) throws SQLException {
        try (ResultSet rs = s.executeQuery(countQuery)) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Deletes the rows of clusters of one occurrence, and their outlets, and the foreign key from occurrences to clusters
     * (an upgrade to version 7): such a cluster is
     * read from its occurrence ({@link ClusterReader}, {@link Clusters}), which says the same. Its id is kept by the
     * occurrence, and the row comes back under it when a second occurrence joins. Returns the rows deleted.
     */
    public static int dropSingleRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (any(s, "SELECT count(*) FROM pragma_foreign_key_list('occurrences') WHERE \"table\" = 'clusters'")) { // SQLite cannot drop a foreign key in place: the table is copied, ids and all
                s.execute(OCCURRENCES.formatted("occurrences_v7"));
                s.execute("INSERT INTO occurrences_v7(" + OCCURRENCE_COLUMNS + ") SELECT " + OCCURRENCE_COLUMNS
                        + " FROM occurrences ORDER BY quote_id");
                s.execute("DROP TABLE occurrences");
                s.execute("ALTER TABLE occurrences_v7 RENAME TO occurrences");
                s.execute("CREATE INDEX occurrences_cluster ON occurrences(cluster_id)");
            }
            s.execute("CREATE TEMP TABLE single_clusters AS SELECT k.id FROM clusters k"
                    + " WHERE (SELECT count(*) FROM occurrences o WHERE o.cluster_id = k.id) <= 1");
            s.executeUpdate("DELETE FROM cluster_outlets WHERE cluster_id IN (SELECT id FROM temp.single_clusters)");
            int rows = s.executeUpdate("DELETE FROM clusters WHERE id IN (SELECT id FROM temp.single_clusters)");
            s.execute("DROP TABLE temp.single_clusters");
            return rows;
        }
    }

    /**
     * Gives each occurrence its place in the listing of clusters of one article (an upgrade to version 8): its quote's
     * day, and whether its cluster is in two articles or more; then the index of the others ({@link #NARROW_INDEX}).
     * Returns the occurrences the index holds.
     */
    public static int listingDays(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!any(s, "SELECT count(*) FROM pragma_table_info('occurrences') WHERE name = 'wide'")) {
                for (String column : LISTING_COLUMNS.split(",\\s*")) {
                    s.execute("ALTER TABLE occurrences ADD COLUMN " + column);
                }
            }
            s.executeUpdate("UPDATE occurrences SET day = (SELECT q.published_day FROM quotes q WHERE q.id = occurrences.quote_id),"
                    + " wide = cluster_id IN (SELECT id FROM clusters WHERE article_count >= 2)");
            s.execute(NARROW_INDEX.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM occurrences WHERE wide = 0")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Clusters every quote of a store that had none (an upgrade to version 4), article by article in indexing order. */
    public static void backfill(Connection c) throws SQLException {
        List<Long> articles = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles ORDER BY id")) {
            while (rs.next()) {
                articles.add(rs.getLong(1));
            }
        }
        try (Provenance p = new Provenance(c)) {
            for (long id : articles) {
                p.index(id);
            }
            p.flush();
        }
    }

    private record Candidate(long quoteId, long cluster, String text, boolean mixed, String speakerKey, boolean wide) {}

    private record Compared(String text, boolean mixed, boolean same) {}

    private void add(Fresh q) throws SQLException {
        long quoteId = q.id();
        String text = q.text();
        String speaker = q.speaker();
        boolean mixed = q.mixed();
        // The text is read once: its words are both the forms matched and (a direct quote's) the words diffed.
        List<String> all = Words.of(text);
        List<String> quoted = mixed ? Words.quoted(text) : null;
        List<String> words = Words.spoken(quoted, all);
        List<List<String>> wordForms = Match.forms(text, mixed, all, quoted == null ? List.of() : quoted);
        List<Match.Form> ready = Match.Form.all(wordForms);
        forms.put(new Text(text, mixed), ready); // a candidate of the quotations indexed after it
        String speakerKey = speakerKey(speaker);
        Long cluster = null;
        boolean wide = false; // the cluster joined is in two articles or more already: its new occurrence is not listed with the narrow
        boolean created = false;
        double best = -1;
        Set<Long> sameSpeakerClusters = new LinkedHashSet<>();
        long[][] keys = MinHash.keys(wordForms, Match.MIN_WORDS);
        long[] storedKeys = keys[0];
        long[] queryKeys = keys[1];
        if (queryKeys.length > 0) {
            int newWords = ready.stream().mapToInt(Match.Form::size).max().orElse(0);
            Set<Long> accepted = new HashSet<>();
            Map<Compared, Optional<Match>> compared = new HashMap<>();
            for (Candidate cand : candidates(queryKeys, wordForms)) {
                boolean same = Speakers.compatible(speakerKey, cand.speakerKey());
                if (same && accepted.contains(cand.cluster())) {
                    continue; // one occurrence of a cluster is enough to join it: a widely carried quotation costs no more
                }
                // The same words are often carried by many candidates (a widely carried quotation in several clusters):
                // compared once, the answer is the same.
                Match m = compared.computeIfAbsent(new Compared(cand.text(), cand.mixed(), same),
                        k -> Optional.ofNullable(Match.closest(ready, formsOf(k.text(), k.mixed()), k.same()))).orElse(null);
                if (m == null) {
                    continue;
                }
                if (same) {
                    accepted.add(cand.cluster());
                }
                if (speakerKey != null && speakerKey.equals(cand.speakerKey())) {
                    sameSpeakerClusters.add(cand.cluster());
                }
                // The same speaker's cluster first, then the closest words, then the most words shared: a span that
                // holds two quotations whole (a quote and the narration around another) joins the longer one; then
                // the candidate closest in length (a paraphrase of a remark joins that remark's cluster rather than a
                // long speech of someone else's that reports it in the same words).
                int candWords = formsOf(cand.text(), cand.mixed()).stream().mapToInt(Match.Form::size).max().orElse(0);
                double score = (same ? 2 : 0) + m.share() + m.shared() * 1e-6 - Math.abs(candWords - newWords) * 1e-12;
                if (score > best) {
                    best = score;
                    cluster = cand.cluster();
                    wide = cand.wide();
                }
            }
        }
        if (cluster == null) {
            // A cluster of one occurrence has no row (schema version 7): its occurrence says all a row would, and most
            // quotations are never carried again. The row and its outlets are written when a second occurrence joins.
            cluster = newClusterId();
            created = true;
            whole.add(cluster);
            made.add(cluster);
        }
        // A quotation that is an occurrence of two clusters by its named speaker joins them: occurrences indexed
        // out of order (a truncation, then a variant of the other half, then the whole) end up in one cluster.
        // Not for unnamed speakers ("he", "the party leader"), who would chain different people's clusters.
        sameSpeakerClusters.remove(cluster);
        // The smaller cluster moves into the larger, whose occurrences are not read (issue #12): the moved ones are
        // compared with its earliest like new occurrences ({@link #extend}), unless one of them is earlier.
        for (long other : sameSpeakerClusters) {
            long from = other;
            long into = cluster;
            if (size(other) > size(cluster)) {
                from = cluster;
                into = other;
            }
            List<Long> moved = new ArrayList<>();
            occurrenceIds.setLong(1, from);
            try (ResultSet rs = occurrenceIds.executeQuery()) {
                while (rs.next()) {
                    moved.add(rs.getLong(1));
                    rowsRead++;
                }
            }
            mergeCluster.setLong(1, into);
            mergeCluster.setLong(2, from);
            mergeCluster.executeUpdate();
            deleteOutlets.setLong(1, from); // the moved occurrences add their outlets to the larger cluster again
            deleteOutlets.executeUpdate();
            deleteCluster.setLong(1, from);
            deleteCluster.executeUpdate();
            nextCluster = 0; // its id may be the largest: the next new cluster takes it again, as a rowid would
            touched.remove(from);
            joined.remove(from);
            whole.remove(from);
            whole.remove(into);
            joined.computeIfAbsent(into, k -> new ArrayList<>()).addAll(moved);
            cluster = into;
        }
        insertOccurrence.setLong(1, quoteId);
        insertOccurrence.setLong(2, cluster);
        insertOccurrence.setString(3, Words.join(words));
        insertOccurrence.setString(4, speakerKey);
        insertOccurrence.setBytes(5, pack(storedKeys));
        insertOccurrence.setString(6, q.day());
        // As the cluster stood; the end of the article's clustering sets it for the cluster as it is (extend, refresh).
        insertOccurrence.setInt(7, wide ? 1 : 0);
        insert(insertOccurrence);
        for (long key : storedKeys) {
            pending.computeIfAbsent(key, k -> new Ids()).add(quoteId);
            held.add(key); // a filter built again on the way reads them back from the store and from pending
        }
        if (created) {
            touched.add(cluster);
        } else {
            whole.remove(cluster); // one of this article's new clusters, joined by a later quote of it: read again
            joined.computeIfAbsent(cluster, k -> new ArrayList<>()).add(quoteId);
        }
    }

    /**
     * The id of a new cluster: one more than the largest in use, whether its cluster has a row or not — the rowid an
     * insert into {@code clusters} would take when every cluster had a row, so that ids are those of version 6.
     */
    private long newClusterId() throws SQLException {
        if (nextCluster == 0) {
            try (ResultSet rs = lastCluster.executeQuery()) {
                rs.next();
                nextCluster = rs.getLong(1) + 1;
            }
        }
        return nextCluster++;
    }

    /** Speakers' keys by name, kept between adds: a few hundred names speak most quotations. */
    private final Map<String, Optional<String>> speakerKeys = new HashMap<>();

    private String speakerKey(String speaker) {
        if (speaker == null) {
            return null;
        }
        if (speakerKeys.size() > FORMS_KEPT) {
            speakerKeys.clear();
        }
        return speakerKeys.computeIfAbsent(speaker, k -> Optional.ofNullable(Speakers.key(k))).orElse(null);
    }

    private List<Match.Form> formsOf(String text, boolean mixed) {
        return forms.computeIfAbsent(new Text(text, mixed), k -> Match.Form.all(Match.forms(k.text(), k.mixed())));
    }

    /**
     * The statement that reads up to {@code count} candidates' rows, prepared once a size class ({@link #sizeClass}: 8, 16, 32, ... up to
     * MAX_CANDIDATES places; the places left over are bound to no quote): one prepared a quotation was a tenth of an add.
     */
    private PreparedStatement candidateRows(int size) throws SQLException {
        PreparedStatement s = candidateRows.get(size);
        if (s == null) {
            String marks = String.join(", ", Collections.nCopies(size, "?"));
            s = c.prepareStatement("SELECT o.quote_id, o.cluster_id, q.text, q.type, o.speaker_key, o.wide FROM occurrences o"
                    + " JOIN quotes q ON q.id = o.quote_id WHERE o.quote_id IN (" + marks + ") ORDER BY o.quote_id");
            candidateRows.put(size, s);
        }
        return s;
    }

    private PreparedStatement phraseQuotes() {
        if (!phraseTried) {
            phraseTried = true;
            try {
                String url = c.getMetaData().getURL();
                if (url != null && url.startsWith("jdbc:sqlite:") && !url.contains(":memory:") && url.length() > 12) {
                    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
                    config.setReadOnly(true);
                    config.setBusyTimeout(10_000);
                    phraseConnection = config.createConnection(url);
                    phraseQuotes = phraseConnection.prepareStatement("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?"
                            + " ORDER BY rowid LIMIT " + MAX_PER_KEY);
                }
            } catch (SQLException e) {
                phraseConnection = null; // clustered without phrase look-ups: containment of 4 to 6 words by windows only
                phraseQuotes = null;
            }
        }
        return phraseQuotes;
    }

    private static int sizeClass(int count) {
        int size = 8;
        while (size < count) {
            size = Math.min(MAX_CANDIDATES, size * 2);
        }
        return size;
    }

    private List<Candidate> candidates(long[] keys, List<List<String>> wordForms) throws SQLException {
        // At most MAX_PER_KEY quotes a key, then the MAX_CANDIDATES earliest indexed of them, in indexing order.
        TreeSet<Long> ids = new TreeSet<>();
        // A form of MIN_WORDS words has no window, so a longer quotation stored before it cannot be found by key (one
        // stored after it finds it by its short key): it is looked for by phrase in the full-text index, among the
        // committed quotes ("Her mind is shot!" in a tweet, a mixed quote's four quoted words). Few forms are that short.
        for (List<String> form : wordForms) {
            if (form.size() == Match.MIN_WORDS) {
                PreparedStatement phraseQuotes = phraseQuotes();
                if (phraseQuotes == null) {
                    break;
                }
                phraseQuotes.setString(1, "text : \"" + String.join(" ", form) + "\"");
                try (ResultSet rs = phraseQuotes.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        rowsRead++;
                    }
                } catch (SQLException e) {
                    // a read of its own, outside the transaction: without it the quote is clustered by its keys alone
                }
            }
        }
        for (long key : keys) {
            if (!held.mayHold(key)) {
                continue; // most keys of a new quotation: no earlier quote has them
            }
            Ids written = pending.get(key);
            keyQuotes.setLong(1, key);
            if (written == null) {
                try (ResultSet rs = keyQuotes.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        rowsRead++;
                    }
                }
                continue;
            }
            // The MAX_PER_KEY first by quote id among the stored and the pending, as the query would read them stored.
            TreeSet<Long> under = new TreeSet<>();
            try (ResultSet rs = keyQuotes.executeQuery()) {
                while (rs.next()) {
                    under.add(rs.getLong(1));
                }
            }
            for (long id : written.sorted()) {
                under.add(id);
            }
            int taken = 0;
            for (long id : under) {
                if (taken++ == MAX_PER_KEY) {
                    break;
                }
                ids.add(id);
                rowsRead++;
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> chosen = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_CANDIDATES));
        int places = sizeClass(chosen.size());
        PreparedStatement s = candidateRows(places);
        int i = 1;
        for (long id : chosen) {
            s.setLong(i++, id);
        }
        for (; i <= places; i++) {
            s.setLong(i, -1); // no quote has it
        }
        List<Candidate> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), "mixed".equals(rs.getString(4)),
                        rs.getString(5), rs.getInt(6) != 0));
                rowsRead++;
            }
        }
        return out;
    }

    /**
     * Adds an article's new occurrences to a cluster without reading its others: each is compared with the earliest,
     * and the counts, outlets and flags are brought up to date from the cluster's row and its outlets. False when
     * that cannot be done and the whole cluster must be read again: a new occurrence is earlier than the earliest
     * (every variant is then relative to it), or the cluster's outlets were not recorded (a store made before).
     * The occurrences are new ones or ones a merge moved here from a smaller cluster; a re-indexed article's clusters
     * are in {@code touched}, read whole.
     */
    private boolean extend(long cluster, List<Long> quoteIds) throws SQLException {
        List<String> firstWords;
        String firstSpeaker;
        Order first;
        int occurrences;
        int variants;
        boolean speakersDiffer;
        int articleCount;
        int outletCount;
        clusterRow.setLong(1, cluster);
        try (ResultSet rs = clusterRow.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            rowsRead++;
            occurrences = rs.getInt(2);
            variants = rs.getInt(3);
            speakersDiffer = rs.getInt(4) != 0;
            articleCount = rs.getInt(5);
            outletCount = rs.getInt(6);
            firstWords = Words.split(rs.getString(7));
            firstSpeaker = rs.getString(8);
            first = new Order(rs.getString(9), rs.getLong(10), rs.getInt(11));
        }
        List<String> outlets = outlets(cluster);
        if (outlets.size() != outletCount) {
            return false;
        }
        record Added(long quoteId, List<String> words, String speakerKey, Order order, String outlet) {}
        Map<Long, Integer> addedByArticle = new HashMap<>();
        List<Added> added = new ArrayList<>();
        for (long id : quoteIds) {
            newOccurrence.setLong(1, id);
            try (ResultSet rs = newOccurrence.executeQuery()) {
                rs.next();
                Added a = new Added(id, Words.split(rs.getString(1)), rs.getString(2),
                        new Order(rs.getString(3), rs.getLong(4), rs.getInt(5)), rs.getString(6));
                if (a.order().compareTo(first) < 0) {
                    return false;
                }
                added.add(a);
                addedByArticle.merge(a.order().article(), 1, Integer::sum);
            }
        }
        // An article counts once: a new one, or one whose occurrences a merge moved here, when the cluster had none of it.
        int articlesBefore = articleCount;
        for (var e : addedByArticle.entrySet()) {
            articleInCluster.setLong(1, e.getKey());
            articleInCluster.setLong(2, cluster);
            try (ResultSet rs = articleInCluster.executeQuery()) {
                rs.next();
                articleCount += rs.getInt(1) == e.getValue() ? 1 : 0;
            }
        }
        boolean wide = articleCount >= 2;
        for (Added a : added) {
            Variant v = Variant.of(firstWords, a.words());
            boolean other = !Speakers.compatible(firstSpeaker, a.speakerKey());
            variants += v == null ? 0 : 1;
            speakersDiffer |= other;
            bindOccurrence(updateOccurrence, v, other, wide, a.quoteId());
            updateOccurrence.executeUpdate();
            if (a.outlet() != null && !a.outlet().isBlank()) {
                upsertOutlet(cluster, a.outlet().strip(), a.order());
            }
        }
        if (wide && articlesBefore < 2) { // its first article's occurrences leave the listing of clusters of one article
            widen.setLong(1, cluster);
            widen.executeUpdate();
        }
        outlets = outlets(cluster);
        updateCounts.setInt(1, articleCount);
        updateCounts.setInt(2, outlets.size());
        updateCounts.setString(3, outlets.isEmpty() ? null : String.join(", ", outlets));
        updateCounts.setInt(4, occurrences + added.size());
        updateCounts.setInt(5, variants);
        updateCounts.setInt(6, speakersDiffer ? 1 : 0);
        updateCounts.setLong(7, cluster);
        updateCounts.executeUpdate();
        return true;
    }

    /** Occurrences a cluster had when last brought up to date (0 for one made by this article, 1 for one with no row). */
    private int size(long cluster) throws SQLException {
        if (made.contains(cluster)) {
            return 0; // the merge's direction, and so the ids kept, as when a new cluster was filled in at the end
        }
        clusterSize.setLong(1, cluster);
        try (ResultSet rs = clusterSize.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 1; // no row: a cluster of one
        }
    }

    /** Where an occurrence stands in a cluster: by publication day, undated last, then in indexing order. */
    private record Order(String day, long article, int seq) implements Comparable<Order> {
        @Override
        public int compareTo(Order o) {
            if ((day == null) != (o.day == null)) {
                return day == null ? 1 : -1;
            }
            int c = day == null ? 0 : day.compareTo(o.day);
            c = c != 0 ? c : Long.compare(article, o.article);
            return c != 0 ? c : Integer.compare(seq, o.seq);
        }
    }

    private List<String> outlets(long cluster) throws SQLException {
        List<String> out = new ArrayList<>();
        clusterOutlets.setLong(1, cluster);
        try (ResultSet rs = clusterOutlets.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void upsertOutlet(long cluster, String outlet, Order order) throws SQLException {
        upsertOutlet.setLong(1, cluster);
        upsertOutlet.setString(2, outlet);
        upsertOutlet.setString(3, order.day());
        upsertOutlet.setLong(4, order.article());
        upsertOutlet.setInt(5, order.seq());
        insert(upsertOutlet);
    }

    /**
     * Recomputes a cluster's earliest occurrence, spread and variants, writing its row and outlets when it has two
     * occurrences or more; deletes them when it has fewer (a cluster of one has no row: schema version 7).
     */
    private void refresh(long cluster) throws SQLException {
        record Occurrence(long quoteId, List<String> words, String speakerKey, String day, long article, String outlet,
                String speaker, String text, int seq) {}
        List<Occurrence> all = new ArrayList<>();
        clusterOccurrences.setLong(1, cluster);
        try (ResultSet rs = clusterOccurrences.executeQuery()) {
            while (rs.next()) {
                all.add(new Occurrence(rs.getLong(1), Words.split(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9)));
                rowsRead++;
            }
        }
        deleteOutlets.setLong(1, cluster);
        deleteOutlets.executeUpdate();
        if (all.size() <= 1) {
            deleteCluster.setLong(1, cluster);
            deleteCluster.executeUpdate();
            if (!all.isEmpty()) {
                clearOccurrence.setLong(1, all.get(0).quoteId()); // the earliest: no variant, its own speaker
                clearOccurrence.executeUpdate();
            }
            return;
        }
        Occurrence first = all.get(0);
        Set<Long> articles = new LinkedHashSet<>();
        for (Occurrence o : all) {
            articles.add(o.article());
        }
        boolean wide = articles.size() >= 2;
        Set<String> outlets = new LinkedHashSet<>();
        int variants = 0;
        boolean speakersDiffer = false;
        for (Occurrence o : all) {
            if (o.outlet() != null && !o.outlet().isBlank() && outlets.add(o.outlet().strip())) {
                upsertOutlet(cluster, o.outlet().strip(), new Order(o.day(), o.article(), o.seq()));
            }
            Variant v = o == first ? null : Variant.of(first.words(), o.words());
            boolean other = !Speakers.compatible(first.speakerKey(), o.speakerKey());
            variants += v == null ? 0 : 1;
            speakersDiffer |= other;
            bindOccurrence(updateOccurrence, v, other, wide, o.quoteId());
            updateOccurrence.addBatch();
        }
        updateOccurrence.executeBatch();
        upsertCluster.setLong(1, cluster);
        upsertCluster.setLong(2, first.quoteId());
        upsertCluster.setString(3, first.day());
        upsertCluster.setString(4, first.speaker());
        upsertCluster.setString(5, first.text());
        upsertCluster.setInt(6, articles.size());
        upsertCluster.setInt(7, outlets.size());
        upsertCluster.setString(8, outlets.isEmpty() ? null : String.join(", ", outlets));
        upsertCluster.setInt(9, all.size());
        upsertCluster.setInt(10, variants);
        upsertCluster.setInt(11, speakersDiffer ? 1 : 0);
        insert(upsertCluster);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(articleQuotes, articleOccurrences, deleteKey, lastCluster, insertOccurrence, insertKey,
                clusterOccurrences, updateOccurrence, widen, upsertCluster, clearOccurrence, deleteCluster, mergeCluster, keyQuotes, clusterRow,
                newOccurrence, upsertOutlet, clusterOutlets, deleteOutlets, updateCounts, occurrenceIds, clusterSize,
                articleInCluster)) {
            s.close();
        }
        for (PreparedStatement s : candidateRows.values()) {
            s.close();
        }
        if (phraseConnection != null) {
            phraseQuotes.close();
            phraseConnection.close();
        }
    }

    /**
     * Runs an INSERT whose parameters are bound, as a batch of one: after {@code executeUpdate} of an INSERT the driver
     * (sqlite-jdbc 3.54) prepares and runs {@code SELECT last_insert_rowid()} on a new statement for
     * {@code getGeneratedKeys}, which nothing here reads; its batches do not (session 12: some 3 % of the writer's time
     * in SQLite with clusters on).
     */
    private static void insert(PreparedStatement s) throws SQLException {
        s.addBatch();
        s.executeBatch();
    }

    /**
     * An occurrence's variant against its cluster's earliest (none for the same words), whether its speaker differs, and
     * whether its cluster is in two articles or more.
     */
    private static void bindOccurrence(PreparedStatement update, Variant v, boolean otherSpeaker, boolean wide, long quoteId)
            throws SQLException {
        update.setString(1, v == null ? null : String.join(",", v.classes()));
        update.setString(2, v == null ? null : v.diff());
        update.setInt(3, otherSpeaker ? 1 : 0);
        update.setInt(4, wide ? 1 : 0);
        update.setLong(5, quoteId);
    }
}
