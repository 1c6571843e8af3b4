package org.onrecord.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Gender;
import org.onrecord.model.Organisation;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Tokens;

class EntityFinderTest {
    private static Entities find(String text) {
        return EntityFinder.find(Tokens.of(BoilerplateFinder.segment(text)), List.of());
    }

    private static PersonEntity person(Entities e, String name) {
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + e.people()));
    }

    @Test
    void a_surname_joins_the_full_name_given_earlier() {
        Entities e = find("Keir Starmer spoke first. Later Starmer left.");
        assertThat(e.people()).hasSize(1);
        assertThat(person(e, "Keir Starmer").aliases()).containsExactly("Starmer");
    }

    @Test
    void people_who_share_a_surname_stay_apart_and_the_surname_joins_the_latest() {
        Entities e = find("Bill Clinton arrived. Hillary Clinton spoke. Clinton said nothing.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Bill Clinton", "Hillary Clinton");
        NameMention last = e.mentions().get(e.mentions().size() - 1);
        assertThat(e.person(last.person()).name()).isEqualTo("Hillary Clinton");
    }

    @Test
    void an_appositive_gives_role_and_organisation() {
        PersonEntity p = person(find("Sharon Graham, the general secretary of Unite the Union, said it."), "Sharon Graham");
        assertThat(p.role()).isEqualTo(new Role("general secretary", "Unite the Union"));
    }

    @Test
    void a_title_before_the_name_is_a_role() {
        PersonEntity p = person(find("Former shadow chancellor John McDonnell replied."), "John McDonnell");
        assertThat(p.role()).isEqualTo(new Role("former shadow chancellor", null));
    }

    @Test
    void a_role_between_dashes_names_its_organisation() {
        PersonEntity p = person(find("Richard Leonard – the former Scottish Labour leader – spoke."), "Richard Leonard");
        assertThat(p.role().organisation()).isEqualTo("Scottish Labour");
    }

    @Test
    void a_possessive_organisation_before_the_role() {
        Entities e = find("Gordon Martin (below), the Rail, Maritime and Transport (RMT) union's Scotland organiser, "
                + "condemned the order.");
        PersonEntity p = person(e, "Gordon Martin");
        assertThat(p.role().title()).isEqualTo("Scotland organiser");
        assertThat(e.organisations()).extracting(Organisation::acronyms).contains(List.of("RMT"));
        assertThat(p.role().organisation()).isEqualTo("Rail, Maritime and Transport union");
    }

    @Test
    void a_role_phrase_before_a_comma_and_the_name() {
        PersonEntity p = person(find("The RMT’s general secretary, Mick Lynch, told reporters."), "Mick Lynch");
        assertThat(p.role()).isEqualTo(new Role("general secretary", "RMT"));
    }

    @Test
    void a_party_role_belongs_to_the_one_party_the_article_names() {
        Entities e = find("The Green Party met on Monday. Its party leader Ann Lee spoke first.");
        assertThat(person(e, "Ann Lee").role()).isEqualTo(new Role("party leader", "Green Party"));
    }

    @Test
    void a_list_of_names_gives_no_roles() {
        Entities e = find("Zarah Sultana, Diane Abbott, and Clive Lewis were among the MPs to support the strikers.");
        assertThat(e.people()).allSatisfy(p -> assertThat(p.roles()).isEmpty());
    }

    @Test
    void gender_from_first_names_titles_and_pronouns() {
        assertThat(person(find("Sharon Graham spoke."), "Sharon Graham").gender()).isEqualTo(Gender.FEMALE);
        assertThat(person(find("Mr Quibble Xanthos spoke."), "Quibble Xanthos").gender()).isEqualTo(Gender.MALE);
        assertThat(person(find("Zorblat Quux, the mayor, arrived. She said no."), "Zorblat Quux").gender())
                .isEqualTo(Gender.FEMALE);
    }

    @Test
    void sentence_initial_words_and_places_are_not_people() {
        Entities e = find("Sharing a video, the crowd cheered in Glasgow. However the trains stopped.");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void trailing_role_words_and_generic_words_are_not_organisations() {
        Entities e = find("Labour MPs joined the Government and the Labour Party on the picket line.");
        assertThat(e.organisations()).extracting(Organisation::name).contains("Labour", "Labour Party")
                .doesNotContain("Labour MPs", "Government");
    }
}
