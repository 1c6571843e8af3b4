package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;

/** How a source becomes the name a reader sees. */
class SpeakerResolverTest {
    private static List<Attribution> marked(String text) {
        return Stages.attributions(text).stream().filter(a -> a.quote().isMarked()).toList();
    }

    @Test
    void a_description_followed_by_a_name_in_apposition_is_that_person() {
        String text = "“Canadians are perplexed,” said the country’s U.S. ambassador, Kirsten Hillman.";
        Attribution a = marked(text).get(0);
        assertThat(a.speaker().name()).isEqualTo("Kirsten Hillman");
    }

    @Test
    void a_description_with_a_name_between_commas_before_the_cue_is_that_person() {
        String text = "“If prices go up, it is because of others,” his homeland secretary, Kristi Noem, said on NBC.";
        Attribution a = marked(text).get(0);
        assertThat(a.speaker().name()).isEqualTo("Kristi Noem");
    }

    @Test
    void a_description_followed_by_a_comma_and_a_clause_keeps_its_words() {
        String text = "Tom Baker arrived.\n\n“It is over,” said the minister, Tom Baker having left.";
        Attribution a = marked(text).get(0);
        assertThat(a.speaker().name()).isNotEqualTo("Tom Baker");
    }

    @Test
    void a_source_read_as_part_of_a_longer_name_is_the_whole_name() {
        String text = "Founder He Xiaopeng says he no longer sees XPeng simply as a carmaker.";
        Attribution a = Stages.attributions(text).get(0);
        assertThat(a.speaker().name()).isEqualTo("He Xiaopeng");
    }

    @Test
    void he_is_the_man_who_opened_a_recent_sentence_rather_than_one_listed_after_him() {
        String text = "Mr John Barilaro arrived with colleagues Paul Toole and Sarah Mitchell.\n\n"
                + "“We will sit on the crossbench,” he said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("John Barilaro");
    }

    @Test
    void he_is_the_last_man_named_when_no_man_opened_a_recent_sentence() {
        String text = "The premier met Paul Toole on Monday.\n\n“We will sit on the crossbench,” he said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Paul Toole");
    }

    @Test
    void the_union_speaks_for_the_one_union_named_before_and_an_acronym_for_its_full_name() {
        String text = "The Industrial and Commercial Workers’ Union (ICU) has kicked against the sale of the company.\n\n"
                + "“Where lies their patriotism?” the union asked.\n\n"
                + "“Assets must be preserved,” ICU said.";
        List<Attribution> quotes = marked(text);
        assertThat(quotes).extracting(a -> a.speaker().name())
                .containsExactly("Industrial and Commercial Workers’ Union", "Industrial and Commercial Workers’ Union");
    }
}
