package org.onrecord.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.onrecord.eval.GoldOutcome;
import org.onrecord.eval.PredOutcome;
import org.onrecord.eval.PredQuote;
import org.onrecord.eval.Scoring;

/**
 * A score split by quote type, by the attribution rule that decided each prediction, and by the
 * shape of that decision (which framing of reported speech), so that a drop in a figure can be traced
 * to the rule or shape that caused it.
 */
final class Breakdown {
    static final String NO_RULE = "(none)";

    /** Gold quotes of one type: how many were found, and how many of those with a source got it right. */
    record GoldTypeRow(String type, int gold, int found, int speakerN, int speakerOk) {}

    /** Predictions of one type: how many were real quotes, and how many of those had the right speaker. */
    record PredTypeRow(String type, int pred, int correct, int speakerRight) {}

    /**
     * Predictions decided by one rule (or one rule and shape).
     *
     * @param speakerRight correct predictions whose speaker is right for the gold quote they overlap most
     * @param goldN found gold quotes with a source whose covering prediction this rule attributed
     * @param goldOk those of them with the right speaker (the rule's share of speaker accuracy)
     */
    record RuleRow(String rule, int pred, int correct, int speakerRight, int goldN, int goldOk) {}

    private Breakdown() {}

    static List<GoldTypeRow> byGoldType(Scoring s) {
        Map<String, int[]> rows = new TreeMap<>();
        for (GoldOutcome o : s.gold()) {
            int[] r = rows.computeIfAbsent(o.quote().type(), k -> new int[4]);
            r[0]++;
            if (o.found()) {
                r[1]++;
                if (o.quote().hasSpeaker()) {
                    r[2]++;
                    r[3] += o.speakerOk() ? 1 : 0;
                }
            }
        }
        List<GoldTypeRow> out = new ArrayList<>();
        rows.forEach((type, r) -> out.add(new GoldTypeRow(type, r[0], r[1], r[2], r[3])));
        return out;
    }

    static List<PredTypeRow> byPredType(Scoring s) {
        Map<String, int[]> rows = new TreeMap<>();
        for (PredOutcome o : s.pred()) {
            int[] r = rows.computeIfAbsent(o.quote().type(), k -> new int[3]);
            r[0]++;
            r[1] += o.correct() ? 1 : 0;
            r[2] += o.speakerOk() ? 1 : 0;
        }
        List<PredTypeRow> out = new ArrayList<>();
        rows.forEach((type, r) -> out.add(new PredTypeRow(type, r[0], r[1], r[2])));
        return out;
    }

    static List<RuleRow> byRule(Scoring s) {
        return by(s, Breakdown::rule);
    }

    /** As {@link #byRule}, with each rule split by the shape of its decisions: "reported-clause/according-to". */
    static List<RuleRow> byShape(Scoring s) {
        return by(s, Breakdown::ruleAndShape);
    }

    private static List<RuleRow> by(Scoring s, Function<PredQuote, String> key) {
        Map<String, int[]> rows = new TreeMap<>();
        for (PredOutcome o : s.pred()) {
            int[] r = rows.computeIfAbsent(key.apply(o.quote()), k -> new int[5]);
            r[0]++;
            r[1] += o.correct() ? 1 : 0;
            r[2] += o.speakerOk() ? 1 : 0;
        }
        for (GoldOutcome o : s.gold()) {
            if (o.found() && o.quote().hasSpeaker()) {
                int[] r = rows.computeIfAbsent(key.apply(o.best()), k -> new int[5]);
                r[3]++;
                r[4] += o.speakerOk() ? 1 : 0;
            }
        }
        List<RuleRow> out = new ArrayList<>();
        rows.forEach((rule, r) -> out.add(new RuleRow(rule, r[0], r[1], r[2], r[3], r[4])));
        return out;
    }

    static String rule(PredQuote q) {
        return q.rule() == null || q.rule().isEmpty() ? NO_RULE : q.rule();
    }

    /** The rule, and after a slash the shape where the prediction names one. */
    static String ruleAndShape(PredQuote q) {
        return q.shape() == null || q.shape().isEmpty() ? rule(q) : rule(q) + "/" + q.shape();
    }
}
