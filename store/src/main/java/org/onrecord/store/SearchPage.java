package org.onrecord.store;

import java.util.List;

/** One page of search results, best first, and how many there are in all. */
public record SearchPage(long total, int page, int size, List<QuoteHit> hits) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
