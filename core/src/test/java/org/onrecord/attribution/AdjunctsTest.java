package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phrases that say when, where or how, stepped over to the source. */
class AdjunctsTest {
    @Test
    void an_adjunct_between_commas_and_an_age_before_it_are_stepped_over() {
        assertThat(SourcePhrase.before("Biden, 81, in a post on X, said he will remain in his role.", "said"))
                .isEqualTo("Biden");
    }

    @Test
    void a_determiner_after_an_opening_adjunct_that_lost_its_comma_starts_the_source() {
        assertThat(SourcePhrase.before("In a statement the council said the figures show a rise.", "said"))
                .isEqualTo("the council");
    }

    @Test
    void after_an_opening_adjunct_the_name_after_its_comma_speaks() {
        assertThat(SourcePhrase.before("On his part, Ali Bin Jerais, Chief Executive Officer of Metalloid Resources"
                + " Investment, said the decision reflected growing confidence.", "said")).isEqualTo("Ali Bin Jerais");
    }

    @Test
    void the_subject_after_an_opening_participle_phrase_is_the_name_before_its_verb() {
        assertThat(SourcePhrase.subject("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, saying it.",
                "saying")).isEqualTo("Trump");
    }
}
