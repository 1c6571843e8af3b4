package org.onrecord.store;

/** A search the caller got wrong (full-text syntax, a filter value): say so, and how to fix it. */
public final class BadQueryException extends IllegalArgumentException {
    public BadQueryException(String message) {
        super(message);
    }
}
