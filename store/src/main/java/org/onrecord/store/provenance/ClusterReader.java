package org.onrecord.store.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.store.ArticleRef;

/** Reads one cluster whole, for the quotation page and the API. */
public final class ClusterReader {
    /** Occurrences a cluster's answer lists at most: its counts and outlets still cover every one. */
    public static final int MAX_OCCURRENCES = 500;
    /** One change of {@link Variant#diff()}: its words are normalised, so they hold no brackets. */
    private static final Pattern CHANGE = Pattern.compile("-\\[([^\\]]*)\\] \\+\\[([^\\]]*)\\]");

    private ClusterReader() {}

    /** The cluster of this quote, or empty when there is no such quote or it is in none (only direct and mixed quotes are). */
    public static Optional<Long> clusterOf(Connection c, long quoteId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT cluster_id FROM occurrences WHERE quote_id = ?")) {
            s.setLong(1, quoteId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public static Optional<ClusterView> read(Connection c, long id) throws SQLException {
        long firstQuote;
        String firstDay;
        String speaker;
        String text;
        int articles;
        int outletCount;
        int occurrenceCount;
        int variantCount;
        boolean speakersDiffer;
        try (PreparedStatement s = c.prepareStatement("SELECT first_quote_id, first_day, speaker, text, article_count,"
                + " outlet_count, occurrence_count, variant_count, speakers_differ FROM clusters WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return single(c, id);
                }
                firstQuote = rs.getLong(1);
                firstDay = rs.getString(2);
                speaker = rs.getString(3);
                text = rs.getString(4);
                articles = rs.getInt(5);
                outletCount = rs.getInt(6);
                occurrenceCount = rs.getInt(7);
                variantCount = rs.getInt(8);
                speakersDiffer = rs.getInt(9) != 0;
            }
        }
        return Optional.of(occurrences(c, id, firstQuote, firstDay, speaker, text, articles, outletCount, occurrenceCount,
                variantCount, speakersDiffer));
    }

    /**
     * A cluster of one occurrence, which has no row (schema version 7): read from its occurrence, as the row it had
     * said (the occurrence's day, speaker and words; one article; its outlet). Empty when no occurrence has the id.
     */
    private static Optional<ClusterView> single(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT q.id, q.published_day, q.speaker, q.text, q.outlet"
                + " FROM occurrences o JOIN quotes q ON q.id = o.quote_id WHERE o.cluster_id = ? LIMIT 2")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long quote = rs.getLong(1);
                String day = rs.getString(2);
                String speaker = rs.getString(3);
                String text = rs.getString(4);
                String outlet = rs.getString(5);
                if (rs.next()) {
                    return Optional.empty(); // two occurrences and no row: being written, not to be read as one
                }
                return Optional.of(occurrences(c, id, quote, day, speaker, text, 1, Clusters.outletCount(outlet), 1, 0, false));
            }
        }
    }

    private static ClusterView occurrences(Connection c, long id, long firstQuote, String firstDay, String speaker,
            String text, int articles, int outletCount, int occurrenceCount, int variantCount, boolean speakersDiffer)
            throws SQLException {
        List<ClusterView.Occurrence> occurrences = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        // The order the store decides the earliest by (Provenance): publication day, undated last, then indexing order.
        try (PreparedStatement s = c.prepareStatement("SELECT q.id, q.type, q.text, q.speaker, q.person_id, q.published_day,"
                + " a.id, a.source_id, a.title, a.outlet, a.published, a.url, o.variant, o.diff, o.other_speaker"
                + " FROM occurrences o JOIN quotes q ON q.id = o.quote_id JOIN articles a ON a.id = q.article_id"
                + " WHERE o.cluster_id = ? ORDER BY q.published_day IS NULL, q.published_day, q.article_id, q.seq")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String outlet = rs.getString(10);
                    if (outlet != null && !outlet.isBlank()) {
                        outlets.add(outlet.strip());
                    }
                    if (occurrences.size() == MAX_OCCURRENCES) {
                        continue;
                    }
                    long quoteId = rs.getLong(1);
                    long personId = rs.getLong(5);
                    Long person = rs.wasNull() ? null : personId;
                    ArticleRef article = new ArticleRef(rs.getLong(7), rs.getString(8), rs.getString(9), outlet,
                            rs.getString(11), rs.getString(12));
                    String variant = rs.getString(13);
                    occurrences.add(new ClusterView.Occurrence(quoteId, rs.getString(2), rs.getString(3), rs.getString(4),
                            person, rs.getString(6), article, quoteId == firstQuote,
                            variant == null ? List.of() : Arrays.asList(variant.split(",")), changes(rs.getString(14)),
                            rs.getInt(15) != 0));
                }
            }
        }
        return new ClusterView(id, firstQuote, firstDay, firstDay == null, speaker, text, articles, outletCount,
                List.copyOf(outlets), occurrenceCount, variantCount, speakersDiffer, occurrences);
    }

    /** The spread of each of these quotes' clusters, by quote id; quotes in no cluster are left out. */
    public static Map<Long, ClusterSpread> spreads(Connection c, List<Long> quoteIds) throws SQLException {
        Map<Long, ClusterSpread> out = new HashMap<>();
        if (quoteIds.isEmpty()) {
            return out;
        }
        // The ids as one JSON array, as Clusters#of does: SQLite limits how many bound values one statement takes.
        // A cluster of one has no row (schema version 7): one article, its outlet, no variant.
        try (PreparedStatement s = c.prepareStatement("SELECT o.quote_id, o.cluster_id, k.id IS NULL, k.article_count, k.outlet_count,"
                + " k.variant_count, q.outlet FROM occurrences o JOIN quotes q ON q.id = o.quote_id"
                + " LEFT JOIN clusters k ON k.id = o.cluster_id WHERE o.quote_id IN (SELECT value FROM json_each(?))")) {
            s.setString(1, quoteIds.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(3) != 0 ? new ClusterSpread(rs.getLong(2), 1, Clusters.outletCount(rs.getString(7)), 0)
                            : new ClusterSpread(rs.getLong(2), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        return out;
    }

    static List<ClusterView.Change> changes(String diff) {
        if (diff == null) {
            return List.of();
        }
        List<ClusterView.Change> out = new ArrayList<>();
        Matcher m = CHANGE.matcher(diff);
        while (m.find()) {
            out.add(new ClusterView.Change(m.group(1), m.group(2)));
        }
        return out;
    }
}
