package org.onrecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onrecord.attribution.Ablation;
import org.onrecord.attribution.Attribution;
import org.onrecord.attribution.Attributor;
import org.onrecord.entity.Entities;
import org.onrecord.entity.EntityFinder;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.quote.QuoteScanner;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.HtmlText;
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
        String title = null;
        String text = article.text();
        if (article.isHtml()) {
            HtmlText.Result html = HtmlText.extract(article.html());
            title = html.title();
            text = html.text();
        }
        if (text.length() <= Chunks.WINDOW) {
            return read(article, title, text, deadline);
        }
        List<Extraction> parts = new ArrayList<>();
        List<int[]> windows = Chunks.windows(text);
        int[] codePointStarts = new int[windows.size()];
        int codePoints = 0;
        for (int w = 0; w < windows.size(); w++) {
            int[] window = windows.get(w);
            codePointStarts[w] = codePoints;
            String part = text.substring(window[0], window[1]);
            parts.add(read(article, title, part, deadline));
            codePoints += part.codePointCount(0, part.length());
        }
        return Chunks.join(read(article, title, "", deadline), parts, codePointStarts)
                .withText(article.isHtml() ? text : null);
    }

    private Extraction read(Article article, String title, String text, Deadline deadline) {
        Pipeline p = stages(text, options.without(), options.lexicon(), deadline);
        return ResultBuilder.build(article, title, p.doc(), p.tokens(), p.entities(), p.attributions());
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

    /** Convenience for plain text with no id. */
    public Extraction extractText(String text) {
        return extract(Article.ofText(null, text));
    }
}
