package org.onrecord.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onrecord.Engine;
import org.onrecord.attribution.ConfidenceFeatures;
import org.onrecord.attribution.ConfidenceModel;
import org.onrecord.attribution.ConfidenceTrainer;
import org.onrecord.cli.UserError;
import org.onrecord.eval.Figures;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldQuote;
import org.onrecord.eval.NameMatch;
import org.onrecord.eval.PredDoc;
import org.onrecord.eval.PredQuote;
import org.onrecord.eval.Scorer;
import org.onrecord.eval.Scoring;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onrecord confidence}: trains the confidence model on gold corpora, or prints how often
 * quotes at each confidence are right. A quote is right end to end as {@code eval} scores it over
 * every type: at least half of it inside gold content, and its speaker right for the gold quote it
 * overlaps most, by mention or name ({@code --gold}) or by name only ({@code --gold-by-name}, for
 * gold that gives canonical names).
 */
@Command(name = "confidence", mixinStandardHelpOptions = true, hidden = true,
        description = {"Train the confidence model (--write), check it on held-out articles (--cross-check),",
            "or print precision and recall at each confidence (--curve), on gold files."},
        footer = {"%nExamples:",
            "  scripts/train-confidence.sh                (trains and writes the model)",
            "  onrecord confidence --curve --gold dev.jsonl --gold-by-name outlets.check.jsonl"})
public final class ConfidenceCommand implements Callable<Integer> {
    static final double[] THRESHOLDS = {0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};
    static final Set<String> ALL_TYPES = Set.of("direct", "mixed", "indirect", "stance");

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSONL whose speakers count by mention or name.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--gold-by-name", paramLabel = "FILE", description = "Gold JSONL whose speakers count by name only.")
    List<Path> goldByName = new ArrayList<>();

    @Option(names = "--write", paramLabel = "FILE", description = "Train on the gold files and write the model here.")
    Path write;

    @Option(names = "--note", paramLabel = "TEXT", description = "A line for the model file's header (the engine's commit, the command).")
    List<String> notes = new ArrayList<>();

    @Option(names = "--cross-check", description = {"Train on all but one fold of article groups (--group-by), five times,",
        "and print the curve of the held-out confidences, and each fold's figure at 0.9."})
    boolean crossCheck;

    @Option(names = "--group-by", defaultValue = "country", paramLabel = "KEY",
            description = {"What a fold keeps together, for the calibration's held-out scores and --cross-check:",
                "country or outlet (a gold line's field; PolNeAR, which has neither, by the outlet its ids start with:",
                "nyt_…), or article (default: ${DEFAULT-VALUE})."})
    String groupBy;

    @Option(names = "--calibrate-by", defaultValue = "fold", paramLabel = "SET",
            description = {"A calibration pool is as sure as the held-out fold (fold) or the corpus (corpus, as before",
                "session 15) that did worst in it (default: ${DEFAULT-VALUE})."})
    String calibrateBy;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Write every labelled quote (corpus, article, right, cue, features) as TSV, for study.")
    Path dump;

    @Option(names = "--curve", description = "Print precision and recall at each confidence of the bundled model.")
    boolean curve;

    @Option(names = "--l2", defaultValue = "4.0", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--balance", defaultValue = "0.5",
            description = "Weight of small corpora: 0 every example alike, 1 every corpus alike (default: ${DEFAULT-VALUE}).")
    double balance;

    @Option(names = "--margin", defaultValue = "1.0",
            description = "Standard errors taken off each calibration pool's precision (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--threads", description = "Engine threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private record Corpus(Path path, boolean byName, Map<String, GoldDoc> docs, Map<String, String> groups) {}

    @Override
    public Integer call() throws IOException {
        if (gold.isEmpty() && goldByName.isEmpty()) {
            throw new UserError("give --gold or --gold-by-name");
        }
        if ((write != null ? 1 : 0) + (crossCheck ? 1 : 0) + (curve ? 1 : 0) != 1) {
            throw new UserError("give one of --write, --cross-check or --curve");
        }
        if (!Set.of("country", "outlet", "article").contains(groupBy)) {
            throw new UserError("--group-by: country, outlet or article expected, got " + groupBy);
        }
        if (!Set.of("fold", "corpus").contains(calibrateBy)) {
            throw new UserError("--calibrate-by: fold or corpus expected, got " + calibrateBy);
        }
        List<Corpus> corpora = new ArrayList<>();
        for (Path p : gold) {
            corpora.add(new Corpus(p, false, GoldFile.read(p), groups(p, groupBy)));
        }
        for (Path p : goldByName) {
            corpora.add(new Corpus(p, true, GoldFile.read(p), groups(p, groupBy)));
        }
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = Engine.create();
        ConfidenceTrainer.Settings settings = new ConfidenceTrainer.Settings(l2, 5, 30, balance, margin, calibrateBy.equals("fold"));
        if (curve) {
            for (Corpus c : corpora) {
                curve(c, run(engine, c), out);
            }
            out.flush();
            return 0;
        }
        List<ConfidenceTrainer.Example> examples = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> described = new ArrayList<>();
        Map<String, Integer> groupIds = new HashMap<>();
        for (int ci = 0; ci < corpora.size(); ci++) {
            Corpus c = corpora.get(ci);
            int before = examples.size();
            int right = examples(ci, c, run(engine, c), examples, described, groupIds);
            header.add(String.format(Locale.ROOT, "corpus %d: %s (%d articles, speakers by %s): %d quotes with a rule, %d right end to end",
                    ci, c.path().getFileName(), c.docs().size(), c.byName() ? "name" : "mention, or by name where the gold gives a name",
                    examples.size() - before, right));
        }
        if (dump != null) {
            try (Writer w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
                for (ConfidenceTrainer.Example e : examples) {
                    w.write(e.corpus() + "\t" + e.article() + "\t" + (e.right() ? 1 : 0) + "\t" + e.features().cue() + "\t"
                            + String.join(" ", e.features().nonZero().keySet()) + "\n");
                }
            }
        }
        ConfidenceTrainer trainer = new ConfidenceTrainer(settings);
        if (crossCheck) {
            double[] held = trainer.crossCheck(examples);
            int[] fold = trainer.folds(examples);
            if (dump != null) {
                try (Writer w = Files.newBufferedWriter(Path.of(dump + ".held"), StandardCharsets.UTF_8)) {
                    for (int i = 0; i < held.length; i++) {
                        ConfidenceTrainer.Example e = examples.get(i);
                        w.write(String.format(Locale.ROOT, "%d\t%d\t%.4f\t%s\t%s%n", e.corpus(), e.right() ? 1 : 0, held[i],
                                described.get(i), e.features().cue()));
                    }
                }
            }
            for (int ci = 0; ci < corpora.size(); ci++) {
                out.println("held-out confidences, " + corpora.get(ci).path() + (corpora.get(ci).byName() ? " (by name)" : ""));
                out.println("threshold\tquotes\tshare\tright");
                int n = 0;
                for (ConfidenceTrainer.Example e : examples) {
                    n += e.corpus() == ci ? 1 : 0;
                }
                for (double t : THRESHOLDS) {
                    int kept = 0;
                    int ok = 0;
                    for (int i = 0; i < held.length; i++) {
                        if (examples.get(i).corpus() == ci && held[i] >= t) {
                            kept++;
                            ok += examples.get(i).right() ? 1 : 0;
                        }
                    }
                    out.printf(Locale.ROOT, "%.2f\t%d\t%.3f\t%.4f%n", t, kept, (double) kept / n, Figures.ratio(ok, kept));
                }
                out.println(foldLine(examples, held, fold, ci, settings.folds(), 0.9));
            }
            out.flush();
            return 0;
        }
        ConfidenceModel model = trainer.train(examples);
        List<String> lines = new ArrayList<>();
        lines.add("Confidence model of onrecord's attributions: a logistic regression over the features of");
        lines.add("org.onrecord.attribution.ConfidenceFeatures and a calibration of its score (see ConfidenceModel).");
        lines.add("Rows: weight FEATURE W | cue LEMMA W (cue verbs seen " + settings.minCue() + " times or more) | step SCORE CONFIDENCE.");
        lines.add("Built by `onrecord confidence` (scripts/train-confidence.sh) from the engine's own output on:");
        lines.addAll(header);
        lines.add(String.format(Locale.ROOT, "Settings: L2 %.3g, %d folds by %s, corpus balance %.2f, calibration margin %.2f standard errors;",
                settings.l2(), settings.folds(), groupBy, settings.balance(), settings.margin()));
        lines.add("the calibration pools the held-out scores of every corpus (each corpus weighing the same) by isotonic");
        lines.add("regression; a pool's confidence is the lowest over the " + (settings.byFold() ? "held-out folds of the corpora" : "corpora")
                + " of its precision there, shrunk towards the");
        lines.add("pooled one by " + (int) ConfidenceTrainer.PRIOR + " quotes, smoothed as (right + 1) / (n + 2) less the margin.");
        lines.add("A speaker named by a pronoun alone counts wrong.");
        lines.addAll(notes);
        try (Writer w = Files.newBufferedWriter(write, StandardCharsets.UTF_8)) {
            model.write(lines, w);
        }
        out.println("onrecord confidence: wrote " + write + " (" + examples.size() + " quotes)");
        out.flush();
        return 0;
    }

    /** Adds the quotes with a rule of every article, labelled right or wrong; returns how many are right. */
    private static int examples(int corpus, Corpus c, Map<String, Engine.Featured> runs, List<ConfidenceTrainer.Example> out,
            List<String> described, Map<String, Integer> groupIds) {
        Scorer scorer = new Scorer(ALL_TYPES, ALL_TYPES, Scorer.DEFAULT_COVER, c.byName());
        int article = 0;
        int right = 0;
        for (GoldDoc doc : c.docs().values()) {
            Engine.Featured f = runs.get(doc.id());
            int group = groupIds.computeIfAbsent(corpus + "\t" + c.groups().get(doc.id()), k -> groupIds.size());
            List<Quote> quotes = f.extraction().quotes();
            PredDoc all = PredDoc.of(doc.id(), f.extraction());
            for (int j = 0; j < quotes.size(); j++) {
                if (quotes.get(j).rule() == null) {
                    continue; // no rule decided it: its confidence is 0 whatever a model says
                }
                Boolean ok = right(scorer, doc, all.quotes().get(j));
                if (ok != null) {
                    ConfidenceFeatures x = f.features().get(j);
                    out.add(new ConfidenceTrainer.Example(c.byName() ? x : x.byMention(), ok, corpus, article, group));
                    Quote q = quotes.get(j);
                    described.add(doc.id() + "\t" + (q.speaker() == null ? null : q.speaker().name()) + "\t"
                            + q.text().substring(0, Math.min(60, q.text().length())).replace('\n', ' ').replace('\t', ' '));
                    right += ok ? 1 : 0;
                }
            }
            article++;
        }
        return right;
    }

    /**
     * Whether one predicted quote is right end to end; null when it has no letters or digits to
     * score. Stricter than the scorer in two ways, both about the name a reader sees: a speaker named
     * only by a pronoun ("he", "They") is wrong whatever its mention overlaps, and where the gold
     * source is itself a name ("Trump", "Sharon Graham") the predicted name must agree with it.
     * Only gold pronouns and descriptions, which PolNeAR leaves unresolved, count by mention.
     */
    static Boolean right(Scorer scorer, GoldDoc doc, PredQuote q) {
        Scoring s = scorer.score(Map.of(doc.id(), doc), Map.of(doc.id(), new PredDoc(doc.id(), List.of(q))));
        if (s.figures().pred() == 0) {
            return null;
        }
        if (s.figures().e2ePrecision() != 1) {
            return false;
        }
        if (q.speakerName() != null && NameMatch.isPronoun(q.speakerName())) {
            return false;
        }
        GoldQuote best = s.pred().get(0).best();
        if (best.hasSpeaker() && isName(best.speaker())) {
            return q.speakerName() != null && NameMatch.matches(best.speaker(), q.speakerName());
        }
        return true;
    }

    /**
     * Each document's group (its id to the group's key): the line's {@code country} or {@code
     * outlet} (up to a bracket or comma: "Daily Mail (MailOnline), Welsh story" is "Daily Mail"),
     * or, where the line has no such field, the id up to its first underscore (PolNeAR's ids name
     * their outlet so: "nyt_2016-…"); for {@code article}, the id itself.
     */
    static Map<String, String> groups(Path path, String by) {
        Map<String, String> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        GoldFile.forEachLine(path, (line, lineNo) -> {
            try {
                JsonNode node = ExtractionJson.mapper().readTree(line);
                String id = node.path("id").asText();
                out.put(id, groupKey(id, node.path(by).asText(""), by));
            } catch (IOException e) {
                problems.add(path + ":" + lineNo + ": " + e.getMessage());
            }
        }, problems);
        if (!problems.isEmpty()) {
            throw new UserError(problems.get(0));
        }
        return out;
    }

    /** The group key of a document with this id and this value of the grouping field ("" when none). */
    static String groupKey(String id, String field, String by) {
        if (by.equals("article")) {
            return id;
        }
        String v = field.strip();
        if (by.equals("outlet")) {
            int cut = v.length();
            for (String stop : new String[] {" (", ","}) {
                int at = v.indexOf(stop);
                cut = at >= 0 ? Math.min(cut, at) : cut;
            }
            v = v.substring(0, cut).strip();
        }
        if (!v.isEmpty()) {
            return v;
        }
        int us = id.indexOf('_');
        return us > 0 ? id.substring(0, us) : id;
    }

    /** Each held-out fold's quotes of corpus {@code ci} at {@code threshold} or more and their share right, and the lowest. */
    static String foldLine(List<ConfidenceTrainer.Example> examples, double[] held, int[] fold, int ci, int folds, double threshold) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "folds at %.2f (quotes right):", threshold));
        double lowest = 1;
        for (int f = 0; f < folds; f++) {
            int kept = 0;
            int ok = 0;
            for (int i = 0; i < held.length; i++) {
                if (examples.get(i).corpus() == ci && fold[i] == f && held[i] >= threshold) {
                    kept++;
                    ok += examples.get(i).right() ? 1 : 0;
                }
            }
            b.append(String.format(Locale.ROOT, " %d %.4f", kept, Figures.ratio(ok, kept)));
            if (kept > 0) {
                lowest = Math.min(lowest, (double) ok / kept);
            }
        }
        return b.append(String.format(Locale.ROOT, "; lowest %.4f", lowest)).toString();
    }

    /** Whether a gold source is a name: capitalised words only, and not a pronoun ("He"). */
    static boolean isName(String source) {
        for (String w : source.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return !NameMatch.isPronoun(source);
    }

    private void curve(Corpus c, Map<String, Engine.Featured> runs, PrintWriter out) {
        Scorer scorer = new Scorer(ALL_TYPES, ALL_TYPES, Scorer.DEFAULT_COVER, c.byName());
        out.println("confidence curve, " + c.path() + " (" + c.docs().size() + " articles, every type, speakers by "
                + (c.byName() ? "name" : "mention or name") + ")");
        out.println("threshold\tquotes\tshare\tright(e2e P)\te2e R");
        int all = -1;
        for (double t : THRESHOLDS) {
            Map<String, PredDoc> kept = new LinkedHashMap<>();
            for (Map.Entry<String, Engine.Featured> e : runs.entrySet()) {
                Extraction x = e.getValue().extraction().atLeast(t);
                kept.put(e.getKey(), PredDoc.of(e.getKey(), x));
            }
            Figures f = scorer.score(c.docs(), kept).figures();
            if (all < 0) {
                all = f.pred();
            }
            out.printf(Locale.ROOT, "%.2f\t%d\t%.3f\t%.4f\t%.4f%n", t, f.pred(), Figures.ratio(f.pred(), all),
                    f.e2ePrecisionRate(), f.e2eRecallRate());
        }
    }

    private Map<String, Engine.Featured> run(Engine engine, Corpus c) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "onrecord-confidence");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Engine.Featured>> futures = new ArrayList<>();
            for (GoldDoc doc : c.docs().values()) {
                futures.add(pool.submit(() -> engine.extractFeatured(Article.ofText(doc.id(), doc.text()))));
            }
            Map<String, Engine.Featured> out = new LinkedHashMap<>();
            int i = 0;
            for (GoldDoc doc : c.docs().values()) {
                out.put(doc.id(), futures.get(i++).get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        } catch (ExecutionException e) {
            throw new UserError(c.path() + ": engine failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
