package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;

/** The quote stage's decisions seen through the whole engine: what a reader gets as quotations. */
class NewsroomQuotationsTest {
    private static final Engine ENGINE = Engine.create();

    private static List<Quote> quotes(String text) {
        return ENGINE.extractText(text).quotes();
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void a_british_story_in_single_marks_gives_its_quotations_and_speakers() {
        List<Quote> qs = quotes("Mary Jones, the head teacher, said: ‘The new roof will be finished by September.’\n\n"
                + "‘The children have been very patient,’ she added.");
        assertThat(qs).extracting(Quote::text)
                .containsExactly("The new roof will be finished by September.", "The children have been very patient,");
        assertThat(qs).extracting(NewsroomQuotationsTest::speaker).containsOnly("Mary Jones");
    }

    @Test
    void a_quotation_whose_second_paragraph_does_not_reopen_keeps_its_speaker() {
        List<Quote> qs = quotes("Tom Price said: “The club has never been in better shape.\n\n"
                + "We have the best squad in years,” he said after the match.");
        assertThat(qs).extracting(Quote::text)
                .containsExactly("The club has never been in better shape.", "We have the best squad in years,");
        assertThat(qs).extracting(NewsroomQuotationsTest::speaker).containsOnly("Tom Price");
    }

    @Test
    void a_film_title_is_not_a_quotation() {
        List<Quote> qs = quotes("Ann Lee, who starred in the film “Northern Lights”, opened the festival on Friday.");
        assertThat(qs).extracting(Quote::type).doesNotContain(QuoteType.DIRECT);
        assertThat(qs).extracting(Quote::text).doesNotContain("Northern Lights");
    }

    @Test
    void a_nickname_is_not_a_quotation() {
        List<Quote> qs = quotes("Dwayne “The Rock” Johnson opened the new gym in Leeds.");
        assertThat(qs).isEmpty();
    }

    @Test
    void a_title_inside_a_reported_clause_stays_part_of_that_clause() {
        List<Quote> qs = quotes("Sam Reid said the book “Winter Roads” had changed how he saw the coast.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).text()).contains("Winter Roads");
        assertThat(speaker(qs.get(0))).isEqualTo("Sam Reid");
    }

    @Test
    void a_scare_quote_inside_a_reported_clause_keeps_the_clause_mixed() {
        List<Quote> qs = quotes("Lena Ford said the new tower was a “glass monster” that would shade the park.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).type()).isEqualTo(QuoteType.MIXED);
        assertThat(qs.get(0).text()).contains("glass monster");
    }

    @Test
    void a_title_inside_a_reported_clause_leaves_the_clause_indirect() {
        List<Quote> qs = quotes("Sam Reid said the book “Winter Roads” had changed how he saw the coast.");
        assertThat(qs).extracting(Quote::type).containsExactly(QuoteType.INDIRECT);
    }

    @Test
    void the_first_paragraph_of_a_quotation_takes_the_speaker_its_last_part_names() {
        List<Quote> qs = quotes("The club had a fine season under Ann Cole.\n\n“The club has never been in better shape.\n\n"
                + "We have the best squad in years,” said Tom Price, the chairman.");
        assertThat(qs).extracting(Quote::text)
                .containsExactly("The club has never been in better shape.", "We have the best squad in years,");
        assertThat(qs).extracting(NewsroomQuotationsTest::speaker).containsOnly("Tom Price");
    }

    @Test
    void a_quotation_wrapped_over_two_lines_has_one_speaker() {
        List<Quote> qs = quotes("Flood warning\n\n“It rained all\nday and all night,” said Jo Bell.");
        assertThat(qs).extracting(Quote::text).containsExactly("It rained all", "day and all night,");
        assertThat(qs).extracting(NewsroomQuotationsTest::speaker).containsOnly("Jo Bell");
    }
}
