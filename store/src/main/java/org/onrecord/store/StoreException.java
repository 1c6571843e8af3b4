package org.onrecord.store;

/** The database failed (it cannot be opened, written or read): not the caller's fault. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
