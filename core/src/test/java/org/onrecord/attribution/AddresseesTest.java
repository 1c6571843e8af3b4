package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.model.Extraction;
import org.onrecord.model.Quote;

/** Through the whole engine: what a quote is said to be said to. */
class AddresseesTest {
    private static final Engine ENGINE = Engine.create();

    private static String addressee(String text) {
        Extraction x = ENGINE.extractText(text);
        assertThat(x.quotes()).isNotEmpty();
        Quote q = x.quotes().get(0);
        return q.addressee() == null ? null : q.addressee().text();
    }

    @Test
    void peopleOutletsAndBodiesAreAddressees() {
        assertThat(addressee("\"We will win,\" Dana Vale told reporters on Monday.")).isEqualTo("reporters");
        assertThat(addressee("\"We will win,\" Dana Vale told The Harbour Post on Monday.")).isEqualTo("The Harbour Post");
        assertThat(addressee("\"We will win,\" Dana Vale told the crowd.")).isEqualTo("the crowd");
        assertThat(addressee("\"We will win,\" Dana Vale told reporters in Everett.")).isEqualTo("reporters");
    }

    @Test
    void aPlaceAfterThePreposition_aThingAndAPronounAreNot() {
        assertThat(addressee("\"Bad things are going to happen,\" Dana Vale warned in Everett on Monday.")).isNull();
        assertThat(addressee("Dana Vale will tell the truth about things: \"We lost the vote.\"")).isNull();
        assertThat(addressee("\"Why now?\" Dana Vale asked a question.")).isNull();
        assertThat(addressee("\"We will win,\" Dana Vale told him.")).isNull();
    }

    @Test
    void theAndANameIsTheOutletOrBody() {
        assertThat(addressee("Dana Vale told the Evening Courier: \"We will win.\"")).isEqualTo("the Evening Courier");
        assertThat(addressee("\"We will win,\" Dana Vale told the BBC on Monday.")).isEqualTo("the BBC");
        assertThat(addressee("\"We will win,\" Dana Vale told the House of Commons.")).isEqualTo("the House of Commons");
        assertThat(addressee("\"We will win,\" Dana Vale told the Harbour Post Tuesday.")).isEqualTo("the Harbour Post");
        // a name that only modifies a lower-case head, or owns the one addressed, is no addressee
        assertThat(addressee("\"We will win,\" Dana Vale told the BBC's news team.")).isNull();
    }

    @Test
    void whomAReportedClauseWasToldEndsWhereTheClauseBegins() {
        // "told X CLAUSE" with no "that": the addressee is X, what was said starts after it
        assertThat(addressee("Dana Vale told the court she saw the car.")).isEqualTo("the court");
        assertThat(addressee("Dana Vale told the BBC the plan would fail.")).isEqualTo("the BBC");
        assertThat(addressee("Dana Vale told the jury on Monday she had been at home.")).isEqualTo("the jury");
    }

    @Test
    void aNameAfterAnOutletsPossessiveIsTheAddressee() {
        assertThat(addressee("\"We will win,\" Dana Vale told CNN's Jake Tapper about the race.")).isEqualTo("Jake Tapper");
    }
}
