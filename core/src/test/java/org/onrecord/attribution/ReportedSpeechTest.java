package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;
import org.onrecord.model.Modality;
import org.onrecord.model.QuoteType;

class ReportedSpeechTest {
    private static List<Attribution> reported(String text) {
        return Stages.attributions(text).stream().filter(a -> !a.quote().isMarked()).toList();
    }

    private static String content(String text, Attribution a) {
        return a.quote().content().of(text);
    }

    @Test
    void a_clause_after_said_that() {
        String text = "Tom Baker said on Tuesday that the union would appeal against the ruling.";
        Attribution a = reported(text).get(0);
        assertThat(content(text, a)).isEqualTo("the union would appeal against the ruling");
        assertThat(a.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(a.speaker().name()).isEqualTo("Tom Baker");
        assertThat(a.match().cue().of(text)).isEqualTo("said");
        assertThat(a.rule()).isEqualTo(Rule.REPORTED_CLAUSE);
    }

    @Test
    void an_order_and_its_object_clause() {
        String text = "Keir Starmer ordered his frontbench team not to join the picket lines.";
        assertThat(content(text, reported(text).get(0))).isEqualTo("his frontbench team not to join the picket lines");
    }

    @Test
    void according_to_after_the_clause() {
        String text = "Only a tenth of trains are running, according to staff.";
        Attribution a = reported(text).get(0);
        assertThat(content(text, a)).isEqualTo("Only a tenth of trains are running");
        assertThat(a.speaker().name()).isEqualTo("staff");
    }

    @Test
    void according_to_before_the_clause() {
        String text = "According to the Rail Authority, the line will reopen next week.";
        Attribution a = reported(text).get(0);
        assertThat(content(text, a)).isEqualTo("the line will reopen next week");
        assertThat(a.speaker().name()).isEqualTo("Rail Authority");
    }

    @Test
    void a_clause_before_its_cue() {
        String text = "The talks have failed for good, Jane Smith said.";
        Attribution a = reported(text).get(0);
        assertThat(content(text, a)).isEqualTo("The talks have failed for good");
        assertThat(a.speaker().name()).isEqualTo("Jane Smith");
    }

    @Test
    void a_clause_with_quoted_words_is_one_mixed_quotation() {
        String text = "Jane Smith said the offer was “an insult to every member” of the union.";
        List<Attribution> all = Stages.attributions(text);
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(QuoteType.MIXED);
            assertThat(content(text, a)).isEqualTo("the offer was “an insult to every member” of the union");
            assertThat(a.fragments()).singleElement().satisfies(
                    f -> assertThat(f.of(text)).isEqualTo("an insult to every member"));
        });
    }

    @Test
    void a_headline_names_its_source_before_a_colon() {
        String text = "Daily Courier: Rail strike will cost the city millions.\n\nUPDATE: Trains are running again.";
        List<Attribution> found = reported(text);
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(content(text, a)).isEqualTo("Rail strike will cost the city millions");
            assertThat(a.speaker().name()).isEqualTo("Daily Courier");
        });
    }

    @Test
    void negation_and_hedging_of_the_cue_are_marked() {
        List<Attribution> found = reported("Tom Baker did not say that the union would strike.\n\n"
                + "The minister reportedly told aides that the plan was dead.\n\n"
                + "The chief is understood to have said that talks would resume.\n\n"
                + "Jane Smith said the talks had failed.");
        assertThat(found).extracting(Attribution::modality)
                .containsExactly(Modality.NEGATED, Modality.HEDGED, Modality.HEDGED, null);
    }

    @Test
    void polls_and_documents_as_sources() {
        String text = "In a poll released on Monday, most voters backed the strike.\n\nRecent polls show the union ahead.";
        List<Attribution> found = reported(text);
        assertThat(found).extracting(a -> content(text, a))
                .containsExactly("most voters backed the strike", "the union ahead");
        assertThat(found.get(0).speaker().name()).isEqualTo("a poll released on Monday");
    }

    @Test
    void a_lead_in_to_a_direct_quotation_reports_nothing_of_its_own() {
        assertThat(reported("Leonard wrote on social media: “It is a basic principle.”")).isEmpty();
    }

    @Test
    void said_as_an_adjective_and_questions_are_not_reported_speech() {
        assertThat(reported("The said property was sold. She asked whether the line would reopen.")).isEmpty();
    }
}
