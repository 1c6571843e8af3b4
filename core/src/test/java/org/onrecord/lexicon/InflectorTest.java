package org.onrecord.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectorTest {
    @Test
    void a_regular_verb_gets_its_third_person_past_and_gerund() {
        assertThat(Inflector.forms("claim", false, "-")).containsExactly("claim", "claims", "claimed", "claiming");
        assertThat(Inflector.forms("state", false, "-")).containsExactly("state", "states", "stated", "stating");
        assertThat(Inflector.forms("reply", false, "-")).containsExactly("reply", "replies", "replied", "replying");
        assertThat(Inflector.forms("push", false, "-")).containsExactly("push", "pushes", "pushed", "pushing");
    }

    @Test
    void a_doubling_verb_doubles_its_last_consonant_before_ed_and_ing() {
        assertThat(Inflector.forms("admit", true, "-")).containsExactly("admit", "admits", "admitted", "admitting");
        assertThat(Inflector.forms("snap", true, "-")).containsExactly("snap", "snaps", "snapped", "snapping");
    }

    @Test
    void a_vowel_before_y_or_o_keeps_the_plain_endings() {
        assertThat(Inflector.forms("display", false, "-")).contains("displays", "displayed");
        assertThat(Inflector.forms("boo", false, "-")).contains("boos");
        assertThat(Inflector.forms("echo", false, "-")).contains("echoes");
        assertThat(Inflector.forms("agree", false, "-")).contains("agreeing");
    }

    @Test
    void an_irregular_verb_has_exactly_the_forms_given() {
        assertThat(Inflector.forms("say", false, "said,says,saying")).containsExactly("say", "said", "says", "saying");
    }

    @Test
    void the_standard_lexicon_reads_admitted_as_a_cue_of_admit() {
        assertThat(Lexicon.standard().entry("admitted").cue().text()).isEqualTo("admit");
        assertThat(Lexicon.standard().entry("admited").cue()).isNull();
    }
}
