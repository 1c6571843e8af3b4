package org.onrecord.cli.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onrecord.Engine;
import org.onrecord.cli.EngineArgs;
import org.onrecord.cli.UserError;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldLine;
import org.onrecord.eval.PredDoc;
import org.onrecord.eval.Scorer;
import org.onrecord.eval.Scoring;
import org.onrecord.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code onrecord eval}: the engine's accuracy on a gold file, figure for figure as the reference scorer. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the engine (or a prediction file) against gold quotes.",
            "Prints quote P/R/F1, speaker accuracy and end-to-end F1 exactly as score.py",
            "computes them, a breakdown by quote type and attribution rule, and the errors",
            "in context. Gold format: docs/EVAL-FORMAT.md."},
        footer = {"%nExamples:",
            "  onrecord eval --gold my-gold.jsonl",
            "  onrecord eval --gold my-gold.jsonl --types direct --errors 50 --html report.html",
            "  onrecord eval --gold my-gold.jsonl --predictions pred.jsonl   (also keep the engine's predictions)"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL, one annotated document a line.")
    Path gold;

    @Option(names = "--types", defaultValue = "direct,mixed", paramLabel = "T,T",
            description = "Gold quote types to score: direct, mixed, indirect, stance (default: ${DEFAULT-VALUE}).")
    String types;

    @Option(names = "--pred-types", paramLabel = "T,T", description = "Predicted quote types to score (default: as --types).")
    String predTypes;

    @Option(names = "--acts", paramLabel = "A,A", description = "Count only reported quotes (mixed, indirect) of these"
            + " acts: speech, thought, finding (default: all). Gold quotes without an act count whatever it is.")
    String acts;

    @Option(names = "--cover", defaultValue = "0.5", description = "Share of letters that must be covered (default: ${DEFAULT-VALUE}).")
    double cover;

    @Option(names = "--errors", defaultValue = "10", paramLabel = "N", description = "Errors to list of each kind (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained page with gold and predicted quotes side by side.")
    Path html;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write the engine's predictions in the scorer's JSONL format.")
    Path predictionsOut;

    @Option(names = "--breakdown", paramLabel = "FILE",
            description = "Write the breakdown by rule and by rule and shape as JSON (--json keeps the scorer's figures only).")
    Path breakdown;

    @Option(names = "--from", paramLabel = "FILE",
            description = "Score this prediction JSONL (the scorer's format) instead of running the engine.")
    Path from;

    @Option(names = "--by-name", description = "A speaker counts only when its name agrees with the gold name (the mention"
            + " overlap no longer suffices), as score.py --by-name: for gold with canonical full names.")
    boolean byName;

    @Option(names = "--json", description = "Print only the figures, as score.py --json does.")
    boolean json;

    @Option(names = "--min-confidence", paramLabel = "C", description = EngineArgs.MIN_CONFIDENCE_HELP)
    double minConfidence;

    @Option(names = "--without", split = ",", paramLabel = "NAME", description = EngineArgs.WITHOUT_HELP)
    List<String> without = List.of();

    @Option(names = "--threads", description = "Engine threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        Set<String> goldTypes = typeSet("--types", types);
        Set<String> predictedTypes = predTypes == null ? goldTypes : typeSet("--pred-types", predTypes);
        if (!(cover > 0 && cover <= 1)) {
            throw new UserError("--cover must be in (0, 1]: " + cover);
        }
        if (from != null && !without.isEmpty()) {
            throw new UserError("--without switches rules off in the engine; --from scores predictions made already");
        }
        Engine engine = from == null ? EngineArgs.engine(without, minConfidence) : null;
        Map<String, GoldDoc> docs = GoldFile.read(gold);
        PrintWriter err = spec.commandLine().getErr();
        Map<String, PredDoc> predicted;
        int failures = 0;
        if (from != null) {
            predicted = Predictions.read(from);
        } else {
            predicted = new LinkedHashMap<>();
            failures = runEngine(engine, docs, predicted, err);
        }
        if (predictionsOut != null) {
            writePredictions(docs, predicted);
        }
        Set<String> actSet = acts == null ? Set.of() : actSet(acts);
        Scoring scoring = new Scorer(goldTypes, predictedTypes, cover, byName).onlyActs(actSet).score(docs, predicted);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonFigures.of(scoring.figures()));
        } else {
            String header = "onrecord eval: " + gold + " (" + docs.size() + " documents), gold types "
                    + String.join(",", goldTypes) + ", predicted types " + String.join(",", predictedTypes)
                    + (actSet.isEmpty() ? "" : ", acts " + String.join(",", actSet))
                    + ", cover " + cover + (byName ? ", speakers by name" : "") + "\npredictions: "
                    + (from != null ? from.toString() : "onrecord engine")
                    + (without.isEmpty() ? "" : " without " + String.join(",", without));
            TextReport.print(scoring, header, errors, out);
        }
        out.flush();
        if (breakdown != null) {
            write(breakdown, JsonFigures.breakdown(scoring) + "\n");
        }
        if (html != null) {
            StringWriter summary = new StringWriter();
            TextReport.print(scoring, "gold: " + gold + " (" + docs.size() + " documents)", 0, new PrintWriter(summary));
            write(html, HtmlReport.render(scoring, docs, summary.toString()));
        }
        return failures > 0 ? 1 : 0;
    }

    private int runEngine(Engine engine, Map<String, GoldDoc> docs, Map<String, PredDoc> predicted, PrintWriter err) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "onrecord-eval");
            t.setDaemon(true);
            return t;
        });
        int failures = 0;
        try {
            List<Future<PredDoc>> futures = new ArrayList<>();
            for (GoldDoc doc : docs.values()) {
                futures.add(pool.submit(() -> PredDoc.of(doc.id(), engine.extract(Article.ofText(doc.id(), doc.text())))));
            }
            int i = 0;
            for (GoldDoc doc : docs.values()) {
                try {
                    predicted.put(doc.id(), futures.get(i++).get());
                } catch (ExecutionException e) {
                    failures++;
                    err.println("onrecord: " + gold + ":" + doc.line() + ": engine failed on " + doc.id() + ": "
                            + e.getCause() + " (scored as a document without predictions)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        } finally {
            pool.shutdownNow();
        }
        err.flush();
        return failures;
    }

    private void writePredictions(Map<String, GoldDoc> docs, Map<String, PredDoc> predicted) {
        try (BufferedWriter w = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
            for (GoldDoc doc : docs.values()) {
                PredDoc p = predicted.get(doc.id());
                if (p != null) {
                    w.write(Predictions.toLine(p, doc.text()));
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UserError(predictionsOut + ": cannot write: " + e.getMessage());
        }
    }

    private static void write(Path path, String content) {
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(path + ": cannot write: " + e.getMessage());
        }
    }

    static Set<String> actSet(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : value.split(",")) {
            String act = a.strip();
            if (!GoldLine.ACTS.contains(act)) {
                throw new UserError("--acts: unknown act '" + act + "' (speech, thought or finding)");
            }
            out.add(act);
        }
        return out;
    }

    static Set<String> typeSet(String option, String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : value.split(",")) {
            String type = t.strip();
            if (!GoldLine.TYPES.contains(type)) {
                throw new UserError(option + ": unknown quote type '" + type + "' (direct, mixed, indirect or stance)");
            }
            out.add(type);
        }
        return out;
    }
}
