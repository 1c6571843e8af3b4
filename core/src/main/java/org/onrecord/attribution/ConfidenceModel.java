package org.onrecord.attribution;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.onrecord.text.ResourceLines;

/**
 * A logistic regression over {@link ConfidenceFeatures} and a calibration of its score: the score
 * orders attributions by how likely they are right end to end, the calibration says how often
 * attributions with such a score were right, at least, on the held-out fold (a set of newsrooms) or
 * corpus where they did worst. Read from a small
 * TSV ({@code confidence-model.tsv}, written by {@code onrecord confidence}):
 *
 * <pre>
 * weight  FEATURE  W        one per feature of ConfidenceFeatures.NAMES (missing ones weigh 0)
 * cue     LEMMA    W        one per common cue verb
 * step    SCORE    C        from this score up to the next step, the confidence rises to C (non-decreasing;
 *                          the first and the last step are flat)
 * </pre>
 */
public final class ConfidenceModel {
    private final double[] weights;
    private final Map<String, Double> cues;
    private final double[] stepFrom;
    private final double[] stepConfidence;

    ConfidenceModel(double[] weights, Map<String, Double> cues, double[] stepFrom, double[] stepConfidence) {
        if (weights.length != ConfidenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("one weight per feature expected");
        }
        if (stepFrom.length != stepConfidence.length || stepFrom.length == 0) {
            throw new IllegalArgumentException("a calibration of one or more steps expected");
        }
        for (int i = 1; i < stepFrom.length; i++) {
            if (stepFrom[i] <= stepFrom[i - 1] || stepConfidence[i] < stepConfidence[i - 1]) {
                throw new IllegalArgumentException("calibration steps must rise: step " + i);
            }
        }
        for (double c : stepConfidence) {
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("a confidence must be in [0, 1]: " + c);
            }
        }
        this.weights = weights.clone();
        this.cues = Collections.unmodifiableMap(new TreeMap<>(cues)); // sorted, so the file is written the same every time
        this.stepFrom = stepFrom.clone();
        this.stepConfidence = stepConfidence.clone();
    }

    /** The model in the resource {@code name} next to this class. */
    static ConfidenceModel read(String name) {
        return parse(ResourceLines.of(ConfidenceModel.class, name), name);
    }

    /** The model in these lines ({@code #} comments and blank lines skipped); {@code name} says where they come from in errors. */
    static ConfidenceModel parse(List<String> rows, String name) {
        double[] w = new double[ConfidenceFeatures.NAMES.size()];
        Map<String, Double> cues = new LinkedHashMap<>();
        List<double[]> steps = new ArrayList<>();
        for (String line : rows) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(name + ": kind, key and number expected: " + line);
            }
            double v = Double.parseDouble(f[2]);
            switch (f[0]) {
                case "weight" -> {
                    try {
                        w[ConfidenceFeatures.index(f[1])] = v;
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(name + ": " + e.getMessage() + ": " + line, e);
                    }
                }
                case "cue" -> cues.put(f[1], v);
                case "step" -> steps.add(new double[] {Double.parseDouble(f[1]), v});
                default -> throw new IllegalStateException(name + ": unknown kind " + f[0] + ": " + line);
            }
        }
        double[] from = new double[steps.size()];
        double[] conf = new double[steps.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = steps.get(i)[0];
            conf[i] = steps.get(i)[1];
        }
        try {
            return new ConfidenceModel(w, cues, from, conf);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** The model's score of {@code f}: the log-odds that it is right, before calibration. */
    public double score(ConfidenceFeatures f) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            double v = f.value(i);
            if (v != 0) {
                s += weights[i] * v;
            }
        }
        if (f.cue() != null) {
            s += cues.getOrDefault(f.cue(), 0.0);
        }
        return s;
    }

    /**
     * The calibrated confidence of a score. Each step's confidence is what its pool of scores was
     * right at least; inside a step below the top one the confidence rises in a straight line from
     * the step before's (at the step's first score) to its own (at the next step's first score), so
     * that of two quotes the higher score is the surer and no score is given more than its step
     * measured. Below the second step and from the top step up, it is the step's own.
     */
    public double calibrate(double score) {
        int i = Arrays.binarySearch(stepFrom, score);
        int step = i >= 0 ? i : Math.max(0, -i - 2);
        if (step == 0 || step == stepFrom.length - 1) {
            return stepConfidence[step];
        }
        double t = (score - stepFrom[step]) / (stepFrom[step + 1] - stepFrom[step]);
        return stepConfidence[step - 1] + t * (stepConfidence[step] - stepConfidence[step - 1]);
    }

    public double confidence(ConfidenceFeatures f) {
        return calibrate(score(f));
    }

    /** The weight of feature {@code name}, for tests. */
    double weight(String name) {
        return weights[ConfidenceFeatures.index(name)];
    }

    Map<String, Double> cueWeights() {
        return cues;
    }

    double[] weights() {
        return weights.clone();
    }

    int steps() {
        return stepFrom.length;
    }

    /** Writes the model in the format {@link #read} reads, after {@code header} as {@code #} comment lines. */
    public void write(List<String> header, Writer out) throws IOException {
        for (String h : header) {
            out.write(("# " + h).strip() + "\n");
        }
        for (int i = 0; i < weights.length; i++) {
            out.write("weight\t" + ConfidenceFeatures.NAMES.get(i) + "\t" + number(weights[i]) + "\n");
        }
        for (Map.Entry<String, Double> e : cues.entrySet()) {
            out.write("cue\t" + e.getKey() + "\t" + number(e.getValue()) + "\n");
        }
        for (int i = 0; i < stepFrom.length; i++) {
            out.write("step\t" + number(stepFrom[i]) + "\t" + String.format(Locale.ROOT, "%.4f", stepConfidence[i]) + "\n");
        }
    }

    private static String number(double v) {
        return v == Double.NEGATIVE_INFINITY ? "-Infinity" : String.format(Locale.ROOT, "%.6f", v);
    }
}
