package org.onrecord.json;

/**
 * An input record that is not what its format says, such as a corpus line without {@code "text"}. The
 * message starts with where the record is ({@code file:line}) and names the field, so a front end
 * (command line, Spark job) can report it as it is, skip the record and go on. It is an
 * {@link IllegalArgumentException}: the input was the caller's argument.
 */
public final class BadInputException extends IllegalArgumentException {
    /**
     * @param where "file:line" (or another way to find the record)
     * @param problem what is wrong with it, naming the field
     */
    public BadInputException(String where, String problem) {
        super(where + ": " + problem);
    }
}
