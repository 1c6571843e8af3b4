package org.onrecord.entity;

import org.onrecord.lexicon.Word;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * A first line in title case ("Trump Says Americans Could Feel Pain", "Pence Calls for Special
 * Prosecutor after Report", or closed by a full stop as corpora such as PolNeAR write them: "Black
 * Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’") is a headline: its capitalised runs are not
 * names, so nothing in it makes a person or an alias. A full stop is no sign of a sentence here: an
 * opening sentence has lower-case words longer than three letters that are not prepositions.
 */
public final class Headline {
    private Headline() {}

    /** The number of tokens of the title-case headline that opens the text, or 0 when it has none. */
    public static int length(Tokens tokens) {
        int words = 0;
        int small = 0;
        int end = 0;
        while (end < tokens.size() && tokens.paragraphOf(end) == tokens.paragraphOf(0)) {
            Token t = tokens.get(end);
            if (t.isWord() && t.text().length() > 3) {
                words++;
                small += Character.isUpperCase(t.first()) || smallInTitles(t) ? 0 : 1;
            }
            end++;
        }
        // full stops do not matter: "A Debate. She’s Challenging A Donor." is as much a headline
        return end == 0 || words < 3 || small > 0 ? 0 : end;
    }

    /** "for", "after", "with": words title case leaves small ("Pence Calls for Special Prosecutor after Report"). */
    private static boolean smallInTitles(Token t) {
        return t.is(Word.TITLE_SMALL_WORD) || t.is(Word.PREPOSITION) || t.is(Word.OBJECT_PREPOSITION);
    }
}
