package org.onrecord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link SearchQuery} into one parameterised SQL query, and its rows into hits. */
final class QuoteSearch {
    /** Code points of context either side of a hit. */
    static final int CONTEXT = 160;

    static final String QUOTE_COLUMNS = "q.id, q.article_id, q.start_offset, q.end_offset, q.text, q.type, q.speaker,"
            + " q.person_id, q.role, q.organisation, q.mention_start, q.mention_end, q.cue, q.addressee,"
            + " q.addressee_person_id, q.confidence, q.rule, q.evidence";

    private QuoteSearch() {}

    static SearchPage run(Connection c, SearchQuery query) throws SQLException {
        String match = match(query);
        List<Object> params = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        if (match != null) {
            from.append(" FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid");
        } else {
            from.append(" FROM quotes q");
        }
        from.append(" JOIN articles a ON a.id = q.article_id WHERE 1 = 1");
        if (match != null) {
            from.append(" AND quotes_fts MATCH ?");
            params.add(match);
        }
        if (query.outlet() != null) {
            from.append(" AND a.outlet = ? COLLATE NOCASE");
            params.add(query.outlet());
        }
        if (query.from() != null) {
            from.append(" AND a.published_day >= ?");
            params.add(query.from().toString());
        }
        if (query.to() != null) {
            from.append(" AND a.published_day <= ?");
            params.add(query.to().toString());
        }
        if (query.type() != null) {
            from.append(" AND q.type = ?");
            params.add(query.type().label());
        }
        if (query.personId() != null) {
            from.append(" AND q.person_id = ?");
            params.add(query.personId());
        }
        try {
            long total;
            try (PreparedStatement s = Sql.prepare(c, "SELECT count(*)" + from, params)) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            String order = query.text() != null ? " ORDER BY bm25(quotes_fts), q.id"
                    : " ORDER BY a.published_day IS NULL, a.published_day DESC, q.article_id DESC, q.seq";
            String sql = "SELECT " + QUOTE_COLUMNS + ", a.id, a.source_id, a.title, a.outlet, a.published, a.url,"
                    + " substr(a.text, max(1, q.start_offset + 1 - " + CONTEXT + "), min(q.start_offset, " + CONTEXT + ")),"
                    + " substr(a.text, q.end_offset + 1, " + CONTEXT + ")"
                    + from + order + " LIMIT ? OFFSET ?";
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(query.size());
            pageParams.add((query.page() - 1) * query.size());
            List<QuoteHit> hits = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, sql, pageParams); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    QuoteView quote = quote(rs);
                    ArticleRef article = new ArticleRef(rs.getLong(19), rs.getString(20), rs.getString(21), rs.getString(22),
                            rs.getString(23), rs.getString(24));
                    hits.add(new QuoteHit(quote, article, nonNull(rs.getString(25)), nonNull(rs.getString(26))));
                }
            }
            return new SearchPage(total, query.page(), query.size(), hits);
        } catch (SQLException e) {
            if (match != null && isQuerySyntax(e)) {
                throw new BadQueryException("cannot read the search \"" + query.text() + "\": " + cleanMessage(e)
                        + " (use words, \"exact phrases\", AND, OR, NOT, prefix*)");
            }
            throw e;
        }
    }

    /** The FTS5 expression for the query's text, speaker and organisation, or null when it has none. */
    static String match(SearchQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.text() != null) {
            parts.add("(" + query.text() + ")");
        }
        if (query.speaker() != null) {
            parts.add(column("speaker", query.speaker()));
        }
        if (query.organisation() != null) {
            parts.add(column("organisation", query.organisation()));
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** Every word of a user's filter as a quoted FTS5 string, so no character of it is read as syntax. */
    private static String column(String column, String value) {
        List<String> words = NameKey.words(value);
        if (words.isEmpty()) {
            throw new BadQueryException("the " + column + " filter \"" + value + "\" has no letters or digits");
        }
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add("\"" + w.replace("\"", "\"\"") + "\"");
        }
        return column + " : (" + String.join(" AND ", quoted) + ")";
    }

    static QuoteView quote(ResultSet rs) throws SQLException {
        return new QuoteView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7), Sql.longOrNull(rs, 8), rs.getString(9), rs.getString(10), Sql.intOrNull(rs, 11), Sql.intOrNull(rs, 12),
                rs.getString(13), rs.getString(14), Sql.longOrNull(rs, 15), rs.getDouble(16), rs.getString(17), rs.getString(18));
    }

    private static boolean isQuerySyntax(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("fts5") || m.contains("no such column") || m.contains("unterminated string")
                || m.contains("unknown special query") || m.contains("malformed MATCH");
    }

    private static String cleanMessage(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf("(");
        String inner = m.lastIndexOf(')') > cut && cut >= 0 ? m.substring(cut + 1, m.lastIndexOf(')')) : m;
        return inner.replace("[SQLITE_ERROR] SQL error or missing database", "").strip();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
