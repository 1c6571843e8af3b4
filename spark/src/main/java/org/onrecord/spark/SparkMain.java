package org.onrecord.spark;

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
        subcommands = {ExtractJobCommand.class, CommandLine.HelpCommand.class},
        footer = {"%nExamples:",
            "  onrecord spark extract --input corpus.jsonl --output tables/",
            "  onrecord spark extract --help"})
public final class SparkMain {
    /** The exit code of a {@link JobError}, as {@code onrecord} uses for its own user errors. */
    static final int USER_ERROR = 2;

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        // Success returns: on YARN in cluster mode a driver that calls System.exit, even with 0, is
        // reported FAILED ("Shutdown hook called before final status was reported").
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The configured command line, for tests to drive with {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            JobError jobError = jobError(e);
            if (jobError != null) {
                commandLine.getErr().println("onrecord spark: " + jobError.getMessage());
                return USER_ERROR;
            }
            throw e;
        });
        return cl;
    }

    /** The job's own error anywhere in the cause chain: Spark may wrap what a job step threw. */
    private static JobError jobError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JobError u) {
                return u;
            }
        }
        return null;
    }
}
