package org.onrecord.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where this thread's store reads spent their time since {@link #reset()}: waiting in turn for a read
 * connection, then running (wall clock), and of that running the CPU time this thread was given. Running
 * minus CPU is time the read was ready to run but waited for a core (the store's pages are in memory, so
 * little of it is disk). The server sends these with every answer ({@code Server-Timing}), so that a slow
 * answer under load says which of the three it waited for.
 *
 * @param waitNanos waiting for a connection, all reads together
 * @param runNanos holding a connection, all reads together
 * @param runCpuNanos CPU time of this thread while holding one; -1 when the JVM cannot measure it
 */
public record ReadTimes(long waitNanos, long runNanos, long runCpuNanos) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    private static final ThreadLocal<long[]> SO_FAR = ThreadLocal.withInitial(() -> new long[3]);

    /** Starts counting afresh for this thread (a request thread serves many requests). */
    public static void reset() {
        java.util.Arrays.fill(SO_FAR.get(), 0);
    }

    /** This thread's reads since {@link #reset()}. */
    public static ReadTimes current() {
        long[] t = SO_FAR.get();
        return new ReadTimes(t[0], t[1], CPU ? t[2] : -1);
    }

    /** CPU time this thread has had, in nanoseconds; 0 when the JVM cannot measure it. */
    public static long threadCpuNanos() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    static void add(long waitNanos, long runNanos, long runCpuNanos) {
        long[] t = SO_FAR.get();
        t[0] += waitNanos;
        t[1] += runNanos;
        t[2] += runCpuNanos;
    }
}
