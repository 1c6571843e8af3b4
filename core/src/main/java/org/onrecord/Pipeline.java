package org.onrecord;

import java.util.List;
import org.onrecord.attribution.Attribution;
import org.onrecord.entity.Entities;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;

/**
 * Every stage's output for one text, in the order {@link Engine} runs them. {@link Engine#stages}
 * is the one place that runs the stages, so tests that look at a middle stage see exactly what the
 * engine sees.
 */
record Pipeline(Segmented doc, List<QuoteSpan> quotes, Tokens tokens, Entities entities, List<Attribution> attributions) {
    Pipeline {
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
    }
}
