package org.onrecord.store;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onrecord.Engine;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/**
 * Indexing in steady state: the engine and the store, as {@code onrecord index} runs them, over a corpus twice in one
 * process — the first pass into a scratch store, untimed (the JIT compiles the engine and the clustering code), the
 * second timed — and prints the process's CPU time over the second pass, with clusters on or off
 * (docs/PROVENANCE.md, session 10; not run by the test suite). Extraction on {@code THREADS} threads, a batch of 500
 * articles at a time, then written; CPU, not wall, is the figure.
 *
 * <pre>java -cp ... org.onrecord.store.IndexReplay CORPUS.jsonl STORE.db on|off [THREADS]</pre>
 */
final class IndexReplay {
    private static final int BATCH = 500;

    private IndexReplay() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !List.of("on", "off").contains(args[2])) {
            System.err.println("usage: IndexReplay CORPUS.jsonl STORE.db on|off [THREADS]");
            System.exit(2);
        }
        boolean clusters = args[2].equals("on");
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Article> articles = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                var a = ExtractionJson.mapper().readTree(line);
                articles.add(Article.ofText(a.get("id").asText(), a.get("text").asText()).withMetadata(null,
                        a.hasNonNull("published") ? a.get("published").asText() : null,
                        a.hasNonNull("outlet") ? a.get("outlet").asText() : null));
            }
        }
        Engine engine = Engine.create();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try {
            Path scratch = Path.of(args[1] + ".warm");
            index(engine, pool, articles, scratch, clusters);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(scratch + suffix));
            }
            System.gc();
            // -Dreplay.jfr=FILE: a flight recording (profile settings) of the timed pass only
            String jfr = System.getProperty("replay.jfr");
            jdk.jfr.Recording recording = null;
            if (jfr != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.start();
            }
            var byThread = ThreadCpu.snapshot();
            long[] userSys = userSys();
            long cpu = process.getProcessCpuTime();
            long started = System.nanoTime();
            int quotes = index(engine, pool, articles, Path.of(args[1]), clusters);
            long[] userSysAfter = userSys();
            System.out.printf("{\"clusters\":\"%s\",\"articles\":%d,\"quotes\":%d,\"wall_ms\":%.0f,\"process_cpu_ms\":%.0f,"
                    + "\"user_ms\":%d,\"sys_ms\":%d,\"threads_ms\":%s}%n", args[2], articles.size(), quotes,
                    (System.nanoTime() - started) / 1e6, (process.getProcessCpuTime() - cpu) / 1e6,
                    userSysAfter[0] - userSys[0], userSysAfter[1] - userSys[1],
                    ThreadCpu.json(ThreadCpu.since(byThread, ThreadCpu.snapshot())));
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(jfr));
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The process's user and system CPU so far, ms, from /proc/self/stat (utime and stime, fields 14 and 15): the kernel's
     * share of a run (the store's file I/O) follows the machine's other jobs more than the code (session 14).
     */
    private static long[] userSys() throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(rest[11]) * 10, Long.parseLong(rest[12]) * 10}; // USER_HZ 100
    }

    private static int index(Engine engine, ExecutorService pool, List<Article> articles, Path db, boolean clusters)
            throws Exception {
        Files.deleteIfExists(db);
        int quotes = 0;
        try (QuoteStore store = QuoteStore.open(db, 0, clusters)) {
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<Future<ArticleEntry>> batch = new ArrayList<>();
                for (Article a : articles.subList(from, Math.min(articles.size(), from + BATCH))) {
                    batch.add(pool.submit(() -> {
                        Extraction x = engine.extract(a);
                        return new ArticleEntry(a.id(), a.text(), "h" + a.text().hashCode(), x);
                    }));
                }
                List<ArticleEntry> entries = new ArrayList<>();
                for (Future<ArticleEntry> f : batch) {
                    entries.add(f.get());
                    quotes += entries.get(entries.size() - 1).extraction().quotes().size();
                }
                store.put(entries);
            }
        }
        return quotes;
    }
}
