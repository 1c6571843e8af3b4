package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.lexicon.Word;

/** A token answers word-class questions from the lexicon entry it was given when it was built. */
class TokenWordClassTest {
    private static Token token(String word) {
        List<Token> ts = Tokenizer.tokenize(word, 0, word.length());
        assertThat(ts).hasSize(1);
        return ts.get(0);
    }

    @Test
    void a_class_holds_in_any_case() {
        assertThat(token("Spokesman").is(Word.ROLE)).isTrue();
        assertThat(token("SPOKESMAN").is(Word.ROLE)).isTrue();
        assertThat(token("spokesmen").is(Word.ROLE)).isFalse();
    }

    @Test
    void a_list_once_probed_with_the_raw_text_still_matches_only_lower_case() {
        assertThat(token("told").isLowerCase(Word.SKIPPABLE)).isTrue();
        assertThat(token("Told").isLowerCase(Word.SKIPPABLE)).isFalse();
        assertThat(token("Told").is(Word.SKIPPABLE)).isTrue();
    }

    @Test
    void a_sentence_opener_matches_only_capitalised() {
        assertThat(token("He").isCapitalised(Word.SENTENCE_OPENER)).isTrue();
        assertThat(token("I").isCapitalised(Word.SENTENCE_OPENER)).isTrue();
        assertThat(token("HE").isCapitalised(Word.SENTENCE_OPENER)).isFalse();
        assertThat(token("he").isCapitalised(Word.SENTENCE_OPENER)).isFalse();
    }

    @Test
    void a_speech_form_knows_its_lemma() {
        assertThat(token("Told").cue().text()).isEqualTo("tell");
        assertThat(token("table").cue()).isNull();
    }
}
