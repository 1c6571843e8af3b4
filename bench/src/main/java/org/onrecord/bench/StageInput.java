package org.onrecord.bench;

import java.util.List;
import org.onrecord.Engine;
import org.onrecord.attribution.Attributor;
import org.onrecord.entity.Entities;
import org.onrecord.entity.EntityFinder;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.quote.QuoteScanner;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;

/**
 * One article and the output of every stage on it, computed once in a benchmark's setup, so that
 * each stage is timed on the real output of the stages before it.
 *
 * @param line the article as a corpus line, for the JSON reading stage
 * @param extraction the engine's result, for the JSON writing stage
 */
record StageInput(String line, Article article, Segmented doc, List<QuoteSpan> quotes, Tokens tokens,
        Entities entities, Extraction extraction) {

    /** The stages of a plain-text article's corpus line (an HTML page's text is the HTML stage's, not timed here). */
    static StageInput of(String line, Article article, Engine engine) {
        if (article.isHtml()) {
            throw new IllegalArgumentException(article.id() + ": give plain-text articles (\"text\"), not HTML");
        }
        Segmented doc = BoilerplateFinder.segment(article.text());
        List<QuoteSpan> quotes = QuoteScanner.scan(doc);
        Tokens tokens = Tokens.of(doc);
        Entities entities = EntityFinder.find(tokens, Attributor.contents(quotes));
        return new StageInput(line, article, doc, quotes, tokens, entities, engine.extract(article));
    }

    /** A generated article's stages, with the corpus line that carries it. */
    static StageInput ofText(String id, String text, Engine engine) {
        try {
            String line = ExtractionJson.mapper().writeValueAsString(java.util.Map.of("id", id, "text", text));
            return of(line, Article.ofText(id, text), engine);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
