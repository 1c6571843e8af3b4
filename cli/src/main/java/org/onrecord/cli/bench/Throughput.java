package org.onrecord.cli.bench;

/** Articles and UTF-8 bytes processed in a stretch of wall-clock time. */
record Throughput(int threads, long articles, long bytes, long nanos) {
    double articlesPerSecond() {
        return articles / seconds();
    }

    /** Megabytes (10^6 bytes) of article text per second. */
    double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }

    double seconds() {
        return nanos / 1e9;
    }
}
