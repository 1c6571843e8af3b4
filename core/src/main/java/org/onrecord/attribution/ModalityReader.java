package org.onrecord.attribution;

import java.util.Set;
import org.onrecord.model.Modality;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/** Reads the words just before a cue for negation ("did not say") and hedging ("reportedly told"). */
final class ModalityReader {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "n’t", "no", "neither", "nor");
    private static final Set<String> HEDGES = Set.of(
            "reportedly", "allegedly", "apparently", "reputedly", "purportedly", "may", "might", "could");
    /** "is understood to have said", "is believed to have told": hedges when followed by "to". */
    private static final Set<String> HEARSAY = Set.of(
            "understood", "believed", "reported", "thought", "rumoured", "rumored", "alleged", "said", "claimed");
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
            if (NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t")) {
                return Modality.NEGATED;
            }
            if (HEDGES.contains(w) || to && HEARSAY.contains(w)) {
                return Modality.HEDGED;
            }
            to |= w.equals("to");
        }
        return null;
    }
}
