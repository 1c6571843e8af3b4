package org.onrecord.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void case_accents_and_punctuation_are_folded() {
        assertThat(NameKey.of("José  MARÍA Aznar")).isEqualTo("jose maria aznar");
        assertThat(NameKey.of("Jean-Luc Mélenchon")).isEqualTo("jean luc melenchon");
    }

    @Test
    void courtesy_titles_before_the_name_are_dropped() {
        assertThat(NameKey.of("Sir Keir Starmer")).isEqualTo(NameKey.of("Keir Starmer"));
        assertThat(NameKey.of("Dr. Jane Smith")).isEqualTo("jane smith");
    }

    @Test
    void a_title_alone_is_kept_rather_than_emptied() {
        assertThat(NameKey.of("Lord")).isEqualTo("lord");
    }

    @Test
    void apostrophes_stay_inside_names() {
        assertThat(NameKey.of("Sinéad O’Connor")).isEqualTo("sinead oconnor");
        assertThat(NameKey.of("Sinead O'Connor")).isEqualTo("sinead oconnor");
    }

    @Test
    void a_name_with_no_letters_has_an_empty_key() {
        assertThat(NameKey.of("  — ")).isEmpty();
    }

    @Test
    void a_surname_alone_does_not_share_the_full_names_key() {
        assertThat(NameKey.of("Starmer")).isNotEqualTo(NameKey.of("Keir Starmer"));
    }
}
