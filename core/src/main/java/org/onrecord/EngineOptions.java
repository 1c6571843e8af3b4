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
 * @param minConfidence quotes below this confidence are left out of the result (0 keeps all)
 */
public record EngineOptions(Ablation without, Lexicon lexicon, double minConfidence) {
    public EngineOptions {
        Objects.requireNonNull(without, "without");
        Objects.requireNonNull(lexicon, "lexicon");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be in [0, 1]: " + minConfidence);
        }
    }

    /** The engine as shipped: every rule and shape on, the bundled lexicon. */
    public static EngineOptions defaults() {
        return new EngineOptions(Ablation.NONE, Lexicon.standard(), 0);
    }

    /** These options reading words by {@code other} (a test's, an experiment's lexicon). */
    public EngineOptions with(Lexicon other) {
        return new EngineOptions(without, other, minConfidence);
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
        return new EngineOptions(Ablation.of(all), lexicon, minConfidence);
    }

    /**
     * These options keeping only quotes whose measured confidence is at least {@code min} (see
     * docs/BENCHMARKS.md for how often quotes at each confidence are right).
     *
     * @throws IllegalArgumentException when {@code min} is outside [0, 1]
     */
    public EngineOptions withMinConfidence(double min) {
        return new EngineOptions(without, lexicon, min);
    }
}
