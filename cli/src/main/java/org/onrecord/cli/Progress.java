package org.onrecord.cli;

import java.io.PrintWriter;

/** Articles done, articles per second and time left, redrawn on one stderr line at most 4 times a second. */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    Progress(PrintWriter err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    void update(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 250_000_000L) {
            return;
        }
        lastDraw = now;
        draw(done, now);
    }

    void finish(long done) {
        if (enabled) {
            draw(done, System.nanoTime());
            err.println();
            err.flush();
        }
    }

    private void draw(long done, long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? ", ETA " + clock((long) ((total - done) / rate)) : "";
        String of = total > 0 ? " of " + total : "";
        err.print(String.format("\r%,d%s articles, %,.0f articles/s%s   ", done, of, rate, eta));
        err.flush();
    }

    private static String clock(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
