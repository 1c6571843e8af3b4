package org.onrecord.quote;

import java.util.Locale;
import java.util.Set;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Word;
import org.onrecord.text.ResourceLines;

/**
 * The word lists the quote stage reads. It runs before tokenizing, so it looks words up by their
 * characters: elisions from a resource file beside this class (no other stage reads them), titles'
 * cue and small words from the lexicon ({@link Word#TITLE_BEFORE}, {@link Word#TITLE_SMALL_WORD}),
 * which attribution reads too, and speech cues from the lexicon's speech verbs.
 */
final class QuoteWords {
    /** Words an apostrophe begins by eliding letters: 'Tis, 'em, rock 'n' roll. */
    static final Set<String> ELISIONS = Set.copyOf(
            ResourceLines.of(QuoteWords.class, "elisions.txt").stream().map(String::strip).toList());
    /** The longest word Title Case leaves in lower case: longer words need no look-up. */
    static final int LONGEST_SMALL_WORD = Lexicon.standard().entries().entrySet().stream()
            .filter(e -> e.getValue().is(Word.TITLE_SMALL_WORD)).mapToInt(e -> e.getKey().length()).max().orElse(0);

    private QuoteWords() {}

    /** A word before a quoted Title Case phrase that makes it a title or a name: the film, called, on. */
    static boolean isTitleCue(String word) {
        return is(word, Word.TITLE_BEFORE);
    }

    /** A word for someone's office or job, or one that qualifies it: president, teacher, union. */
    static boolean isRole(String word) {
        return is(word, Word.ROLE) || is(word, Word.ROLE_MODIFIER);
    }

    /** A word Title Case leaves in lower case: of, and, the. */
    static boolean isTitleSmallWord(String word) {
        return is(word, Word.TITLE_SMALL_WORD);
    }

    /** A form of a speech verb: said, tells, wrote. */
    static boolean isCue(String word) {
        return Lexicon.standard().entry(word.toLowerCase(Locale.ROOT)).cue() != null;
    }

    /** Whether {@code text[from, to)} is a form of a speech verb, as {@link #isCue(String)} of that word. */
    static boolean isCue(String text, int from, int to) {
        return Lexicon.standard().entry(text, from, to).cue() != null;
    }

    private static boolean is(String word, Word w) {
        return Lexicon.standard().entry(word.toLowerCase(Locale.ROOT)).is(w);
    }
}
