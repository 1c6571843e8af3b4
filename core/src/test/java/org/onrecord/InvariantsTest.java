package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Extraction;
import org.onrecord.model.Mention;
import org.onrecord.model.Polarity;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;
import org.onrecord.model.Speaker;

class InvariantsTest {
    private static final String TEXT = "Tom Baker said: “We will win.” She said the talks had failed.";

    private static Quote quote(int start, int end, QuoteType type, Speaker speaker, String rule, double confidence,
            List<Mention> fragments) {
        String shape = type == QuoteType.INDIRECT && "reported-clause".equals(rule) ? "clause-after-cue" : null;
        return quote(start, end, type, speaker, rule, shape, confidence, fragments);
    }

    private static Quote quote(int start, int end, QuoteType type, Speaker speaker, String rule, String shape,
            double confidence, List<Mention> fragments) {
        return new Quote(start, end, TEXT.substring(start, end), type, speaker, null, null, confidence, rule, shape, null,
                fragments, null);
    }

    private static Extraction of(Quote... quotes) {
        return new Extraction(Extraction.SCHEMA, "t", null, null, null, null, null, List.of(quotes), List.of(), List.of(),
                List.of());
    }

    private static final Speaker TOM = new Speaker("Tom Baker", new Mention(0, 9, "Tom Baker"), null, null, null);

    @Test
    void a_sound_extraction_has_no_violations() {
        assertThat(Invariants.violations(of(quote(17, 29, QuoteType.DIRECT, TOM, "leading-cue", 0.9, List.of())), TEXT))
                .isEmpty();
    }

    @Test
    void a_text_that_is_not_the_text_at_its_offsets_is_found() {
        Quote q = new Quote(17, 29, "We will lose", QuoteType.DIRECT, TOM, null, null, 0.9, "leading-cue", null, null, null, null);
        assertThat(Invariants.violations(of(q), TEXT)).singleElement().asString().contains("the text there is \"We will win.\"");
    }

    @Test
    void a_rule_without_a_speaker_or_cue_and_a_speaker_without_a_rule_are_found() {
        assertThat(Invariants.violations(of(quote(17, 29, QuoteType.DIRECT, null, "leading-cue", 0.9, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("rule leading-cue with speaker null"));
        assertThat(Invariants.violations(of(quote(17, 29, QuoteType.DIRECT, TOM, null, 0, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("rule null"));
    }

    @Test
    void overlapping_marked_quotations_and_a_kept_quotation_inside_a_clause_are_found() {
        assertThat(Invariants.violations(of(quote(17, 29, QuoteType.DIRECT, TOM, "leading-cue", 0.9, List.of()),
                quote(20, 29, QuoteType.DIRECT, TOM, "leading-cue", 0.9, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("two marked quotations overlap"));
        assertThat(Invariants.violations(of(quote(16, 40, QuoteType.INDIRECT, TOM, "reported-clause", 0.7, List.of()),
                quote(17, 29, QuoteType.DIRECT, TOM, "leading-cue", 0.9, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("inside a reported clause was kept"));
    }

    @Test
    void a_shape_that_does_not_fit_its_quotation_or_rule_is_found() {
        Speaker she = new Speaker("Tom Baker", new Mention(31, 34, "She"), null, null, null);
        assertThat(Invariants.violations(of(quote(17, 29, QuoteType.DIRECT, TOM, "previous-subject", "earlier-cue", 0.55,
                List.of()), quote(40, 60, QuoteType.INDIRECT, she, "reported-clause", "clause-after-cue", 0.7, List.of())), TEXT))
                .isEmpty();
        assertThat(Invariants.violations(of(quote(17, 29, QuoteType.DIRECT, TOM, "leading-cue", "according-to", 0.9, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("shape according-to is not one of rule leading-cue's"));
        assertThat(Invariants.violations(of(quote(17, 29, QuoteType.DIRECT, TOM, "reported-clause", "according-to", 0.7, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("a quotation in marks with shape according-to"));
        assertThat(Invariants.violations(of(quote(40, 60, QuoteType.INDIRECT, TOM, "reported-clause", null, 0.7, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("a reported clause with rule reported-clause and no shape"));
        assertThat(Invariants.violations(of(quote(40, 60, QuoteType.INDIRECT, TOM, "reported-clause", "in-a-dream", 0.7, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("no shape named in-a-dream"));
        assertThat(Invariants.violations(of(quote(40, 60, QuoteType.INDIRECT, TOM, "previous-subject", "earlier-cue", 0.55, List.of())), TEXT))
                .anySatisfy(v -> assertThat(v).contains("a reported clause with shape earlier-cue"));
    }

    @Test
    void a_clause_whose_source_the_decider_refused_keeps_no_rule_and_says_why() {
        Quote refused = new Quote(40, 60, TEXT.substring(40, 60), QuoteType.INDIRECT, null, null, null, 0, null, null,
                "no acceptable speaker: “She said” is a clause fragment", List.of(), null);
        assertThat(Invariants.violations(of(refused), TEXT)).isEmpty();
        Quote silent = new Quote(40, 60, TEXT.substring(40, 60), QuoteType.INDIRECT, null, null, null, 0, null, null,
                "because", List.of(), null);
        assertThat(Invariants.violations(of(silent), TEXT))
                .anySatisfy(v -> assertThat(v).contains("evidence \"because\" with no rule"));
    }

    @Test
    void a_stance_has_a_target_and_a_polarity_and_nothing_else_has() {
        Speaker she = new Speaker("Tom Baker", new Mention(31, 34, "She"), null, null, null);
        Mention talks = new Mention(40, 60, TEXT.substring(40, 60));
        Quote stance = new Quote(40, 60, TEXT.substring(40, 60), QuoteType.STANCE, she, null, null, 0.7, "reported-clause",
                "clause-after-cue", null, List.of(), null, null, talks, Polarity.OPPOSE);
        assertThat(Invariants.violations(of(stance), TEXT)).isEmpty();
        Quote aimless = new Quote(40, 60, TEXT.substring(40, 60), QuoteType.STANCE, she, null, null, 0.7, "reported-clause",
                "clause-after-cue", null, List.of(), null, null, null, Polarity.OPPOSE);
        assertThat(Invariants.violations(of(aimless), TEXT))
                .anySatisfy(v -> assertThat(v).contains("a stance with target null"));
        Quote targeted = new Quote(40, 60, TEXT.substring(40, 60), QuoteType.INDIRECT, she, null, null, 0.7, "reported-clause",
                "clause-after-cue", null, List.of(), null, null, talks, null);
        assertThat(Invariants.violations(of(targeted), TEXT))
                .anySatisfy(v -> assertThat(v).contains("with a stance's target"));
    }

    @Test
    void offsets_past_the_end_are_found() {
        Quote q = new Quote(17, 99, "x", QuoteType.DIRECT, TOM, null, null, 0.9, "leading-cue", null, null, null, null);
        assertThat(Invariants.violations(of(q), TEXT)).singleElement().asString().contains("is not inside the text");
    }
}
