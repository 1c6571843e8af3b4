package org.onrecord.store.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads clusters for listings: the widest spread first, then the earliest. */
public final class Clusters {
    private static final String COLUMNS = "SELECT id, first_day, speaker, text, article_count, outlet_count, outlets,"
            + " occurrence_count, variant_count, speakers_differ FROM clusters";

    private Clusters() {}

    /** Clusters of every quotation in the store, a page of them. */
    public static List<ClusterLine> all(Connection c, int limit, int offset) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS
                + " ORDER BY article_count DESC, first_day LIMIT ? OFFSET ?")) {
            s.setInt(1, limit);
            s.setInt(2, offset);
            return read(s);
        }
    }

    /** The clusters of these quotes (quotes of other types than direct and mixed have none), a page of them. */
    public static List<ClusterLine> of(Connection c, List<Long> quoteIds, int limit, int offset) throws SQLException {
        if (quoteIds.isEmpty()) {
            return List.of();
        }
        // The ids as one JSON array: SQLite limits how many bound values one statement takes.
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id IN (SELECT o.cluster_id FROM occurrences o"
                + " WHERE o.quote_id IN (SELECT value FROM json_each(?))) ORDER BY article_count DESC, first_day LIMIT ? OFFSET ?")) {
            s.setString(1, quoteIds.toString());
            s.setInt(2, limit);
            s.setInt(3, offset);
            return read(s);
        }
    }

    private static List<ClusterLine> read(PreparedStatement s) throws SQLException {
        List<ClusterLine> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new ClusterLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10) != 0));
            }
        }
        return out;
    }
}
