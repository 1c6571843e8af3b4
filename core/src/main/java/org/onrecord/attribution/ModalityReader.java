package org.onrecord.attribution;

import org.onrecord.lexicon.Word;
import org.onrecord.model.Modality;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/** Reads the words just before a cue for negation ("did not say") and hedging ("reportedly told"). */
final class ModalityReader {
    private static final int WINDOW = 4;

    private ModalityReader() {}

    static Modality before(Tokens tokens, Span cue) {
        if (cue == null) {
            return null;
        }
        int c = tokens.firstAtOrAfter(cue.start());
        boolean to = false;
        for (int i = c - 1; i >= 0 && i >= c - WINDOW && tokens.sameParagraph(i, c); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                break;
            }
            String w = t.lower();
            if (t.is(Word.NEGATION) || w.endsWith("n't") || w.endsWith("n’t")) {
                return Modality.NEGATED;
            }
            if (t.is(Word.HEDGE) || to && t.is(Word.HEARSAY)) {
                return Modality.HEDGED;
            }
            to |= w.equals("to");
        }
        return null;
    }
}
