package org.onrecord.store;

import java.util.List;

/**
 * Counts of a search's results by speaker, organisation, outlet, type and month, for an overview beside
 * them. Each list holds the most frequent values, most first, at most {@link #TOP} of them; months are the
 * newest {@link #MONTHS} with results, newest first. Quotes with no value (no named person, undated) are
 * counted in {@code total} only.
 *
 * @param total the results counted: as the search's own total
 * @param speakers by stored person (the value is the person id, the search's {@code personId})
 * @param types by type, counted as if the search asked for any type, stances included, so that every
 *     type can be chosen from it
 */
public record Facets(
        long total,
        List<FacetCount> speakers,
        List<FacetCount> organisations,
        List<FacetCount> outlets,
        List<FacetCount> types,
        List<FacetCount> months) {
    public static final int TOP = 10;
    public static final int MONTHS = 24;

    public Facets {
        speakers = List.copyOf(speakers);
        organisations = List.copyOf(organisations);
        outlets = List.copyOf(outlets);
        types = List.copyOf(types);
        months = List.copyOf(months);
    }
}
