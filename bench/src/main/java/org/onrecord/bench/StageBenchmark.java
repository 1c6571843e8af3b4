package org.onrecord.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onrecord.Engine;
import org.onrecord.attribution.Attribution;
import org.onrecord.attribution.Attributor;
import org.onrecord.cli.bench.SampleText;
import org.onrecord.entity.Entities;
import org.onrecord.entity.EntityFinder;
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
 * Each stage of the engine alone, in pipeline order ({@link Engine#extract}), on generated articles
 * of 5, 50 and 500 KB; every stage gets the real output of the stages before it, computed once in
 * setup. The time per KB should not grow with the size.
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

    @Setup
    public void setUp() {
        text = new SampleText(2016).article(kilobytes * 1000);
        doc = BoilerplateFinder.segment(text);
        quotes = QuoteScanner.scan(doc);
        tokens = Tokens.of(doc);
        entities = EntityFinder.find(tokens, Attributor.contents(quotes));
        engine = Engine.create();
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
}
