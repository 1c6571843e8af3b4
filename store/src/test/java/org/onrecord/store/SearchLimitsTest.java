package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchLimitsTest {
    @Test
    void a_one_letter_prefix_is_refused_with_the_reason() {
        assertThatThrownBy(() -> SearchQuery.all().withText("a*"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("at least 2 letters");
    }

    @Test
    void the_same_prefix_two_hundred_times_is_refused_before_it_reaches_the_database() {
        assertThatThrownBy(() -> SearchQuery.all().withText("a* ".repeat(200))).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> SearchQuery.all().withText("ab* ".repeat(200))).isInstanceOf(BadQueryException.class);
    }

    @Test
    void more_than_four_prefix_terms_are_refused() {
        assertThatCode(() -> SearchQuery.all().withText("st* OR wa* OR ra* OR pe*")).doesNotThrowAnyException();
        assertThatThrownBy(() -> SearchQuery.all().withText("st* OR wa* OR ra* OR pe* OR co*"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("5 prefix* terms; at most 4");
    }

    @Test
    void a_prefix_after_a_phrase_counts_the_phrase_s_last_word() {
        assertThatCode(() -> SearchQuery.all().withText("\"new yo\"*")).doesNotThrowAnyException();
        assertThatThrownBy(() -> SearchQuery.all().withText("\"new y\"*")).isInstanceOf(BadQueryException.class);
    }

    @Test
    void a_star_inside_a_phrase_is_not_a_prefix() {
        assertThatCode(() -> SearchQuery.all().withText("\"a* b* c* d* e* f*\"")).doesNotThrowAnyException();
    }

    @Test
    void too_many_words_or_characters_are_refused() {
        assertThatCode(() -> SearchQuery.all().withText("strike ".repeat(32))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SearchQuery.all().withText("strike ".repeat(33)))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("33 words");
        assertThatThrownBy(() -> SearchQuery.all().withText("x".repeat(1001)))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("1001 characters");
        assertThatThrownBy(() -> SearchQuery.all().withSpeaker("smith ".repeat(40)))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("speaker filter has 40 words");
    }

    @Test
    void ordinary_searches_pass() {
        assertThatCode(() -> SearchQuery.all().withText("strik* AND \"fair offer\" NOT union")).doesNotThrowAnyException();
        assertThatCode(() -> SearchQuery.all().withText("speaker: lynch")).doesNotThrowAnyException();
    }
}
