package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    @Test
    void text_without_supplementary_characters_maps_to_itself() {
        CodePoints cp = CodePoints.of("plain “text”");
        assertThat(cp.offset(7)).isEqualTo(7);
    }

    @Test
    void each_supplementary_character_counts_once() {
        String s = "a😀b😀c";
        CodePoints cp = CodePoints.of(s);
        assertThat(cp.offset(s.indexOf('b'))).isEqualTo(2);
        assertThat(cp.offset(s.indexOf('c'))).isEqualTo(4);
        assertThat(cp.offset(s.length())).isEqualTo(s.codePointCount(0, s.length()));
    }
}
