package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Span;
import org.onrecord.text.Tokens;

/** Which source mentions are no speaker: verb phrases, participles, numbers and possessive marks. */
class SpeakerFormTest {
    /** Why the first occurrence of {@code mention} in {@code text} is no speaker, or null. */
    private static String why(String text, String mention) {
        Tokens tokens = Tokens.of(BoilerplateFinder.segment(text));
        int at = text.indexOf(mention);
        return SpeakerForm.why(tokens, new Span(at, at + mention.length()), false);
    }

    @Test
    void a_verb_and_its_object_is_a_clause() {
        assertThat(why("A man who kicked the door and stamped on her foot said he was angry.", "stamped on her foot"))
                .contains("verb");
        assertThat(why("One motion urges the council to act on it.", "urges the council")).contains("verb");
    }

    @Test
    void a_past_participle_before_a_noun_still_describes_a_speaker() {
        assertThat(why("An alleged victim said she was scared.", "alleged victim")).isNull();
    }

    @Test
    void a_number_word_opening_a_sentence_is_a_number() {
        assertThat(why("Forty years on, some say it would be sad.", "Forty")).contains("number");
        assertThat(why("June 19: Seven announce the show will end.", "Seven")).isNull(); // a network's name
    }

    @Test
    void a_participle_opening_a_sentence_is_no_source() {
        assertThat(why("Relying on this promise, the tenants paid.", "Relying")).contains("participle");
        assertThat(why("Manning said it was over.", "Manning")).isNull();
    }

    @Test
    void a_possessive_mark_alone_names_no_one() {
        assertThat(why("That’s one reason the coach said so.", "’s")).isNotNull();
    }

    @Test
    void a_preposition_that_opens_an_adjunct_is_no_source() {
        assertThat(why("Beyond concerns about ownership, the union warned of job losses.", "Beyond")).contains("names no one");
        assertThat(why("Despite reports of attacks, crows are harmless.", "Despite")).contains("names no one");
        assertThat(why("Amid said it was over.", "Amid")).contains("names no one");
    }
}
