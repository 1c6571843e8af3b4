package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link ConfidenceModel} from attributions the engine made on gold corpora and whether
 * each was right end to end: an L2-regularised logistic regression fitted by Newton's method
 * (deterministic: same examples in the same order, same weights), then a calibration of its score
 * that errs low: each corpus's examples are scored by models fitted without their article's fold,
 * the scores are made monotone by isotonic regression (pool adjacent violators) per corpus, each
 * pool's precision is smoothed towards 0 ({@code (right + 1) / (n + 2)} less a margin for small
 * pools), and the confidence of a score is the lowest any corpus gives it.
 */
public final class ConfidenceTrainer {
    /**
     * One attribution the engine made on a gold corpus.
     *
     * @param right whether it was right end to end (span and speaker, as the corpus is scored)
     * @param corpus which corpus (0, 1, …): the calibration takes the worst corpus
     * @param article which article of its corpus: folds keep an article's attributions together
     */
    public record Example(ConfidenceFeatures features, boolean right, int corpus, int article) {}

    /**
     * How to train.
     *
     * @param l2 the penalty on squared weights (the bias is not penalised)
     * @param folds folds for the held-out scores the calibration is fitted on
     * @param minCue how many examples a cue verb needs to get a weight of its own
     * @param balance how far each corpus is weighted towards equal total weight: 0 weighs every
     *     example alike, 1 gives every corpus the same total
     * @param margin standard errors taken off each pool's smoothed precision, so that a small pool
     *     counts for less than a large one with the same share
     */
    public record Settings(double l2, int folds, int minCue, double balance, double margin) {
        public static final Settings STANDARD = new Settings(4.0, 5, 30, 0.5, 1.0);
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

    /** Scores of each example by a model fitted without the fold of its article. */
    double[] heldOutScores(Design d, List<Example> examples) {
        double[] held = new double[examples.size()];
        for (int f = 0; f < settings.folds; f++) {
            boolean[] train = new boolean[examples.size()];
            for (int i = 0; i < train.length; i++) {
                train[i] = examples.get(i).article() % settings.folds != f;
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
     * its article: how the trainer's confidences hold on articles it never saw.
     */
    public double[] crossCheck(List<Example> examples) {
        double[] out = new double[examples.size()];
        for (int f = 0; f < settings.folds; f++) {
            List<Example> train = new ArrayList<>();
            for (Example e : examples) {
                if (e.article() % settings.folds != f) {
                    // renumbered so the inner folds split the outer training articles anew
                    train.add(new Example(e.features(), e.right(), e.corpus(), e.article() / settings.folds));
                }
            }
            ConfidenceModel m = train(train);
            for (int i = 0; i < out.length; i++) {
                if (examples.get(i).article() % settings.folds == f) {
                    out[i] = m.confidence(examples.get(i).features());
                }
            }
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
     * The calibration steps {from, confidence}: per corpus, isotonic pools of held-out scores with
     * their precision smoothed and cut by the margin; then, at every pool boundary of any corpus,
     * the lowest confidence any corpus gives, made non-decreasing by taking the lowest of it and
     * every step above (so no step claims more than a higher score gets).
     */
    double[][] calibration(List<Example> examples, double[] scores) {
        int corpora = 0;
        for (Example e : examples) {
            corpora = Math.max(corpora, e.corpus() + 1);
        }
        List<double[][]> perCorpus = new ArrayList<>();
        java.util.TreeSet<Double> bounds = new java.util.TreeSet<>();
        for (int c = 0; c < corpora; c++) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).corpus() == c) {
                    pts.add(new double[] {scores[i], examples.get(i).right() ? 1 : 0});
                }
            }
            double[][] pools = pools(pts);
            perCorpus.add(pools);
            for (int k = 1; k < pools[0].length; k++) {
                bounds.add(pools[0][k]);
            }
        }
        List<Double> from = new ArrayList<>();
        from.add(Double.NEGATIVE_INFINITY);
        from.addAll(bounds);
        double[] conf = new double[from.size()];
        for (int k = 0; k < conf.length; k++) {
            double lowest = 1;
            for (double[][] pools : perCorpus) {
                lowest = Math.min(lowest, at(pools, from.get(k)));
            }
            conf[k] = lowest;
        }
        for (int k = conf.length - 2; k >= 0; k--) {
            conf[k] = Math.min(conf[k], conf[k + 1]);
        }
        // keep a step only where the confidence changes
        List<double[]> kept = new ArrayList<>();
        for (int k = 0; k < conf.length; k++) {
            double rounded = Math.floor(conf[k] * 10000) / 10000; // never rounded up
            if (kept.isEmpty() || kept.get(kept.size() - 1)[1] != rounded) {
                kept.add(new double[] {from.get(k), rounded});
            }
        }
        double[][] out = new double[2][kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            out[0][k] = kept.get(k)[0];
            out[1][k] = kept.get(k)[1];
        }
        return out;
    }

    /** The confidence a corpus's pools give a score: that of the last pool starting at or below it. */
    private static double at(double[][] pools, double score) {
        double c = pools[1][0];
        for (int k = 0; k < pools[0].length && pools[0][k] <= score; k++) {
            c = pools[1][k];
        }
        return c;
    }

    /**
     * Pool adjacent violators over (score, right) sorted by score: {starts of the pools, their
     * smoothed and margined precision}. Equal scores share a pool.
     */
    double[][] pools(List<double[]> pts) {
        pts.sort((p, q) -> Double.compare(p[0], q[0]));
        List<double[]> stack = new ArrayList<>(); // {start score, n, right}
        for (int i = 0; i < pts.size(); i++) {
            double[] cur = {pts.get(i)[0], 1, pts.get(i)[1]};
            if (!stack.isEmpty() && stack.get(stack.size() - 1)[0] == cur[0]) {
                double[] top = stack.remove(stack.size() - 1);
                cur = new double[] {top[0], top[1] + 1, top[2] + cur[2]};
            }
            while (!stack.isEmpty()) {
                double[] top = stack.get(stack.size() - 1);
                if (top[2] / top[1] < cur[2] / cur[1]) {
                    break;
                }
                stack.remove(stack.size() - 1);
                cur = new double[] {top[0], top[1] + cur[1], top[2] + cur[2]};
            }
            stack.add(cur);
        }
        double[][] out = new double[2][stack.size()];
        for (int k = 0; k < stack.size(); k++) {
            double n = stack.get(k)[1];
            double right = stack.get(k)[2];
            double p = (right + 1) / (n + 2);
            double se = Math.sqrt(p * (1 - p) / (n + 2));
            out[0][k] = stack.get(k)[0];
            out[1][k] = Math.max(FLOOR, p - settings.margin * se);
        }
        return out;
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
