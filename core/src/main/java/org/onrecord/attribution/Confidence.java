package org.onrecord.attribution;

/**
 * How often an attribution like this one is right end to end: measured, not asserted. A small
 * logistic regression ({@link ConfidenceModel}, read from {@code confidence-model.tsv}) weighs what
 * the engine knows when it decides ({@link ConfidenceFeatures}: rule, shape, the words naming the
 * speaker and how the name shown was reached, distances to the cue, the speaker's words and their
 * name, the quotation's length and place); its score is calibrated on held-out scores of PolNeAR
 * train and the multi-outlet tuning half (a speaker right there only by name), the folds holding
 * out whole outlets and countries, pooled, each pool as sure as the held-out fold that did worst in
 * it, less one standard error: a lower bound for newsrooms the model never saw. The model file says
 * how it was built; {@code scripts/train-confidence.sh} rebuilds it.
 */
public final class Confidence {
    static final String FILE = "confidence-model.tsv";
    private static final ConfidenceModel MODEL = ConfidenceModel.read(FILE);

    private Confidence() {}

    /** The confidence of {@code a}, one of {@code article}'s attributions: 0 when no rule decided it. */
    public static double of(Attribution a, ConfidenceFeatures.Article article) {
        return a.rule() == null ? 0 : MODEL.confidence(article.of(a));
    }

    /** The confidence of an attribution with these features (0 when no rule decided it, as {@link #of}). */
    public static double of(Attribution a, ConfidenceFeatures features) {
        return a.rule() == null ? 0 : MODEL.confidence(features);
    }

    /** The bundled model. */
    static ConfidenceModel model() {
        return MODEL;
    }
}
