package org.onrecord.cli.eval;

import java.util.List;

/** A score and every decision behind it, for breakdowns and error lists. */
record Scoring(Figures figures, List<GoldOutcome> gold, List<PredOutcome> pred) {
    Scoring {
        gold = List.copyOf(gold);
        pred = List.copyOf(pred);
    }
}
