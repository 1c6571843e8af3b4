package org.onrecord;

import java.time.Duration;
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
 * Engine patient = Engine.create(EngineOptions.defaults().withDeadline(Duration.ofSeconds(30)));
 * }</pre>
 *
 * @param without the attribution rules and shapes switched off, for experiments
 * @param lexicon the word lists the engine reads by
 * @param minConfidence quotes below this confidence are left out of the result (0 keeps all)
 * @param deadline the longest one article's extraction may run before it is given up with an
 *     {@link ExtractionDeadlineException}; zero for no deadline
 */
public record EngineOptions(Ablation without, Lexicon lexicon, double minConfidence, Duration deadline) {
    /**
     * Generous: news articles take about a millisecond each, and 500 KB of the costliest text known
     * (bench --adversarial) well under a second, so only a stall or a pathological input reaches it.
     */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(2);

    public EngineOptions {
        Objects.requireNonNull(without, "without");
        Objects.requireNonNull(lexicon, "lexicon");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be in [0, 1]: " + minConfidence);
        }
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative()) {
            throw new IllegalArgumentException("the deadline cannot be negative: " + deadline);
        }
    }

    /** The engine as shipped: every rule and shape on, the bundled lexicon. */
    public static EngineOptions defaults() {
        return new EngineOptions(Ablation.NONE, Lexicon.standard(), 0, DEFAULT_DEADLINE);
    }

    /** These options reading words by {@code other} (a test's, an experiment's lexicon). */
    public EngineOptions with(Lexicon other) {
        return new EngineOptions(without, other, minConfidence, deadline);
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
        return new EngineOptions(Ablation.of(all), lexicon, minConfidence, deadline);
    }

    /**
     * These options keeping only quotes whose measured confidence is at least {@code min} (see
     * docs/BENCHMARKS.md for how often quotes at each confidence are right).
     *
     * @throws IllegalArgumentException when {@code min} is outside [0, 1]
     */
    public EngineOptions withMinConfidence(double min) {
        return new EngineOptions(without, lexicon, min, deadline);
    }

    /**
     * These options giving each article at most {@code limit} (zero: no deadline).
     *
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    public EngineOptions withDeadline(Duration limit) {
        return new EngineOptions(without, lexicon, minConfidence, limit);
    }
}
