package org.onrecord.entity;

import org.onrecord.lexicon.Word;
import org.onrecord.text.Chars;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * A first line in title case ("Trump Says Americans Could Feel Pain", "Pence Calls for Special
 * Prosecutor after Report", or closed by a full stop as corpora such as PolNeAR write them: "Black
 * Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’") is a headline: its capitalised runs are not
 * names, so nothing in it makes a person or an alias. Title case leaves only small words small
 * (articles, prepositions, "and", "if"); a line closed by a full stop must have no other small word.
 */
public final class Headline {
    private Headline() {}

    /** The number of tokens of the title-case headline that opens the text, or 0 when it has none. */
    public static int length(Tokens tokens) {
        int words = 0;
        int small = 0;
        int shortSmall = 0;
        int end = 0;
        while (end < tokens.size() && tokens.paragraphOf(end) == tokens.paragraphOf(0)) {
            Token t = tokens.get(end);
            boolean lower = t.isWord() && !Character.isUpperCase(t.first()) && !smallInTitles(t);
            if (t.isWord() && t.text().length() > 3) {
                words++;
                small += lower ? 1 : 0;
            } else {
                shortSmall += lower ? 1 : 0;
            }
            end++;
        }
        if (end == 0 || words < 3 || small > 0) {
            return 0;
        }
        // closed by a full stop, a line reads as a sentence unless every word is title case: "Tom Baker met
        // Jane Smith on Monday." is a sentence for its "met", "Trump Rips Clinton As A ‘Fraud.’" a headline
        Token last = tokens.get(end - 1);
        boolean fullStop = last.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(last.first())
                || last.kind() == Token.Kind.QUOTE_MARK && end >= 2 && Chars.isSentenceEnd(tokens.get(end - 2).first());
        return fullStop && shortSmall > 0 ? 0 : end;
    }

    /** "for", "after", "with", "if": words title case leaves small ("Pence Calls for Special Prosecutor after Report"). */
    private static boolean smallInTitles(Token t) {
        return t.is(Word.TITLE_SMALL_WORD) || t.is(Word.PREPOSITION) || t.is(Word.OBJECT_PREPOSITION) || t.is("if");
    }
}
