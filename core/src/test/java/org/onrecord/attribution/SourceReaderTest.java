package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.Stages;

/** Which words before or after a cue are its source. */
class SourceReaderTest {
    private static String speaker(String text) {
        Attribution a = Stages.attributions(text).stream().filter(x -> x.quote().isMarked()).findFirst().orElseThrow();
        return a.speaker() == null ? null : a.speaker().name();
    }

    @Test
    void a_word_in_s_before_a_role_noun_is_a_modifier_of_the_source() {
        assertThat(speaker("“He needs to sign,” Australian sevens coach Andy Friend said.")).isEqualTo("Andy Friend");
    }
}
