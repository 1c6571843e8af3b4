package org.onrecord.attribution;

import org.onrecord.text.Tokens;

/**
 * Cue phrases whose object, not a clause, is what the source says or stands for ("talked about
 * the border", "voted for Clinton", "his criticism of the deal"), from the lexicon's
 * {@code object-cues.txt}.
 */
final class ObjectCues {
    private ObjectCues() {}

    /** Whether {@code word} followed by {@code next}, both in lower case, opens an object cue ("calling" "for"). */
    static boolean opens(Tokens tokens, String word, String next) {
        return tokens.lexicon().opensObjectCue(word, next);
    }
}
