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
 */
public record ServerOptions(List<String> allowedHosts, Duration extractTimeLimit) {
    public static final Duration DEFAULT_EXTRACT_TIME_LIMIT = Duration.ofSeconds(10);

    public ServerOptions {
        allowedHosts = List.copyOf(allowedHosts);
        Objects.requireNonNull(extractTimeLimit, "extractTimeLimit");
        if (extractTimeLimit.isNegative() || extractTimeLimit.isZero()) {
            throw new IllegalArgumentException("the extraction time limit must be positive, not " + extractTimeLimit);
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions(List.of(), DEFAULT_EXTRACT_TIME_LIMIT);
    }

    public ServerOptions withAllowedHosts(List<String> hosts) {
        return new ServerOptions(hosts, extractTimeLimit);
    }

    public ServerOptions withExtractTimeLimit(Duration limit) {
        return new ServerOptions(allowedHosts, limit);
    }
}
