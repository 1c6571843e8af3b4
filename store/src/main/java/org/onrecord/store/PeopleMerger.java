package org.onrecord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.CorpusPeople;
import org.onrecord.model.CorpusPeople.Named;
import org.onrecord.model.Gender;

/**
 * Applies {@link CorpusPeople} to the stored people of some surnames, after a batch is written and in
 * its transaction: each article's person is moved to the corpus person the rule gives, whatever order
 * the articles came in, so the store holds the people the Spark job's {@code speakers} table does.
 *
 * <p>An article's person is its row in {@code article_people}; its quotes, addressed quotes and facts
 * are the rows of that article that point at the same person. That is exact because the rule never
 * joins a surname to a full name its own article names: no article has two of its people on one
 * stored person (but for names whose keys are equal, which always move together).
 *
 * <p>The people of a surname are read from the store once and then kept, with what the writer adds and
 * removes, so that a batch costs the size of its surnames' groups in memory, not in reads. Whatever
 * is kept is dropped when a transaction fails ({@link #forget}) and when it grows past
 * {@link #MAX_KEPT_ROWS}.
 */
final class PeopleMerger {
    /** Article people kept between batches; past this many the groups are read again as needed. */
    static final int MAX_KEPT_ROWS = 1_000_000;

    private final Connection c;
    /** Stored people by the surname of their key, from one read of the people table; null until needed. */
    private Map<String, Set<Long>> peopleBySurname;
    private final Map<String, List<Row>> groups = new HashMap<>();
    private int keptRows;

    PeopleMerger(Connection c) {
        this.c = c;
    }

    /** One article's person as stored, with the aliases and roles that article gave them. */
    private static final class Row {
        final long articleId;
        long personId;
        final Named named;

        Row(long articleId, long personId, Named named) {
            this.articleId = articleId;
            this.personId = personId;
            this.named = named;
        }
    }

    /** A person row the writer made. */
    void personCreated(long id, String key) {
        if (peopleBySurname != null) {
            peopleBySurname.computeIfAbsent(surnameOfKey(key), k -> new HashSet<>()).add(id);
        }
    }

    /** The article's people are about to be deleted (the article is being replaced). */
    void articleRemoved(long articleId, Set<String> surnames) {
        for (String s : surnames) {
            List<Row> group = groups.get(s);
            if (group != null) {
                int before = group.size();
                group.removeIf(r -> r.articleId == articleId);
                keptRows -= before - group.size();
            }
        }
    }

    /** The writer stored one of an article's people. */
    void personWritten(long articleId, long personId, Named named) {
        List<Row> group = groups.get(CorpusPeople.surname(named.name()));
        if (group != null) {
            group.add(new Row(articleId, personId, named));
            keptRows++;
        }
    }

    /** Drops what is kept: after a failed transaction it may hold what was rolled back. */
    void forget() {
        peopleBySurname = null;
        groups.clear();
        keptRows = 0;
    }

    /** Places again every stored person of the surnames. */
    void merge(Set<String> surnames) throws SQLException {
        Set<Long> emptied = new HashSet<>();
        for (String surname : surnames) {
            if (!surname.isEmpty()) {
                merge(group(surname), emptied);
            }
        }
        try (PreparedStatement orphan = c.prepareStatement(
                "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = people.id)")) {
            for (long id : emptied) {
                orphan.setLong(1, id);
                orphan.executeUpdate();
            }
        }
        if (keptRows > MAX_KEPT_ROWS) {
            groups.clear();
            keptRows = 0;
        }
    }

    private void merge(List<Row> rows, Set<Long> emptied) throws SQLException {
        List<Named> named = new ArrayList<>(rows.size());
        rows.forEach(r -> named.add(r.named));
        List<String> keys = CorpusPeople.keys(named);
        Map<String, Long> idOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String key = keys.get(i);
            Long target = idOf.get(key);
            if (target == null) {
                target = idOf(key, r.named.name());
                idOf.put(key, target);
            }
            if (target != r.personId) {
                long from = r.personId;
                move(r.articleId, from, target);
                for (Row other : rows) {
                    if (other.articleId == r.articleId && other.personId == from) {
                        other.personId = target;
                    }
                }
                emptied.add(from);
            }
        }
    }

    private List<Row> group(String surname) throws SQLException {
        List<Row> group = groups.get(surname);
        if (group == null) {
            group = read(surname);
            groups.put(surname, group);
            keptRows += group.size();
        }
        return group;
    }

    /** The article people of one surname, as stored: those on people whose key ends in it. */
    private List<Row> read(String surname) throws SQLException {
        if (peopleBySurname == null) {
            peopleBySurname = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name_key FROM people")) {
                while (rs.next()) {
                    peopleBySurname.computeIfAbsent(surnameOfKey(rs.getString(2)), k -> new HashSet<>()).add(rs.getLong(1));
                }
            }
        }
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ap = c.prepareStatement(
                "SELECT article_id, name, gender FROM article_people WHERE person_id = ? ORDER BY article_id, local_id");
                PreparedStatement facts = c.prepareStatement("SELECT article_id, kind, value FROM person_facts"
                        + " WHERE person_id = ? AND kind IN ('alias', 'role')")) {
            for (long person : peopleBySurname.getOrDefault(surname, Set.of())) {
                // one read of the person's facts, by article: [aliases, roles]
                Map<Long, List<List<String>>> byArticle = new HashMap<>();
                facts.setLong(1, person);
                try (ResultSet f = facts.executeQuery()) {
                    while (f.next()) {
                        List<List<String>> lists = byArticle.computeIfAbsent(f.getLong(1),
                                k -> List.of(new ArrayList<>(), new ArrayList<>()));
                        lists.get(f.getString(2).equals("alias") ? 0 : 1).add(f.getString(3));
                    }
                }
                ap.setLong(1, person);
                try (ResultSet rs = ap.executeQuery()) {
                    while (rs.next()) {
                        long article = rs.getLong(1);
                        String name = rs.getString(2);
                        if (!CorpusPeople.surname(name).equals(surname)) {
                            continue; // an id a deleted person of this surname left, taken since by another
                        }
                        List<List<String>> lists = byArticle.getOrDefault(article, List.of(List.of(), List.of()));
                        out.add(new Row(article, person, new Named(Long.toString(article), name, lists.get(0),
                                lists.get(1), Gender.fromLabel(rs.getString(3)))));
                    }
                }
            }
        }
        return out;
    }

    private static String surnameOfKey(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** The stored person of a key, made when there is none yet. */
    private long idOf(String key, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM people WHERE name_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO people(name_key, name) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, key);
            s.setString(2, name.strip());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                personCreated(id, key);
                return id;
            }
        }
    }

    private void move(long article, long from, long to) throws SQLException {
        for (String sql : List.of("UPDATE article_people SET person_id = ? WHERE article_id = ? AND person_id = ?",
                "UPDATE person_facts SET person_id = ? WHERE article_id = ? AND person_id = ?",
                "UPDATE quotes SET person_id = ? WHERE article_id = ? AND person_id = ?",
                "UPDATE quotes SET addressee_person_id = ? WHERE article_id = ? AND addressee_person_id = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, to);
                s.setLong(2, article);
                s.setLong(3, from);
                s.executeUpdate();
            }
        }
    }
}
