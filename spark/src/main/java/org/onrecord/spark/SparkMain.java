package org.onrecord.spark;

import org.onrecord.cli.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The job jar's entry point, for {@code spark-submit} and for {@code onrecord spark} (local mode).
 * One subcommand per job.
 */
@Command(
        name = "onrecord spark",
        mixinStandardHelpOptions = true,
        version = "onrecord-spark 0.1.0",
        description = "onrecord at corpus scale, as an Apache Spark job.",
        subcommands = {ExtractJobCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain {
    static final int USER_ERROR = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to drive with {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            UserError userError = userError(e);
            if (userError != null) {
                commandLine.getErr().println("onrecord spark: " + userError.getMessage());
                return USER_ERROR;
            }
            throw e;
        });
        return cl;
    }

    private static UserError userError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserError u) {
                return u;
            }
        }
        return null;
    }
}
