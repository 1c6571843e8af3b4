package org.onrecord.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Gender;
import org.onrecord.model.Organisation;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Tokens;

/** What a row of entities.tsv cannot say: which person a mention joins, and the organisations found. */
class EntityFinderTest {
    private static Entities find(String text) {
        return EntityFinder.find(Tokens.of(BoilerplateFinder.segment(text)), List.of());
    }

    private static PersonEntity person(Entities e, String name) {
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + e.people()));
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
    void a_role_word_after_of_stays_in_the_organisation_name() {
        Entities e = find("The Department of Justice and the International Court of Justice said nothing.");
        assertThat(e.organisations()).extracting(Organisation::name)
                .contains("Department of Justice", "International Court of Justice");
    }

    @Test
    void trailing_role_words_and_generic_words_are_not_organisations() {
        Entities e = find("Labour MPs joined the Government and the Labour Party on the picket line.");
        assertThat(e.organisations()).extracting(Organisation::name).contains("Labour", "Labour Party")
                .doesNotContain("Labour MPs", "Government");
    }

    @Test
    void a_surname_that_speaks_later_makes_the_earlier_run_a_person_and_joins_it() {
        Entities e = find("DaRon Holmes II received a tablet for Christmas.\n\n\"We are excited,\" Holmes said.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("DaRon Holmes II");
        assertThat(person(e, "DaRon Holmes II").aliases()).containsExactly("Holmes");
    }

    @Test
    void a_surname_with_no_cue_and_no_title_makes_no_one_a_person() {
        Entities e = find("Dayton Flyers won again. The Flyers were happy.");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void a_party_and_a_role_abbreviation_before_an_accented_given_name_are_not_part_of_the_name() {
        Entities e = find("Social Democrats TD Sinéad Gibney said it was shocking. Ms Gibney said more.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Sinéad Gibney");
        assertThat(person(e, "Sinéad Gibney").role()).isEqualTo(new Role("TD", "Social Democrats"));
        assertThat(person(e, "Sinéad Gibney").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void an_initialism_and_a_party_word_before_a_given_name_are_not_part_of_the_name() {
        Entities e = find("NSW Liberal Catherine Cusack earlier blasted the plan.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Catherine Cusack");
    }

    @Test
    void a_peer_keeps_the_title_before_one_surname() {
        Entities e = find("Tory peer and former Health Secretary Lord Lansley warned them. Lansley added more.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Lord Lansley");
        assertThat(person(e, "Lord Lansley").role()).isEqualTo(new Role("former Health Secretary", null));
        assertThat(person(e, "Lord Lansley").aliases()).containsExactly("Lansley");
    }

    @Test
    void a_peer_with_a_full_name_is_named_by_it() {
        Entities e = find("Lord John Prescott said it was wrong.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("John Prescott");
    }

    @Test
    void members_named_by_a_plural_role_are_a_body_not_a_person() {
        Entities e = find("Gladys Berejiklian gave Nationals MPs a choice. He said Nationals MPs would not attend.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Gladys Berejiklian");
        assertThat(e.organisations()).extracting(Organisation::name).contains("Nationals");
    }

    @Test
    void a_word_that_opens_a_sentence_and_is_written_small_elsewhere_is_not_a_person() {
        Entities e = find("Doctors claim there is anger. Support for doctors is high. Analysts say it will pass.");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void after_a_title_a_word_that_is_otherwise_no_name_opens_a_name() {
        Entities e = find("Founder He Xiaopeng says he no longer sees XPeng as a carmaker.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("He Xiaopeng");
    }

    @Test
    void a_hyphenated_role_before_a_name_is_a_title() {
        Entities e = find("Vice-chancellor Grant Guilford spoke to staff.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Grant Guilford");
    }

    @Test
    void the_one_told_is_no_evidence_of_a_person_but_the_one_who_says_is() {
        Entities e = find("The dean told Morning Report the term was disrupted. “No,” said Brafman.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Brafman");
    }

    @Test
    void a_title_case_first_line_is_a_headline_and_names_no_one() {
        Entities e = find("Minister Quade Cooper Holds Dark Secret About Kiwi Passport\n\nThe union met on Monday.");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void a_capitalised_word_before_a_participle_of_a_cue_is_not_a_person() {
        Entities e = find("The robots are coming.\n\nAdditional reporting by Jane Smith");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Jane Smith");
    }

    @Test
    void a_title_after_a_document_noun_that_is_also_a_cue_is_not_a_person() {
        Entities e = find("In its 2026 report SME Technology Adoption, the OECD said robots would help.");
        assertThat(e.people()).extracting(PersonEntity::name).doesNotContain("SME Technology Adoption");
    }

    @Test
    void a_given_name_keeps_a_surname_that_is_otherwise_never_a_name() {
        Entities e = find("Pfizer chief executive Ian Read defended the deal. Theresa May said nothing.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Ian Read", "Theresa May");
    }

    @Test
    void a_given_name_does_not_take_a_capitalised_preposition_as_its_surname() {
        Entities e = find("The letter, signed by Jane From Accounts, said it was over. “Enough,” said Jane From Accounts.");
        assertThat(e.people()).extracting(PersonEntity::name).noneMatch(n -> n.startsWith("Jane From"));
    }

    @Test
    void a_sentence_opening_role_of_a_body_before_a_comma_makes_the_name_after_it_a_person() {
        Entities e = find("The Secretary of the Bole Chief, Haruna Obey, said the family must wait.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Haruna Obey");
        assertThat(person(e, "Haruna Obey").role().title()).isEqualTo("secretary");
    }

    @Test
    void a_title_case_headline_closed_by_a_full_stop_makes_no_person_even_when_its_surname_speaks_later() {
        Entities e = find("Senators Rip Dana Okafor As A ‘Disgrace.’\n\nDana Okafor, the governor, spoke on Monday."
                + " \"We will build it,\" Okafor said.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Dana Okafor");
        assertThat(person(e, "Dana Okafor").aliases()).containsExactly("Okafor");
    }

    @Test
    void a_headline_keeps_its_prepositions_small() {
        Entities e = find("Mike Vale Calls for Inquiry after Report Reveals Meetings with Donors.\n\nMike Vale, a senator,"
                + " spoke on Monday.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Mike Vale");
    }

    @Test
    void a_run_that_only_holds_a_name_is_no_alias_of_it() {
        Entities e = find("Keir Starmer spoke on Monday. Supporters waved Vote Keir Starmer signs. Starmer smiled.");
        assertThat(person(e, "Keir Starmer").aliases()).doesNotContain("Vote Keir Starmer").contains("Starmer");
    }

    private static String organisationOfLastMention(Entities e) {
        NameMention last = e.mentions().get(e.mentions().size() - 1);
        assertThat(last.organisation()).as("last mention %s is an organisation", last.text()).isGreaterThanOrEqualTo(0);
        return e.organisations().get(last.organisation()).name();
    }

    @Test
    void a_short_name_with_the_same_first_and_last_word_is_the_person_of_the_fullest_name() {
        Entities e = find("Nayab Saini said the day was a good one.\n\nChief Minister Nayab Singh Saini took the oath.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Nayab Singh Saini");
        assertThat(person(e, "Nayab Singh Saini").aliases()).contains("Nayab Saini");
    }

    @Test
    void an_acronym_whose_letters_are_not_all_initials_still_names_the_organisation_before_it() {
        Entities e = find("Paradigm Initiative (PIN) has condemned the shutdown.\n\nPIN said it was a reversal.");
        assertThat(e.organisations()).contains(new Organisation("Paradigm Initiative", List.of("PIN")));
        assertThat(organisationOfLastMention(e)).isEqualTo("Paradigm Initiative");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void a_plural_possessive_stays_inside_an_organisation_name_and_a_branch_suffix_keeps_the_acronym() {
        Entities e = find("The Industrial and Commercial Workers’ Union (ICU) in Ghana has kicked against the sale.\n\n"
                + "Later ICU-Ghana warned that jobs would go.");
        assertThat(e.organisations()).extracting(Organisation::name).contains("Industrial and Commercial Workers’ Union");
        assertThat(organisationOfLastMention(e)).isEqualTo("Industrial and Commercial Workers’ Union");
    }

    @Test
    void every_run_inside_a_name_defined_with_its_acronym_is_that_organisation() {
        Entities e = find("In 2021, the Truth, Reconciliation and Reparations Commission (TRRC) concluded its work.");
        assertThat(e.mentions()).isNotEmpty().allSatisfy(m -> assertThat(
                e.organisations().get(m.organisation()).name()).isEqualTo("Truth, Reconciliation and Reparations Commission"));
    }

    @Test
    void an_acronym_whose_letters_the_name_does_not_hold_defines_nothing() {
        Entities e = find("The results were declared by the Electoral Commission of South Africa (IEC) on 2 June.");
        assertThat(e.organisations()).flatExtracting(Organisation::acronyms).doesNotContain("IEC");
    }

    @Test
    void a_word_never_a_name_after_the_opens_an_organisation_name() {
        Entities e = find("Officials said the All India Tennis Association had written to him. The Sunday Times reported it.");
        assertThat(e.organisations()).extracting(Organisation::name).contains("All India Tennis Association", "Sunday Times");
    }

    @Test
    void a_word_never_a_name_after_the_opens_no_name_without_an_organisation_word() {
        Entities e = find("He spoke to the First Minister Nicola Sturgeon on Monday.");
        assertThat(e.people()).extracting(PersonEntity::name).containsExactly("Nicola Sturgeon");
    }

    @Test
    void a_description_by_kind_names_the_one_organisation_of_that_kind_before_it() {
        String text = "The Industrial and Commercial Workers’ Union (ICU) met. Volta Aluminium Company Limited said no. "
                + "The union said more.";
        Entities e = find(text);
        int at = text.indexOf("The union");
        assertThat(e.organisationDescribed(at, 0, at, List.of("The", "union"))).isEqualTo("Industrial and Commercial Workers’ Union");
        assertThat(e.organisationDescribed(at, 0, 0, List.of("the", "company"))).isNull(); // not a kind noun
        assertThat(e.organisationDescribed(at, 0, 0, List.of("the", "body"))).isNull(); // says nothing of the kind: two
        assertThat(e.organisationDescribed(at, 0, text.indexOf("Volta"), List.of("the", "body")))
                .isEqualTo("Volta Aluminium Company Limited"); // the one named near
        assertThat(e.organisationDescribed(at, 0, text.indexOf("Volta"), List.of("the", "group"))).isNull(); // people, as often
        assertThat(e.organisationDescribed(at, 0, at, List.of("the", "aluminium", "body"))).isEqualTo("Volta Aluminium Company Limited");
    }

    @Test
    void a_description_by_kind_with_two_organisations_of_that_kind_stays_a_description() {
        String text = "The Rail Workers Union met the Teachers Union on Monday. The union said more.";
        Entities e = find(text);
        assertThat(e.organisationDescribed(text.indexOf("The union"), 0, 0, List.of("The", "union"))).isNull();
    }

    @Test
    void the_last_word_of_an_organisation_named_in_full_after_the_is_that_organisation() {
        Entities e = find("The Concerned Pensioners Forum (CPF) has criticised the increase.\n\nLater the Forum said it was too small.");
        assertThat(organisationOfLastMention(e)).isEqualTo("Concerned Pensioners Forum");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void the_last_word_of_an_organisation_before_a_noun_it_modifies_is_no_organisation() {
        Entities e = find("Public Health England (PHE) published figures.\n\nThe England captain said it was fine.");
        assertThat(e.mentions()).noneMatch(m -> m.text().equals("England") && m.organisation() >= 0);
    }
}
