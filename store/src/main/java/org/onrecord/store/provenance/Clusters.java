package org.onrecord.store.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads clusters for listings: the widest spread first, then the earliest (undated first, as SQLite orders NULL), then
 * by id. A cluster of one occurrence has no row (schema version 7) and is read from its occurrence, as one article and
 * its outlet, with no variant.
 */
public final class Clusters {
    private static final String COLUMNS = "SELECT id, first_day, speaker, text, article_count, outlet_count, outlets,"
            + " occurrence_count, variant_count, speakers_differ FROM clusters";
    /**
     * A page of the clusters of one article, in the listing's order (day, undated first as SQLite orders NULL, then id),
     * by the index {@code occurrences_narrow} alone (schema version 8): a cluster with a row there has its occurrences in
     * one article, so all on its first day, and is taken once.
     */
    public static final String NARROW_PAGE = "SELECT DISTINCT day, cluster_id FROM occurrences WHERE wide = 0"
            + " ORDER BY day, cluster_id LIMIT ? OFFSET ?";
    /** Where a cluster stands in a listing, and whether it has a row. */
    private record Place(long id, int articles, String day, boolean single) {}

    private static final Comparator<Place> ORDER = Comparator.comparingInt((Place p) -> -p.articles())
            .thenComparing(Place::day, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(Place::id);

    private Clusters() {}

    /**
     * Clusters of every quotation in the store, a page of them. Those in two articles or more all have a row and come
     * first, read by the index in order; then the clusters of one article (most of them, nearly all of one occurrence,
     * with no row), by the index of their occurrences' days and ids (schema version 8: {@code occurrences_narrow}, which
     * holds no occurrence of a wider cluster), so that a deep page costs a step an occurrence skipped, and the page's are
     * read whole. A store of an older version, read as it is, has no such index: their places are read and sorted.
     */
    public static List<ClusterLine> all(Connection c, int limit, int offset) throws SQLException {
        List<ClusterLine> out;
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE article_count >= 2"
                + " ORDER BY article_count DESC, first_day, id LIMIT ? OFFSET ?")) {
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
        if (listedByDay(c)) {
            List<Place> chosen = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(NARROW_PAGE)) {
                s.setInt(1, limit - out.size());
                s.setInt(2, Math.max(0, offset - wide));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        chosen.add(new Place(rs.getLong(2), 1, rs.getString(1), false));
                    }
                }
            }
            out.addAll(lines(c, chosen));
            return out;
        }
        List<Place> places = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, article_count, first_day, 0 FROM clusters WHERE article_count < 2"
                + " UNION ALL SELECT o.cluster_id, 1, q.published_day, 1 FROM occurrences o JOIN quotes q ON q.id = o.quote_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM clusters k WHERE k.id = o.cluster_id)")) {
            places.addAll(places(s));
        }
        out.addAll(page(c, places, limit - out.size(), Math.max(0, offset - wide)));
        return out;
    }

    /** The clusters of these quotes (quotes of other types than direct and mixed have none), a page of them. */
    public static List<ClusterLine> of(Connection c, List<Long> quoteIds, int limit, int offset) throws SQLException {
        if (quoteIds.isEmpty()) {
            return List.of();
        }
        // The ids as one JSON array: SQLite limits how many bound values one statement takes. A cluster of one's day is
        // its occurrence's (schema version 8; before, its quote's, a row read a quote: most of the cost of a wide search).
        List<Place> places;
        try (PreparedStatement s = c.prepareStatement(listedByDay(c)
                ? "SELECT DISTINCT o.cluster_id, ifnull(k.article_count, 1), iif(k.id IS NULL, o.day, k.first_day), k.id IS NULL"
                        + " FROM occurrences o LEFT JOIN clusters k ON k.id = o.cluster_id"
                        + " WHERE o.quote_id IN (SELECT value FROM json_each(?))"
                : "SELECT DISTINCT o.cluster_id, ifnull(k.article_count, 1),"
                        + " iif(k.id IS NULL, q.published_day, k.first_day), k.id IS NULL FROM occurrences o"
                        + " JOIN quotes q ON q.id = o.quote_id LEFT JOIN clusters k ON k.id = o.cluster_id"
                        + " WHERE o.quote_id IN (SELECT value FROM json_each(?))")) {
            s.setString(1, quoteIds.toString());
            places = places(s);
        }
        return page(c, places, limit, offset);
    }

    private static List<Place> places(PreparedStatement s) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Place(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4) != 0));
            }
        }
        return out;
    }

    /**
     * Whether the store's occurrences say where they stand in the listing of clusters of one article (version 8). Asked
     * at each listing: a store of version 7 or older, read as it is, may be upgraded by a writer meanwhile.
     */
    private static boolean listedByDay(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'occurrences_narrow'");
                ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    /** Sorts the places, and reads the page's clusters whole: those with a row from it, the others from their occurrence. */
    private static List<ClusterLine> page(Connection c, List<Place> places, int limit, int offset) throws SQLException {
        places.sort(ORDER);
        return lines(c, places.subList(Math.min(offset, places.size()), Math.min(places.size(), offset + limit)));
    }

    /**
     * Reads these clusters whole, in this order: those with a row from it, the others from their occurrence. A place not
     * known to be of a cluster of one ({@link Place#single()} false) is looked for in {@code clusters} first.
     */
    private static List<ClusterLine> lines(Connection c, List<Place> chosen) throws SQLException {
        List<Long> rowed = new ArrayList<>();
        for (Place p : chosen) {
            if (!p.single()) {
                rowed.add(p.id());
            }
        }
        Map<Long, ClusterLine> lines = new HashMap<>();
        if (!rowed.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id IN (SELECT value FROM json_each(?))")) {
                s.setString(1, rowed.toString());
                for (ClusterLine line : read(s)) {
                    lines.put(line.id(), line);
                }
            }
        }
        List<Long> singles = new ArrayList<>();
        for (Place p : chosen) {
            if (!lines.containsKey(p.id())) {
                singles.add(p.id());
            }
        }
        if (!singles.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("SELECT o.cluster_id, q.published_day, q.speaker, q.text, q.outlet"
                    + " FROM occurrences o JOIN quotes q ON q.id = o.quote_id WHERE o.cluster_id IN (SELECT value FROM json_each(?))");
                    ResultSet rs = bind(s, singles.toString()).executeQuery()) {
                while (rs.next()) {
                    String outlet = outlet(rs.getString(5));
                    lines.put(rs.getLong(1), new ClusterLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), 1,
                            outlet == null ? 0 : 1, outlet, 1, 0, false));
                }
            }
        }
        Map<Long, ClusterLine> ordered = new LinkedHashMap<>();
        for (Place p : chosen) {
            ClusterLine line = lines.get(p.id());
            if (line != null) { // else re-indexed between the two reads of another connection: not on this page
                ordered.put(p.id(), line);
            }
        }
        return new ArrayList<>(ordered.values());
    }

    private static PreparedStatement bind(PreparedStatement s, String json) throws SQLException {
        s.setString(1, json);
        return s;
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
                out.add(new ClusterLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10) != 0));
            }
        }
        return out;
    }
}
