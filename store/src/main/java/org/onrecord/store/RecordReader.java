package org.onrecord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onrecord.json.ExtractionJson;
import org.onrecord.store.ArticleView.ArticlePerson;
import org.onrecord.store.ArticleView.BoilerplateSpan;
import org.onrecord.store.PersonProfile.Count;
import org.onrecord.store.PersonProfile.Link;

/** Reads one person's profile or one article, with all their parts. */
final class RecordReader {
    private RecordReader() {}

    static Optional<PersonProfile> person(Connection c, long id) throws SQLException {
        String name;
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM people WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                name = rs.getString(1);
            }
        }
        List<String> aliases = new ArrayList<>();
        for (Count alias : counts(c, "SELECT value, count(*) FROM person_facts WHERE person_id = ? AND kind = 'alias'"
                + " AND value <> ? GROUP BY value UNION SELECT name, count(*) FROM article_people WHERE person_id = ? AND name <> ?"
                + " GROUP BY name ORDER BY 2 DESC, 1", id, name, id, name)) {
            if (!aliases.contains(alias.value())) {
                aliases.add(alias.value());
            }
        }
        List<Count> roles = facts(c, id, "role");
        List<Count> organisations = facts(c, id, "organisation");
        long quotes = single(c, "SELECT count(*) FROM quotes WHERE person_id = ?", id);
        long articles = single(c, "SELECT count(DISTINCT article_id) FROM article_people WHERE person_id = ?", id);
        List<Count> months = counts(c, "SELECT substr(a.published_day, 1, 7) AS month, count(*) FROM quotes q"
                + " JOIN articles a ON a.id = q.article_id WHERE q.person_id = ? AND a.published_day IS NOT NULL"
                + " GROUP BY month ORDER BY month", id);
        List<Link> addresses = links(c, "SELECT q.addressee_person_id, coalesce(p.name, q.addressee), count(*) FROM quotes q"
                + " LEFT JOIN people p ON p.id = q.addressee_person_id WHERE q.person_id = ? AND q.addressee IS NOT NULL"
                + " GROUP BY coalesce(q.addressee_person_id, q.addressee) ORDER BY 3 DESC, 2 LIMIT 50", id);
        List<Link> addressedBy = links(c, "SELECT q.person_id, coalesce(p.name, q.speaker), count(*) FROM quotes q"
                + " LEFT JOIN people p ON p.id = q.person_id WHERE q.addressee_person_id = ?"
                + " GROUP BY coalesce(q.person_id, q.speaker) ORDER BY 3 DESC, 2 LIMIT 50", id);
        return Optional.of(new PersonProfile(id, name, aliases, roles, organisations, quotes, articles, months, addresses,
                addressedBy));
    }

    static Optional<ArticleView> article(Connection c, long id) throws SQLException {
        ArticleView view;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT source_id, url, outlet, published, title, text, authors, language FROM articles WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                view = new ArticleView(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        authors(rs.getString(7)), rs.getString(8), rs.getString(5), rs.getString(6), List.of(), List.of(),
                        List.of());
            }
        }
        List<QuoteView> quotes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + QuoteSearch.QUOTE_COLUMNS
                + " FROM quotes q WHERE q.article_id = ? ORDER BY q.start_offset, q.seq")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    quotes.add(QuoteSearch.quote(rs));
                }
            }
        }
        List<BoilerplateSpan> boilerplate = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, start_offset, end_offset FROM boilerplate WHERE article_id = ? ORDER BY start_offset")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    boilerplate.add(new BoilerplateSpan(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        Map<Long, String[]> people = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT person_id, local_id, name FROM article_people WHERE article_id = ? ORDER BY rowid")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    people.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        Map<Long, List<String>> roles = new LinkedHashMap<>();
        Map<Long, List<String>> orgs = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT person_id, kind, value FROM person_facts WHERE article_id = ? AND kind <> 'alias' ORDER BY rowid")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    var into = "role".equals(rs.getString(2)) ? roles : orgs;
                    into.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        List<ArticlePerson> named = new ArrayList<>();
        people.forEach((personId, local) -> named.add(new ArticlePerson(personId, local[0], local[1],
                roles.getOrDefault(personId, List.of()), orgs.getOrDefault(personId, List.of()))));
        return Optional.of(new ArticleView(id, view.sourceId(), view.url(), view.outlet(), view.published(), view.authors(),
                view.language(), view.title(), view.text(), quotes, boilerplate, named));
    }

    /** The JSON array ArticleWriter wrote; a value that is not one (written by hand) reads as no authors. */
    private static List<String> authors(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<String> names = new ArrayList<>();
            for (var node : ExtractionJson.mapper().readTree(json)) {
                if (node.isTextual()) {
                    names.add(node.asText());
                }
            }
            return names;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of();
        }
    }

    static StoreStats stats(Connection c) throws SQLException {
        return new StoreStats(single(c, "SELECT count(*) FROM articles"), single(c, "SELECT count(*) FROM quotes"),
                single(c, "SELECT count(*) FROM people"));
    }

    private static List<Count> facts(Connection c, long id, String kind) throws SQLException {
        return counts(c, "SELECT value, count(DISTINCT article_id) FROM person_facts WHERE person_id = ? AND kind = '" + kind
                + "' GROUP BY value ORDER BY 2 DESC, 1", id);
    }

    private static List<Count> counts(Connection c, String sql, Object... params) throws SQLException {
        List<Count> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, List.of(params)); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Count(rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static List<Link> links(Connection c, String sql, long id) throws SQLException {
        List<Link> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, List.of(id)); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Link(Sql.longOrNull(rs, 1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    private static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, sql, List.of(params)); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
