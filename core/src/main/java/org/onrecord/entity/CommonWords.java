package org.onrecord.entity;

import java.util.HashSet;
import java.util.Set;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Capitalised words that are only capitalised because they open a sentence ("Doctors claim…",
 * "Analysts say…"): the article itself, or the lexicon, shows them to be common words.
 */
final class CommonWords {
    private final Tokens tokens;
    private final Set<String> writtenSmall = new HashSet<>();

    CommonWords(Tokens tokens) {
        this.tokens = tokens;
        // only a sentence's first word is asked about: gather those, then keep the ones the article
        // also writes in lower case (adding every lower-case word of the article to the set cost more
        // than the rest of this stage's reading of evidence)
        Set<String> asked = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.startsSentence(k)) {
                asked.add(tokens.get(k).lower());
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && Character.isLowerCase(t.first()) && asked.contains(t.lower())) {
                writtenSmall.add(t.lower());
            }
        }
    }

    /**
     * Whether token {@code i} opens a sentence and is a common word: the article writes it in lower
     * case elsewhere, or the lexicon knows it as a word for unnamed sources.
     */
    boolean opensSentence(int i) {
        Token t = tokens.get(i);
        if (!tokens.startsSentence(i) || FirstNames.contains(t.text())) {
            return false;
        }
        return t.is(Word.PLURAL_SOURCE) || writtenSmall.contains(t.lower());
    }
}
