package org.onrecord.store;

/**
 * A read turned away or stopped so that others can be served: no connection was free in time, or the
 * search ran past its time limit. Trying again later, or a narrower search, may succeed.
 */
public final class StoreBusyException extends StoreException {
    StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
