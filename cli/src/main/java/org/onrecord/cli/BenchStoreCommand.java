package org.onrecord.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.onrecord.Engine;
import org.onrecord.server.OnrecordServer;
import org.onrecord.store.QuoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onrecord bench-store}: indexing speed end to end (corpus file → engine → SQLite), then search
 * latency over HTTP on 127.0.0.1 with a bounded number of requests. Everything happens in a temporary
 * folder that is removed afterwards.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Benchmark the quote store: index synthetic articles, then load the search API on 127.0.0.1."},
        footer = {"%nExamples:",
            "  onrecord bench-store",
            "  onrecord bench-store --articles 5000 --quotes 100000 --requests 2000 --clients 4"})
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "Articles in the timed indexing run (default: ${DEFAULT-VALUE}).")
    int articles = 5_000;

    @Option(names = "--quotes", description = "Quotes in the store before searching (default: ${DEFAULT-VALUE}).")
    int quotes = 100_000;

    @Option(names = "--requests", description = "Timed search requests (default: ${DEFAULT-VALUE}).")
    int requests = 2_000;

    @Option(names = "--clients", description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--keep", paramLabel = "FILE", description = "Keep the filled store in this file (default: deleted).")
    Path keep;

    @Option(names = "--no-clusters", description = {"Keep no clusters of quotations: for a store to load-test search",
        "with (scripts/load-test.py): clustering the made-up news takes most of the time."})
    boolean noClusters;

    @Option(names = "--corpus", paramLabel = "FILE", description = {"Index this corpus (JSONL, as index reads it) in the timed",
        "run instead of --articles made-up ones: real news, whose quotations",
        "recur as they do in the world, for what clusters cost (with and without --no-clusters)."})
    Path corpus;

    @Option(names = "--seed", description = "Seed for the made-up articles and queries (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || requests < 1 || clients < 1 || quotes < 0) {
            throw new UserError("--articles, --requests and --clients must be at least 1");
        }
        if (corpus != null && !Files.isRegularFile(corpus)) {
            throw new UserError(corpus + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("onrecord-bench");
        try {
            SyntheticNews news = new SyntheticNews(seed);
            Path db = keep != null ? keep : dir.resolve("bench.db");
            if (keep != null && Files.exists(keep)) {
                throw new UserError(keep + ": already exists; --keep wants a new file");
            }
            try (QuoteStore store = noClusters ? QuoteStore.createWithoutClusters(db) : QuoteStore.openOrCreate(db)) {
                Engine engine = Engine.create();
                Path timed = corpus != null ? corpus : writeCorpus(dir.resolve("timed.jsonl"), news, articles);
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                index(engine, store, timed);
                double seconds = (System.nanoTime() - start) / 1e9;
                // CPU as well as wall time: on a shared machine the wall time measures the neighbours too.
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                long indexed = store.stats().articles();
                out.printf("index: %,d articles (%,d quotes) in %.2f s = %,.0f articles/s end to end (%d extraction threads),"
                        + " %.2f s of process CPU%n", indexed, store.stats().quotes(), seconds, indexed / seconds, threads, cpu);
                out.flush();
                int part = 0;
                while (store.stats().quotes() < quotes) {
                    long missing = quotes - store.stats().quotes();
                    index(engine, store, writeCorpus(dir.resolve("fill-" + part++ + ".jsonl"), news,
                            (int) Math.min(20_000, missing / 4 + 1)));
                }
                var stats = store.stats();
                out.printf("store: %,d articles, %,d quotes, %,d people, %,d MB%n", stats.articles(), stats.quotes(),
                        stats.people(), Files.size(db) / (1024 * 1024));
                out.flush();
                try (OnrecordServer server = OnrecordServer.start(store, engine, "127.0.0.1", 0)) {
                    load(out, server.port());
                }
            }
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private Path writeCorpus(Path file, SyntheticNews news, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write(news.nextLine());
                w.newLine();
            }
        }
        return file;
    }

    private void index(Engine engine, QuoteStore store, Path corpus) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        StoreIndexer indexer = new StoreIndexer(engine, store, Math.max(1, threads), 500, err, new Progress(err, false, -1), false,
                org.onrecord.json.Utf8Lines.DEFAULT_MAX_LINE_BYTES);
        try {
            indexer.index(new IndexSources.Source(corpus, IndexSources.Kind.JSONL, null));
        } finally {
            indexer.finish();
        }
        if (indexer.failed() > 0) {
            throw new UserError(indexer.failed() + " articles failed to index");
        }
    }

    /** A bounded run: a warm-up, then {@code requests} searches spread over {@code clients} threads. */
    private void load(PrintWriter out, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        List<String> queries = queries(requests + 200);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            run(pool, http, port, queries.subList(0, 200));
            long start = System.nanoTime();
            long[] latencies = run(pool, http, port, queries.subList(200, queries.size()));
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            out.printf("search: %,d requests, %d clients, 127.0.0.1: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, %,.0f requests/s%n",
                    latencies.length, clients, ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6, latencies.length / seconds);
            out.flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] run(ExecutorService pool, HttpClient http, int port, List<String> queries) throws Exception {
        List<Future<long[]>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            parts.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = client; i < queries.size(); i += clients) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/quotes?"
                            + queries.get(i))).timeout(Duration.ofSeconds(10)).build();
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    mine.add(System.nanoTime() - t);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("search " + queries.get(i) + " answered " + response.statusCode()
                                + ": " + response.body());
                    }
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : parts) {
            all.add(f.get());
        }
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** A mix like people's: words, phrases, prefixes, a speaker or a date range on top. */
    private List<String> queries(int count) {
        Random random = new Random(seed + 1);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String noun = SyntheticNews.NOUNS.get(random.nextInt(SyntheticNews.NOUNS.size()));
            String q = switch (random.nextInt(4)) {
                case 0 -> "q=" + enc(noun.split(" ")[0]);
                case 1 -> "q=" + enc("\"" + noun + "\"");
                case 2 -> "q=" + enc(noun.substring(0, 3) + "*") + "&speaker="
                        + enc(SyntheticNews.LAST.get(random.nextInt(SyntheticNews.LAST.size())));
                default -> "speaker=" + enc(SyntheticNews.FIRST.get(random.nextInt(SyntheticNews.FIRST.size())) + " "
                        + SyntheticNews.LAST.get(random.nextInt(SyntheticNews.LAST.size()))) + "&from=2022-01-01&to=2022-12-31";
            };
            out.add(q + (random.nextInt(5) == 0 ? "&page=2" : ""));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double quantile) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a finished benchmark for
        }
    }
}
