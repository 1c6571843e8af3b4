package org.onrecord.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {
    @Test
    void aSurnameAgreesWithTheFullName() {
        assertThat(NameMatch.matches("Trump", "Donald Trump")).isTrue();
    }

    @Test
    void aFullNameDoesNotAgreeWithTheSurnameAlone() {
        assertThat(NameMatch.matches("Donald Trump", "Trump")).isFalse();
    }

    @Test
    void titlesAndPossessivesAreDropped() {
        assertThat(NameMatch.words("Sen. Ted Cruz’s")).containsExactly("ted", "cruz");
        assertThat(NameMatch.matches("Mr. Trump's", "Donald Trump")).isTrue();
        assertThat(NameMatch.words("the report")).containsExactly("report");
    }

    @Test
    void anApostropheSInsideAWordStays() {
        assertThat(NameMatch.words("O'sullivan")).containsExactly("o", "sullivan");
        assertThat(NameMatch.words("Ma'sood")).containsExactly("ma", "sood");
    }

    @Test
    void hyphensStayInsideWords() {
        assertThat(NameMatch.words("Jean-Luc Picard")).containsExactly("jean-luc", "picard");
        assertThat(NameMatch.matches("Picard", "Jean-Luc Picard")).isTrue();
    }

    @Test
    void compatibilityFormsAreNormalised() {
        assertThat(NameMatch.matches("Ｔｒｕｍｐ", "Donald Trump")).isTrue();
    }

    @Test
    void aPronounNeverAgreesByName() {
        assertThat(NameMatch.matches("he", "he")).isFalse();
        assertThat(NameMatch.matches("She", "she")).isFalse();
    }

    @Test
    void emptyOrTitleOnlyNamesNeverAgree() {
        assertThat(NameMatch.matches("", "Trump")).isFalse();
        assertThat(NameMatch.matches("Trump", null)).isFalse();
        assertThat(NameMatch.matches("the", "the")).isFalse();
    }
}
