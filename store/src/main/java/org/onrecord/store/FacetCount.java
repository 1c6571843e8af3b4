package org.onrecord.store;

/**
 * How many results share one value of a facet.
 *
 * @param value what to filter by to get them: a person id, an organisation, an outlet, a quote type or a month
 *     ({@code 2024-06})
 * @param label the value as a reader knows it: a person's name, else the value itself
 */
public record FacetCount(String value, String label, long count) {}
