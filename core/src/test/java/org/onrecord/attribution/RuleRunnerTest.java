package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;
import org.onrecord.attribution.ReportedSpeech.Found;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Span;

/** The runner: the order it walks rules and shapes in, what it switches off, and how it settles conflicts. */
class RuleRunnerTest {
    private static final RuleRunner ALL = new RuleRunner(Ablation.NONE);
    private static final ResolvedSpeaker ANN = new ResolvedSpeaker("Ann Lee", new Span(0, 7), 0, null, null);
    private static final ResolvedSpeaker BOB = new ResolvedSpeaker("Bob Ray", new Span(100, 107), 1, null, null);
    private static final CueMatch ANN_SAID = new CueMatch(new Span(8, 12), new Source(new Span(0, 7), Source.Kind.NAME), null);

    /** A quotation in marks at {@code [start, end)}, attributed to Ann by its own cue. */
    private static Attribution quotation(int start, int end, boolean inline) {
        QuoteSpan q = new QuoteSpan(new Span(start, end), start - 1, end, 0, false, false, inline);
        return new Attribution(q, QuoteType.DIRECT, ANN, ANN_SAID, Rule.TRAILING_CUE, "“said” with “Ann Lee” (name)");
    }

    /** Every reported clause proposes Bob, by its own cue. */
    private static final Function<Found, Attribution> BOB_SAYS = f -> new Attribution(QuoteSpan.unmarked(f.content(), 0),
            ReportedSpeech.typeOf(f), BOB, f.match(), f.shape().family(), null, "“said” with “Bob Ray” (name)", List.of(), null);

    private static Found clause(int start, int end, Shape shape, Span... fragments) {
        return new Found(new Span(start, end), List.of(fragments), new CueMatch(new Span(108, 112),
                new Source(new Span(100, 107), Source.Kind.NAME), null), shape);
    }

    @Test
    void a_quotation_inside_a_reported_clause_becomes_one_of_its_fragments() {
        Attribution fragment = quotation(20, 30, true);
        List<Attribution> out = ALL.settle(List.of(fragment), List.of(clause(10, 40, Shape.CLAUSE_AFTER_CUE, new Span(20, 30))),
                BOB_SAYS);
        assertThat(out).hasSize(1);
        Attribution a = out.get(0);
        assertThat(a.quote().content()).isEqualTo(new Span(10, 40));
        assertThat(a.type()).isEqualTo(QuoteType.MIXED);
        assertThat(a.fragments()).containsExactly(new Span(20, 30));
        assertThat(a.speaker()).isEqualTo(BOB);
        assertThat(a.rule()).isEqualTo(Rule.REPORTED_CLAUSE);
        assertThat(a.shape()).isEqualTo(Shape.CLAUSE_AFTER_CUE);
    }

    @Test
    void a_clause_running_into_a_quotation_its_own_cue_attributed_takes_that_speaker_and_keeps_its_shape() {
        Attribution own = quotation(30, 50, false);
        List<Attribution> out = ALL.settle(List.of(own), List.of(clause(10, 50, Shape.INTO_QUOTATION, new Span(30, 50))),
                BOB_SAYS);
        assertThat(out).hasSize(1);
        Attribution a = out.get(0);
        assertThat(a.speaker()).isEqualTo(ANN);
        assertThat(a.match()).isEqualTo(ANN_SAID);
        assertThat(a.evidence()).isEqualTo(own.evidence());
        assertThat(a.rule()).isEqualTo(Rule.REPORTED_CLAUSE);
        assertThat(a.shape()).isEqualTo(Shape.INTO_QUOTATION);
    }

    @Test
    void quotations_outside_every_clause_stay_and_all_come_out_in_text_order() {
        Attribution early = quotation(1, 8, false);
        Attribution late = quotation(60, 70, false);
        List<Attribution> out = ALL.settle(List.of(early, late), List.of(clause(20, 40, Shape.ACCORDING_TO)), BOB_SAYS);
        assertThat(out).extracting(a -> a.quote().content().start()).containsExactly(1, 20, 60);
        assertThat(out).extracting(Attribution::shape).containsExactly(null, Shape.ACCORDING_TO, null);
    }

    @Test
    void with_no_reported_clause_the_quotations_are_returned_as_decided() {
        List<Attribution> marked = List.of(quotation(1, 8, false));
        assertThat(ALL.settle(marked, List.of(), BOB_SAYS)).isSameAs(marked);
    }

    @Test
    void the_rules_of_each_pass_are_tried_in_the_order_of_their_constants() {
        assertThat(Rule.of(Rule.Pass.FRAGMENT)).containsExactly(Rule.FRAGMENT_CUE);
        assertThat(Rule.of(Rule.Pass.OWN_CUE)).containsExactly(
                Rule.TRAILING_CUE, Rule.LEADING_CUE, Rule.CUE_LINE_BEFORE, Rule.COLON_SUBJECT,
                Rule.HEADLINE_LABEL);
        assertThat(Rule.of(Rule.Pass.INHERITED)).containsExactly(Rule.MULTI_PARAGRAPH, Rule.SAME_PARAGRAPH,
                Rule.CONTINUATION, Rule.NEXT_QUOTATION, Rule.PREVIOUS_SUBJECT, Rule.NEAREST_PERSON);
        assertThat(Shape.of(Shape.Stage.FRAMING)).containsExactly(
                Shape.TRAILING_ATTRIBUTION, Shape.POLL_FRAMING, Shape.AS_REPORTED, Shape.REPORTED_BY);
        assertThat(Shape.of(Shape.Stage.FALLBACK)).containsExactly(Shape.IN_DOCUMENT, Shape.IN_POLL, Shape.UNSOURCED);
    }

    @Test
    void only_the_rules_that_read_a_cue_of_their_own_say_so() {
        for (Rule r : Rule.values()) {
            assertThat(r.readsCue()).as(r.label()).isEqualTo(r.pass() != Rule.Pass.INHERITED);
        }
    }

    @Test
    void a_framing_switched_off_leaves_the_sentence_to_the_next_reading() {
        String text = "Talks with the company have failed, the union said on Tuesday.";
        Attribution shipped = Stages.attributions(text).get(0);
        Attribution without = Stages.attributions(text, new Ablation(Set.of(), Set.of(Shape.TRAILING_ATTRIBUTION)))
                .get(0);
        assertThat(shipped.shape()).isEqualTo(Shape.TRAILING_ATTRIBUTION);
        assertThat(without.shape()).isNotEqualTo(Shape.TRAILING_ATTRIBUTION);
        assertThat(without.quote().content().of(text)).isEqualTo("Talks with the company have failed");
    }

    @Test
    void a_rule_switched_off_lets_the_next_rule_decide() {
        String text = "“We will not back down,” said Jane Smith.";
        Attribution without = Stages.attributions(text, new Ablation(Set.of(Rule.TRAILING_CUE), Set.of())).get(0);
        assertThat(without.rule()).isNotEqualTo(Rule.TRAILING_CUE);
    }

    @Test
    void a_rule_switched_off_takes_its_shapes_with_it() {
        Ablation off = Ablation.of(List.of("reported-clause"));
        assertThat(off.allows(Shape.ACCORDING_TO)).isFalse();
        assertThat(off.allows(Shape.UNSOURCED)).isTrue();
        String text = "Starmer ordered his team not to join the strike.";
        assertThat(Stages.attributions(text, off)).isEmpty();
    }

    @Test
    void an_unknown_name_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> Ablation.of(List.of("acording-to")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acording-to").hasMessageContaining("according-to");
    }
}
