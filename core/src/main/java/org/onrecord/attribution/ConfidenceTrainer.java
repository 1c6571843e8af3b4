package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link ConfidenceModel} from attributions the engine made on gold corpora and whether
 * each was right end to end: an L2-regularised logistic regression fitted by Newton's method
 * (deterministic: same examples in the same order, same weights), then a calibration of its score
 * that errs low: every example is scored by a model fitted without its fold, a fold being a set of
 * whole groups of articles (an outlet's or a country's: {@link Example#group}), so that the scores
 * are those of text from newsrooms the model never saw; the scores of all corpora together, each
 * corpus weighing the same, are pooled by isotonic regression (pool adjacent violators), and a
 * pool's confidence is the lowest that any held-out fold of any corpus gives it ({@link
 * Settings#byFold}; or any corpus, as before session 15), each smoothed ({@code (right + 1) / (n +
 * 2)}, shrunk towards the pooled figure) and lowered by a margin for small pools.
 */
public final class ConfidenceTrainer {
    /**
     * One attribution the engine made on a gold corpus.
     *
     * @param right whether it was right end to end (span and speaker, as the corpus is scored)
     * @param corpus which corpus (0, 1, …): each calibration pool is as sure as its worst corpus
     * @param article which article of its corpus
     * @param group which group of articles (an outlet, a country; any number, the same for the
     *     same group): folds keep a group's attributions together, so that a held-out score is one
     *     of text from a newsroom the model never saw
     */
    public record Example(ConfidenceFeatures features, boolean right, int corpus, int article, int group) {
        /** An example whose article is its own group. */
        public Example(ConfidenceFeatures features, boolean right, int corpus, int article) {
            this(features, right, corpus, article, article);
        }
    }

    /**
     * How to train.
     *
     * @param l2 the penalty on squared weights (the bias is not penalised)
     * @param folds folds for the held-out scores the calibration is fitted on
     * @param minCue how many examples a cue verb needs to get a weight of its own
     * @param balance how far each corpus is weighted towards equal total weight: 0 weighs every
     *     example alike, 1 gives every corpus the same total
     * @param margin standard errors taken off each pool's smoothed precision, so that a small pool
     *     counts for less than a large one with the same share; two make the confidence a lower bound
     *     (session 13, the lowest corpus's: held out by folds, quotes at 0.9 or more were right 0.954
     *     of the time on PolNeAR train at one, 0.970 at two, and on the outlets' tuning half by name
     *     0.960 and 0.967; session 15, the lowest fold's, folds by outlet and country: see
     *     docs/BENCHMARKS.md)
     * @param byFold whether a calibration pool is as sure as the held-out fold of any corpus that
     *     did worst in it (true), or the corpus that did (false, before session 15): a fold is a set
     *     of newsrooms, so the first asks a confidence to hold on each set of unseen newsrooms
     */
    public record Settings(double l2, int folds, int minCue, double balance, double margin, boolean byFold) {
        public static final Settings STANDARD = new Settings(4.0, 5, 30, 0.5, 1.0, true);

        /** Settings that calibrate by the corpus that did worst, as before session 15. */
        public Settings(double l2, int folds, int minCue, double balance, double margin) {
            this(l2, folds, minCue, balance, margin, false);
        }
    }

    /** The least confidence of an attribution a rule decided: 0 is kept for quotations no rule attributed. */
    static final double FLOOR = 0.01;

    private final Settings settings;

    public ConfidenceTrainer(Settings settings) {
        this.settings = settings;
    }

    /** The model: weights from all examples, calibration from held-out scores. */
    public ConfidenceModel train(List<Example> examples) {
        List<String> cues = cueVocabulary(examples);
        Design d = new Design(examples, cues);
        double[] w = fit(d, all(examples.size()));
        double[] held = heldOutScores(d, examples);
        double[][] steps = calibration(examples, held);
        return model(w, cues, steps[0], steps[1]);
    }

    /** Scores of each example by a model fitted without the fold of its group. */
    double[] heldOutScores(Design d, List<Example> examples) {
        double[] held = new double[examples.size()];
        int[] fold = folds(examples);
        for (int f = 0; f < settings.folds; f++) {
            boolean[] train = new boolean[examples.size()];
            for (int i = 0; i < train.length; i++) {
                train[i] = fold[i] != f;
            }
            double[] w = fit(d, train);
            for (int i = 0; i < train.length; i++) {
                if (!train[i]) {
                    held[i] = d.score(i, w);
                }
            }
        }
        return held;
    }

    /**
     * The confidence of each example by a model trained, calibration and all, without the fold of
     * its group ({@link #folds}): how the trainer's confidences hold on newsrooms it never saw.
     * The model of each fold splits its own training groups into folds anew for its calibration.
     */
    public double[] crossCheck(List<Example> examples) {
        double[] out = new double[examples.size()];
        int[] fold = folds(examples);
        for (int f = 0; f < settings.folds; f++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    train.add(examples.get(i));
                }
            }
            ConfidenceModel m = train(train);
            for (int i = 0; i < out.length; i++) {
                if (fold[i] == f) {
                    out[i] = m.confidence(examples.get(i).features());
                }
            }
        }
        return out;
    }

    /**
     * The fold of each example: within each corpus, its groups from the largest (most examples;
     * equal sizes by group number) to the smallest, each to the fold holding fewest examples so far
     * (the first of equals). A group is never split, and the folds come out near equal in size.
     */
    public int[] folds(List<Example> examples) {
        Map<Integer, Map<Integer, Integer>> sizes = new TreeMap<>(); // corpus -> group -> examples
        for (Example e : examples) {
            sizes.computeIfAbsent(e.corpus(), c -> new TreeMap<>()).merge(e.group(), 1, Integer::sum);
        }
        Map<Integer, Map<Integer, Integer>> foldOf = new TreeMap<>();
        sizes.forEach((corpus, groups) -> {
            List<Map.Entry<Integer, Integer>> order = new ArrayList<>(groups.entrySet());
            order.sort(Comparator.comparing((Map.Entry<Integer, Integer> g) -> -g.getValue()).thenComparing(Map.Entry::getKey));
            long[] load = new long[settings.folds];
            Map<Integer, Integer> assigned = new TreeMap<>();
            for (Map.Entry<Integer, Integer> g : order) {
                int least = 0;
                for (int f = 1; f < load.length; f++) {
                    if (load[f] < load[least]) {
                        least = f;
                    }
                }
                assigned.put(g.getKey(), least);
                load[least] += g.getValue();
            }
            foldOf.put(corpus, assigned);
        });
        int[] out = new int[examples.size()];
        for (int i = 0; i < out.length; i++) {
            Example e = examples.get(i);
            out[i] = foldOf.get(e.corpus()).get(e.group());
        }
        return out;
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    private List<String> cueVocabulary(List<Example> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            if (e.features().cue() != null) {
                counts.merge(e.features().cue(), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((cue, n) -> {
            if (n >= settings.minCue) {
                out.add(cue);
            }
        });
        return out;
    }

    /** The examples as sparse rows: the dense features, then one column per cue verb of the vocabulary. */
    static final class Design {
        final int dims;
        final int[][] index;
        final double[][] value;
        final double[] y;
        final double[] weight;

        Design(List<Example> examples, List<String> cues) {
            int dense = ConfidenceFeatures.NAMES.size();
            dims = dense + cues.size();
            Map<String, Integer> cueIndex = new LinkedHashMap<>();
            for (int i = 0; i < cues.size(); i++) {
                cueIndex.put(cues.get(i), dense + i);
            }
            int n = examples.size();
            index = new int[n][];
            value = new double[n][];
            y = new double[n];
            weight = new double[n];
            int corpora = 0;
            for (Example e : examples) {
                corpora = Math.max(corpora, e.corpus() + 1);
            }
            for (int i = 0; i < n; i++) {
                Example e = examples.get(i);
                List<Integer> idx = new ArrayList<>();
                List<Double> val = new ArrayList<>();
                for (int j = 0; j < dense; j++) {
                    double v = e.features().value(j);
                    if (v != 0) {
                        idx.add(j);
                        val.add(v);
                    }
                }
                Integer c = e.features().cue() == null ? null : cueIndex.get(e.features().cue());
                if (c != null) {
                    idx.add(c);
                    val.add(1.0);
                }
                index[i] = idx.stream().mapToInt(Integer::intValue).toArray();
                value[i] = val.stream().mapToDouble(Double::doubleValue).toArray();
                y[i] = e.right() ? 1 : 0;
                weight[i] = 1;
            }
            this.corpora = corpora;
            this.corpusOf = examples.stream().mapToInt(Example::corpus).toArray();
        }

        final int corpora;
        final int[] corpusOf;

        double score(int i, double[] w) {
            double s = 0;
            for (int k = 0; k < index[i].length; k++) {
                s += w[index[i][k]] * value[i][k];
            }
            return s;
        }
    }

    /** Newton's method on the penalised log-likelihood of the rows marked in {@code use}. */
    double[] fit(Design d, boolean[] use) {
        int n = d.y.length;
        int dims = d.dims;
        int bias = ConfidenceFeatures.index("bias");
        double[] sampleWeight = sampleWeights(d, use);
        double[] w = new double[dims];
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[dims];
            double[][] hess = new double[dims][dims];
            for (int i = 0; i < n; i++) {
                if (!use[i]) {
                    continue;
                }
                double p = sigmoid(d.score(i, w));
                double sw = sampleWeight[i];
                double g = sw * (p - d.y[i]);
                double h = sw * Math.max(p * (1 - p), 1e-9);
                int[] idx = d.index[i];
                double[] val = d.value[i];
                for (int a = 0; a < idx.length; a++) {
                    grad[idx[a]] += g * val[a];
                    for (int b = 0; b < idx.length; b++) {
                        hess[idx[a]][idx[b]] += h * val[a] * val[b];
                    }
                }
            }
            for (int j = 0; j < dims; j++) {
                double l2 = j == bias ? 1e-6 : settings.l2;
                grad[j] += l2 * w[j];
                hess[j][j] += l2;
            }
            double[] step = solve(hess, grad);
            double most = 0;
            for (int j = 0; j < dims; j++) {
                w[j] -= step[j];
                most = Math.max(most, Math.abs(step[j]));
            }
            if (most < 1e-9) {
                break;
            }
        }
        return w;
    }

    private double[] sampleWeights(Design d, boolean[] use) {
        int corpora = d.corpora;
        int[] count = new int[corpora];
        int total = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i]) {
                count[d.corpusOf[i]]++;
                total++;
            }
        }
        double[] perCorpus = new double[corpora];
        for (int c = 0; c < corpora; c++) {
            perCorpus[c] = count[c] == 0 ? 0 : Math.pow((double) total / corpora / count[c], settings.balance);
        }
        double[] out = new double[use.length];
        for (int i = 0; i < use.length; i++) {
            out[i] = perCorpus[d.corpusOf[i]];
        }
        return out;
    }

    static double sigmoid(double s) {
        return 1 / (1 + Math.exp(-s));
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(s, 1e-12));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /**
     * How many examples' worth of the pooled precision a corpus's own figure in a pool is shrunk
     * towards: a corpus with 5 quotes in a pool barely moves it, one with 300 decides it.
     */
    public static final double PRIOR = 20;

    /**
     * The calibration steps {from, confidence}. The pools are isotonic pools of the held-out scores
     * of every corpus together (pool adjacent violators), each example weighted so that every corpus
     * counts the same in total. A pool's confidence is the lowest its corpora give it (with {@link
     * Settings#byFold}, the lowest any held-out fold of a corpus gives it: the folds of the tuning
     * half are sets of countries, so a pool is as sure as it was on the set of newsrooms where it did
     * worst), each corpus's (or fold's) precision in the pool shrunk towards the pooled one by {@link #PRIOR} examples, smoothed as
     * (right + 1) / (n + 2) and lowered by the margin in standard errors. Pooling first and taking
     * the lowest corpus per pool keeps a quote no surer than such quotes were where they did worst,
     * without letting isotonic pools of the small corpus alone merge its whole top into one (so it
     * was before: a few wrong names pulled every quote above 0.84 down to one step). A pool that would
     * claim as much as the one above it, or more, is merged with it and its confidence computed anew:
     * taking the lowest of every step above instead let a top pool of 15 quotes, cut hard by the
     * margin, pull 3,000 below it down to its figure.
     */
    double[][] calibration(List<Example> examples, double[] scores) {
        int corpora = 0;
        for (Example e : examples) {
            corpora = Math.max(corpora, e.corpus() + 1);
        }
        int[] count = new int[corpora];
        for (Example e : examples) {
            count[e.corpus()]++;
        }
        // what a pool must hold for: each corpus, or each held-out fold of each corpus
        int[] fold = settings.byFold ? folds(examples) : new int[examples.size()];
        int parts = settings.byFold ? settings.folds : 1;
        int sets = corpora * parts;
        List<double[]> pts = new ArrayList<>(); // {score, right, weight}
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            pts.add(new double[] {scores[i], e.right() ? 1 : 0, (double) examples.size() / corpora / count[e.corpus()]});
        }
        double[] starts = pools(pts)[0];
        // per pool: {start, weight, weight right, then per corpus (or corpus and fold): quotes, right}
        double[][] stats = new double[starts.length][3 + 2 * sets];
        for (int k = 0; k < starts.length; k++) {
            stats[k][0] = starts[k];
        }
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            double[] pool = stats[poolOf(starts, scores[i])];
            double weight = (double) examples.size() / corpora / count[e.corpus()];
            pool[1] += weight;
            pool[2] += e.right() ? weight : 0;
            int set = e.corpus() * parts + fold[i];
            pool[3 + 2 * set]++;
            pool[4 + 2 * set] += e.right() ? 1 : 0;
        }
        // A pool claiming more than the one above it (a small top pool cut hard by the margin, say) is
        // merged with it and its confidence computed anew, so that no small pool drags the rest down.
        List<double[]> stack = new ArrayList<>();
        for (double[] pool : stats) {
            double[] cur = pool.clone();
            while (!stack.isEmpty() && confidence(stack.get(stack.size() - 1), sets) >= confidence(cur, sets)) {
                double[] below = stack.remove(stack.size() - 1);
                for (int j = 1; j < cur.length; j++) {
                    cur[j] += below[j];
                }
                cur[0] = below[0];
            }
            stack.add(cur);
        }
        double[] from = new double[stack.size()];
        double[] conf = new double[stack.size()];
        for (int k = 0; k < from.length; k++) {
            from[k] = stack.get(k)[0];
            conf[k] = confidence(stack.get(k), sets);
        }
        // keep a step only where the confidence changes
        List<double[]> kept = new ArrayList<>();
        for (int k = 0; k < conf.length; k++) {
            double rounded = Math.floor(conf[k] * 10000) / 10000; // never rounded up
            if (kept.isEmpty() || kept.get(kept.size() - 1)[1] != rounded) {
                kept.add(new double[] {k == 0 ? Double.NEGATIVE_INFINITY : from[k], rounded});
            }
        }
        double[][] out = new double[2][kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            out[0][k] = kept.get(k)[0];
            out[1][k] = kept.get(k)[1];
        }
        return out;
    }

    /**
     * A pool's confidence: the lowest, over the corpora (or held-out folds of corpora) with quotes
     * in it, of their precision there shrunk towards the pooled one by {@link #PRIOR} quotes,
     * smoothed and lowered by the margin.
     */
    private double confidence(double[] pool, int sets) {
        double share = pool[2] / pool[1];
        double lowest = 1;
        for (int c = 0; c < sets; c++) {
            double n = pool[3 + 2 * c];
            if (n == 0) {
                continue;
            }
            double p = (pool[4 + 2 * c] + PRIOR * share + 1) / (n + PRIOR + 2);
            double se = Math.sqrt(p * (1 - p) / (n + PRIOR + 2));
            lowest = Math.min(lowest, p - settings.margin * se);
        }
        return Math.max(FLOOR, lowest);
    }

    /** The pool a score falls in: the last starting at or below it. */
    private static int poolOf(double[] from, double score) {
        int i = Arrays.binarySearch(from, score);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /**
     * Pool adjacent violators over weighted (score, right, weight) sorted by score: {starts of the
     * pools, their smoothed and margined precision}. Equal scores share a pool. A pool's effective
     * number of examples is (sum of weights)² / sum of squared weights, so weighting a corpus up
     * does not make its pools look larger than they are.
     */
    double[][] pools(List<double[]> pts) {
        pts.sort((p, q) -> Double.compare(p[0], q[0]));
        List<double[]> stack = new ArrayList<>(); // {start score, weight, right weight, squared weight}
        for (double[] pt : pts) {
            double w = pt.length > 2 ? pt[2] : 1;
            double[] cur = {pt[0], w, w * pt[1], w * w};
            if (!stack.isEmpty() && stack.get(stack.size() - 1)[0] == cur[0]) {
                cur = merge(stack.remove(stack.size() - 1), cur);
            }
            while (!stack.isEmpty()) {
                double[] top = stack.get(stack.size() - 1);
                if (top[2] / top[1] < cur[2] / cur[1]) {
                    break;
                }
                stack.remove(stack.size() - 1);
                cur = merge(top, cur);
            }
            stack.add(cur);
        }
        double[][] out = new double[2][stack.size()];
        for (int k = 0; k < stack.size(); k++) {
            double[] pool = stack.get(k);
            double n = pool[1] * pool[1] / pool[3];
            double share = pool[2] / pool[1];
            double p = (share * n + 1) / (n + 2);
            double se = Math.sqrt(p * (1 - p) / (n + 2));
            out[0][k] = pool[0];
            out[1][k] = Math.max(FLOOR, p - settings.margin * se);
        }
        return out;
    }

    private static double[] merge(double[] a, double[] b) {
        return new double[] {a[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }

    private static ConfidenceModel model(double[] w, List<String> cues, double[] from, double[] conf) {
        int dense = ConfidenceFeatures.NAMES.size();
        double[] weights = new double[dense];
        for (int j = 0; j < dense; j++) {
            weights[j] = round(w[j]);
        }
        Map<String, Double> cueWeights = new LinkedHashMap<>();
        for (int k = 0; k < cues.size(); k++) {
            cueWeights.put(cues.get(k), round(w[dense + k]));
        }
        List<double[]> steps = new ArrayList<>();
        for (int k = 0; k < from.length; k++) {
            double f = Double.isInfinite(from[k]) ? from[k] : round(from[k]);
            if (steps.isEmpty() || steps.get(steps.size() - 1)[0] < f) {
                steps.add(new double[] {f, conf[k]});
            }
        }
        double[] at = new double[steps.size()];
        double[] c = new double[steps.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = steps.get(k)[0];
            c[k] = steps.get(k)[1];
        }
        return new ConfidenceModel(weights, cueWeights, at, c);
    }

    /** Six decimals, as the model file writes them, so the model trained is the model read. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
