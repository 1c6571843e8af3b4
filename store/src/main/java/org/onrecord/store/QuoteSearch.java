package org.onrecord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a {@link SearchQuery} as parameterised SQL in two steps: the ids of one page of quotes (from the
 * full-text index alone when no other filter applies, which is much the cheapest), then those quotes
 * with their articles and context.
 */
final class QuoteSearch {
    /** Code points of context either side of a hit. */
    static final int CONTEXT = 160;

    static final String QUOTE_COLUMNS = "q.id, q.article_id, q.start_offset, q.end_offset, q.text, q.type, q.speaker,"
            + " q.person_id, q.role, q.organisation, q.mention_start, q.mention_end, q.cue, q.addressee,"
            + " q.addressee_person_id, q.confidence, q.rule, q.evidence, q.modality, q.act, q.target, q.polarity";
    private static final String NEWEST_FIRST = " ORDER BY q.published_day DESC, q.article_id DESC, q.seq";

    private QuoteSearch() {}

    static SearchPage run(Connection c, SearchQuery query) throws SQLException {
        Ids ids = ids(c, query, query.size(), (query.page() - 1) * query.size());
        return new SearchPage(ids.total(), query.page(), query.size(), hits(c, ids.ids()));
    }

    /** How many quotes match, and the ids of {@code limit} of them from {@code offset} on, in search order. */
    record Ids(long total, List<Long> ids) {}

    /**
     * The ids step of a search alone: exports take up to {@link SearchQuery#MAX_EXPORT} ids at once, then
     * read their quotes a page at a time ({@link #hits}), so that no connection is held while they are written.
     */
    static Ids ids(Connection c, SearchQuery query, int limit, int offset) throws SQLException {
        Statements st = statements(query);
        try {
            long total = single(c, st.count(), st.params());
            return new Ids(total, list(c, st.ids() + " LIMIT ? OFFSET ?", st.params(), limit, offset));
        } catch (SQLException e) {
            throw readable(query, e);
        }
    }

    /**
     * The ids of the quotes a search finds, as a set, up to {@code limit} of them: for the clusters of a search, which
     * neither count them nor keep their order (docs/PROVENANCE.md, session 14). Read in no order, with no count, unless
     * there are more than {@code limit}: then the first {@code limit} in search order ({@link #ids}), as before.
     */
    static List<Long> idSet(Connection c, SearchQuery query, int limit) throws SQLException {
        Statements st = statements(query);
        try {
            List<Long> any = list(c, st.unordered() + " LIMIT ?", st.params(), limit + 1);
            return any.size() <= limit ? any : list(c, st.ids() + " LIMIT ? OFFSET ?", st.params(), limit, 0);
        } catch (SQLException e) {
            throw readable(query, e);
        }
    }

    private static List<Long> list(Connection c, String sql, List<Object> params, int... more) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        for (int m : more) {
            all.add(m);
        }
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, all); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** A search's SQL: how many quotes match, their ids in search order, and in no order; with the values they take. */
    private record Statements(String count, String ids, String unordered, List<Object> params) {}

    private static Statements statements(SearchQuery query) {
        String match = match(query);
        List<Object> filterParams = new ArrayList<>();
        String filters = filters(query, filterParams, match == null);
        if (query.type() == null) {
            // Speech by default: a stance reports a position, not words, and is asked for by its type.
            if (match == null) {
                filters += " AND q.type <> 'stance'";
            } else {
                match = "(" + match + ") NOT type : stance";
            }
        } else if (match != null) {
            // Inside the index, as for stances above: a word with a type then needs no join with the
            // quotes table, which made that shape the costliest, with a count and ranking three times
            // slower (issue 12, "Load, measured").
            match = "(" + match + ") AND type : " + query.type().label();
        }
        List<Object> params = new ArrayList<>();
        String from;
        if (match == null) {
            from = " FROM quotes q WHERE 1 = 1" + filters;
        } else if (filters.isEmpty() && query.text() != null) {
            from = null;
            params.add(match);
        } else {
            from = " FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH ?" + filters;
            params.add(match);
        }
        params.addAll(filterParams);
        // With no filter on the quotes table (a speaker alone, newest first) the join is there for the order
        // only: the index alone counts, at a fraction of the cost.
        boolean indexAlone = from == null || match != null && filters.isEmpty();
        String count = indexAlone ? "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?" : "SELECT count(*)" + from;
        String ids;
        if (from == null) {
            // bm25() rather than FTS5's rank column (the same score): ORDER BY rank makes FTS5 sort every
            // match itself, where SQLite's own sorter keeps only the page asked for; a fifth less time on
            // ranking, which is most of a search's (issue 12, "Load, measured"). The id breaks ties, so
            // pages never overlap.
            ids = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts), rowid";
        } else if (query.text() != null) {
            ids = "SELECT q.id" + from + " ORDER BY bm25(quotes_fts), q.id";
        } else {
            ids = "SELECT q.id" + from + NEWEST_FIRST;
        }
        // In no order, the index alone finds what it alone filters (a speaker, words): no quote row is read.
        String unordered = indexAlone ? "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?" : "SELECT q.id" + from;
        return new Statements(count, ids, unordered, params);
    }

    /** A full-text syntax error as a {@link BadQueryException} saying what the syntax is; anything else as it was. */
    static SQLException readable(SearchQuery query, SQLException e) {
        if (query.text() != null && isQuerySyntax(e)) {
            throw new BadQueryException("cannot read the search \"" + query.text() + "\": " + cleanMessage(e)
                    + " (use words, \"exact phrases\", AND, OR, NOT, prefix*)");
        }
        return e;
    }

    /** The filters on the quotes table itself, type included, as SQL to append to a WHERE clause. */
    static String filters(SearchQuery query, List<Object> params) {
        return filters(query, params, true);
    }

    /**
     * The filters on the quotes table itself, as SQL to append to a WHERE clause; the type among them only
     * when {@code withType} (otherwise it goes into the full-text match).
     */
    private static String filters(SearchQuery query, List<Object> params, boolean withType) {
        StringBuilder sql = new StringBuilder();
        if (query.outlet() != null) {
            sql.append(" AND q.outlet = ? COLLATE NOCASE");
            params.add(query.outlet());
        }
        if (query.from() != null) {
            sql.append(" AND q.published_day >= ?");
            params.add(query.from().toString());
        }
        if (query.to() != null) {
            sql.append(" AND q.published_day <= ?");
            params.add(query.to().toString());
        }
        if (withType && query.type() != null) {
            sql.append(" AND q.type = ?");
            params.add(query.type().label());
        }
        if (query.personId() != null) {
            sql.append(" AND q.person_id = ?");
            params.add(query.personId());
        }
        return sql.toString();
    }

    /** The quotes with these ids, with article and context, in the order given. */
    static List<QuoteHit> hits(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + QUOTE_COLUMNS + ", a.id, a.source_id, a.title, a.outlet, a.published, a.url,"
                + " substr(a.text, max(1, q.start_offset + 1 - " + CONTEXT + "), min(q.start_offset, " + CONTEXT + ")),"
                + " substr(a.text, q.end_offset + 1, " + CONTEXT + ")"
                + " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id IN ("
                + "?, ".repeat(ids.size() - 1) + "?)";
        Map<Long, QuoteHit> byId = new HashMap<>();
        try (PreparedStatement s = Sql.prepare(c, sql, ids); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                QuoteView quote = quote(rs);
                ArticleRef article = new ArticleRef(rs.getLong(23), rs.getString(24), rs.getString(25), rs.getString(26),
                        rs.getString(27), rs.getString(28));
                byId.put(quote.id(), new QuoteHit(quote, article, nonNull(rs.getString(29)), nonNull(rs.getString(30))));
            }
        }
        List<QuoteHit> hits = new ArrayList<>(ids.size());
        for (Long id : ids) {
            QuoteHit hit = byId.get(id);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
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
        List<String> words = tokens(value);
        if (words.isEmpty()) {
            throw new BadQueryException("the " + column + " filter \"" + value + "\" has no letters or digits");
        }
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add("\"" + w.replace("\"", "\"\"") + "\"");
        }
        return column + " : (" + String.join(" AND ", quoted) + ")";
    }

    /** Words as the index's unicode61 tokenizer cuts them: at anything not a letter or digit, apostrophes too. */
    private static List<String> tokens(String value) {
        List<String> words = new ArrayList<>();
        for (String w : Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static QuoteView quote(ResultSet rs) throws SQLException {
        return new QuoteView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7), Sql.longOrNull(rs, 8), rs.getString(9), rs.getString(10), Sql.intOrNull(rs, 11),
                Sql.intOrNull(rs, 12), rs.getString(13), rs.getString(14), Sql.longOrNull(rs, 15), rs.getDouble(16),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22));
    }

    private static long single(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
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
