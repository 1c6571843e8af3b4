package org.onrecord.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onrecord.Engine;
import org.onrecord.attribution.Attribution;
import org.onrecord.attribution.Attributor;
import org.onrecord.cli.bench.SampleText;
import org.onrecord.entity.Entities;
import org.onrecord.entity.EntityFinder;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Extraction;
import org.onrecord.quote.QuoteScanner;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of the engine alone, in pipeline order ({@link Engine#extract}), and JSON in and out,
 * on generated articles of 5, 50 and 500 KB; every stage gets the real output of the stages before
 * it, computed once in setup. The time per KB should not grow with the size. Generated text runs
 * faster than news: {@link NewsStageBenchmark} times the same stages on a real corpus.
 *
 * <pre>java -jar bench/target/benchmarks.jar -p kilobytes=5,50</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {
    @Param({"5", "50", "500"})
    public int kilobytes;

    private String text;
    private Segmented doc;
    private List<QuoteSpan> quotes;
    private Tokens tokens;
    private Entities entities;
    private Engine engine;
    private StageInput in;

    @Setup
    public void setUp() {
        text = new SampleText(2016).article(kilobytes * 1000);
        engine = Engine.create();
        in = StageInput.ofText("bench", text, engine);
        doc = in.doc();
        quotes = in.quotes();
        tokens = in.tokens();
        entities = in.entities();
    }

    @Benchmark
    public org.onrecord.model.Article jsonReading() {
        return ArticleJson.parse(in.line(), "bench");
    }

    @Benchmark
    public Segmented segmenting() {
        return BoilerplateFinder.segment(text);
    }

    @Benchmark
    public List<QuoteSpan> quoteFinding() {
        return QuoteScanner.scan(doc);
    }

    @Benchmark
    public Tokens tokenizing() {
        return Tokens.of(doc);
    }

    @Benchmark
    public Entities entityFinding() {
        return EntityFinder.find(tokens, Attributor.contents(quotes));
    }

    @Benchmark
    public List<Attribution> attribution() {
        return Attributor.attribute(doc, tokens, entities, quotes);
    }

    @Benchmark
    public Extraction wholeEngine() {
        return engine.extract(org.onrecord.model.Article.ofText("bench", text));
    }

    @Benchmark
    public String jsonWriting() {
        return ExtractionJson.toLine(in.extraction());
    }
}
