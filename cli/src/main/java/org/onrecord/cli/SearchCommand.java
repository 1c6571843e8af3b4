package org.onrecord.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.QuoteType;
import org.onrecord.store.ExportSink;
import org.onrecord.store.ExportWriter;
import org.onrecord.store.QuoteHit;
import org.onrecord.store.QuoteStore;
import org.onrecord.store.SearchPage;
import org.onrecord.store.SearchQuery;
import org.onrecord.store.StoreException;
import org.onrecord.store.provenance.ClusterLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code onrecord search}: quotes in a store, by words, speaker, organisation, outlet, date and type. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the quotes in a store made by onrecord index.",
            "QUERY uses full-text syntax: words, \"exact phrases\", AND, OR, NOT, prefix*."},
        footer = {"%nExamples:",
            "  onrecord search --db news.db \"cost of living\" --since 2024-01-01",
            "  onrecord search --db news.db strike --format csv > strike.csv",
            "  onrecord search --db news.db --clusters --speaker Lynch"})
final class SearchCommand implements Callable<Integer> {
    private static final int SHOWN_CONTEXT = 70;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words to find in quotes and speaker names.")
    String text;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store.")
    Path db;

    @Option(names = "--speaker", description = "Words of the speaker's name (\"Starmer\").")
    String speaker;

    @Option(names = {"--org", "--organisation"}, description = "Words of the speaker's organisation.")
    String organisation;

    @Option(names = "--outlet", description = "The outlet, exactly (case ignored).")
    String outlet;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate until;

    @Option(names = "--type", description = "direct, mixed, indirect or stance (default: speech: direct, mixed and indirect).")
    String type;

    @Option(names = "--page", description = "Page number (default: ${DEFAULT-VALUE}).")
    int page = 1;

    @Option(names = "--size", description = "Results a page (default: ${DEFAULT-VALUE}).")
    int size = 20;

    @Option(names = "--clusters", description = {"One line per quotation as it travelled across articles (docs/PROVENANCE.md):"
            + " first appearance, outlets, article count, speaker, and VARIANTS when some outlet's words differ from the"
            + " earliest beyond truncation, ellipses and brackets; widest spread first. With a query or filters, the"
            + " clusters of the quotes they find."})
    boolean clusters;

    @Option(names = "--json", description = "Print the results page as JSON.")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            description = {"table (default): pages of results to read; csv or jsonl: every result at once, in the same "
                    + "order, up to " + SearchQuery.MAX_EXPORT + " (--page and --size are not used), as RFC 4180 CSV "
                    + "with a header row or one JSON object a line (columns and fields: docs/SCHEMA.md)."})
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json && format != OutputFormat.TABLE) {
            throw new UserError("--json and --format " + format.label() + " ask for two outputs: give one of them");
        }
        if (page < 1 || page > SearchQuery.MAX_PAGE) {
            throw new UserError("--page: expected 1 to " + SearchQuery.MAX_PAGE + ", got " + page);
        }
        if (size < 1 || size > SearchQuery.MAX_SIZE) {
            throw new UserError("--size: expected 1 to " + SearchQuery.MAX_SIZE + " results a page, got " + size);
        }
        if (clusters && format != OutputFormat.TABLE) {
            throw new UserError("--clusters and --format " + format.label() + " ask for two outputs: give one of them");
        }
        QuoteType quoteType = null;
        if (type != null) {
            try {
                quoteType = QuoteType.fromLabel(type.strip().toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError("--type: expected direct, mixed, indirect or stance, got \"" + type + "\"");
            }
        }
        try (QuoteStore store = QuoteStore.openReadOnly(db)) {
            SearchQuery query = new SearchQuery(text, speaker, organisation, outlet, since, until, quoteType, null, page, size);
            if (format.export() != null) {
                export(store, query, out);
                return 0;
            }
            if (clusters) {
                List<ClusterLine> lines = store.clusters(query);
                if (json) {
                    out.println(ExtractionJson.mapper().writeValueAsString(lines));
                } else {
                    lines.forEach(line -> out.println(clusterLine(line)));
                }
                out.flush();
                return 0;
            }
            SearchPage result = store.search(query);
            if (json) {
                out.println(ExtractionJson.mapper().writeValueAsString(result));
            } else {
                print(result, out);
            }
            out.flush();
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every result, streamed: one page of quotes in memory at a time; a cut-off export says so on standard error. */
    private void export(QuoteStore store, SearchQuery query, PrintWriter out) {
        long[] total = new long[1];
        int written;
        try (ExportWriter writer = ExportWriter.open(format.export(), out)) {
            written = store.export(query, new ExportSink() {
                @Override
                public void begin(long all, int count) {
                    total[0] = all;
                }

                @Override
                public void hit(QuoteHit hit) throws java.io.IOException {
                    writer.hit(hit);
                    StandardOutput.check(out);
                }
            });
        } catch (java.io.IOException e) {
            throw new UserError("standard output: cannot write: " + StandardOutput.reason(e), e);
        }
        StandardOutput.check(out);
        if (written < total[0]) {
            spec.commandLine().getErr().printf("onrecord: wrote %,d of %,d quotes: an export stops at %,d; narrow the "
                    + "search (--since, --until, --speaker, --outlet) for the rest%n", written, total[0], SearchQuery.MAX_EXPORT);
        }
    }

    private static void print(SearchPage result, PrintWriter out) {
        long pages = Math.max(1, (result.total() + result.size() - 1) / result.size());
        out.printf("%,d quote(s); page %d of %d%n", result.total(), result.page(), pages);
        for (QuoteHit hit : result.hits()) {
            var q = hit.quote();
            var a = hit.article();
            out.println();
            List<String> about = new ArrayList<>();
            if (q.role() != null) {
                about.add(q.role());
            }
            if (q.organisation() != null) {
                about.add(q.organisation());
            }
            String who = q.speaker() == null ? "(unattributed)" : q.speaker();
            out.println((a.published() == null ? "undated" : a.published()) + "  " + who
                    + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")") + "  [" + q.type()
                    + (q.modality() == null ? "" : ", " + q.modality())
                    + (q.polarity() == null ? "" : ", " + q.polarity()) + "]");
            out.println("  " + HumanReport.shown(QuoteType.fromLabel(q.type()), q.text()));
            if (!hit.before().isEmpty() || !hit.after().isEmpty()) {
                out.println("  …" + tail(hit.before()) + "[…]" + head(hit.after()) + "…");
            }
            String where = a.title() != null ? a.title() : a.sourceId();
            out.println("  " + (a.outlet() == null ? "" : a.outlet() + ": ") + where + (a.url() == null ? "" : " <" + a.url() + ">"));
        }
    }

    /** First appearance, outlets, article count, speaker, markers, then the earliest wording, cut to fit a line. */
    static String clusterLine(ClusterLine c) {
        String first = c.firstDay() == null ? "undated (first indexed)" : c.firstDay();
        String text = c.text().replaceAll("\\s+", " ").strip();
        if (text.length() > 90) {
            text = text.substring(0, 89) + "…";
        }
        return first + "  " + c.articles() + (c.articles() == 1 ? " article" : " articles") + "  "
                + (c.outlets() == null ? "(no outlet)" : c.outlets()) + "  " + (c.speaker() == null ? "(unattributed)" : c.speaker())
                + (c.variants() > 0 ? "  VARIANTS(" + c.variants() + ")" : "")
                + (c.speakersDiffer() ? "  SPEAKERS-DIFFER" : "") + "  “" + text + "”";
    }

    private static String tail(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= SHOWN_CONTEXT ? flat : flat.substring(flat.length() - SHOWN_CONTEXT);
    }

    private static String head(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= SHOWN_CONTEXT ? flat : flat.substring(0, SHOWN_CONTEXT);
    }
}
