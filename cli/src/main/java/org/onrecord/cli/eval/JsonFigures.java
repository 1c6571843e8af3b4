package org.onrecord.cli.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.onrecord.eval.Figures;
import org.onrecord.eval.Scoring;
import org.onrecord.json.ExtractionJson;

/**
 * The figures as one JSON object with the reference scorer's keys, in its order; and, apart from
 * them so that {@code --json} stays the scorer's, the breakdown by rule and by rule and shape.
 */
final class JsonFigures {
    private JsonFigures() {}

    /** {@code {"by_rule": [{"rule", "pred", "correct", "speaker_right", "gold", "gold_speaker_ok"}…], "by_shape": […]}}. */
    static String breakdown(Scoring s) {
        ObjectNode root = ExtractionJson.mapper().createObjectNode();
        rows(root.putArray("by_rule"), Breakdown.byRule(s));
        rows(root.putArray("by_shape"), Breakdown.byShape(s));
        return root.toPrettyString();
    }

    private static void rows(ArrayNode out, List<Breakdown.RuleRow> rows) {
        for (Breakdown.RuleRow r : rows) {
            ObjectNode o = out.addObject();
            o.put("rule", r.rule());
            o.put("pred", r.pred());
            o.put("correct", r.correct());
            o.put("precision", Math.round(Figures.ratio(r.correct(), r.pred()) * 10000) / 10000.0);
            o.put("speaker_right", r.speakerRight());
            o.put("gold", r.goldN());
            o.put("gold_speaker_ok", r.goldOk());
        }
    }

    static String of(Figures f) {
        return "{\"gold\": " + f.gold() + ", \"pred\": " + f.pred() + ", \"P\": " + Figures.round4(f.precision())
                + ", \"R\": " + Figures.round4(f.recall()) + ", \"F1\": " + Figures.round4(f.f1())
                + ", \"speaker_acc\": " + Figures.round4(f.speakerAccuracy()) + ", \"speaker_n\": " + f.speakerN()
                + ", \"e2e_P\": " + Figures.round4(f.e2ePrecisionRate()) + ", \"e2e_R\": " + Figures.round4(f.e2eRecallRate())
                + ", \"e2e_F1\": " + Figures.round4(f.e2eF1()) + ", \"missing_docs\": " + f.missingDocs() + "}";
    }
}
