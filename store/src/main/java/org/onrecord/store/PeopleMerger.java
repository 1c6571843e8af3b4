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
 */
final class PeopleMerger {
    private final Connection c;

    PeopleMerger(Connection c) {
        this.c = c;
    }

    /** Re-reads and re-places every stored person whose key ends in one of the surnames. */
    void merge(Set<String> surnames) throws SQLException {
        if (surnames.isEmpty()) {
            return;
        }
        Map<Long, String> keyOf = new HashMap<>();
        Map<String, Long> idOf = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name_key FROM people")) {
            while (rs.next()) {
                String key = rs.getString(2);
                if (surnames.contains(key.substring(key.lastIndexOf(' ') + 1))) {
                    keyOf.put(rs.getLong(1), key);
                    idOf.put(key, rs.getLong(1));
                }
            }
        }
        List<Row> rows = rows(keyOf.keySet());
        List<Named> named = new ArrayList<>(rows.size());
        rows.forEach(r -> named.add(r.named));
        List<String> keys = CorpusPeople.keys(named);
        Set<Long> emptied = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Long target = idOf.get(keys.get(i));
            if (target == null) {
                target = create(keys.get(i), r.named.name());
                idOf.put(keys.get(i), target);
            }
            if (target != r.personId) {
                move(r.articleId, r.personId, target);
                emptied.add(r.personId);
            }
        }
        try (PreparedStatement orphan = c.prepareStatement(
                "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = people.id)")) {
            for (long id : emptied) {
                orphan.setLong(1, id);
                orphan.executeUpdate();
            }
        }
    }

    /** One article's person as stored, with the aliases and roles that article gave them. */
    private record Row(long articleId, long personId, Named named) {}

    private List<Row> rows(Set<Long> people) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ap = c.prepareStatement(
                "SELECT article_id, name, gender FROM article_people WHERE person_id = ? ORDER BY article_id, local_id");
                PreparedStatement facts = c.prepareStatement(
                        "SELECT kind, value FROM person_facts WHERE person_id = ? AND article_id = ? AND kind IN ('alias', 'role')")) {
            for (long person : people) {
                ap.setLong(1, person);
                try (ResultSet rs = ap.executeQuery()) {
                    while (rs.next()) {
                        long article = rs.getLong(1);
                        List<String> aliases = new ArrayList<>();
                        List<String> roles = new ArrayList<>();
                        facts.setLong(1, person);
                        facts.setLong(2, article);
                        try (ResultSet f = facts.executeQuery()) {
                            while (f.next()) {
                                (f.getString(1).equals("alias") ? aliases : roles).add(f.getString(2));
                            }
                        }
                        out.add(new Row(article, person, new Named(Long.toString(article), rs.getString(2), aliases, roles,
                                Gender.fromLabel(rs.getString(3)))));
                    }
                }
            }
        }
        return out;
    }

    private long create(String key, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO people(name_key, name) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, key);
            s.setString(2, name.strip());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
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
