package org.onrecord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.onrecord.Engine;
import org.onrecord.store.QuoteStore;
import org.onrecord.store.StoreException;
import org.onrecord.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code onrecord index}: articles and extractions into a quote store. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Extract quotations from articles and keep them in a SQLite quote store.",
            "Reads JSONL corpora ({\"id\", \"text\"|\"html\", …} a line), extraction JSONL written by onrecord "
                + "(\"schema\":\"onrecord/2\" or /1), .txt and .html files, and folders of them.",
            "Re-running is safe: unchanged articles are skipped, changed ones replaced."},
        footer = {"%nExamples:",
            "  onrecord index corpus.jsonl --db news.db",
            "  onrecord index saved-pages/ --db news.db --progress",
            "  onrecord index a.html b.html --db news.db --force    (extract again even if unchanged)"})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files, .txt/.html files or folders.")
    List<String> inputs;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store (created when missing).")
    Path db;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", description = "Articles a transaction (default: ${DEFAULT-VALUE}).")
    int batch = 500;

    @Option(names = "--max-line-bytes", paramLabel = "N", description = ExtractCommand.MAX_LINE_BYTES_HELP)
    long maxLineBytes = org.onrecord.json.Utf8Lines.DEFAULT_MAX_LINE_BYTES;

    @Option(names = "--progress", negatable = true, description = "Progress on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Option(names = "--min-confidence", paramLabel = "C", description = EngineArgs.MIN_CONFIDENCE_HELP)
    double minConfidence;

    @Option(names = EngineArgs.DEADLINE_OPTION, paramLabel = "MS", description = EngineArgs.DEADLINE_HELP)
    long deadlineMs = EngineArgs.DEFAULT_DEADLINE_MS;

    @Option(names = "--force", description = "Extract and store again articles whose input is unchanged: after an "
            + "engine upgrade, or to fill fields an older store lacks (such as modality).")
    boolean force;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new UserError("--batch must be at least 1");
        }
        if (maxLineBytes < 1) {
            throw new UserError("--max-line-bytes must be at least 1");
        }
        List<IndexSources.Source> sources = IndexSources.expand(inputs, maxLineBytes);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean show = progress != null ? progress : Terminal.stderrIsTerminal();
        long started = System.nanoTime();
        try (QuoteStore store = QuoteStore.openOrCreate(db)) {
            StoreIndexer indexer = new StoreIndexer(EngineArgs.engine(List.of(), minConfidence, deadlineMs), store, Math.max(1, threads), batch, err,
                    new Progress(err, show, show ? total(sources) : -1), force, maxLineBytes);
            try {
                for (IndexSources.Source source : sources) {
                    indexer.index(source);
                }
            } catch (IOException e) {
                throw new UserError("cannot read: " + e.getMessage());
            } finally {
                indexer.finish();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            StoreStats stats = store.stats();
            out.printf("Indexed %,d article(s) in %.1f s (%,.0f/s); skipped %,d unchanged; %,d failed.%n",
                    indexer.written(), seconds, indexer.written() / Math.max(seconds, 1e-9), indexer.skipped(),
                    indexer.failed());
            out.printf("%s now holds %,d articles, %,d quotes, %,d people.%n", db, stats.articles(), stats.quotes(),
                    stats.people());
            if (indexer.textless() > 0) {
                out.printf("Note: %,d article(s) were stored without their text (extractions of plain-text input carry "
                        + "none): their quotes are searchable, but show no context or highlights.%n", indexer.textless());
            }
            out.flush();
            return indexer.failed() > 0 ? 1 : 0;
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static long total(List<IndexSources.Source> sources) {
        long total = 0;
        for (IndexSources.Source s : sources) {
            if (s.kind() != IndexSources.Kind.JSONL) {
                total++;
                continue;
            }
            long lines = InputFiles.countLines(s.path());
            if (lines < 0) {
                return -1;
            }
            total += lines;
        }
        return total;
    }
}
