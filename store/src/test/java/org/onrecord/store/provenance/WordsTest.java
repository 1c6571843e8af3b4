package org.onrecord.store.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's fast paths (session 12: words read without regular expressions in ASCII text, and passes skipped
 * that cannot change the text) read every text as the regular expressions alone do ({@link WordsReference}, the code
 * before them). Random texts over the characters each pass looks at, and cases written by hand.
 */
class WordsTest {
    /** What the passes look at: letters, digits, apostrophes, stops, commas, brackets, ellipses, marks, accents, space. */
    private static final String[] PIECES = {
        "a", "b", "e", "n", "t", "r", "m", "v", "l", "s", "d", "o", "w", "c", "i", "T", "N", "R", "M", "W", "A",
        "0", "1", "5", "9", "'", "’", "‘", "`", "ʼ", ".", ",", ";", "-", "–", "—", "[", "]", "…", "“", "”", "\"",
        " ", " ", " ", "  ", "\t", "\n", "é", "É", "ü", "ñ", "ﬁ", "²", "½", "Ⅻ", "\u0301", "ß", "İ", "ı", "ſ", "K",
        "日本", "𝐀", "😀", "\u00a0", "won't", "can't", "shan't", "ain't", "n't", "'re", "'m", "'ve", "'ll", "'s", "'d",
        "...", ". . .", "[…]", "[...]", "[Tony]", "[he]'s", "1,000", "3.5", "rock'n'roll", "We", "The", "Of", "of",
        "the", "and", "Make", "America", "Great", "Again", "!", "?"
    };

    @Test
    void random_texts_are_read_as_by_the_regular_expressions() {
        Random random = new Random(12);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int k = 0; k < length; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            same(b.toString());
        }
    }

    @Test
    void texts_written_by_hand_are_read_as_by_the_regular_expressions() {
        for (String text : List.of("", " ", "'", "''t", "x't", "n'tx", "'re'", "a'b'c", "a1'b2", "1a", "a1", "1.2.3", "1..2",
                "1,2,,3", ",5", "5,", "don't won't WON'T Can't", "we're I'm they've we'll it's he'd", "'Tis", "o'clock",
                "He said: “We won’t — ever — give up… so” [Tony] Blair’s line.", "Wait. . . what?", "Dr. Smith. Mr. Jones.",
                "A.B.C.", "[]", "[ … ]", "[...]'s", "“Make America Great Again”", "“The Facts on Where the Race Stands”",
                "It is a “great deal” for “the American people”, he said", "\"Crooked Hillary\"", "“Her mind is shot!”",
                "café au lait", "naïve coöperation", "Zürich’s 1,000,000 francs", "𝐁old", "emoji 😀 here", "tab\there")) {
            same(text);
        }
    }

    private static void same(String text) {
        assertThat(Words.of(text)).as("of %s", text).isEqualTo(WordsReference.of(text));
        assertThat(Words.quoted(text)).as("quoted %s", text).isEqualTo(WordsReference.quoted(text));
        assertThat(Words.isTitle(text)).as("isTitle %s", text).isEqualTo(WordsReference.isTitle(text));
    }
}
