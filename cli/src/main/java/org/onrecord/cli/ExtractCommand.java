package org.onrecord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.onrecord.Engine;
import org.onrecord.ExtractionDeadlineException;
import org.onrecord.json.ExtractionJson;
import org.onrecord.json.Utf8Lines;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord extract}: quotations and speakers of one article, or of every line of a corpus. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Find every quotation and who said it.",
            "Reads plain text or HTML (by extension or content), or with --jsonl one article a line."},
        footer = {"%nExamples:",
            "  onrecord extract article.html",
            "  onrecord extract --json a.txt b.html > quotes.jsonl     (several files: one JSON line each)",
            "  onrecord extract --jsonl corpus.jsonl --threads 4 --min-confidence 0.6 > quotes.jsonl"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; - for standard input.")
    List<String> inputs;

    @Option(names = "--json", description = "Print the full JSON document instead of the readable summary; for "
            + "several files, JSONL: one compact document a line, in the order given.")
    boolean json;

    @Option(names = "--jsonl", description = "Inputs are JSONL corpora ({\"id\", \"text\"|\"html\", …} a line); "
            + "print one JSON result a line, in input order.")
    boolean jsonl;

    @Option(names = "--html", description = "Treat inputs as HTML whatever their name.")
    boolean html;

    @Option(names = "--with-text", description = "Include the article text in the JSON for plain-text input too "
            + "(HTML input always includes the extracted text).")
    boolean withText;

    @Option(names = "--threads", description = "Worker threads for --jsonl (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--min-confidence", paramLabel = "C", description = EngineArgs.MIN_CONFIDENCE_HELP)
    double minConfidence;

    @Option(names = EngineArgs.DEADLINE_OPTION, paramLabel = "MS", description = EngineArgs.DEADLINE_HELP)
    long deadlineMs = EngineArgs.DEFAULT_DEADLINE_MS;

    @Option(names = "--without", split = ",", paramLabel = "NAME", description = EngineArgs.WITHOUT_HELP)
    List<String> without = List.of();

    @Option(names = "--max-line-bytes", paramLabel = "N", description = MAX_LINE_BYTES_HELP)
    long maxLineBytes = Utf8Lines.DEFAULT_MAX_LINE_BYTES;

    static final String MAX_LINE_BYTES_HELP = "The longest JSONL line, and the largest .txt/.html file, read, in "
            + "bytes (default: ${DEFAULT-VALUE}, 16 MiB). A longer line is read past without being kept and is one "
            + "error record; the lines after it are read as usual.";

    @Option(names = "--progress", negatable = true, description = "Progress on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Override
    public Integer call() {
        if (maxLineBytes < 1) {
            throw new UserError("--max-line-bytes must be at least 1");
        }
        Engine engine = EngineArgs.engine(without, minConfidence, deadlineMs);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonl) {
            return corpus(engine, out);
        }
        for (String input : inputs) {
            String content = InputFiles.read(input, System.in, maxLineBytes);
            boolean isHtml = html || InputFiles.looksLikeHtml(input, content);
            String id = InputFiles.STDIN.equals(input) ? null : Path.of(input).getFileName().toString();
            Extraction x;
            try {
                x = engine.extract(isHtml ? Article.ofHtml(id, content) : Article.ofText(id, content));
            } catch (OutOfMemoryError e) {
                throw new UserError(input + ": article too large for the heap (raise -Xmx)");
            } catch (ExtractionDeadlineException e) {
                throw new UserError(EngineArgs.deadlineMessage(input, e));
            }
            if (withText && !isHtml) {
                x = x.withText(content);
            }
            if (json && inputs.size() > 1) {
                // Several documents: JSONL, one compact document a line, which tools read one at a time
                // (pretty documents back to back are neither one JSON value nor JSON lines).
                out.println(ExtractionJson.toLine(x));
            } else if (json) {
                ExtractionJson.writePretty(out, x);
                out.println();
            } else {
                if (inputs.size() > 1) {
                    out.println("== " + input);
                }
                HumanReport.print(x, out);
            }
        }
        out.flush();
        return 0;
    }

    private int corpus(Engine engine, PrintWriter out) {
        boolean show = progress != null ? progress : Terminal.stderrIsTerminal();
        CorpusRunner runner = new CorpusRunner(engine, Math.max(1, threads), out, spec.commandLine().getErr(), show,
                withText);
        for (String input : inputs) {
            boolean stdin = InputFiles.STDIN.equals(input);
            try (Utf8Lines lines = new Utf8Lines(stdin ? System.in : open(input), stdin ? "stdin" : input,
                    maxLineBytes)) {
                runner.run(lines, show && !stdin ? InputFiles.countLines(Path.of(input)) : -1);
            } catch (IOException e) {
                throw new UserError(input + ": cannot read: " + e.getMessage());
            }
        }
        return runner.failures() > 0 ? 1 : 0;
    }

    private static InputStream open(String input) throws IOException {
        try {
            return Files.newInputStream(Path.of(input));
        } catch (NoSuchFileException e) {
            throw new UserError(input + ": no such file");
        }
    }
}
