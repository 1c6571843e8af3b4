package org.onrecord.store;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * How long {@link QuoteStore#clusters} takes on a store, as {@code onrecord search --clusters} calls it:
 * all clusters (the first page and the last a query may ask for), then those of a speaker filter and of a word search (docs/PROVENANCE.md; not run by the
 * test suite).
 *
 * <pre>java -cp ... org.onrecord.store.ProvenanceLatency STORE.db SPEAKER WORD</pre>
 */
final class ProvenanceLatency {
    private ProvenanceLatency() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ProvenanceLatency STORE.db SPEAKER WORD");
            System.exit(2);
        }
        try (QuoteStore store = QuoteStore.openReadOnly(Path.of(args[0]))) {
            time("all", store, SearchQuery.all());
            // the last page a query may ask for, among the clusters of one article, which a version 7 store reads from their
            // occurrences (session 13)
            time("all-last-page", store, SearchQuery.all().withPage(SearchQuery.MAX_PAGE, 20));
            time("speaker", store, SearchQuery.all().withSpeaker(args[1]));
            time("text", store, SearchQuery.all().withText(args[2]));
        }
    }

    private static void time(String name, QuoteStore store, SearchQuery query) {
        for (int i = 0; i < 20; i++) {
            store.clusters(query);
        }
        long[] ns = new long[200];
        int lines = 0;
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            lines = store.clusters(query).size();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("{\"query\":\"%s\",\"lines\":%d,\"p50_ms\":%.2f,\"p99_ms\":%.2f}%n", name, lines,
                ns[ns.length / 2] / 1e6, ns[ns.length * 99 / 100] / 1e6);
    }
}
