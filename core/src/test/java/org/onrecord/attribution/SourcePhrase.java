package org.onrecord.attribution;

import org.onrecord.Stages;
import org.onrecord.text.Tokens;

/** Reads one source phrase of a sentence as the cue readers ask {@link SourceReader}: for the tests of its readings. */
final class SourcePhrase {
    private SourcePhrase() {
    }

    /** The source read back from the token before the word {@code cue}, within its sentence; null when none. */
    static String before(String text, String cue) {
        Tokens tokens = Stages.tokens(text);
        int c = tokens.firstAtOrAfter(text.indexOf(cue));
        return words(text, new SourceReader(tokens).sourceBefore(c - 1, tokens.sentenceStart(c)));
    }

    /** The subject that opens the sentence of the word {@code verb}, as for a participial cue; null when none. */
    static String subject(String text, String verb) {
        Tokens tokens = Stages.tokens(text);
        int c = tokens.firstAtOrAfter(text.indexOf(verb));
        return words(text, new SourceReader(tokens).sentenceSubject(c, tokens.sentenceStart(c)));
    }

    private static String words(String text, Source s) {
        return s == null ? null : s.mention().of(text);
    }
}
