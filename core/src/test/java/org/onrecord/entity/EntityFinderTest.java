package org.onrecord.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Organisation;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Tokens;

/** What a row of entities.tsv cannot say: which person a mention joins, and the organisations found. */
class EntityFinderTest {
    private static Entities find(String text) {
        return EntityFinder.find(Tokens.of(BoilerplateFinder.segment(text)), List.of());
    }

    @Test
    void a_surname_two_people_share_joins_the_latest() {
        Entities e = find("Bill Clinton arrived. Hillary Clinton spoke. Clinton said nothing.");
        NameMention last = e.mentions().get(e.mentions().size() - 1);
        assertThat(e.person(last.person()).name()).isEqualTo("Hillary Clinton");
    }

    @Test
    void an_acronym_in_brackets_belongs_to_the_organisation_before_it() {
        Entities e = find("Gordon Martin (below), the Rail, Maritime and Transport (RMT) union's Scotland organiser, "
                + "condemned the order.");
        assertThat(e.organisations()).extracting(Organisation::acronyms).contains(List.of("RMT"));
    }

    @Test
    void trailing_role_words_and_generic_words_are_not_organisations() {
        Entities e = find("Labour MPs joined the Government and the Labour Party on the picket line.");
        assertThat(e.organisations()).extracting(Organisation::name).contains("Labour", "Labour Party")
                .doesNotContain("Labour MPs", "Government");
    }
}
