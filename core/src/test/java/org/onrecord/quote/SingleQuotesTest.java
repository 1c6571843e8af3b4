package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;

/** Single quotation marks as newsrooms use them, told apart from apostrophes. */
class SingleQuotesTest {
    private static List<String> contents(String text) {
        return QuoteScanner.scan(BoilerplateFinder.segment(text)).stream()
                .filter(q -> !q.naming())
                .map(q -> q.content().of(text))
                .toList();
    }

    @Test
    void a_british_article_quotes_with_curly_single_marks() {
        String text = "The council leader said: ‘We cannot balance the books this year.’\n\n"
                + "‘Nobody wants these cuts,’ she told the meeting.";
        assertThat(contents(text)).containsExactly("We cannot balance the books this year.", "Nobody wants these cuts,");
    }

    @Test
    void a_british_article_quotes_with_straight_single_marks() {
        String text = "'The ferry will not sail tonight,' the harbour master said.";
        assertThat(contents(text)).containsExactly("The ferry will not sail tonight,");
    }

    @Test
    void double_marks_nest_inside_single_ones_in_british_style() {
        String text = "‘He looked at me and said “no”, and that was it,’ the witness said.\n\n"
                + "‘I left the room,’ she added.";
        assertThat(contents(text)).containsExactly("He looked at me and said “no”, and that was it,", "I left the room,");
    }

    @Test
    void a_headline_with_a_cue_quotes_in_single_marks_though_the_story_uses_double() {
        String text = "Nurses ‘will walk out on Monday’, says union\n\n"
                + "“We have waited long enough,” the union’s secretary said on Friday.";
        assertThat(contents(text)).containsExactly("will walk out on Monday", "We have waited long enough,");
    }

    @Test
    void a_headline_with_a_name_and_a_colon_quotes_in_single_marks() {
        String text = "Minister: ‘The bridge will reopen in spring’\n\n“It is safe,” an engineer said.";
        assertThat(contents(text)).containsExactly("The bridge will reopen in spring", "It is safe,");
    }

    @Test
    void a_single_quoted_subhead_in_a_double_quoted_story_is_not_a_quotation() {
        String text = "“Prices will rise,” the baker said.\n\n‘Flour Is the Problem.’\n\nWheat costs doubled in a year.";
        assertThat(contents(text)).containsExactly("Prices will rise,");
    }

    @Test
    void elisions_at_a_word_start_are_apostrophes() {
        assertThat(contents("'Tis the season, said the shop owner.")).isEmpty();
        assertThat(contents("He grew up on rock 'n' roll and soul.")).isEmpty();
        assertThat(contents("The '90s were kinder to the town, she said.")).isEmpty();
        assertThat(contents("‘Twas a long night for ’em all.")).isEmpty();
    }

    @Test
    void apostrophes_inside_words_do_not_open_or_close() {
        assertThat(contents("‘Mr O'Neill won't sign it,’ the clerk said.")).containsExactly("Mr O'Neill won't sign it,");
    }

    @Test
    void a_plural_possessive_does_not_close_a_single_quotation_early() {
        assertThat(contents("‘This is about the nurses’ pay and nothing else,’ she said."))
                .containsExactly("This is about the nurses’ pay and nothing else,");
        assertThat(contents("'It was the Smiths' house all along,' the detective said."))
                .containsExactly("It was the Smiths' house all along,");
    }

    @Test
    void a_plural_possessive_closes_when_nothing_later_can() {
        assertThat(contents("He said 'we will not pay the teachers' and left.")).containsExactly("we will not pay the teachers");
    }

    @Test
    void possessives_alone_in_a_story_quoted_in_double_marks_stay_apostrophes() {
        String text = "The students' union met the Smiths' lawyer.\n\n“We will appeal,” the lawyer said.";
        assertThat(contents(text)).containsExactly("We will appeal,");
    }

    @Test
    void a_scare_quote_in_single_marks_in_a_double_quoted_story_is_not_a_quotation() {
        String text = "Police ‘Baffled’ by Break-In\n\n“Nothing was taken,” a spokesman said.";
        assertThat(contents(text)).containsExactly("Nothing was taken,");
    }
}
