package org.onrecord;

import java.time.Duration;

/**
 * An article's extraction ran past the engine's deadline ({@link EngineOptions#deadline()}) and was
 * given up. A front end reports it as that article's error (an error record, a 503) and goes on; the
 * engine holds no state from it.
 */
public final class ExtractionDeadlineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration limit;

    ExtractionDeadlineException(Duration limit) {
        super("extraction passed its " + describe(limit) + " deadline", null, false, false);
        this.limit = limit;
    }

    /** The deadline that was passed. */
    public Duration limit() {
        return limit;
    }

    /** "2 s", "250 ms", "50 µs": the deadline as messages give it. */
    public static String describe(Duration limit) {
        long ms = limit.toMillis();
        if (ms == 0) {
            return limit.toNanos() / 1000 + " µs";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
