package org.onrecord.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class AlnumTest {
    @Test
    void lettersAndDigitsOfAnyScriptCount() {
        assertThat(Alnum.is('a')).isTrue();
        assertThat(Alnum.is('É')).isTrue();
        assertThat(Alnum.is('7')).isTrue();
        assertThat(Alnum.is('ж')).isTrue();
        assertThat(Alnum.is("𝐀".codePointAt(0))).isTrue();
    }

    @Test
    void numbersWithoutDigitsCountAsPythonsIsnumericDoes() {
        assertThat(Alnum.is('½')).isTrue();
        assertThat(Alnum.is('Ⅻ')).isTrue();
    }

    @Test
    void quotationMarksSpacesUnderscoresAndCombiningMarksDoNot() {
        for (int cp : new int[] {'“', '"', ' ', '_', '-', '.', 0x0301, '€'}) {
            assertThat(Alnum.is(cp)).as("U+%04X", cp).isFalse();
        }
    }

    @Test
    void withinClipsTheSpanToTheText() {
        int[] cps = "ab, c".codePoints().toArray();
        BitSet all = Alnum.of(cps);
        assertThat(Alnum.within(all, cps.length, -3, 99)).isEqualTo(all);
        assertThat(Alnum.within(all, cps.length, 1, 4).stream().toArray()).containsExactly(1);
        assertThat(Alnum.within(all, cps.length, 4, 2).isEmpty()).isTrue();
    }
}
