package org.onrecord.cli.eval;

import org.onrecord.eval.Figures;

/** The figures as one JSON object with the reference scorer's keys, in its order. */
final class JsonFigures {
    private JsonFigures() {}

    static String of(Figures f) {
        return "{\"gold\": " + f.gold() + ", \"pred\": " + f.pred() + ", \"P\": " + Figures.round4(f.precision())
                + ", \"R\": " + Figures.round4(f.recall()) + ", \"F1\": " + Figures.round4(f.f1())
                + ", \"speaker_acc\": " + Figures.round4(f.speakerAccuracy()) + ", \"speaker_n\": " + f.speakerN()
                + ", \"e2e_P\": " + Figures.round4(f.e2ePrecisionRate()) + ", \"e2e_R\": " + Figures.round4(f.e2eRecallRate())
                + ", \"e2e_F1\": " + Figures.round4(f.e2eF1()) + ", \"missing_docs\": " + f.missingDocs() + "}";
    }
}
