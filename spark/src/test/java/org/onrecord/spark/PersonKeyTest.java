package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonKeyTest {
    @Test
    void caseAccentsAndTitlesAreFolded() {
        assertThat(PersonKey.of("Dr. José Álvarez")).isEqualTo("jose alvarez");
        assertThat(PersonKey.of("JOSE ALVAREZ")).isEqualTo("jose alvarez");
    }

    @Test
    void apostrophesAndHyphensInNamesAreKept() {
        assertThat(PersonKey.of("Siobhán O\u2019Brien-Kelly")).isEqualTo("siobhan o'brien-kelly");
    }

    @Test
    void aNameThatIsOnlyATitleHasNoKey() {
        assertThat(PersonKey.of("Sir")).isNull();
        assertThat(PersonKey.of("  ")).isNull();
    }

    @Test
    void aSurnameThatLooksLikeATitleIsKept() {
        assertThat(PersonKey.of("Mr Lord")).isEqualTo("lord");
    }
}
