package org.onrecord;

import java.time.Duration;

/**
 * When one article's extraction must be over: the engine checks it between stages and between
 * windows ({@link Chunks}), so an article that would run on is given up with an
 * {@link ExtractionDeadlineException} rather than holding its thread. Each stage is linear in its
 * window (issue #12), so a check comes at least once per stage of at most {@link Chunks#WINDOW}
 * characters and the deadline is passed by at most that much work. Immutable; reading the clock is
 * the only cost of a check.
 *
 * @param limit the time the article was given, for the message; zero for none
 * @param endNanos {@link System#nanoTime()} at which it runs out (unused when there is no limit)
 */
record Deadline(Duration limit, long endNanos) {
    /** No deadline: every check passes. */
    static final Deadline NONE = new Deadline(Duration.ZERO, 0);

    /** A deadline {@code limit} from now; none for a zero limit. */
    static Deadline after(Duration limit) {
        return limit.isZero() ? NONE : new Deadline(limit, System.nanoTime() + limit.toNanos());
    }

    /** @throws ExtractionDeadlineException when the deadline has passed */
    void check() {
        if (!limit.isZero() && System.nanoTime() - endNanos > 0) {
            throw new ExtractionDeadlineException(limit);
        }
    }
}
