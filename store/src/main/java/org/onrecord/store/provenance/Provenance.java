package org.onrecord.store.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the store's clusters of quotations: every direct and mixed quote is an occurrence of one
 * cluster, found among earlier occurrences by MinHash LSH and window keys ({@link MinHash}), confirmed
 * by the words they share ({@link Match}), and compared with the cluster's earliest occurrence for
 * variants ({@link Variant}). Runs on the store's writing connection inside the caller's transaction,
 * so an article and its clusters are written, replaced or rolled back together.
 */
public final class Provenance implements AutoCloseable {
    /** Tables and indexes added in schema version 4; occurrences and keys go with their quote. */
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
            """
            CREATE TABLE occurrences(
              quote_id INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
              cluster_id INTEGER NOT NULL REFERENCES clusters(id),
              words TEXT NOT NULL,
              speaker_key TEXT,
              variant TEXT,
              diff TEXT,
              other_speaker INTEGER NOT NULL DEFAULT 0)""",
            "CREATE INDEX occurrences_cluster ON occurrences(cluster_id)",
            """
            CREATE TABLE quote_keys(
              quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
              key INTEGER NOT NULL,
              PRIMARY KEY(quote_id, key)) WITHOUT ROWID""",
            // Keyed by quote first: new quotes' keys are appended (ids grow) and a deleted quote's are one range;
            // only this index takes random inserts.
            "CREATE INDEX quote_keys_key ON quote_keys(key)");

    /** Candidates looked at for one quotation, at most: a phrase every speaker uses must not cost a scan. */
    private static final int MAX_CANDIDATES = 400;

    private final Connection c;
    private final PreparedStatement articleQuotes;
    private final PreparedStatement articleClusters;
    private final PreparedStatement insertCluster;
    private final PreparedStatement insertOccurrence;
    private final PreparedStatement insertKey;
    private final PreparedStatement clusterOccurrences;
    private final PreparedStatement updateOccurrence;
    private final PreparedStatement updateCluster;
    private final PreparedStatement deleteCluster;
    private final PreparedStatement mergeCluster;
    private final Set<Long> touched = new LinkedHashSet<>();

    public Provenance(Connection c) throws SQLException {
        this.c = c;
        articleQuotes = c.prepareStatement("SELECT id, text, speaker, type FROM quotes WHERE article_id = ?"
                + " AND type IN ('direct', 'mixed') ORDER BY seq");
        articleClusters = c.prepareStatement("SELECT DISTINCT o.cluster_id FROM quotes q JOIN occurrences o ON o.quote_id = q.id"
                + " WHERE q.article_id = ?");
        insertCluster = c.prepareStatement("INSERT INTO clusters DEFAULT VALUES", Statement.RETURN_GENERATED_KEYS);
        insertOccurrence = c.prepareStatement("INSERT INTO occurrences(quote_id, cluster_id, words, speaker_key) VALUES (?, ?, ?, ?)");
        insertKey = c.prepareStatement("INSERT OR IGNORE INTO quote_keys(key, quote_id) VALUES (?, ?)");
        // Earliest first: by publication day, undated last, then in indexing order (article id, then place in it).
        clusterOccurrences = c.prepareStatement("SELECT o.quote_id, o.words, o.speaker_key, q.published_day, q.article_id,"
                + " q.outlet, q.speaker, q.text FROM occurrences o JOIN quotes q ON q.id = o.quote_id WHERE o.cluster_id = ?"
                + " ORDER BY q.published_day IS NULL, q.published_day, q.article_id, q.seq");
        updateOccurrence = c.prepareStatement("UPDATE occurrences SET variant = ?, diff = ?, other_speaker = ? WHERE quote_id = ?");
        updateCluster = c.prepareStatement("UPDATE clusters SET first_quote_id = ?, first_day = ?, speaker = ?, text = ?,"
                + " article_count = ?, outlet_count = ?, outlets = ?, occurrence_count = ?, variant_count = ?,"
                + " speakers_differ = ? WHERE id = ?");
        deleteCluster = c.prepareStatement("DELETE FROM clusters WHERE id = ?");
        mergeCluster = c.prepareStatement("UPDATE occurrences SET cluster_id = ? WHERE cluster_id = ?");
    }

    /** Notes the clusters of an article about to be deleted (its occurrences go with its quotes). */
    public void beforeDelete(long articleId) throws SQLException {
        articleClusters.setLong(1, articleId);
        try (ResultSet rs = articleClusters.executeQuery()) {
            while (rs.next()) {
                touched.add(rs.getLong(1));
            }
        }
    }

    /** Clusters the quotes of an article just written, then brings every cluster it touched up to date. */
    public void index(long articleId) throws SQLException {
        record Fresh(long id, String text, String speaker, boolean mixed) {}
        List<Fresh> quotes = new ArrayList<>();
        articleQuotes.setLong(1, articleId);
        try (ResultSet rs = articleQuotes.executeQuery()) {
            while (rs.next()) {
                quotes.add(new Fresh(rs.getLong(1), rs.getString(2), rs.getString(3), "mixed".equals(rs.getString(4))));
            }
        }
        for (Fresh q : quotes) {
            add(q.id(), q.text(), q.speaker(), q.mixed());
        }
        for (long cluster : touched) {
            refresh(cluster);
        }
        touched.clear();
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
        }
    }

    private record Candidate(long quoteId, long cluster, String text, boolean mixed, String speakerKey) {}

    private void add(long quoteId, String text, String speaker, boolean mixed) throws SQLException {
        List<String> words = Words.spoken(text, mixed);
        List<List<String>> forms = Match.forms(text, mixed);
        String speakerKey = Speakers.key(speaker);
        Long cluster = null;
        double best = -1;
        Set<Long> sameSpeakerClusters = new LinkedHashSet<>();
        Set<Long> queryKeys = new LinkedHashSet<>();
        Set<Long> storedKeys = new LinkedHashSet<>();
        for (List<String> form : forms) {
            if (form.size() >= Match.MIN_WORDS) {
                queryKeys.addAll(MinHash.queryKeys(form));
                storedKeys.addAll(MinHash.storedKeys(form));
            }
        }
        if (!queryKeys.isEmpty()) {
            Set<Long> accepted = new HashSet<>();
            for (Candidate cand : candidates(queryKeys)) {
                boolean same = Speakers.compatible(speakerKey, cand.speakerKey());
                if (same && accepted.contains(cand.cluster())) {
                    continue; // one occurrence of a cluster is enough to join it: a widely carried quotation costs no more
                }
                Match m = Match.best(forms, Match.forms(cand.text(), cand.mixed()), same);
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
                // holds two quotations whole (a quote and the narration around another) joins the longer one.
                double score = (same ? 2 : 0) + m.share() + m.shared() * 1e-6;
                if (score > best) {
                    best = score;
                    cluster = cand.cluster();
                }
            }
        }
        if (cluster == null) {
            insertCluster.executeUpdate();
            try (ResultSet keys = insertCluster.getGeneratedKeys()) {
                keys.next();
                cluster = keys.getLong(1);
            }
        }
        // A quotation that is an occurrence of two clusters by its named speaker joins them: occurrences indexed
        // out of order (a truncation, then a variant of the other half, then the whole) end up in one cluster.
        // Not for unnamed speakers ("he", "the party leader"), who would chain different people's clusters.
        sameSpeakerClusters.remove(cluster);
        for (long other : sameSpeakerClusters) {
            mergeCluster.setLong(1, cluster);
            mergeCluster.setLong(2, other);
            mergeCluster.executeUpdate();
            touched.add(other);
        }
        insertOccurrence.setLong(1, quoteId);
        insertOccurrence.setLong(2, cluster);
        insertOccurrence.setString(3, Words.join(words));
        insertOccurrence.setString(4, speakerKey);
        insertOccurrence.executeUpdate();
        if (!storedKeys.isEmpty()) {
            for (long key : storedKeys) {
                insertKey.setLong(1, key);
                insertKey.setLong(2, quoteId);
                insertKey.addBatch();
            }
            insertKey.executeBatch();
        }
        touched.add(cluster);
    }

    private List<Candidate> candidates(Set<Long> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT o.quote_id, o.cluster_id, q.text, q.type, o.speaker_key"
                + " FROM occurrences o JOIN quotes q ON q.id = o.quote_id WHERE o.quote_id IN (SELECT quote_id FROM quote_keys WHERE key IN (" + marks + ")) LIMIT " + MAX_CANDIDATES)) {
            int i = 1;
            for (long key : keys) {
                s.setLong(i++, key);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), "mixed".equals(rs.getString(4)),
                            rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** Recomputes a cluster's earliest occurrence, spread and variants; deletes it when no occurrence is left. */
    private void refresh(long cluster) throws SQLException {
        record Occurrence(long quoteId, List<String> words, String speakerKey, String day, long article, String outlet,
                String speaker, String text) {}
        List<Occurrence> all = new ArrayList<>();
        clusterOccurrences.setLong(1, cluster);
        try (ResultSet rs = clusterOccurrences.executeQuery()) {
            while (rs.next()) {
                all.add(new Occurrence(rs.getLong(1), Words.split(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        if (all.isEmpty()) {
            deleteCluster.setLong(1, cluster);
            deleteCluster.executeUpdate();
            return;
        }
        Occurrence first = all.get(0);
        Set<Long> articles = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        int variants = 0;
        boolean speakersDiffer = false;
        for (Occurrence o : all) {
            articles.add(o.article());
            if (o.outlet() != null && !o.outlet().isBlank()) {
                outlets.add(o.outlet().strip());
            }
            Variant v = o == first ? null : Variant.of(first.words(), o.words());
            boolean other = !Speakers.compatible(first.speakerKey(), o.speakerKey());
            variants += v == null ? 0 : 1;
            speakersDiffer |= other;
            updateOccurrence.setString(1, v == null ? null : String.join(",", v.classes()));
            updateOccurrence.setString(2, v == null ? null : v.diff());
            updateOccurrence.setInt(3, other ? 1 : 0);
            updateOccurrence.setLong(4, o.quoteId());
            updateOccurrence.addBatch();
        }
        updateOccurrence.executeBatch();
        updateCluster.setLong(1, first.quoteId());
        updateCluster.setString(2, first.day());
        updateCluster.setString(3, first.speaker());
        updateCluster.setString(4, first.text());
        updateCluster.setInt(5, articles.size());
        updateCluster.setInt(6, outlets.size());
        updateCluster.setString(7, outlets.isEmpty() ? null : String.join(", ", outlets));
        updateCluster.setInt(8, all.size());
        updateCluster.setInt(9, variants);
        updateCluster.setInt(10, speakersDiffer ? 1 : 0);
        updateCluster.setLong(11, cluster);
        updateCluster.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(articleQuotes, articleClusters, insertCluster, insertOccurrence, insertKey,
                clusterOccurrences, updateOccurrence, updateCluster, deleteCluster, mergeCluster)) {
            s.close();
        }
    }
}
