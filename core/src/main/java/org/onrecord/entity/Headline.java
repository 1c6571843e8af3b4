package org.onrecord.entity;

import org.onrecord.text.Chars;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * A first line in title case with no sentence end ("Trump Says Americans Could Feel Pain") is a
 * headline: its capitalised runs are not names, so nothing in it makes a person or an alias.
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
                small += Character.isUpperCase(t.first()) ? 0 : 1;
            }
            end++;
        }
        if (end == 0 || words < 3 || small > 0) {
            return 0;
        }
        Token last = tokens.get(end - 1);
        boolean sentenceEnd = last.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(last.first());
        return sentenceEnd ? 0 : end;
    }
}
