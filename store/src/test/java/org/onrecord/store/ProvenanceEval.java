package org.onrecord.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Extraction;
import org.onrecord.model.Mention;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;
import org.onrecord.model.Speaker;

/**
 * Writes the gold sample's occurrences into a real store, with clusters on or off, and prints how long
 * the writes took (docs/PROVENANCE.md; run by eval/provenance/run.sh, not by the test suite).
 *
 * <p>Input: one article a line, {"id", "outlet", "published", "quotes": [{"id", "type", "speaker", "text"}]}, as
 * eval/provenance/occurrences.py and variants.py write it. Quote i of an article is stored with seq i.
 *
 * <pre>java -cp ... org.onrecord.store.ProvenanceEval INPUT.jsonl STORE.db on|off</pre>
 */
final class ProvenanceEval {
    private static final int BATCH = 64; // onrecord index's default batch size

    private ProvenanceEval() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !List.of("on", "off").contains(args[2])) {
            System.err.println("usage: ProvenanceEval INPUT.jsonl STORE.db on|off");
            System.exit(2);
        }
        List<ArticleEntry> entries = new ArrayList<>();
        int quotes = 0;
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                JsonNode a = ExtractionJson.mapper().readTree(line);
                if (!a.hasNonNull("id") || !a.has("quotes")) {
                    System.err.println(args[0] + ":" + lineNo + ": expected fields id and quotes");
                    System.exit(1);
                }
                entries.add(entry(a));
                quotes += a.get("quotes").size();
            }
        }
        Path db = Path.of(args[1]);
        Files.deleteIfExists(db);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime(); // SQLite runs on this thread: a figure other load barely moves
        long started = System.nanoTime();
        try (QuoteStore store = QuoteStore.open(db, 0, args[2].equals("on"))) {
            for (int from = 0; from < entries.size(); from += BATCH) {
                store.put(entries.subList(from, Math.min(entries.size(), from + BATCH)));
            }
        }
        double ms = (System.nanoTime() - started) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
        System.out.printf("{\"clusters\":\"%s\",\"articles\":%d,\"quotes\":%d,\"write_ms\":%.0f,\"cpu_ms\":%.0f,"
                + "\"cpu_ms_per_1000_quotes\":%.1f}%n", args[2], entries.size(), quotes, ms, cpu, cpu * 1000 / quotes);
    }

    private static ArticleEntry entry(JsonNode a) {
        StringBuilder text = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : a.get("quotes")) {
            String words = q.get("text").asText();
            int start = text.codePointCount(0, text.length());
            text.append(words);
            int end = text.codePointCount(0, text.length());
            text.append("\n\n");
            String name = q.path("speaker").isTextual() ? q.get("speaker").asText() : null;
            Speaker speaker = name == null || name.isBlank() ? null : new Speaker(name, null, null, null, null);
            quotes.add(new Quote(start, end, words, QuoteType.fromLabel(q.get("type").asText()), speaker, (Mention) null, null,
                    1.0, "gold", null, "PolNeAR gold", List.of(), null));
        }
        String id = a.get("id").asText();
        Extraction x = new Extraction(Extraction.SCHEMA, id, null, a.path("published").asText(null),
                a.path("outlet").asText(null), List.of(), null, null, null, quotes, List.of(), List.of(), List.of());
        return new ArticleEntry(id, text.toString(), "gold-" + text.toString().hashCode(), x);
    }
}
