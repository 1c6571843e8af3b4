package org.onrecord.store.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads clusters for listings: the widest spread first, then the earliest (then by id). A cluster of one occurrence
 * has no row (schema version 7) and is read from its occurrence, as one article and its outlet, with no variant.
 */
public final class Clusters {
    private static final String COLUMNS = "SELECT id, first_day, speaker, text, article_count, outlet_count, outlets,"
            + " occurrence_count, variant_count, speakers_differ, NULL AS outlet, 0 AS single FROM clusters";
    /** The clusters of one occurrence, which have no row, with the columns of {@link #COLUMNS}. */
    private static final String SINGLES = "SELECT o.cluster_id, q.published_day, q.speaker, q.text, 1, 0, NULL, 1, 0, 0,"
            + " q.outlet, 1 FROM occurrences o JOIN quotes q ON q.id = o.quote_id"
            + " WHERE NOT EXISTS (SELECT 1 FROM clusters k WHERE k.id = o.cluster_id)";
    private static final String ORDER = " ORDER BY 5 DESC, 2, 1 LIMIT ? OFFSET ?";

    private Clusters() {}

    /**
     * Clusters of every quotation in the store, a page of them. Those in two articles or more all have a row and come
     * first, read by the index in order; the clusters of one article (most of them, nearly all of one occurrence) only
     * when the page reaches them.
     */
    public static List<ClusterLine> all(Connection c, int limit, int offset) throws SQLException {
        List<ClusterLine> out;
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE article_count >= 2" + ORDER)) {
            s.setInt(1, limit);
            s.setInt(2, offset);
            out = read(s);
        }
        if (out.size() == limit) {
            return out;
        }
        int wide;
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM clusters WHERE article_count >= 2");
                ResultSet rs = s.executeQuery()) {
            wide = rs.next() ? rs.getInt(1) : 0;
        }
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE article_count < 2 UNION ALL " + SINGLES + ORDER)) {
            s.setInt(1, limit - out.size());
            s.setInt(2, Math.max(0, offset - wide));
            out.addAll(read(s));
        }
        return out;
    }

    /** The clusters of these quotes (quotes of other types than direct and mixed have none), a page of them. */
    public static List<ClusterLine> of(Connection c, List<Long> quoteIds, int limit, int offset) throws SQLException {
        if (quoteIds.isEmpty()) {
            return List.of();
        }
        // The ids as one JSON array: SQLite limits how many bound values one statement takes.
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id IN (SELECT o.cluster_id FROM occurrences o"
                + " WHERE o.quote_id IN (SELECT value FROM json_each(?))) UNION ALL " + SINGLES
                + " AND o.quote_id IN (SELECT value FROM json_each(?))" + ORDER)) {
            s.setString(1, quoteIds.toString());
            s.setString(2, quoteIds.toString());
            s.setInt(3, limit);
            s.setInt(4, offset);
            return read(s);
        }
    }

    /** A cluster of one's outlets, as its row said them: the outlet stripped, none when blank. */
    static int outletCount(String outlet) {
        return outlet(outlet) == null ? 0 : 1;
    }

    private static String outlet(String outlet) {
        return outlet == null || outlet.isBlank() ? null : outlet.strip();
    }

    private static List<ClusterLine> read(PreparedStatement s) throws SQLException {
        List<ClusterLine> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                boolean single = rs.getInt(12) != 0;
                String outlet = single ? outlet(rs.getString(11)) : null;
                out.add(new ClusterLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        single ? (outlet == null ? 0 : 1) : rs.getInt(6), single ? outlet : rs.getString(7), rs.getInt(8),
                        rs.getInt(9), rs.getInt(10) != 0));
            }
        }
        return out;
    }
}
