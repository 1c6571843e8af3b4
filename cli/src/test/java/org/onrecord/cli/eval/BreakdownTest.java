package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldQuote;
import org.onrecord.eval.PredDoc;
import org.onrecord.eval.PredQuote;
import org.onrecord.eval.Scorer;
import org.onrecord.eval.Scoring;
import org.onrecord.eval.Span;

class BreakdownTest {
    private static final String TEXT = "“We will win,” Anna Berg said. Ben Cole said taxes would fall. "
            + "“Nobody asked us,” he added.";

    private static int at(String part) {
        return Offsets.at(TEXT, part);
    }

    private static int end(String part) {
        return Offsets.end(TEXT, part);
    }

    private static GoldQuote gold(String quoted, String type, String speaker) {
        return new GoldQuote(at(quoted), end(quoted), quoted, type, speaker, at(speaker), end(speaker), List.of());
    }

    private static PredQuote pred(String quoted, String name, Span mention, String rule) {
        return new PredQuote(at(quoted), end(quoted), "direct", name, mention, rule, null);
    }

    @Test
    void outcomesRecordEachDecisionForTheBreakdown() {
        GoldDoc doc = new GoldDoc("d1", TEXT, List.of(
                gold("We will win,", "direct", "Anna Berg"),
                gold("taxes would fall", "indirect", "Ben Cole"),
                gold("Nobody asked us,", "direct", "he")), 1);
        PredDoc predicted = new PredDoc("d1", List.of(
                pred("We will win", "Ben Cole", null, "trailing-cue"),
                new PredQuote(at("Nobody"), end("us"), "direct", "he", new Span(at("he added"), at("he added") + 2), "continuation", null),
                pred("Anna Berg said", null, null, "trailing-cue")));
        Scoring s = new Scorer(Set.of("direct"), Set.of("direct", "mixed"), 0.5).score(Map.of("d1", doc), Map.of("d1", predicted));
        assertThat(Breakdown.byRule(s)).containsExactly(
                new Breakdown.RuleRow("continuation", 1, 1, 1, 1, 1),
                new Breakdown.RuleRow("trailing-cue", 2, 1, 0, 1, 0));
        assertThat(Breakdown.byGoldType(s)).containsExactly(new Breakdown.GoldTypeRow("direct", 2, 2, 2, 1));
    }
}
