package org.onrecord.server;

import java.util.List;
import java.util.Map;
import org.onrecord.store.ArticleRef;
import org.onrecord.store.QuoteHit;
import org.onrecord.store.QuoteView;
import org.onrecord.store.SearchPage;
import org.onrecord.store.provenance.ClusterSpread;

/**
 * A page of search results as the API serves it: each hit with how far its quotation went, so that the
 * page can say "carried by 4 outlets" without a request a result.
 */
record SearchAnswer(long total, int page, int size, List<Hit> hits) {
    /** @param cluster the quotation's spread, or null for a quote in no cluster (indirect speech, a stance) */
    record Hit(QuoteView quote, ArticleRef article, String before, String after, ClusterSpread cluster) {}

    static SearchAnswer of(SearchPage page, Map<Long, ClusterSpread> spreads) {
        List<Hit> hits = page.hits().stream().map(h -> hit(h, spreads)).toList();
        return new SearchAnswer(page.total(), page.page(), page.size(), hits);
    }

    private static Hit hit(QuoteHit h, Map<Long, ClusterSpread> spreads) {
        return new Hit(h.quote(), h.article(), h.before(), h.after(), spreads.get(h.quote().id()));
    }
}
