package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;
import org.onrecord.model.QuoteType;

/** The attribution rules on short texts, through the stages before them. */
class AttributionTest {
    /** The quotations in quotation marks (reported speech has its own test). */
    private static List<Attribution> attribute(String text) {
        return Stages.attributions(text).stream().filter(a -> a.quote().isMarked()).toList();
    }

    private static String speaker(Attribution a) {
        return a.speaker() == null ? null : a.speaker().name();
    }

    @Test
    void a_trailing_cue_with_a_name() {
        Attribution a = attribute("“We will not back down,” said Jane Smith.").get(0);
        assertThat(speaker(a)).isEqualTo("Jane Smith");
        assertThat(a.rule()).isEqualTo(Rule.TRAILING_CUE);
    }

    @Test
    void a_trailing_pronoun_resolves_to_the_last_person_of_that_gender() {
        String text = "Tom Baker met Jane Smith on Monday.\n\n“We will not back down,” she said.";
        Attribution a = attribute(text).get(0);
        assertThat(speaker(a)).isEqualTo("Jane Smith");
        assertThat(a.speaker().mention().of(text)).isEqualTo("she");
    }

    @Test
    void a_leading_cue_with_an_appositive_role() {
        String text = "Jane Smith, the chief executive of Acme Rail, said: “We will not back down.”";
        Attribution a = attribute(text).get(0);
        assertThat(speaker(a)).isEqualTo("Jane Smith");
        assertThat(a.speaker().role()).isEqualTo("chief executive");
        assertThat(a.speaker().organisation()).isEqualTo("Acme Rail");
        assertThat(a.rule()).isEqualTo(Rule.LEADING_CUE);
    }

    @Test
    void an_addressee_after_told() {
        String text = "Jane Smith spoke.\n\nShe told The Courier: “We will win.”";
        Attribution a = attribute(text).get(0);
        assertThat(a.match().addressee().of(text)).isEqualTo("The Courier");
        assertThat(speaker(a)).isEqualTo("Jane Smith");
    }

    @Test
    void a_split_quotation_has_one_speaker() {
        List<Attribution> as = attribute("“We tried,” Tom Baker said. “It failed.”");
        assertThat(as).extracting(AttributionTest::speaker).containsExactly("Tom Baker", "Tom Baker");
        assertThat(as.get(1).rule()).isEqualTo(Rule.SAME_PARAGRAPH);
    }

    @Test
    void a_multi_paragraph_quotation_keeps_its_speaker() {
        List<Attribution> as = attribute("Tom Baker said: “First.\n\n“Second.\n\n“Third.”");
        assertThat(as).extracting(AttributionTest::speaker).containsOnly("Tom Baker");
        assertThat(as.get(2).rule()).isEqualTo(Rule.MULTI_PARAGRAPH);
    }

    @Test
    void a_bare_quoted_paragraph_continues_the_previous_speaker() {
        List<Attribution> as = attribute("“First,” Tom Baker said.\n\n“Second.”");
        assertThat(speaker(as.get(1))).isEqualTo("Tom Baker");
        assertThat(as.get(1).rule()).isEqualTo(Rule.CONTINUATION);
    }

    @Test
    void a_cue_line_before_the_quotation() {
        List<Attribution> as = attribute("Tom Baker continued:\n\n“We will not stop.”");
        assertThat(speaker(as.get(0))).isEqualTo("Tom Baker");
        assertThat(as.get(0).rule()).isEqualTo(Rule.CUE_LINE_BEFORE);
    }

    @Test
    void a_speaker_after_a_dash() {
        Attribution a = attribute("“Maybe we can build a bridge instead.” ― Ana Ruiz").get(0);
        assertThat(speaker(a)).isEqualTo("Ana Ruiz");
    }

    @Test
    void a_description_resolves_to_the_person_it_describes() {
        String text = "Sharon Graham, the general secretary of Unite the Union, spoke on Monday.\n\n"
                + "The union chief said: “No one respects that.”";
        Attribution a = attribute(text).get(0);
        assertThat(speaker(a)).isEqualTo("Sharon Graham");
        assertThat(a.speaker().mention().of(text)).isEqualTo("The union chief");
    }

    @Test
    void a_document_speaks_for_its_author() {
        String text = "Keir Starmer leads the party.\n\nStarmer, in a memo seen by reporters, ordered his team to stay away.\n\n"
                + "The memo said: “We have robust lines.”";
        Attribution a = attribute(text).get(0);
        assertThat(speaker(a)).isEqualTo("Keir Starmer");
        assertThat(a.speaker().mention().of(text)).isEqualTo("The memo");
    }

    @Test
    void a_participle_takes_the_sentence_subject() {
        Attribution a = attribute("Tom Baker posted a photo of the picket line, saying: “Solidarity.”").get(0);
        assertThat(speaker(a)).isEqualTo("Tom Baker");
    }

    @Test
    void a_fragment_with_a_cue_is_a_mixed_quotation() {
        Attribution a = Stages.attributions("Jane Smith called the offer “an insult” on Monday.").get(0);
        assertThat(a.type()).isEqualTo(QuoteType.MIXED);
        assertThat(speaker(a)).isEqualTo("Jane Smith");
    }

    @Test
    void scare_quotes_and_titles_are_not_quotations() {
        assertThat(attribute("The so-called “gig economy” grew. They watched “The Walking Dead” together.")).isEmpty();
    }

    @Test
    void a_quotation_that_finished_its_sentence_does_not_take_the_next_sentences_verb() {
        List<Attribution> as = attribute("Jane Smith spoke.\n\n“Why now?” I had prepared a statement.");
        assertThat(as.get(0).rule()).isNotEqualTo(Rule.TRAILING_CUE);
    }
}
