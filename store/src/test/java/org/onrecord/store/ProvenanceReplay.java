package org.onrecord.store;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Extraction;

/**
 * Writes the engine's output on a real corpus into a new store, with clusters on or off, and prints the CPU time of
 * the writing thread (SQLite runs on it): the store's share of {@code onrecord index}, without the engine's, for
 * what clusters cost on real news (docs/PROVENANCE.md; not run by the test suite).
 *
 * <p>Input: the corpus as {@code index} reads it ({"id", "text", ...} a line) and what
 * {@code onrecord extract --jsonl} wrote for it, line for line. Batches of 500 articles, as {@code bench-store}.
 *
 * <pre>java -cp ... org.onrecord.store.ProvenanceReplay CORPUS.jsonl EXTRACTED.jsonl STORE.db on|off [warm]</pre>
 *
 * <p>With {@code warm}, the corpus is first written into {@code STORE.db.warm} untimed, so that the timed pass runs
 * compiled code (the JIT's work on the clustering code is several seconds of CPU, a fixed cost that a corpus of 4,900
 * articles would otherwise count as clustering's). Also prints the process's CPU time (all threads: the collector's
 * and the compiler's too) over the timed pass.
 */
final class ProvenanceReplay {
    private static final int BATCH = 500;

    private ProvenanceReplay() {}

    public static void main(String[] args) throws Exception {
        boolean warm = args.length == 5 && args[4].equals("warm");
        if ((args.length != 4 && !warm) || !List.of("on", "off").contains(args[3])) {
            System.err.println("usage: ProvenanceReplay CORPUS.jsonl EXTRACTED.jsonl STORE.db on|off [warm]");
            System.exit(2);
        }
        Map<String, String> texts = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                var a = ExtractionJson.mapper().readTree(line);
                texts.put(a.get("id").asText(), a.get("text").asText());
            }
        }
        List<ArticleEntry> entries = new ArrayList<>();
        int quotes = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                Extraction x = ExtractionJson.fromJson(line);
                if (x.id() == null || !texts.containsKey(x.id())) {
                    continue; // an error record
                }
                String text = texts.get(x.id());
                entries.add(new ArticleEntry(x.id(), text, "h" + text.hashCode(), x));
                quotes += x.quotes().size();
            }
        }
        Path db = Path.of(args[2]);
        if (warm) {
            Path warmDb = Path.of(args[2] + ".warm");
            write(warmDb, entries, args[3].equals("on"));
            Files.deleteIfExists(warmDb);
            Files.deleteIfExists(Path.of(warmDb + "-wal"));
            Files.deleteIfExists(Path.of(warmDb + "-shm"));
            System.gc();
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long processStarted = process.getProcessCpuTime();
        long started = System.nanoTime();
        write(db, entries, args[3].equals("on"));
        double ms = (System.nanoTime() - started) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
        double processCpu = (process.getProcessCpuTime() - processStarted) / 1e6;
        System.out.printf("{\"clusters\":\"%s\",\"articles\":%d,\"quotes\":%d,\"write_ms\":%.0f,\"cpu_ms\":%.0f,"
                + "\"process_cpu_ms\":%.0f,\"warm\":%s}%n", args[3], entries.size(), quotes, ms, cpu, processCpu, warm);
    }

    private static void write(Path db, List<ArticleEntry> entries, boolean clusters) throws Exception {
        Files.deleteIfExists(db);
        try (QuoteStore store = QuoteStore.open(db, 0, clusters)) {
            for (int from = 0; from < entries.size(); from += BATCH) {
                store.put(entries.subList(from, Math.min(entries.size(), from + BATCH)));
            }
        }
    }
}
