package org.onrecord.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts behind a score and the figures derived from them, as the reference scorer defines them.
 *
 * @param gold gold quotes of the chosen types that have letters or digits
 * @param pred predicted quotes of the chosen types that have letters or digits
 * @param found gold quotes covered at least {@code cover} by predictions
 * @param correct predicted quotes lying at least {@code cover} inside gold content
 * @param speakerOk found gold quotes with a source whose covering prediction names it
 * @param speakerN found gold quotes with a source
 * @param e2eRecall found gold quotes with the right speaker (or no source)
 * @param e2ePrecision correct predictions with the right speaker for the gold quote they overlap most
 * @param missingDocs gold documents with no prediction line
 */
public record Figures(int gold, int pred, int found, int correct, int speakerOk, int speakerN, int e2eRecall,
        int e2ePrecision, int missingDocs) {

    public double precision() {
        return ratio(correct, pred);
    }

    public double recall() {
        return ratio(found, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double speakerAccuracy() {
        return ratio(speakerOk, speakerN);
    }

    public double e2ePrecisionRate() {
        return ratio(e2ePrecision, pred);
    }

    public double e2eRecallRate() {
        return ratio(e2eRecall, gold);
    }

    public double e2eF1() {
        return f1(e2ePrecisionRate(), e2eRecallRate());
    }

    /** The reference scorer's own result line, character for character. */
    public String scorerLine() {
        return "gold=" + gold + " pred=" + pred + " P=" + round4(precision()) + " R=" + round4(recall())
                + " F1=" + round4(f1()) + " speaker_acc=" + round4(speakerAccuracy()) + " speaker_n=" + speakerN
                + " e2e_P=" + round4(e2ePrecisionRate()) + " e2e_R=" + round4(e2eRecallRate())
                + " e2e_F1=" + round4(e2eF1()) + " missing_docs=" + missingDocs;
    }

    public static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    public static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /**
     * Python's {@code repr(round(x, 4))}: the exact binary value rounded half-even to 4 places,
     * printed in its shortest form with at least one decimal ("1.0", "0.25", "0.9741").
     */
    public static String round4(double x) {
        String s = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
