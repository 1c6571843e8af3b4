package org.onrecord.eval;

import java.util.List;

/** A score and every decision behind it, for breakdowns and error lists. */
public record Scoring(Figures figures, List<GoldOutcome> gold, List<PredOutcome> pred) {
    public Scoring {
        gold = List.copyOf(gold);
        pred = List.copyOf(pred);
    }
}
