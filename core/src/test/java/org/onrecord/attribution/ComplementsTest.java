package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A noun phrase that goes on past its head noun is the source as a whole. */
class ComplementsTest {
    @Test
    void a_noun_with_a_preposition_and_its_object_is_one_source() {
        assertThat(SourcePhrase.before("Union sources at the ministry's head office revealed that talks will resume.", "revealed"))
                .isEqualTo("Union sources at the ministry's head office");
    }

    @Test
    void two_places_joined_by_and_stay_in_the_phrase() {
        assertThat(SourcePhrase.before("Residents in Ashford and Dunmore expressed confidence in the road.", "expressed"))
                .isEqualTo("Residents in Ashford and Dunmore");
    }

    @Test
    void a_relative_clause_goes_with_the_noun_it_hangs_on() {
        assertThat(SourcePhrase.before("Engineers who inspected the bridge confirmed there was no risk.", "confirmed"))
                .isEqualTo("Engineers who inspected the bridge");
    }

    @Test
    void a_name_before_a_lower_case_adjunct_is_the_name_alone() {
        assertThat(SourcePhrase.before("Calder Gas Ltd in regulatory filings stated that supplies were cut.", "stated"))
                .isEqualTo("Calder Gas Ltd");
    }
}
