package org.onrecord.cli;

import java.time.Duration;
import java.util.List;
import org.onrecord.Engine;
import org.onrecord.EngineOptions;
import org.onrecord.ExtractionDeadlineException;

/** The engine the commands run, from their shared options. */
public final class EngineArgs {
    /** What {@code --without} says, for every command that runs the engine. */
    public static final String WITHOUT_HELP = "Switch off these attribution rules or shapes (as the output names them in "
            + "\"rule\" and \"shape\", e.g. according-to,previous-subject), for ablation experiments.";

    /** What {@code --min-confidence} says, for every command that runs the engine. */
    public static final String MIN_CONFIDENCE_HELP = "Leave out quotes whose confidence is below this (0 to 1; "
            + "default 0, all). Confidence is measured: see docs/BENCHMARKS.md for how often quotes at each level are right.";

    /** What {@code --deadline-ms} says, for every command that runs the engine on articles it is given. */
    public static final String DEADLINE_HELP = "Give up an article whose extraction takes longer than this many "
            + "milliseconds, as an error for that article (default ${DEFAULT-VALUE}; 0 for no limit).";

    /** The option's name, for messages that tell how to give articles longer. */
    public static final String DEADLINE_OPTION = "--deadline-ms";

    /** {@link EngineOptions#DEFAULT_DEADLINE} in milliseconds, as the option's default. */
    public static final long DEFAULT_DEADLINE_MS = 2_000;

    private EngineArgs() {}

    /** An engine with the rules and shapes named by {@code --without} switched off; a bad name is the user's error. */
    public static Engine engine(List<String> without) {
        return engine(without, 0);
    }

    /** As {@link #engine(List)}, keeping only quotes of at least {@code minConfidence}. */
    public static Engine engine(List<String> without, double minConfidence) {
        return engine(without, minConfidence, DEFAULT_DEADLINE_MS);
    }

    /** As {@link #engine(List, double)}, giving each article {@code deadlineMs} (0: no limit). */
    public static Engine engine(List<String> without, double minConfidence, long deadlineMs) {
        EngineOptions options = EngineOptions.defaults();
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UserError("--min-confidence: expected a number from 0 to 1, got " + minConfidence);
        }
        if (deadlineMs < 0) {
            throw new UserError(DEADLINE_OPTION + ": expected milliseconds, 0 or more, got " + deadlineMs);
        }
        options = options.withMinConfidence(minConfidence).withDeadline(Duration.ofMillis(deadlineMs));
        if (without == null || without.isEmpty()) {
            return Engine.create(options);
        }
        try {
            return Engine.create(options.without(without));
        } catch (IllegalArgumentException e) {
            throw new UserError("--without: " + e.getMessage());
        }
    }

    /** The error for an article given up at the deadline, saying how to give articles longer. */
    public static String deadlineMessage(String where, ExtractionDeadlineException e) {
        return where + ": " + e.getMessage() + " (" + DEADLINE_OPTION + ")";
    }
}
