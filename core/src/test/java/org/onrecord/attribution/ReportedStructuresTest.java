package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;
import org.onrecord.model.QuoteType;

/** The sentence shapes reported speech reads beyond "X said that Y": each test writes its own text. */
class ReportedStructuresTest {
    private static List<Attribution> reported(String text) {
        return Stages.attributions(text).stream().filter(a -> !a.quote().isMarked()).toList();
    }

    private static Attribution only(String text) {
        List<Attribution> found = reported(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String content(String text, Attribution a) {
        return a.quote().content().of(text);
    }

    private static String mention(String text, Attribution a) {
        return a.speaker().mention().of(text);
    }

    @Test
    void a_clause_closed_by_a_cue_after_any_subject() {
        String text = "With the vote delayed, the agency has not been counting ballots, federal officials said on Monday.";
        Attribution a = only(text);
        assertThat(content(text, a)).isEqualTo("With the vote delayed, the agency has not been counting ballots");
        assertThat(a.speaker().name()).isEqualTo("federal officials");
    }

    @Test
    void an_inverted_trailing_cue_with_an_appositive() {
        String text = "The ferry will not sail before spring, said Mary Jones, a spokeswoman for the port.";
        Attribution a = only(text);
        assertThat(content(text, a)).isEqualTo("The ferry will not sail before spring");
        assertThat(a.speaker().name()).isEqualTo("Mary Jones");
    }

    @Test
    void a_trailing_according_to_takes_the_rest_of_the_sentence_as_its_source() {
        String text = "The council will raise fares next year, according to an email the mayor sent to staff.";
        Attribution a = only(text);
        assertThat(content(text, a)).isEqualTo("The council will raise fares next year");
        assertThat(a.match().cue().of(text)).isEqualTo("according to");
    }

    @Test
    void according_to_inside_the_clause_holds_it_round_the_cue() {
        String text = "Missing from the plan, according to two members of the board, was any money for buses.";
        assertThat(content(text, only(text))).isEqualTo(text.substring(0, text.length() - 1));
    }

    @Test
    void object_cues_report_what_a_source_talks_about_or_stands_for() {
        String text = "Jane Smith talked about the closure of the shipyard.\n\nTom Baker voted for the new budget.\n\n"
                + "His criticism of the ferry company was sharp.";
        assertThat(reported(text)).extracting(a -> content(text, a)).containsExactly(
                "the closure of the shipyard", "the new budget", "the ferry company was sharp");
        assertThat(mention(text, reported(text).get(2))).isEqualTo("His");
    }

    @Test
    void an_infinitive_after_an_object_cue_runs_to_the_end_of_the_sentence() {
        String text = "Tom Baker sought to calm his members as the strike entered its third week.";
        assertThat(content(text, only(text))).isEqualTo("calm his members as the strike entered its third week");
    }

    @Test
    void an_expectation_no_one_is_named_for_has_no_speaker() {
        String text = "The ferry is expected to return to service on Friday.";
        Attribution a = only(text);
        assertThat(content(text, a)).isEqualTo("The ferry is expected to return to service on Friday");
        assertThat(a.speaker()).isNull();
        assertThat(a.rule()).isEqualTo(Rule.UNSOURCED);
    }

    @Test
    void a_participle_after_a_quotation_reports_for_the_same_source() {
        String text = "“We will not back down,” said Tom Baker, noting that the union had voted twice.";
        Attribution a = only(text);
        assertThat(content(text, a)).isEqualTo("the union had voted twice");
        assertThat(a.speaker().name()).isEqualTo("Tom Baker");
    }

    @Test
    void a_relative_pronoun_is_the_mention_and_its_noun_the_speaker() {
        String text = "Tom Baker, who said the strike would go on, left early.\n\n"
                + "Members who wanted to return to work were booed.";
        List<Attribution> found = reported(text);
        assertThat(found).extracting(a -> mention(text, a)).containsExactly("who", "who");
        assertThat(found.get(0).speaker().name()).isEqualTo("Tom Baker");
    }

    @Test
    void stance_participles_after_a_noun() {
        String text = "Pastors supporting Jane Smith met on Monday.";
        Attribution a = only(text);
        assertThat(content(text, a)).isEqualTo("Jane Smith");
        assertThat(mention(text, a)).isEqualTo("Pastors");
    }

    @Test
    void a_headline_in_title_case_has_its_cue() {
        String text = "Tom Baker Says Union Will Strike Again In Spring\n\nThe union met on Monday.";
        assertThat(content(text, reported(text).get(0))).isEqualTo("Union Will Strike Again In Spring");
    }

    @Test
    void subjects_that_look_like_determiners_and_nouns() {
        String text = "Some said the talks had failed.\n\nThe campaign says the rally will go ahead.";
        assertThat(reported(text)).extracting(a -> content(text, a))
                .containsExactly("the talks had failed", "the rally will go ahead");
    }

    @Test
    void passive_cues_with_their_agent_and_framing_as_clauses() {
        String text = "The ferry deal was first reported by the Courier.\n\n"
                + "As the Courier reported, the port will close in May.";
        List<Attribution> found = reported(text);
        assertThat(found).extracting(a -> content(text, a))
                .containsExactly("The ferry deal", "the port will close in May");
        assertThat(found).allSatisfy(a -> assertThat(a.speaker().name()).isEqualTo("Courier"));
    }

    @Test
    void a_clause_running_into_the_quotation_that_ends_it_is_one_mixed_quotation() {
        String text = "Tom Baker said because the port is busy in winter, “the ferry has to wait.”";
        List<Attribution> all = Stages.attributions(text);
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(QuoteType.MIXED);
            assertThat(content(text, a)).startsWith("because the port is busy in winter").endsWith("the ferry has to wait.");
            assertThat(a.speaker().name()).isEqualTo("Tom Baker");
        });
    }

    @Test
    void a_mixed_quotation_ends_with_its_quoted_words_when_a_new_predicate_follows() {
        String text = "Jane Smith called the offer “an insult,” and threatened a strike in the spring.";
        assertThat(reported(text)).extracting(a -> content(text, a), Attribution::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the offer “an insult,”", QuoteType.MIXED),
                org.assertj.core.groups.Tuple.tuple("threatened a strike in the spring", QuoteType.INDIRECT));
    }

    @Test
    void a_finding_reported_in_a_named_poll() {
        String text = "Jane Smith has led Tom Baker in every poll this year.";
        Attribution a = only(text);
        assertThat(content(text, a)).isEqualTo("Jane Smith has led Tom Baker in every poll this year");
        assertThat(a.speaker().name()).isEqualTo("every poll");
    }

    @Test
    void quoted_titles_and_adjuncts_are_not_reported() {
        String text = "Jane Smith said on ABC’s “This Week” that the strike would end.\n\nTom Baker said in an interview.";
        List<Attribution> all = Stages.attributions(text);
        assertThat(all).extracting(a -> content(text, a)).containsExactly("the strike would end");
    }
}
