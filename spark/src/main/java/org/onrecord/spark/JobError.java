package org.onrecord.spark;

/**
 * A problem with what the user gave the job (an input it cannot read, an output that exists, a bad
 * option): {@link SparkMain} reports it in one line and exits with {@link SparkMain#USER_ERROR}.
 * A bad record is not one: it becomes an error row and the job goes on.
 */
final class JobError extends RuntimeException {
    JobError(String message) {
        super(message);
    }

    JobError(String message, Throwable cause) {
        super(message, cause);
    }
}
