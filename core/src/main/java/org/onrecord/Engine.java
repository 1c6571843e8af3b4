package org.onrecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onrecord.attribution.Ablation;
import org.onrecord.attribution.Attribution;
import org.onrecord.attribution.Attributor;
import org.onrecord.attribution.ConfidenceFeatures;
import org.onrecord.entity.Entities;
import org.onrecord.entity.EntityFinder;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.quote.QuoteScanner;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.HtmlText;
import org.onrecord.text.PageMetadata;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;

/**
 * The extraction engine: an article in, who said what out.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Extraction result = engine.extract(Article.ofText("a1", text));
 * }</pre>
 *
 * <p>An engine holds no per-article state: one instance serves any number of threads. The
 * pipeline runs text → quote → entity → attribution, each stage taking the previous stage's
 * immutable values. Each article has {@link EngineOptions#deadline()} to run in: past it the
 * extraction is given up with an {@link ExtractionDeadlineException} (see {@link Deadline}).
 */
public final class Engine {
    private final EngineOptions options;

    private Engine(EngineOptions options) {
        this.options = options;
    }

    public static Engine create() {
        return new Engine(EngineOptions.defaults());
    }

    /** An engine that runs by {@code options}, as for an ablation experiment. */
    public static Engine create(EngineOptions options) {
        return new Engine(Objects.requireNonNull(options, "options"));
    }

    /** An engine that reads words by another lexicon (a test's, an experiment's) than the bundled one. */
    public static Engine create(Lexicon lexicon) {
        return new Engine(EngineOptions.defaults().with(lexicon));
    }

    public EngineOptions options() {
        return options;
    }

    /**
     * Who said what in {@code article}.
     *
     * @throws ExtractionDeadlineException when the extraction runs past {@link EngineOptions#deadline()}
     */
    public Extraction extract(Article article) {
        return extractAll(article, Deadline.after(options.deadline())).atLeast(options.minConfidence());
    }

    private Extraction extractAll(Article article, Deadline deadline) {
        Objects.requireNonNull(article, "article");
        PageMetadata page = PageMetadata.NONE;
        String text = article.text();
        if (article.isHtml()) {
            HtmlText.Result html = HtmlText.extract(article.html());
            page = html.metadata();
            text = html.text();
            article = withPage(article, page);
        }
        if (text.length() <= Chunks.WINDOW) {
            return read(article, page, text, deadline);
        }
        List<Extraction> parts = new ArrayList<>();
        List<int[]> windows = Chunks.windows(text);
        int[] codePointStarts = new int[windows.size()];
        int codePoints = 0;
        for (int w = 0; w < windows.size(); w++) {
            int[] window = windows.get(w);
            codePointStarts[w] = codePoints;
            String part = text.substring(window[0], window[1]);
            parts.add(read(article, page, part, deadline));
            codePoints += part.codePointCount(0, part.length());
        }
        return Chunks.join(read(article, page, "", deadline), parts, codePointStarts)
                .withText(article.isHtml() ? text : null);
    }

    /** What the caller says of the article wins; the page fills in what the caller left out. */
    private static Article withPage(Article article, PageMetadata page) {
        return article.withMetadata(article.url() != null ? article.url() : page.url(),
                article.published() != null ? article.published() : page.published(),
                article.outlet() != null ? article.outlet() : page.outlet());
    }

    private Extraction read(Article article, PageMetadata page, String text, Deadline deadline) {
        Pipeline p = stages(text, options.without(), options.lexicon(), deadline);
        return ResultBuilder.build(article, page, p.doc(), p.tokens(), p.entities(), p.attributions());
    }

    /** The stages on one window of plain text: the engine's pipeline, and the tests' fixture for a middle stage. */
    static Pipeline stages(String text) {
        return stages(text, Ablation.NONE);
    }

    /** As {@link #stages(String)}, with the rules and shapes of {@code without} switched off. */
    static Pipeline stages(String text, Ablation without) {
        return stages(text, without, Lexicon.standard(), Deadline.NONE);
    }

    /** The deadline is checked before each stage: each is linear in the window, so none runs on unchecked. */
    private static Pipeline stages(String text, Ablation without, Lexicon lexicon, Deadline deadline) {
        deadline.check();
        Segmented doc = BoilerplateFinder.segment(text);
        deadline.check();
        List<QuoteSpan> quotes = QuoteScanner.scan(doc);
        deadline.check();
        Tokens tokens = Tokens.of(doc, lexicon);
        deadline.check();
        Entities entities = EntityFinder.find(tokens, Attributor.contents(quotes));
        deadline.check();
        List<Attribution> attributions = Attributor.attribute(doc, tokens, entities, quotes, without);
        deadline.check();
        return new Pipeline(doc, quotes, tokens, entities, attributions);
    }

    /**
     * Every quotation of a plain-text article (no minimum confidence), with the features its
     * confidence was computed from, in quote order: what {@code onrecord confidence} trains the
     * confidence model on.
     *
     * @throws IllegalArgumentException for HTML, or text longer than one window (200,000 characters)
     */
    public Featured extractFeatured(Article article) {
        if (article.isHtml() || article.text().length() > Chunks.WINDOW) {
            throw new IllegalArgumentException("features are read from plain text of at most " + Chunks.WINDOW + " characters");
        }
        Pipeline p = stages(article.text(), options.without(), options.lexicon(), Deadline.NONE);
        List<ConfidenceFeatures> features = new ArrayList<>();
        Extraction x = ResultBuilder.build(article, PageMetadata.NONE, p.doc(), p.tokens(), p.entities(), p.attributions(), features);
        return new Featured(x, features);
    }

    /** An extraction with the confidence features of each of its quotes, in the same order. */
    public record Featured(Extraction extraction, List<ConfidenceFeatures> features) {
        public Featured {
            features = List.copyOf(features);
        }
    }

    /** Convenience for plain text with no id. */
    public Extraction extractText(String text) {
        return extract(Article.ofText(null, text));
    }
}
