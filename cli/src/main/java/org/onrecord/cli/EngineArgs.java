package org.onrecord.cli;

import java.util.List;
import org.onrecord.Engine;
import org.onrecord.EngineOptions;

/** The engine the commands run, from their shared options. */
public final class EngineArgs {
    /** What {@code --without} says, for every command that runs the engine. */
    public static final String WITHOUT_HELP = "Switch off these attribution rules or shapes (as the output names them in "
            + "\"rule\" and \"shape\", e.g. according-to,previous-subject), for ablation experiments.";

    /** What {@code --min-confidence} says, for every command that runs the engine. */
    public static final String MIN_CONFIDENCE_HELP = "Leave out quotes whose confidence is below this (0 to 1; "
            + "default 0, all). Confidence is measured: see docs/BENCHMARKS.md for how often quotes at each level are right.";

    private EngineArgs() {}

    /** An engine with the rules and shapes named by {@code --without} switched off; a bad name is the user's error. */
    public static Engine engine(List<String> without) {
        return engine(without, 0);
    }

    /** As {@link #engine(List)}, keeping only quotes of at least {@code minConfidence}. */
    public static Engine engine(List<String> without, double minConfidence) {
        EngineOptions options = EngineOptions.defaults();
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UserError("--min-confidence: expected a number from 0 to 1, got " + minConfidence);
        }
        options = options.withMinConfidence(minConfidence);
        if (without == null || without.isEmpty()) {
            return Engine.create(options);
        }
        try {
            return Engine.create(options.without(without));
        } catch (IllegalArgumentException e) {
            throw new UserError("--without: " + e.getMessage());
        }
    }
}
