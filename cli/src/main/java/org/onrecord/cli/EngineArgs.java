package org.onrecord.cli;

import java.util.List;
import org.onrecord.Engine;
import org.onrecord.EngineOptions;

/** The engine the commands run, from their shared options. */
public final class EngineArgs {
    /** What {@code --without} says, for every command that runs the engine. */
    public static final String WITHOUT_HELP = "Switch off these attribution rules or shapes (as the output names them in "
            + "\"rule\" and \"shape\", e.g. according-to,previous-subject), for ablation experiments.";

    private EngineArgs() {}

    /** An engine with the rules and shapes named by {@code --without} switched off; a bad name is the user's error. */
    public static Engine engine(List<String> without) {
        if (without == null || without.isEmpty()) {
            return Engine.create();
        }
        try {
            return Engine.create(EngineOptions.defaults().without(without));
        } catch (IllegalArgumentException e) {
            throw new UserError("--without: " + e.getMessage());
        }
    }
}
