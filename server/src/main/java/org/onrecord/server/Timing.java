package org.onrecord.server;

import io.javalin.http.Context;
import java.util.Locale;
import org.onrecord.store.ReadTimes;

/**
 * Where one request's time went, sent back as a {@code Server-Timing} header (milliseconds): {@code total}
 * from the handler's start to its end and the {@code cpu} its thread had meanwhile; for store reads
 * {@code db-wait} (in turn for a read connection), {@code db} (holding one) and {@code db-cpu} (CPU while
 * holding one: {@code db} minus {@code db-cpu} is waiting for a core); for extraction {@code turn} (in turn
 * for an extraction thread), {@code engine} (the extraction itself, on that thread) and {@code engine-cpu}
 * (that thread's CPU time for it). A client that
 * measures more than {@code total} waited outside the handler: in the network, in Jetty, or for its own CPU.
 * {@code scripts/load-test.py} sums these per kind of request, and for the slowest of them.
 */
final class Timing {
    private static final String KEY = Timing.class.getName();

    private final long start = System.nanoTime();
    private final long cpu = ReadTimes.threadCpuNanos();
    private long turnNanos = -1;
    private long engineNanos = -1;
    private long engineCpuNanos = -1;

    private Timing() {
    }

    /** Starts timing this request on this thread. */
    static void start(Context ctx) {
        ReadTimes.reset();
        ctx.attribute(KEY, new Timing());
    }

    /** This request's timing; a fresh one if it was never started (an error before the handlers). */
    static Timing of(Context ctx) {
        Timing t = ctx.attribute(KEY);
        if (t == null) {
            t = new Timing();
            ctx.attribute(KEY, t);
        }
        return t;
    }

    /** @param engineCpuNanos CPU time of the extraction thread on it; -1 when unknown (not run, or not yet ended) */
    void extraction(long turnNanos, long engineNanos, long engineCpuNanos) {
        this.turnNanos = turnNanos;
        this.engineNanos = engineNanos;
        this.engineCpuNanos = engineCpuNanos;
    }

    /** Sets the header; call at the end of the request, on the thread that handled it. */
    void send(Context ctx) {
        if (ctx.res().isCommitted()) {
            return;
        }
        ReadTimes db = ReadTimes.current();
        StringBuilder h = new StringBuilder();
        add(h, "total", System.nanoTime() - start);
        long cpuNow = ReadTimes.threadCpuNanos();
        if (cpuNow > 0) {
            add(h, "cpu", cpuNow - cpu);
        }
        if (db.waitNanos() > 0 || db.runNanos() > 0) {
            add(h, "db-wait", db.waitNanos());
            add(h, "db", db.runNanos());
            if (db.runCpuNanos() >= 0) {
                add(h, "db-cpu", db.runCpuNanos());
            }
        }
        if (turnNanos >= 0) {
            add(h, "turn", turnNanos);
            add(h, "engine", engineNanos);
            if (engineCpuNanos >= 0) {
                add(h, "engine-cpu", engineCpuNanos);
            }
        }
        ctx.header("Server-Timing", h.toString());
    }

    private static void add(StringBuilder h, String name, long nanos) {
        if (!h.isEmpty()) {
            h.append(", ");
        }
        h.append(name).append(";dur=").append(String.format(Locale.ROOT, "%.1f", nanos / 1e6));
    }
}
