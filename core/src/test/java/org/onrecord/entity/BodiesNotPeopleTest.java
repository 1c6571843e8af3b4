package org.onrecord.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.model.Extraction;
import org.onrecord.model.Organisation;
import org.onrecord.model.Person;

/** Through the whole engine: firms and clubs whose names look like people's are organisations (issue #11). */
class BodiesNotPeopleTest {
    private static final Engine ENGINE = Engine.create();

    private static Extraction x(String text) {
        return ENGINE.extractText(text);
    }

    @Test
    void aNameTheTextCallsAFirmIsAnOrganisationEverywhere() {
        Extraction x = x("Harlow Fenwick said on Tuesday that profits would rise.\n\n"
                + "Harlow Fenwick analysts expect two rate cuts next year.\n\n"
                + "\"We expect a strong year,\" it said.");
        assertThat(x.people()).extracting(Person::name).doesNotContain("Harlow Fenwick");
        assertThat(x.organisations()).extracting(Organisation::name).contains("Harlow Fenwick");
        assertThat(x.quotes().get(0).speaker().name()).isEqualTo("Harlow Fenwick");
        assertThat(x.quotes().get(x.quotes().size() - 1).speaker().name()).isEqualTo("Harlow Fenwick");
    }

    @Test
    void sharesInAFirmAndItsProfitsMarkIt() {
        assertThat(x("Shares in Brannock Tate fell. \"We are confident,\" Brannock Tate said.").people())
                .extracting(Person::name).doesNotContain("Brannock Tate");
        assertThat(x("Brannock Tate's profits fell. \"We are confident,\" Brannock Tate said.").people())
                .extracting(Person::name).doesNotContain("Brannock Tate");
        assertThat(x("\"Rates will fall,\" said Corbin Vale, an economist at Brannock Tate. Brannock Tate said so too.")
                .people()).extracting(Person::name).containsExactly("Corbin Vale");
    }

    @Test
    void aPluralVerbAfterANameOpeningItsSentenceMarksAFirmOrClub() {
        assertThat(x("Harlow Fenwick are prepared to pay more. \"We will bid again,\" Harlow Fenwick said.").people())
                .extracting(Person::name).doesNotContain("Harlow Fenwick");
        // a plural noun is no firm ("Access Providers have"), nor is a name inside the sentence
        assertThat(x("Corbin Vale and Harlow Fenwick are friends. \"We will bid again,\" Harlow Fenwick said.").people())
                .extracting(Person::name).contains("Harlow Fenwick");
    }

    @Test
    void aTitleOrAPersonOfThatSurnameKeepsThePerson() {
        // "Mr Tate" is titled: the words around another run do not make him a firm
        assertThat(x("Brannock Tate analysts were gloomy. \"Not so,\" said Mr Tate.").people())
                .extracting(Person::name).contains("Tate");
        // "Okafor" alone is Ruth Okafor's surname, whatever stands after it once
        Extraction x = x("Ruth Okafor said the plan would work. Okafor analysts, as her team is known, agreed.\n\n"
                + "\"It will,\" Okafor said.");
        assertThat(x.quotes().get(x.quotes().size() - 1).speaker().name()).isEqualTo("Ruth Okafor");
    }

    @Test
    void anAmpersandJoinsAFirmButNotTwoPeople() {
        Extraction firm = x("Marks & Spencer said sales rose. \"It was a good Christmas,\" the retailer said.");
        assertThat(firm.people()).isEmpty();
        assertThat(firm.organisations()).extracting(Organisation::name).containsExactly("Marks & Spencer");
        assertThat(x("Harlow & Fenwick said: \"We disagree with the verdict.\"").people()).isEmpty();
        Extraction pair = x("Ann Lee & Tom Ray said: \"We will appeal.\"");
        assertThat(pair.people()).extracting(Person::name).containsExactly("Ann Lee", "Tom Ray");
    }
}
