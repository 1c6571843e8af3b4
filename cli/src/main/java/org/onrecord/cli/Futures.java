package org.onrecord.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to a thread pool, as the commands that run the engine in parallel do. */
final class Futures {
    private Futures() {}

    /**
     * The result of {@code f}; an interrupt ends the command, and a failure of the work itself, which
     * catches the errors it expects, is a bug to report with its cause.
     */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
