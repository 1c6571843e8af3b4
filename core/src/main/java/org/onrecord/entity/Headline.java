package org.onrecord.entity;

import org.onrecord.text.Chars;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * A first line in title case that is at most one sentence ("Trump Says Americans Could Feel Pain",
 * or with a closing full stop as corpora such as PolNeAR write them: "Black Lawmakers Rip Donald
 * Trump As A ‘Disgusting Fraud.’") is a headline: its capitalised runs are not names, so nothing
 * in it makes a person or an alias.
 */
public final class Headline {
    private Headline() {}

    /** The number of tokens of the title-case headline that opens the text, or 0 when it has none. */
    public static int length(Tokens tokens) {
        int words = 0;
        int small = 0;
        int end = 0;
        int sentenceEnds = 0;
        int lastSentenceEnd = -1;
        while (end < tokens.size() && tokens.paragraphOf(end) == tokens.paragraphOf(0)) {
            Token t = tokens.get(end);
            if (t.isWord() && t.text().length() > 3) {
                words++;
                small += Character.isUpperCase(t.first()) ? 0 : 1;
            } else if (isSentenceEnd(t)) {
                sentenceEnds++;
                lastSentenceEnd = end;
            }
            end++;
        }
        if (end == 0 || words < 3 || small > 0) {
            return 0;
        }
        if (!isSentenceEnd(tokens.get(end - 1))) {
            return end; // no full stop at the end: a headline whatever marks stand inside it
        }
        // else one sentence end is allowed, as the line's last mark (closing quotes may follow it)
        return sentenceEnds == 1 && onlyClosersAfter(tokens, lastSentenceEnd, end) ? end : 0;
    }

    private static boolean isSentenceEnd(Token t) {
        return t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first());
    }

    private static boolean onlyClosersAfter(Tokens tokens, int from, int end) {
        for (int i = from + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.QUOTE_MARK && !t.is(")") && !t.is("]")) {
                return false;
            }
        }
        return true;
    }
}
