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
        if (to - from >= 2) {
            int a = asciiLetter(text.charAt(from));
            int b = asciiLetter(text.charAt(from + 1));
            if (a >= 0 && b >= 0 && !CUE_STARTS[a * 26 + b]) {
                return false; // no speech verb starts so: most words of a paragraph are answered here
            }
        }
        return Lexicon.standard().entry(text, from, to).cue() != null;
    }

    /**
     * The pairs of ASCII letters a speech verb's form starts with, in lower case: a word that starts
     * with two ASCII letters starts, lower-cased, with the same two in lower case, so a pair no form
     * starts with rules the word out without a look-up.
     */
    private static final boolean[] CUE_STARTS = new boolean[26 * 26];

    static {
        for (var e : Lexicon.standard().entries().entrySet()) {
            String form = e.getKey();
            if (e.getValue().cue() != null && form.length() >= 2) {
                int a = asciiLetter(form.charAt(0));
                int b = asciiLetter(form.charAt(1));
                if (a >= 0 && b >= 0) {
                    CUE_STARTS[a * 26 + b] = true;
                }
            }
        }
    }

    /** 0 to 25 for an ASCII letter in either case, else -1. */
    private static int asciiLetter(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' : -1;
    }

    private static boolean is(String word, Word w) {
        return Lexicon.standard().entry(word.toLowerCase(Locale.ROOT)).is(w);
    }
}
