package org.onrecord.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/**
 * Runs the engine over one partition of input records, one result row per record, streaming. The
 * engine is built once per executor JVM (it is stateless and thread-safe) and shared by its tasks.
 * A record the engine cannot read or that makes it fail becomes an error row; the partition goes on.
 * Nothing is counted here: Spark may run a partition more than once (a retried task, a lost cached
 * block recomputed), so counts are taken from the rows by actions, never inside this stage.
 */
final class ArticleExtractor implements FlatMapFunction<Iterator<SourceRecord>, Row> {
    private final boolean outletFromUrl;
    private final boolean withExtraction;
    private final double minConfidence;

    ArticleExtractor(boolean outletFromUrl, boolean withExtraction) {
        this(outletFromUrl, withExtraction, 0);
    }

    ArticleExtractor(boolean outletFromUrl, boolean withExtraction, double minConfidence) {
        this.outletFromUrl = outletFromUrl;
        this.withExtraction = withExtraction;
        this.minConfidence = minConfidence;
    }

    @Override
    public Iterator<Row> call(Iterator<SourceRecord> records) {
        Engine engine = SharedEngine.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return extract(engine, records.next());
            }
        };
    }

    Row extract(Engine engine, SourceRecord r) {
        String outlet = outletFromUrl && r.outlet() == null ? Outlets.fromUrl(r.url()) : r.outlet();
        switch (r.status()) {
            case SKIPPED:
                return Results.notExtracted(Results.SKIPPED, r, outlet, r.message(), withExtraction);
            case FAILED:
                return Results.notExtracted(Results.ERROR, r, outlet, r.message(), withExtraction);
            case OTHER:
                return Results.notExtracted(Results.OTHER, r, outlet, r.message(), withExtraction);
            default:
                break;
        }
        Article article;
        try {
            article = r.article();
        } catch (IllegalArgumentException e) {
            return Results.notExtracted(Results.ERROR, r, outlet, e.getMessage(), withExtraction);
        }
        try {
            Extraction x = engine.extract(article).atLeast(minConfidence);
            if (outletFromUrl && x.outlet() == null) {
                // a guess from the address: the record's outlet and the page's own site name both come first
                x = x.withOutlet(Outlets.fromUrl(x.url()));
            }
            return Results.ok(article, x, r.where(), withExtraction);
        } catch (RuntimeException | StackOverflowError e) {
            Article failed = outletFromUrl && article.outlet() == null
                    ? article.withMetadata(article.url(), article.published(), Outlets.fromUrl(article.url())) : article;
            return Results.failed(failed, r.where(), r.where() + ": engine failed: " + e, withExtraction);
        }
    }

    /** One engine per JVM: an executor's tasks share it rather than build one per record or partition. */
    static final class SharedEngine {
        private static volatile Engine engine;

        private SharedEngine() {}

        static Engine get() {
            Engine e = engine;
            if (e == null) {
                synchronized (SharedEngine.class) {
                    e = engine;
                    if (e == null) {
                        engine = e = Engine.create();
                    }
                }
            }
            return e;
        }
    }
}
