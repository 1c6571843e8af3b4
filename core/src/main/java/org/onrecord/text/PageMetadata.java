package org.onrecord.text;

import java.util.List;

/**
 * What an HTML page says about itself: headline, publication time, canonical address, authors, outlet
 * and language, each null (authors empty) when the page does not say. Read by {@link MetadataReader};
 * the order in which its sources are tried is documented there and in docs/SCHEMA.md.
 *
 * @param published an ISO 8601 date or date-time, as precise as the page gives it
 * @param language a BCP 47 tag ({@code en}, {@code en-GB})
 */
public record PageMetadata(String title, String published, String url, List<String> authors, String outlet,
        String language) {
    /** A page that says nothing about itself, and plain text. */
    public static final PageMetadata NONE = new PageMetadata(null, null, null, List.of(), null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
