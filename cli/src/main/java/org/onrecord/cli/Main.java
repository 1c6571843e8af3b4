package org.onrecord.cli;

import org.onrecord.cli.bench.BenchCommand;
import org.onrecord.cli.eval.ConfidenceCommand;
import org.onrecord.cli.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code onrecord} command: one subcommand per job. */
@Command(
        name = "onrecord",
        mixinStandardHelpOptions = true,
        version = "onrecord 0.1.0",
        description = "Who said what: quotations, speakers and cues in news text.",
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, IndexCommand.class,
            SearchCommand.class, ServeCommand.class, SparkCommand.class, BenchStoreCommand.class,
            ConfidenceCommand.class, CommandLine.HelpCommand.class},
        footer = {"%nExamples:",
            "  onrecord extract article.html",
            "  onrecord index corpus.jsonl --db news.db && onrecord serve --db news.db",
            "  onrecord search --db news.db --speaker Starmer --format csv > starmer.csv",
            "%nEach command's options and examples: onrecord COMMAND --help."})
public final class Main {
    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(StandardOutput.writer());
        int exit;
        try {
            exit = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // outside the per-article and per-line handlers (which report and go on): one line, not a trace
            cl.getErr().println("onrecord: out of memory (raise -Xmx, or lower --max-line-bytes)");
            cl.getErr().flush();
            exit = UserError.EXIT;
        }
        System.exit(StandardOutput.finish(cl.getOut(), cl.getErr(), exit));
    }

    /** The configured command line, for tests to drive with {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(java.time.LocalDate.class, new Dates());
        cl.setParameterExceptionHandler((e, args) -> {
            // One line naming the option and what it takes, never the whole usage: --help is one word away.
            CommandLine command = e.getCommandLine();
            String message = e.getMessage();
            if (e instanceof CommandLine.UnmatchedArgumentException u && !command.getSubcommands().isEmpty()
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                message = "no command \"" + u.getUnmatched().get(0) + "\"; the commands are "
                        + String.join(", ", command.getSubcommands().values().stream()
                                .filter(c -> !c.getCommandSpec().usageMessage().hidden())
                                .map(CommandLine::getCommandName).distinct().toList());
            }
            command.getErr().println("onrecord: " + message + " (see " + command.getCommandSpec().qualifiedName()
                    + " --help)");
            command.getErr().flush();
            return UserError.EXIT;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError) {
                commandLine.getErr().println("onrecord: " + e.getMessage());
                return UserError.EXIT;
            }
            throw e;
        });
        return cl;
    }
}
