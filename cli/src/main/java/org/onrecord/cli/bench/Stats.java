package org.onrecord.cli.bench;

import java.util.Arrays;

/** Order statistics of timings. */
final class Stats {
    private Stats() {}

    /** The nearest-rank percentile (p in (0, 100]) of the values: the smallest value with p% at or below it. */
    static long percentile(long[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    static long median(long[] values) {
        return percentile(values, 50);
    }
}
