package org.onrecord.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a server guards itself; {@link #defaults()} suits a server on this machine.
 *
 * @param allowedHosts host names, besides loopback names, IP addresses and the name it listens on, that
 *     requests may name in their {@code Host} header (a page on another site that rebinds its own name
 *     to this machine's address names its own host, and is refused); {@code "*"} allows any
 * @param extractTimeLimit the longest {@code POST /api/extract} waits for the engine before answering 503
 * @param extractQueueWait the longest {@code POST /api/extract} waits for a free extraction thread, in
 *     turn with other requests, before answering 503 (a few seconds: about what a client waits)
 * @param extractThreads extractions run at once; the default leaves one core to searches and pages
 *     ({@link #defaultExtractThreads()})
 */
public record ServerOptions(List<String> allowedHosts, Duration extractTimeLimit, Duration extractQueueWait,
        int extractThreads) {
    public static final Duration DEFAULT_EXTRACT_TIME_LIMIT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_EXTRACT_QUEUE_WAIT = Duration.ofSeconds(5);

    public ServerOptions {
        allowedHosts = List.copyOf(allowedHosts);
        positive(extractTimeLimit, "the extraction time limit");
        positive(extractQueueWait, "the wait for an extraction thread");
        if (extractThreads < 1) {
            throw new IllegalArgumentException("extraction needs at least one thread, not " + extractThreads);
        }
    }

    /**
     * One thread fewer than the cores, and at least one: under 64 + 64 clients on two cores, extraction on
     * both cores left searches waiting for a core while holding a database connection (issue 12, "Load,
     * measured"); a search costs about as much CPU as an extraction and is what a reader waits for.
     */
    public static int defaultExtractThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    private static void positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, not " + d);
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions(List.of(), DEFAULT_EXTRACT_TIME_LIMIT, DEFAULT_EXTRACT_QUEUE_WAIT, defaultExtractThreads());
    }

    public ServerOptions withAllowedHosts(List<String> hosts) {
        return new ServerOptions(hosts, extractTimeLimit, extractQueueWait, extractThreads);
    }

    public ServerOptions withExtractTimeLimit(Duration limit) {
        return new ServerOptions(allowedHosts, limit, extractQueueWait, extractThreads);
    }

    public ServerOptions withExtractQueueWait(Duration wait) {
        return new ServerOptions(allowedHosts, extractTimeLimit, wait, extractThreads);
    }

    public ServerOptions withExtractThreads(int threads) {
        return new ServerOptions(allowedHosts, extractTimeLimit, extractQueueWait, threads);
    }
}
