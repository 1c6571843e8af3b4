package org.onrecord;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * When one article's extraction must be over: the engine checks it between stages and between
 * windows ({@link Chunks}), so an article that would run on is given up with an
 * {@link ExtractionDeadlineException} rather than holding its thread. Each stage is linear in its
 * window (issue #12), so a check comes at least once per stage of at most {@link Chunks#WINDOW}
 * characters and the deadline is passed by at most that much work.
 *
 * <p>The limit is on the extracting thread's own CPU time where the JVM measures it (HotSpot on
 * Linux, macOS and Windows does), else on the wall clock: a deadline is there to stop pathological
 * input, and on a loaded machine (other jobs, a busy server) a normal article can wait seconds
 * for a core — the wall clock would give up good articles for what other processes did. An
 * extraction runs on the thread that created its deadline, never hopping threads, so the one
 * thread's clock is the article's. Immutable.
 *
 * @param limit the time the article was given, for the message; zero for none
 * @param endNanos {@link #now()} at which it runs out (unused when there is no limit)
 */
record Deadline(Duration limit, long endNanos) {
    /** No deadline: every check passes. */
    static final Deadline NONE = new Deadline(Duration.ZERO, 0);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = cpuClock();

    /** A deadline {@code limit} from now, on this thread's clock; none for a zero limit. */
    static Deadline after(Duration limit) {
        return limit.isZero() ? NONE : new Deadline(limit, now() + limit.toNanos());
    }

    /**
     * @throws ExtractionDeadlineException when the deadline has passed
     */
    void check() {
        if (!limit.isZero() && now() - endNanos > 0) {
            throw new ExtractionDeadlineException(limit);
        }
    }

    /** Whether deadlines count this thread's CPU time (else the wall clock). */
    static boolean countsCpuTime() {
        return CPU_CLOCK;
    }

    /** This thread's CPU time in nanoseconds where measured, else {@link System#nanoTime()}. */
    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static boolean cpuClock() {
        try {
            if (!THREADS.isCurrentThreadCpuTimeSupported()) {
                return false;
            }
            if (!THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.getCurrentThreadCpuTime() >= 0;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false; // the wall clock still bounds the article
        }
    }
}
