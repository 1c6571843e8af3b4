package org.onrecord.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** An entry answers for each of its word classes alone, whatever their number. */
class EntryTest {
    @Test
    void each_class_is_told_apart_from_every_other() {
        // Word once had 64 classes in one long; the 65th shifted into the first's bit (1L << 64 == 1L)
        assertThat(Word.values().length).isGreaterThan(Long.SIZE);
        for (Word w : Word.values()) {
            Entry e = new Entry("x", Word.bits(EnumSet.of(w)), null, null, 0);
            for (Word other : Word.values()) {
                assertThat(e.is(other)).as(w + " asked as " + other).isEqualTo(other == w);
            }
        }
    }

    @Test
    void the_lexicon_reads_a_class_past_the_sixty_fourth() {
        Word last = Word.values()[Word.values().length - 1];
        assertThat(last.ordinal()).isGreaterThanOrEqualTo(Long.SIZE);
        assertThat(Lexicon.standard().entry("very").is(Word.DEGREE)).isTrue();
        assertThat(Lexicon.standard().entry("very").is(Word.SKIPPABLE)).isFalse();
        assertThat(Lexicon.standard().entry("mother").is(Word.SKIPPABLE)).isFalse();
    }
}
