package org.onrecord.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onrecord.Engine;
import org.onrecord.EngineOptions;
import org.onrecord.cli.UserError;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code onrecord bench}: what the engine costs to run, on a corpus of yours or one it writes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine's speed and memory.",
            "Throughput on 1 thread and all cores, per-article latency, peak heap, and time against article "
                    + "length, on a JSONL corpus or on generated sample text."},
        footer = {"%nExamples:",
            "  onrecord bench",
            "  onrecord bench --corpus my.jsonl --threads 1",
            "  onrecord bench --adversarial"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSONL corpus ({\"id\", \"text\"|\"html\"} a line); "
            + "default: generated sample articles.")
    Path corpus;

    @Option(names = "--articles", defaultValue = "200", description = "Generated articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--size", defaultValue = "5", paramLabel = "KB", description = "Size of each generated article in KB (default: ${DEFAULT-VALUE}).")
    int sizeKb;

    @Option(names = "--lengths", defaultValue = "5,50,500", split = ",", paramLabel = "KB",
            description = "Article lengths in KB for the linearity check (default: ${DEFAULT-VALUE}).")
    List<Integer> lengths;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds for each throughput pass (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up before measuring (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--threads", description = "Threads for the parallel pass (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", defaultValue = "2016", description = "Seed of the generated text (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--write-corpus", paramLabel = "FILE", description = "Write the generated corpus as JSONL and stop.")
    Path writeCorpus;

    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;

    @Option(names = "--adversarial", description = "Instead: µs per KB at each of --lengths for news (the --corpus "
            + "texts joined, else generated sample text) and for generated shapes that once made the engine quadratic.")
    boolean adversarial;

    @Option(names = "--max-seconds", defaultValue = "60", description = "With --adversarial: a shape is not run at a size "
            + "that, were the engine linear, would take longer than this (default: ${DEFAULT-VALUE}).")
    double maxSeconds;

    @Override
    public Integer call() {
        if (seconds <= 0 || warmup < 0 || maxSeconds <= 0 || threads < 1 || articles < 1 || sizeKb < 1) {
            throw new UserError("--seconds and --max-seconds must be > 0, --warmup >= 0, --threads, --articles and --size >= 1");
        }
        for (int kb : lengths) {
            if (kb < 1) {
                throw new UserError("--lengths: sizes must be at least 1 KB, got " + kb);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (writeCorpus != null) {
            Corpus c = Corpus.generated(articles, sizeKb, seed);
            c.write(writeCorpus);
            out.printf(Locale.ROOT, "wrote %d articles, %.1f MB, to %s%n", c.articles().size(), c.bytes() / 1e6, writeCorpus);
            out.flush();
            return 0;
        }
        if (adversarial) {
            return adversarial(out, err);
        }
        Corpus c = corpus != null ? Corpus.read(corpus, err) : Corpus.generated(articles, sizeKb, seed);
        if (corpus == null) {
            err.println("onrecord: bench: measuring generated sample text, which runs faster than real news; "
                    + "give --corpus FILE (such as PolNeAR's JSONL) for figures that hold on news");
            err.flush();
        }
        Bench bench = new Bench(untimed());
        Cold cold = Cold.of(bench.single(c, nanos(warmup)).latencies());
        HeapWatch.reset();
        Bench.SinglePass single = bench.single(c, nanos(seconds));
        Throughput parallel = bench.parallel(c, threads, nanos(seconds));
        long peakHeap = HeapWatch.peakBytes();
        List<LengthPoint> points = new ArrayList<>();
        SampleText sample = new SampleText(seed);
        for (int kb : lengths) {
            points.add(bench.length(sample.article(kb * 1000), nanos(Math.min(seconds, 3))));
        }
        long live = HeapWatch.liveBytes();
        Result r = new Result(c, corpus == null, cold, single, parallel, peakHeap, live, points);
        if (json) {
            out.println(r.json());
        } else {
            r.print(out);
        }
        out.flush();
        return c.skipped() > 0 ? 1 : 0;
    }

    private int adversarial(PrintWriter out, PrintWriter err) {
        String news;
        if (corpus != null) {
            StringBuilder sb = new StringBuilder();
            for (Article a : Corpus.read(corpus, err).articles()) {
                sb.append(a.text() != null ? a.text() : a.html()).append("\n\n");
            }
            news = sb.toString();
        } else {
            news = new SampleText(seed).article(1_000_000);
        }
        if (news.isBlank()) {
            throw new UserError("--corpus has no text to measure");
        }
        List<AdversarialBench.Row> rows = new AdversarialBench(untimed())
                .run(news, lengths, nanos(warmup), nanos(Math.min(seconds, 3)), nanos(maxSeconds));
        if (json) {
            out.println(AdversarialBench.json(rows));
        } else {
            AdversarialBench.print(rows, lengths, out);
        }
        out.flush();
        return 0;
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }

    /**
     * The first articles run (in corpus order, round again if it is short), while the JIT is still
     * compiling: how far a short run, or the start of a long one, is from the steady state after warm-up.
     */
    record Cold(int articles, long nanos) {
        static final int FIRST = 1000;

        static Cold of(long[] latencies) {
            int n = Math.min(FIRST, latencies.length);
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += latencies[i];
            }
            return new Cold(n, sum);
        }

        double articlesPerSecond() {
            return articles / (nanos / 1e9);
        }
    }

    /** Everything one run measured. */
    record Result(Corpus corpus, boolean generated, Cold cold, Bench.SinglePass single, Throughput parallel, long peakHeap, long liveHeap,
            List<LengthPoint> lengths) {
        long p50() {
            return Stats.percentile(single.latencies(), 50);
        }

        long p99() {
            return Stats.percentile(single.latencies(), 99);
        }

        void print(PrintWriter out) {
            out.printf(Locale.ROOT, "corpus: %s (%d articles, %.2f MB, mean %.1f KB)%n", corpus.name(),
                    corpus.articles().size(), corpus.bytes() / 1e6, corpus.bytes() / 1e3 / corpus.articles().size());
            if (generated) {
                out.println("warning: generated text, not news: these figures run faster than on real articles");
            }
            out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    HeapWatch.maxBytes() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
            out.println();
            out.printf(Locale.ROOT, "%-10s %12s %10s %10s %14s %14s%n", "threads", "articles/s", "MB/s", "articles",
                    "per CPU-second", "CPU ms/article");
            for (Throughput t : List.of(single.throughput(), parallel)) {
                out.printf(Locale.ROOT, "%-10d %12.1f %10.2f %10d %14.1f %14.3f%n", t.threads(), t.articlesPerSecond(),
                        t.megabytesPerSecond(), t.articles(), t.articlesPerCpuSecond(), 1e3 / t.articlesPerCpuSecond());
            }
            out.printf(Locale.ROOT, "first %d articles run (JIT warming up): %.1f articles/s, %.2f× the steady 1-thread rate%n",
                    cold.articles(), cold.articlesPerSecond(), cold.articlesPerSecond() / single.throughput().articlesPerSecond());
            out.printf(Locale.ROOT, "latency per article (1 thread): p50 %.3f ms, p99 %.3f ms%n", p50() / 1e6, p99() / 1e6);
            out.printf(Locale.ROOT, "peak heap while measuring: %.1f MB (live after GC: %.1f MB)%n", peakHeap / 1e6, liveHeap / 1e6);
            out.println();
            out.println("time against article length (1 thread, median):");
            out.printf(Locale.ROOT, "%10s %12s %10s %12s %6s%n", "KB", "ms", "µs/KB", "vs smallest", "runs");
            for (LengthPoint p : lengths) {
                out.printf(Locale.ROOT, "%10.1f %12.3f %10.2f %12.2f %6d%n", p.bytes() / 1e3, p.medianNanos() / 1e6,
                        p.microsPerKilobyte(), p.ratioTo(lengths.get(0)), p.runs());
            }
        }

        String json() {
            ObjectNode o = ExtractionJson.mapper().createObjectNode();
            o.put("corpus", corpus.name());
            o.put("generated", generated);
            o.put("articles", corpus.articles().size());
            o.put("bytes", corpus.bytes());
            o.put("cores", Runtime.getRuntime().availableProcessors());
            ArrayNode runs = o.putArray("throughput");
            for (Throughput t : List.of(single.throughput(), parallel)) {
                ObjectNode n = runs.addObject();
                n.put("threads", t.threads());
                n.put("articles_per_s", t.articlesPerSecond());
                n.put("mb_per_s", t.megabytesPerSecond());
                n.put("articles", t.articles());
                n.put("seconds", t.seconds());
                if (t.cpuNanos() > 0) {
                    n.put("articles_per_cpu_s", t.articlesPerCpuSecond());
                }
            }
            o.put("cold_articles", cold.articles());
            o.put("cold_articles_per_s", cold.articlesPerSecond());
            o.put("latency_p50_ms", p50() / 1e6);
            o.put("latency_p99_ms", p99() / 1e6);
            o.put("peak_heap_mb", peakHeap / 1e6);
            o.put("live_heap_mb", liveHeap / 1e6);
            ArrayNode len = o.putArray("lengths");
            for (LengthPoint p : lengths) {
                ObjectNode n = len.addObject();
                n.put("bytes", p.bytes());
                n.put("median_ms", p.medianNanos() / 1e6);
                n.put("us_per_kb", p.microsPerKilobyte());
                n.put("ratio_to_smallest", p.ratioTo(lengths.get(0)));
            }
            return o.toString();
        }
    }

    /** The engine without its per-article deadline: a benchmark measures slow inputs rather than giving them up. */
    private static Engine untimed() {
        return Engine.create(EngineOptions.defaults().withDeadline(Duration.ZERO));
    }
}
