package org.onrecord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onrecord.model.QuoteType;

/**
 * Counts a search's results by facet in one pass over the matching quotes, reading five narrow columns
 * rather than running five GROUP BY queries over the same rows. The pass runs under the store's time
 * limit like any search, so a facet count over a huge result set is cut short, never left running.
 */
final class FacetCounter {
    private FacetCounter() {}

    static Facets count(Connection c, SearchQuery query) throws SQLException {
        // Read every type, stances included: the type facet offers them all; the other facets count only
        // the rows the search itself returns.
        SearchQuery anyType = query.withType(null);
        String match = QuoteSearch.match(anyType);
        List<Object> params = new ArrayList<>();
        if (match != null) {
            params.add(match);
        }
        String filters = QuoteSearch.filters(anyType, params);
        String sql = "SELECT q.person_id, q.organisation, q.outlet, q.type, substr(q.published_day, 1, 7)"
                + (match == null ? " FROM quotes q WHERE 1 = 1"
                        : " FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH ?")
                + filters;
        Tally speakers = new Tally();
        Tally organisations = new Tally();
        Tally outlets = new Tally();
        Tally types = new Tally();
        Tally months = new Tally();
        long total = 0;
        try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(4);
                types.add(type, type);
                if (!returned(query.type(), type)) {
                    continue;
                }
                total++;
                Long person = Sql.longOrNull(rs, 1);
                if (person != null) {
                    speakers.add(person.toString(), null);
                }
                String organisation = rs.getString(2);
                if (organisation != null && !organisation.isBlank()) {
                    organisations.add(organisation.toLowerCase(Locale.ROOT), organisation);
                }
                String outlet = rs.getString(3);
                if (outlet != null && !outlet.isBlank()) {
                    outlets.add(outlet.toLowerCase(Locale.ROOT), outlet);
                }
                String month = rs.getString(5);
                if (month != null && month.length() == 7) {
                    months.add(month, month);
                }
            }
        } catch (SQLException e) {
            throw QuoteSearch.readable(query, e);
        }
        List<FacetCount> byMonth = months.all();
        byMonth.sort(Comparator.comparing(FacetCount::value).reversed());
        return new Facets(total, named(c, speakers.top()), organisations.top(), outlets.top(), types.top(),
                byMonth.subList(0, Math.min(Facets.MONTHS, byMonth.size())));
    }

    /** Whether the search returns a quote of this type: its own type, or speech (no stances) when it names none. */
    private static boolean returned(QuoteType asked, String type) {
        return asked == null ? !QuoteType.STANCE.label().equals(type) : asked.label().equals(type);
    }

    /** The speaker counts with each person's name as label. */
    private static List<FacetCount> named(Connection c, List<FacetCount> people) throws SQLException {
        if (people.isEmpty()) {
            return people;
        }
        List<Object> ids = new ArrayList<>();
        for (FacetCount p : people) {
            ids.add(Long.parseLong(p.value()));
        }
        Map<String, String> names = new HashMap<>();
        String sql = "SELECT id, name FROM people WHERE id IN (" + "?, ".repeat(ids.size() - 1) + "?)";
        try (PreparedStatement s = Sql.prepare(c, sql, ids); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.put(Long.toString(rs.getLong(1)), rs.getString(2));
            }
        }
        List<FacetCount> out = new ArrayList<>();
        for (FacetCount p : people) {
            out.add(new FacetCount(p.value(), names.getOrDefault(p.value(), p.value()), p.count()));
        }
        return out;
    }

    /** Counts by key, remembering the first label seen for each (outlets and organisations group ignoring case). */
    private static final class Tally {
        private final Map<String, long[]> counts = new LinkedHashMap<>();
        private final Map<String, String> labels = new HashMap<>();

        void add(String key, String label) {
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            if (label != null) {
                labels.putIfAbsent(key, label);
            }
        }

        List<FacetCount> all() {
            List<FacetCount> out = new ArrayList<>();
            // The value is the label as first seen: a filter on it (outlet, organisation) finds every casing.
            counts.forEach((key, n) -> out.add(new FacetCount(labels.getOrDefault(key, key), labels.getOrDefault(key, key), n[0])));
            return out;
        }

        /** The {@link Facets#TOP} largest counts, most first; ties by label, so the order is stable. */
        List<FacetCount> top() {
            List<FacetCount> out = all();
            out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
            return new ArrayList<>(out.subList(0, Math.min(Facets.TOP, out.size())));
        }
    }
}
