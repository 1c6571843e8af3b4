package org.onrecord.entity;

import java.util.HashSet;
import java.util.Set;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Chars;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Capitalised words that are only capitalised because they open a sentence ("Doctors claim…",
 * "Analysts say…"): the article itself, or the lexicon, shows them to be common words.
 */
final class CommonWords {
    private final Tokens tokens;
    /** The words written small elsewhere that the lexicon does not know. */
    private final Set<String> writtenSmall = new HashSet<>();
    /** The ones it knows, as bits by {@link org.onrecord.lexicon.Entry#id()}. */
    private final long[] knownWrittenSmall;

    CommonWords(Tokens tokens) {
        this.tokens = tokens;
        // only a sentence's first word is asked about: gather those, then keep the ones the article
        // also writes in lower case (adding every lower-case word of the article to the set cost more
        // than the rest of this stage's reading of evidence). Words the lexicon knows, most of both
        // ("The" and "the"), are kept as bits by their entry's number: no string is hashed for them.
        int words = (tokens.lexicon().size() + 63) >>> 6;
        long[] knownAsked = new long[words];
        knownWrittenSmall = new long[words];
        Set<String> asked = new HashSet<>();
        long[] shapes = new long[SHAPE_WORDS];
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.startsSentence(k)) {
                Token t = tokens.get(k);
                int id = t.entry().id();
                if (id >= 0) {
                    knownAsked[id >>> 6] |= 1L << id;
                } else {
                    asked.add(t.lower());
                    int b = shape(t.lower());
                    shapes[b >>> 6] |= 1L << b;
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && Chars.isLowerCase(t.first())) {
                int id = t.entry().id();
                if (id >= 0) {
                    knownWrittenSmall[id >>> 6] |= knownAsked[id >>> 6] & 1L << id;
                    continue;
                }
                // most other words share no first letter and length with a sentence's first word:
                // they skip hashing their lower-case string, made fresh for each such word
                int b = shape(t.lower());
                if ((shapes[b >>> 6] & 1L << b) != 0 && asked.contains(t.lower())) {
                    writtenSmall.add(t.lower());
                }
            }
        }
    }

    private static final int SHAPE_WORDS = 16; // 1,024 bits

    /** A word's first character and length as a bit index: equal words have equal shapes. */
    private static int shape(String w) {
        int h = w.isEmpty() ? 0 : w.charAt(0) * 31 + w.length();
        return h & (SHAPE_WORDS * 64 - 1);
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
        return t.is(Word.PLURAL_SOURCE) || writtenSmall(t);
    }

    /** Whether the article writes the token's word in lower case somewhere. */
    private boolean writtenSmall(Token t) {
        int id = t.entry().id();
        if (id >= 0) {
            return id < knownWrittenSmall.length << 6 && (knownWrittenSmall[id >>> 6] & 1L << id) != 0;
        }
        return writtenSmall.contains(t.lower());
    }
}
