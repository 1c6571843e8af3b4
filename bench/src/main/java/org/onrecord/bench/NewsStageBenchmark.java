package org.onrecord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onrecord.Engine;
import org.onrecord.attribution.Attribution;
import org.onrecord.attribution.Attributor;
import org.onrecord.entity.Entities;
import org.onrecord.entity.EntityFinder;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
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
 * Each stage of the engine alone, and JSON in and out, on real news: the articles of a JSONL corpus
 * (PolNeAR train by default, beside the repository in {@code shared/eval/}) taken in turn, one per
 * call, so a figure is the mean over the corpus in µs per article. Generated text runs about 1.7×
 * faster than news and favours other paths ({@link StageBenchmark} times it by size): a regression
 * on news shows here, in the stage it came from.
 *
 * <pre>java -jar bench/target/benchmarks.jar NewsStageBenchmark -p corpus=../shared/eval/polnear.train.jsonl</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class NewsStageBenchmark {
    /** A JSONL corpus of plain-text articles; relative to the directory the benchmark runs in. */
    @Param({"../shared/eval/polnear.train.jsonl"})
    public String corpus;

    private StageInput[] inputs;
    private Engine engine;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path path = Path.of(corpus);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no corpus at " + path.toAbsolutePath() + ": pass -p corpus=FILE.jsonl");
        }
        engine = Engine.create();
        List<String> lines = Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList();
        inputs = new StageInput[lines.size()];
        for (int i = 0; i < inputs.length; i++) {
            String where = path.getFileName() + ":" + (i + 1);
            inputs[i] = StageInput.of(lines.get(i), ArticleJson.parse(lines.get(i), where), engine);
        }
    }

    /** The next article of the corpus, round and round: every call times one article. */
    private StageInput next() {
        StageInput in = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return in;
    }

    @Benchmark
    public Article jsonReading() {
        StageInput in = next();
        return ArticleJson.parse(in.line(), "bench");
    }

    @Benchmark
    public Segmented segmenting() {
        StageInput in = next();
        return BoilerplateFinder.segment(in.article().text());
    }

    @Benchmark
    public List<QuoteSpan> quoteFinding() {
        StageInput in = next();
        return QuoteScanner.scan(in.doc());
    }

    @Benchmark
    public Tokens tokenizing() {
        StageInput in = next();
        return Tokens.of(in.doc());
    }

    @Benchmark
    public Entities entityFinding() {
        StageInput in = next();
        return EntityFinder.find(in.tokens(), Attributor.contents(in.quotes()));
    }

    @Benchmark
    public List<Attribution> attribution() {
        StageInput in = next();
        return Attributor.attribute(in.doc(), in.tokens(), in.entities(), in.quotes());
    }

    @Benchmark
    public Extraction wholeEngine() {
        StageInput in = next();
        return engine.extract(in.article());
    }

    @Benchmark
    public String jsonWriting() {
        StageInput in = next();
        return ExtractionJson.toLine(in.extraction());
    }
}
