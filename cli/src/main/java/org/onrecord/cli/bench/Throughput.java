package org.onrecord.cli.bench;

/**
 * Articles and UTF-8 bytes processed in a stretch of wall-clock time, and the CPU time the measuring
 * threads spent on them ({@code -1} when the JVM cannot tell). On a shared machine the wall-clock
 * figure falls with the load; the CPU figure mostly does not, so the two side by side say which.
 */
record Throughput(int threads, long articles, long bytes, long nanos, long cpuNanos) {
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

    /** Articles per second of CPU time of the measuring threads, or NaN when not measured. */
    double articlesPerCpuSecond() {
        return cpuNanos > 0 ? articles / (cpuNanos / 1e9) : Double.NaN;
    }
}
