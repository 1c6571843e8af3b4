package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;

/** Marks that name something (a title, a nickname, a scare quote) rather than report words. */
class NamingTest {
    private static List<QuoteSpan> scan(String text) {
        return QuoteScanner.scan(BoilerplateFinder.segment(text));
    }

    private static QuoteSpan only(String text) {
        List<QuoteSpan> spans = scan(text);
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }

    @Test
    void a_title_after_a_genre_noun_names_something() {
        QuoteSpan q = only("Her debut novel “The Salt Road” sold out in a week.");
        assertThat(q.use()).isEqualTo(QuoteSpan.Use.TITLE);
        assertThat(q.inline()).isTrue();
    }

    @Test
    void a_title_after_titled_or_called_names_something() {
        assertThat(only("The council launched a scheme called “Streets for People” last spring.").use()).isEqualTo(QuoteSpan.Use.TITLE);
        assertThat(only("He released an album titled \"Blue Harbour\" in May.").use()).isEqualTo(QuoteSpan.Use.TITLE);
    }

    @Test
    void a_title_after_a_possessive_names_something() {
        assertThat(only("She appeared on the BBC’s “Morning Desk” on Tuesday.").use()).isEqualTo(QuoteSpan.Use.TITLE);
    }

    @Test
    void a_title_case_phrase_with_no_speech_cue_names_something() {
        assertThat(only("Fans queued overnight for “Return of the Giants” tickets.").use()).isEqualTo(QuoteSpan.Use.TITLE);
    }

    @Test
    void words_after_called_that_are_not_title_case_stay_a_quotation() {
        assertThat(only("She called the ruling “a shameful day for justice” on Monday.").use()).isEqualTo(QuoteSpan.Use.QUOTATION);
    }

    @Test
    void a_nickname_between_a_first_and_a_last_name_names_someone() {
        assertThat(only("Dwayne “The Rock” Johnson visited the school.").use()).isEqualTo(QuoteSpan.Use.NICKNAME);
        assertThat(only("Fans of Earvin \"Magic\" Johnson filled the hall.").use()).isEqualTo(QuoteSpan.Use.NICKNAME);
    }

    @Test
    void a_two_word_scare_quote_with_no_speech_cue_names_something() {
        assertThat(only("The so-called “green jobs” never arrived in the valley.").use()).isEqualTo(QuoteSpan.Use.SCARE_QUOTE);
    }

    @Test
    void a_short_quotation_with_a_speech_cue_is_kept() {
        assertThat(only("The minister said the plan was “on track” for June.").use()).isEqualTo(QuoteSpan.Use.QUOTATION);
    }

    @Test
    void a_short_answer_that_ends_a_sentence_is_kept() {
        assertThat(scan("“Never.” That was all the mayor would say.").get(0).use()).isEqualTo(QuoteSpan.Use.QUOTATION);
    }

    @Test
    void a_title_case_quotation_with_a_speech_cue_is_kept() {
        assertThat(only("“We Will Not Be Moved,” the protesters chanted.").use()).isEqualTo(QuoteSpan.Use.QUOTATION);
    }

    @Test
    void a_headline_quotation_with_capitals_everywhere_is_an_inline_fragment() {
        List<QuoteSpan> spans = scan("Mayor Says City Is ‘Ready For The Storm’\n\n“We are ready,” the mayor said.");
        assertThat(spans.get(0).content().of("Mayor Says City Is ‘Ready For The Storm’")).isEqualTo("Ready For The Storm");
        assertThat(spans.get(0).inline()).isTrue();
    }
}
