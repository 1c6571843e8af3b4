package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.Stages;
import org.onrecord.entity.PersonEntity;
import org.onrecord.model.Gender;
import org.onrecord.text.Tokens;

/** Whom the story is about before a point: the walk pronouns are resolved by. */
class NarrativeSubjectsTest {
    private static NarrativeSubjects of(String text) {
        return new NarrativeSubjects(Stages.doc(text), Stages.tokens(text), Stages.entities(text), Stages.quotes(text));
    }

    @Test
    void the_man_who_opened_the_sentence_before_outranks_one_named_inside_it() {
        String text = "Tom Baker thanked his coach Sam Webb on Monday. He said more.";
        PersonEntity p = of(text).subjectBefore(text.indexOf("He said"), Gender.MALE);
        assertThat(p.name()).isEqualTo("Tom Baker");
    }

    @Test
    void a_sentence_wholly_in_quotation_marks_is_passed_over() {
        String text = "Tom Baker arrived on Monday.\n\n“Sam Webb played well.”\n\nHe said more.";
        PersonEntity p = of(text).subjectBefore(text.indexOf("He said"), Gender.MALE);
        assertThat(p.name()).isEqualTo("Tom Baker");
    }

    @Test
    void the_body_after_according_to_is_what_the_sentence_is_about() {
        String text = "The Northern Miners Union (NMU) opposed the sale of the Volta Mining Company Limited (VOMCO).\n\n"
                + "According to NMU, VOMCO has faced challenges before.";
        Tokens tokens = Stages.tokens(text);
        int from = tokens.sentenceStart(tokens.firstAtOrAfter(text.indexOf("According")));
        assertThat(of(text).bodySubjectIn(from, text.length())).isEqualTo("Northern Miners Union");
    }

    @Test
    void words_inside_quotation_marks_are_quoted() {
        String text = "“We will win,” Tom Baker said.";
        Tokens tokens = Stages.tokens(text);
        NarrativeSubjects subjects = of(text);
        int we = tokens.firstAtOrAfter(text.indexOf("We"));
        int tom = tokens.firstAtOrAfter(text.indexOf("Tom"));
        assertThat(subjects.quoted(we, we + 2)).isTrue();
        assertThat(subjects.quoted(tom, tom)).isFalse();
    }
}
