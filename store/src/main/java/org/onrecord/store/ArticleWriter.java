package org.onrecord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Boilerplate;
import org.onrecord.model.CorpusPeople;
import org.onrecord.model.Extraction;
import org.onrecord.model.Mention;
import org.onrecord.model.NameKey;
import org.onrecord.model.Person;
import org.onrecord.model.Quote;
import org.onrecord.store.provenance.Provenance;

/**
 * Writes articles on the store's one writing connection. The caller holds the transaction: an article
 * is deleted and written again whole, so a batch that fails leaves every article as it was.
 */
final class ArticleWriter implements AutoCloseable {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private final PreparedStatement findArticle;
    private final PreparedStatement articlePeople;
    private final PreparedStatement deleteArticle;
    private final PreparedStatement insertArticle;
    private final PreparedStatement findPerson;
    private final PreparedStatement insertPerson;
    private final PreparedStatement insertArticlePerson;
    private final PreparedStatement insertFact;
    private final PreparedStatement insertQuote;
    private final PreparedStatement insertBoilerplate;
    private final PreparedStatement deleteIfOrphan;
    /** The surnames of the people written or removed since {@link #takeTouchedSurnames}: their merges may change. */
    private final Set<String> touchedSurnames = new LinkedHashSet<>();
    private final PeopleMerger merger;
    /** Clusters of quotations, kept in the article's transaction; null when a benchmark turns them off. */
    private final Provenance provenance;

    long clusterRowsRead() {
        return provenance == null ? 0 : provenance.rowsRead();
    }

    ArticleWriter(Connection c) throws SQLException {
        this(c, true);
    }

    ArticleWriter(Connection c, boolean clusters) throws SQLException {
        provenance = clusters ? new Provenance(c) : null;
        findArticle = c.prepareStatement("SELECT id, content_hash FROM articles WHERE source_id = ?");
        articlePeople = c.prepareStatement("SELECT person_id, name FROM article_people WHERE article_id = ?");
        deleteArticle = c.prepareStatement("DELETE FROM articles WHERE id = ?");
        insertArticle = c.prepareStatement("INSERT INTO articles(id, source_id, url, outlet, published, published_day, title, text,"
                + " content_hash, indexed_at, authors, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        findPerson = c.prepareStatement("SELECT id FROM people WHERE name_key = ?");
        insertPerson = c.prepareStatement("INSERT INTO people(name_key, name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
        insertArticlePerson = c.prepareStatement(
                "INSERT INTO article_people(article_id, local_id, person_id, name, gender) VALUES (?, ?, ?, ?, ?)");
        insertFact = c.prepareStatement("INSERT INTO person_facts(person_id, article_id, kind, value) VALUES (?, ?, ?, ?)");
        insertQuote = c.prepareStatement("INSERT INTO quotes(article_id, seq, start_offset, end_offset, text, type, speaker,"
                + " person_id, role, organisation, mention_start, mention_end, mention, cue, cue_start, cue_end, addressee,"
                + " addressee_start, addressee_end, addressee_person_id, confidence, rule, evidence, published_day, outlet,"
                + " modality, act, target, target_start, target_end, polarity)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertBoilerplate = c.prepareStatement(
                "INSERT INTO boilerplate(article_id, start_offset, end_offset, kind) VALUES (?, ?, ?, ?)");
        merger = new PeopleMerger(c);
        deleteIfOrphan = c.prepareStatement(
                "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = people.id)");
    }

    /** Places again, across the corpus, the people of the surnames written or removed since the last call. */
    /** Writes what the clusters keep until the end of the batch (the quotes' keys, in key order): before the commit. */
    void flushClusters() throws SQLException {
        if (provenance != null) {
            provenance.flush();
        }
    }

    void mergePeople() throws SQLException {
        Set<String> surnames = Set.copyOf(touchedSurnames);
        touchedSurnames.clear();
        merger.merge(surnames);
    }

    /** After a failed transaction: what the merger keeps between batches may hold what was rolled back. */
    void forgetPeople() {
        touchedSurnames.clear();
        merger.forget();
        if (provenance != null) {
            provenance.forget();
        }
    }

    /** The content hash the article was stored with, or null when it is not in the store. */
    String storedHash(String sourceId) throws SQLException {
        findArticle.setString(1, sourceId);
        try (ResultSet rs = findArticle.executeQuery()) {
            return rs.next() ? rs.getString(2) : null;
        }
    }

    /** Writes the article, replacing any earlier version under the same source id (which keeps its id). */
    long put(ArticleEntry entry) throws SQLException {
        Long oldId = null;
        findArticle.setString(1, entry.sourceId());
        try (ResultSet rs = findArticle.executeQuery()) {
            if (rs.next()) {
                oldId = rs.getLong(1);
            }
        }
        Set<Long> formerPeople = new LinkedHashSet<>();
        if (oldId != null) {
            Set<String> formerSurnames = new LinkedHashSet<>();
            articlePeople.setLong(1, oldId);
            try (ResultSet rs = articlePeople.executeQuery()) {
                while (rs.next()) {
                    formerPeople.add(rs.getLong(1));
                    formerSurnames.add(CorpusPeople.surname(rs.getString(2)));
                }
            }
            touchedSurnames.addAll(formerSurnames);
            merger.articleRemoved(oldId, formerSurnames);
            if (provenance != null) {
                provenance.beforeDelete(oldId);
            }
            deleteArticle.setLong(1, oldId);
            deleteArticle.executeUpdate();
        }
        long articleId = insertArticle(entry, oldId);
        Extraction x = entry.extraction();
        Map<String, Long> byLocalId = new HashMap<>();
        Map<String, Long> byNameKey = new HashMap<>();
        for (Person p : x.people()) {
            touchedSurnames.add(CorpusPeople.surname(p.name()));
            long personId = person(p.name());
            byLocalId.put(p.id(), personId);
            byNameKey.putIfAbsent(NameKey.of(p.name()), personId);
            p.aliases().forEach(alias -> byNameKey.putIfAbsent(NameKey.of(alias), personId));
            insertArticlePerson.setLong(1, articleId);
            insertArticlePerson.setString(2, p.id());
            insertArticlePerson.setLong(3, personId);
            insertArticlePerson.setString(4, p.name());
            insertArticlePerson.setString(5, p.gender().label());
            insertArticlePerson.addBatch();
            facts(personId, articleId, "alias", p.aliases());
            facts(personId, articleId, "role", p.roles());
            merger.personWritten(articleId, personId,
                    new CorpusPeople.Named(Long.toString(articleId), p.name(), p.aliases(), p.roles(), p.gender()));
            facts(personId, articleId, "organisation", p.organisations());
        }
        insertArticlePerson.executeBatch();
        insertFact.executeBatch();
        int seq = 0;
        for (Quote q : x.quotes()) {
            insertQuote(articleId, seq++, q, x, byLocalId, byNameKey);
        }
        insertQuote.executeBatch();
        for (Boilerplate b : x.boilerplate()) {
            insertBoilerplate.setLong(1, articleId);
            insertBoilerplate.setInt(2, b.start());
            insertBoilerplate.setInt(3, b.end());
            insertBoilerplate.setString(4, b.kind().label());
            insertBoilerplate.addBatch();
        }
        insertBoilerplate.executeBatch();
        if (provenance != null) {
            provenance.index(articleId);
        }
        for (long former : formerPeople) {
            deleteIfOrphan.setLong(1, former);
            deleteIfOrphan.executeUpdate();
        }
        return articleId;
    }

    private long insertArticle(ArticleEntry entry, Long id) throws SQLException {
        Extraction x = entry.extraction();
        if (id == null) {
            insertArticle.setNull(1, Types.INTEGER);
        } else {
            insertArticle.setLong(1, id);
        }
        insertArticle.setString(2, entry.sourceId());
        insertArticle.setString(3, x.url());
        insertArticle.setString(4, x.outlet());
        insertArticle.setString(5, x.published());
        insertArticle.setString(6, day(x.published()));
        insertArticle.setString(7, x.title());
        insertArticle.setString(8, entry.text());
        insertArticle.setString(9, entry.contentHash());
        insertArticle.setString(10, Instant.now().toString());
        insertArticle.setString(11, authors(x.authors()));
        insertArticle.setString(12, x.language());
        insertArticle.executeUpdate();
        if (id != null) {
            return id;
        }
        try (ResultSet keys = insertArticle.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private long person(String name) throws SQLException {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            key = name.strip();
        }
        findPerson.setString(1, key);
        try (ResultSet rs = findPerson.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        insertPerson.setString(1, key);
        insertPerson.setString(2, name.strip());
        insertPerson.executeUpdate();
        try (ResultSet keys = insertPerson.getGeneratedKeys()) {
            keys.next();
            merger.personCreated(keys.getLong(1), key);
            return keys.getLong(1);
        }
    }

    private void facts(long personId, long articleId, String kind, List<String> values) throws SQLException {
        for (String value : new LinkedHashSet<>(values)) {
            insertFact.setLong(1, personId);
            insertFact.setLong(2, articleId);
            insertFact.setString(3, kind);
            insertFact.setString(4, value);
            insertFact.addBatch();
        }
    }

    private void insertQuote(long articleId, int seq, Quote q, Extraction x, Map<String, Long> byLocalId,
            Map<String, Long> byNameKey) throws SQLException {
        PreparedStatement s = insertQuote;
        s.setLong(1, articleId);
        s.setInt(2, seq);
        s.setInt(3, q.start());
        s.setInt(4, q.end());
        s.setString(5, q.text());
        s.setString(6, q.type().label());
        Long personId = null;
        String organisation = null;
        if (q.speaker() != null) {
            personId = q.speaker().personId() == null ? null : byLocalId.get(q.speaker().personId());
            organisation = q.speaker().organisation();
            Person p = q.speaker().personId() == null ? null : x.person(q.speaker().personId());
            if (organisation == null && p != null && !p.organisations().isEmpty()) {
                organisation = String.join("; ", p.organisations());
            }
        }
        s.setString(7, q.speaker() == null ? null : q.speaker().name());
        setLong(s, 8, personId);
        s.setString(9, q.speaker() == null ? null : q.speaker().role());
        s.setString(10, organisation);
        mention(s, 11, q.speaker() == null ? null : q.speaker().mention(), true);
        mention(s, 14, q.cue(), false);
        mention(s, 17, q.addressee(), false);
        setLong(s, 20, q.addressee() == null ? null : byNameKey.get(NameKey.of(q.addressee().text())));
        s.setDouble(21, q.confidence());
        s.setString(22, q.rule());
        s.setString(23, q.evidence());
        s.setString(24, day(x.published()));
        s.setString(25, x.outlet());
        s.setString(26, q.modality() == null ? null : q.modality().label());
        s.setString(27, q.act() == null ? null : q.act().label());
        mention(s, 28, q.target(), false);
        s.setString(31, q.polarity() == null ? null : q.polarity().label());
        s.addBatch();
    }

    /** Writes text, start, end (or, with textLast, start, end, text) from column {@code first}. */
    private static void mention(PreparedStatement s, int first, Mention m, boolean textLast) throws SQLException {
        int text = textLast ? first + 2 : first;
        int start = textLast ? first : first + 1;
        s.setString(text, m == null ? null : m.text());
        setLong(s, start, m == null ? null : (long) m.start());
        setLong(s, start + 1, m == null ? null : (long) m.end());
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    /** The authors as a JSON array (SQLite's json_each reads it), NULL when the article names none. */
    static String authors(List<String> authors) {
        if (authors.isEmpty()) {
            return null;
        }
        try {
            return ExtractionJson.mapper().writeValueAsString(authors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    /** The calendar day of an ISO-8601 date or timestamp, or null when the date is in another form. */
    static String day(String published) {
        if (published == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(published.strip());
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(findArticle, articlePeople, deleteArticle, insertArticle, findPerson, insertPerson,
                insertArticlePerson, insertFact, insertQuote, insertBoilerplate, deleteIfOrphan)) {
            s.close();
        }
        if (provenance != null) {
            provenance.close();
        }
    }
}
