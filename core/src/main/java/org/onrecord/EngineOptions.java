package org.onrecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.onrecord.attribution.Ablation;
import org.onrecord.lexicon.Lexicon;

/**
 * How an {@link Engine} runs. Immutable: each {@code with…} returns a new value.
 *
 * <pre>{@code
 * Engine ablated = Engine.create(EngineOptions.defaults().without("according-to", "in-poll"));
 * }</pre>
 *
 * @param without the attribution rules and shapes switched off, for experiments
 * @param lexicon the word lists the engine reads by
 */
public record EngineOptions(Ablation without, Lexicon lexicon) {
    public EngineOptions {
        Objects.requireNonNull(without, "without");
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The engine as shipped: every rule and shape on, the bundled lexicon. */
    public static EngineOptions defaults() {
        return new EngineOptions(Ablation.NONE, Lexicon.standard());
    }

    /** These options reading words by {@code other} (a test's, an experiment's lexicon). */
    public EngineOptions with(Lexicon other) {
        return new EngineOptions(without, other);
    }

    /**
     * These options with the rules or shapes of these labels switched off too.
     *
     * @throws IllegalArgumentException for a label that names no rule or shape
     */
    public EngineOptions without(String... labels) {
        return without(Arrays.asList(labels));
    }

    public EngineOptions without(List<String> labels) {
        List<String> all = new ArrayList<>();
        without.rules().forEach(r -> all.add(r.label()));
        without.shapes().forEach(s -> all.add(s.label()));
        all.addAll(labels);
        return new EngineOptions(Ablation.of(all), lexicon);
    }
}
