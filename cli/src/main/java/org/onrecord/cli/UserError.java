package org.onrecord.cli;

/** A problem with what the user gave (a missing file, a bad line): reported in one line, exit 2. */
public final class UserError extends RuntimeException {
    static final int EXIT = 2;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
