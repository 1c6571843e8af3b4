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
 * <pre>java -cp ... org.onrecord.store.ProvenanceReplay CORPUS.jsonl EXTRACTED.jsonl STORE.db on|off</pre>
 */
final class ProvenanceReplay {
    private static final int BATCH = 500;

    private ProvenanceReplay() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !List.of("on", "off").contains(args[3])) {
            System.err.println("usage: ProvenanceReplay CORPUS.jsonl EXTRACTED.jsonl STORE.db on|off");
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
        Files.deleteIfExists(db);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        try (QuoteStore store = QuoteStore.open(db, 0, args[3].equals("on"))) {
            for (int from = 0; from < entries.size(); from += BATCH) {
                store.put(entries.subList(from, Math.min(entries.size(), from + BATCH)));
            }
        }
        double ms = (System.nanoTime() - started) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
        System.out.printf("{\"clusters\":\"%s\",\"articles\":%d,\"quotes\":%d,\"write_ms\":%.0f,\"cpu_ms\":%.0f}%n",
                args[3], entries.size(), quotes, ms, cpu);
    }
}
