package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkSpeakersTest {
    @ParameterizedTest
    @ValueSource(strings = {"a series of", "The clip has faced", "repeatedly", "it", "his", "which", "Partial",
        "returns from 1995 that", "But early ratings data", "The woman disputes the", "Mike Huckabee Makes Sexist Wife",
        "the former secretary of", "Readers may not let editorials"})
    void clauseFragmentsLoneFunctionWordsAdverbsAndHeadlinesAreJunk(String name) {
        assertThat(JunkSpeakers.why(name)).as(name).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Keir Starmer", "Anas Sarwar", "a Home Office spokesperson", "the union chief", "analysts",
        "one official", "Kelly", "Emily Daly", "the memo", "Network Rail", "he", "they", "the city's mayor",
        "Joseph R. Biden Jr.", "a spokesperson for the council", "Theresa May", "Mrs May", "Will Smith"})
    void namesDescriptionsAndPronounsAreNot(String name) {
        assertThat(JunkSpeakers.why(name)).as(name).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"he", "They", "we"})
    void barePersonalPronounsAreCountedApart(String name) {
        assertThat(JunkSpeakers.isPersonalPronoun(name)).isTrue();
    }
}
