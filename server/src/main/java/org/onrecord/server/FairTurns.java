package org.onrecord.server;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few places (threads, or request bodies read at once) handed out in arrival order. A request that
 * finds them all taken waits its turn for a bounded time, and only so many may wait, holding in all at
 * most so much (a weight: characters of text); past any of these bounds it is answered 503 at once, so
 * what waits never holds every request thread or much of the heap.
 */
final class FairTurns {
    private final Semaphore places;
    private final int maxWaiting;
    private final long maxWaitingWeight;
    private final String full;
    private final String late;
    private int waiting;
    private long waitingWeight;

    /**
     * @param full the 503 when too many wait, with {@code %d} for how many
     * @param late the 503 past the wait, with {@code %s} for the wait
     */
    FairTurns(int places, int maxWaiting, long maxWaitingWeight, String full, String late) {
        this.places = new Semaphore(places, true);
        this.maxWaiting = maxWaiting;
        this.maxWaitingWeight = maxWaitingWeight;
        this.full = full;
        this.late = late;
    }

    /**
     * Takes a place, waiting in turn for at most {@code wait}; give it back with {@link #release}.
     *
     * @throws HttpResponseException 503 when too many already wait, or no place came free in time
     */
    void acquire(Duration wait, long weight) {
        synchronized (this) {
            // Counted as waiting from the start though most find a place at once: the bound is the same.
            if (waiting >= maxWaiting || waitingWeight + weight > maxWaitingWeight) {
                throw new HttpResponseException(503, String.format(full, waiting) + "; try again in a moment");
            }
            waiting++;
            waitingWeight += weight;
        }
        boolean got;
        try {
            // Timed, so the fair order holds even when a place is free (an untimed tryAcquire barges).
            got = places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, "the server is stopping");
        } finally {
            synchronized (this) {
                waiting--;
                waitingWeight -= weight;
            }
        }
        if (!got) {
            throw new HttpResponseException(503, String.format(late, describe(wait)) + "; try again in a moment");
        }
    }

    void release() {
        places.release();
    }

    /** Requests waiting now, or just given a place. */
    synchronized int waiting() {
        return waiting;
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
