package org.onrecord;

import java.util.List;
import org.onrecord.attribution.Ablation;
import org.onrecord.attribution.Attribution;
import org.onrecord.entity.Entities;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;

/**
 * The tests' door to {@link Engine#stages}, which is package-private: stage tests in other packages
 * read a middle stage's output as the engine produced it, never through a copy of the pipeline.
 */
public final class Stages {
    private Stages() {}

    /** The attributions of every quotation and reported statement, before code point offsets. */
    public static List<Attribution> attributions(String text) {
        return Engine.stages(text).attributions();
    }

    /** As {@link #attributions(String)}, with the rules and shapes of {@code off} switched off. */
    public static List<Attribution> attributions(String text, Ablation off) {
        return Engine.stages(text, off).attributions();
    }

    public static Entities entities(String text) {
        return Engine.stages(text).entities();
    }

    public static List<QuoteSpan> quotes(String text) {
        return Engine.stages(text).quotes();
    }

    public static Segmented doc(String text) {
        return Engine.stages(text).doc();
    }

    public static Tokens tokens(String text) {
        return Engine.stages(text).tokens();
    }
}
