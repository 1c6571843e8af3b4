package org.onrecord.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Gender;
import org.onrecord.text.Span;

/** Classification from hand-built evidence: no tokens, so each rule is seen on its own. */
class KindsTest {
    /** A plain capitalised run with no evidence of anything; each test adds the one fact it is about. */
    private static Evidence run(String... words) {
        return new Evidence(List.of(words));
    }

    private record Evidence(List<String> words, boolean inHeadline, boolean titled, boolean honorific,
            Role roleBefore, boolean cueNearby, boolean organisationWords, boolean firstNameKnown,
            boolean opensSentence) {
        Evidence(List<String> words) {
            this(words, false, false, false, null, false, false, false, false);
        }

        Evidence inTheHeadline() {
            return new Evidence(words, true, titled, honorific, roleBefore, cueNearby, organisationWords, firstNameKnown, opensSentence);
        }

        Evidence withHonorific() {
            return new Evidence(words, inHeadline, true, true, roleBefore, cueNearby, organisationWords, firstNameKnown, opensSentence);
        }

        Evidence roleBefore(Role r) {
            return new Evidence(words, inHeadline, titled, honorific, r, cueNearby, organisationWords, firstNameKnown, opensSentence);
        }

        Evidence cue() {
            return new Evidence(words, inHeadline, titled, honorific, roleBefore, true, organisationWords, firstNameKnown, opensSentence);
        }

        Evidence withOrganisationWords() {
            return new Evidence(words, inHeadline, titled, honorific, roleBefore, cueNearby, true, firstNameKnown, opensSentence);
        }

        Evidence firstName() {
            return new Evidence(words, inHeadline, titled, honorific, roleBefore, cueNearby, organisationWords, true, opensSentence);
        }

        Evidence openingASentence() {
            return new Evidence(words, inHeadline, titled, honorific, roleBefore, cueNearby, organisationWords, firstNameKnown, true);
        }

        CandidateEvidence build() {
            return new CandidateEvidence(new NameCandidate(0, words.size() - 1, titled ? 0 : -1), words,
                    new Span(0, 1), inHeadline, false, titled, honorific, Gender.UNKNOWN, roleBefore, null,
                    cueNearby, cueNearby, organisationWords, false, firstNameKnown, opensSentence, words.get(words.size() - 1), null,
                    false, null);
        }
    }

    private static Kind kind(Evidence e) {
        return Kinds.of(e.build(), Set.of());
    }

    @Test
    void a_full_name_after_a_role_is_a_person() {
        assertThat(kind(run("Keir", "Starmer").roleBefore(new Role("leader", "Labour")))).isEqualTo(Kind.PERSON);
    }

    @Test
    void a_full_name_that_opens_with_a_known_first_name_is_a_person() {
        assertThat(kind(run("Keir", "Starmer").firstName())).isEqualTo(Kind.PERSON);
    }

    @Test
    void a_full_name_next_to_a_cue_is_a_person() {
        assertThat(kind(run("Benjamin", "Brafman").cue())).isEqualTo(Kind.PERSON);
    }

    @Test
    void a_full_name_without_evidence_is_no_person_of_its_own() {
        assertThat(kind(run("Morning", "Report"))).isEqualTo(Kind.OTHER);
    }

    @Test
    void nothing_in_the_headline_is_a_person_whatever_its_evidence() {
        assertThat(kind(run("Keir", "Starmer").firstName().cue().inTheHeadline())).isEqualTo(Kind.OTHER);
    }

    @Test
    void organisation_words_outweigh_a_first_name() {
        assertThat(kind(run("Nationals", "MPs").firstName().withOrganisationWords())).isEqualTo(Kind.ORGANISATION);
    }

    @Test
    void a_single_word_the_article_defines_as_an_acronym_is_an_organisation() {
        assertThat(Kinds.of(run("RMT").cue().build(), Set.of("RMT"))).isEqualTo(Kind.ORGANISATION);
    }

    @Test
    void a_single_word_that_speaks_or_is_titled_is_a_single_person() {
        assertThat(kind(run("Holmes").cue())).isEqualTo(Kind.SINGLE_PERSON);
        assertThat(kind(run("Gibney").withHonorific())).isEqualTo(Kind.SINGLE_PERSON);
    }

    @Test
    void a_common_word_that_opens_a_sentence_is_no_person_even_next_to_a_cue() {
        assertThat(kind(run("Doctors").cue().openingASentence())).isEqualTo(Kind.OTHER);
    }

    @Test
    void a_single_word_without_evidence_may_only_join_a_person() {
        assertThat(kind(run("Clinton"))).isEqualTo(Kind.SINGLE);
    }

    @Test
    void a_run_becomes_a_person_when_its_surname_speaks_later_but_not_when_it_spoke_earlier() {
        CandidateEvidence built = run("DaRon", "Holmes", "II").build();
        // the evidence reader drops the generation suffix: the surname is "Holmes", not "II"
        CandidateEvidence run = new CandidateEvidence(built.candidate(), built.words(), built.span(), false, false,
                false, false, Gender.UNKNOWN, null, null, false, false, false, false, false, false, "Holmes", null, false, null);
        CandidateEvidence speaks = run("Holmes").cue().build();
        assertThat(Kinds.classify(List.of(run, speaks), Set.of()))
                .containsExactly(Kind.PERSON_BY_SURNAME, Kind.SINGLE_PERSON);
        assertThat(Kinds.classify(List.of(speaks, run), Set.of()))
                .containsExactly(Kind.SINGLE_PERSON, Kind.OTHER);
    }
}
