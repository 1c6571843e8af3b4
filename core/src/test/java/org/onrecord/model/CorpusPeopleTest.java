package org.onrecord.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onrecord.model.CorpusPeople.Named;

class CorpusPeopleTest {
    private static Named named(String article, String name, String... aliases) {
        return new Named(article, name, List.of(aliases), List.of(), Gender.UNKNOWN);
    }

    private static Named named(String article, String name, Gender gender, String... roles) {
        return new Named(article, name, List.of(), List.of(roles), gender);
    }

    @Test
    void differentFullNamesNeverMergeAndTitlesFold() {
        assertThat(CorpusPeople.keys(List.of(named("a", "Jane Smith"), named("b", "John Smith"), named("c", "Sir Keir Starmer"),
                named("d", "Keir Starmer"), named("e", "Pres. Dana Vale"))))
                .containsExactly("jane smith", "john smith", "keir starmer", "keir starmer", "dana vale");
    }

    @Test
    void aSurnameAloneStaysApartWithoutEvidence() {
        // the corpus names Dana Vale, but no article calls her "Vale" alone: the surname is no evidence
        assertThat(CorpusPeople.keys(List.of(named("a", "Dana Vale"), named("b", "Vale"))))
                .containsExactly("dana vale", "vale");
    }

    @Test
    void aSurnameJoinsTheOneFullNameArticlesCallByIt() {
        List<Named> people = List.of(named("a", "Dana Vale", "Vale"), named("b", "Vale"));
        assertThat(CorpusPeople.keys(people)).containsExactly("dana vale", "dana vale");
    }

    @Test
    void aSurnameNeverJoinsAFullNameOfItsOwnArticle() {
        List<Named> people = List.of(named("a", "Dana Vale", "Vale"), named("b", "Ruth Vale"), named("b", "Vale"));
        assertThat(CorpusPeople.keys(people)).containsExactly("dana vale", "ruth vale", "vale");
    }

    @Test
    void genderAndRoleChooseBetweenPeopleWhoShareASurname() {
        List<Named> people = List.of(
                new Named("a", "Dana Vale", List.of("Vale"), List.of("governor"), Gender.FEMALE),
                new Named("b", "Piet Vale", List.of("Vale"), List.of("coach"), Gender.MALE),
                named("c", "Vale", Gender.MALE),
                named("d", "Vale", Gender.UNKNOWN, "Governor"),
                named("e", "Vale", Gender.UNKNOWN));
        // e: one article each calls Dana and Piet "Vale"; nothing in e tells which
        assertThat(CorpusPeople.keys(people)).containsExactly("dana vale", "piet vale", "piet vale", "dana vale", "vale");
    }

    @Test
    void aSurnameGoesToThePersonWhoHoldsNineTenthsOfItsEvidence() {
        List<Named> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            people.add(named("dv" + i, "Dana Vale", "Vale"));
        }
        people.add(named("pv", "Piet Vale", "Vale"));
        people.add(named("x", "Vale"));
        assertThat(CorpusPeople.keys(people).get(people.size() - 1)).isEqualTo("dana vale");
        people.add(named("pv2", "Piet Vale", "Vale")); // 9 of 11: no longer enough
        people.add(named("y", "Vale"));
        assertThat(CorpusPeople.keys(people).get(people.size() - 1)).isEqualTo("vale");
    }

    @Test
    void formsOneArticleGivesOnePersonAreOnePersonEverywhere() {
        List<Named> people = List.of(named("a", "Dana Vale", "Dana J. Vale"), named("b", "Dana J. Vale"),
                named("c", "Dana Vale"));
        assertThat(CorpusPeople.keys(people)).containsExactly("dana vale", "dana vale", "dana vale");
    }

    @Test
    void aShortFormGivenToTwoLongerOnesJoinsNeither() {
        List<Named> people = List.of(named("a", "George W. Bush", "George Bush"), named("b", "George H. W. Bush", "George Bush"),
                named("c", "George Bush"));
        assertThat(CorpusPeople.keys(people)).containsExactly("george w bush", "george h w bush", "george bush");
    }

    @Test
    void theAnswerDoesNotDependOnOrder() {
        List<Named> people = new ArrayList<>(List.of(
                new Named("a", "Dana Vale", List.of("Vale", "Dana J. Vale"), List.of(), Gender.FEMALE), named("b", "Vale"), named("c", "Dana J. Vale"),
                new Named("d", "Piet Vale", List.of("Vale"), List.of(), Gender.MALE), named("e", "Vale", Gender.MALE), named("f", "Jane Smith", "Smith"),
                named("g", "Smith"), named("h", "John Smith")));
        List<String> expected = new ArrayList<>();
        for (Named p : people) {
            expected.add(CorpusPeople.keys(people).get(people.indexOf(p)));
        }
        Random random = new Random(14);
        for (int round = 0; round < 20; round++) {
            List<Named> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, random);
            List<String> keys = CorpusPeople.keys(shuffled);
            for (int i = 0; i < shuffled.size(); i++) {
                assertThat(keys.get(i)).isEqualTo(expected.get(people.indexOf(shuffled.get(i))));
            }
        }
        // b: Dana and Piet are each called "Vale" once; g: only Jane Smith is ever called "Smith" alone
        assertThat(expected).containsExactly("dana vale", "vale", "dana vale", "piet vale", "piet vale", "jane smith",
                "jane smith", "john smith");
    }
}
