package org.onrecord.text;

import java.util.Locale;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;

/**
 * A word, number or punctuation mark, by its UTF-16 span in the document text.
 *
 * @param lower the text in lower case, computed once because every stage compares it
 * @param entry what the lexicon knows of {@code lower}, looked up once so that every later question
 *     about the word ({@link #is(Word)}, {@link #cue()}) is a field read and a bit test
 */
public record Token(int start, int end, Kind kind, String text, String lower, Entry entry) {
    public Token(int start, int end, Kind kind, String text) {
        this(start, end, kind, text, Lexicon.standard());
    }

    public Token(int start, int end, Kind kind, String text, Lexicon lexicon) {
        this(start, end, kind, text, text.toLowerCase(Locale.ROOT), lexicon);
    }

    private Token(int start, int end, Kind kind, String text, String lower, Lexicon lexicon) {
        this(start, end, kind, text, lower, lexicon.entry(lower));
    }

    /** What a token is. */
    public enum Kind {
        WORD,
        NUMBER,
        /** {@code ’s} or {@code 's} after a word. */
        POSSESSIVE,
        QUOTE_MARK,
        PUNCT
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    /** Whether the word, in any case, is of class {@code w}. */
    public boolean is(Word w) {
        return entry.is(w);
    }

    /**
     * Whether the word, exactly as written in lower case, is of class {@code w}: for the lists that
     * were probed with the raw text, so that "Told" is not "told".
     */
    public boolean isLowerCase(Word w) {
        return entry.is(w) && text.equals(lower);
    }

    /** Whether the word, written capitalised ("He", not "HE" or "he"), is of class {@code w}. */
    public boolean isCapitalised(Word w) {
        return entry.is(w) && Character.toUpperCase(lower.charAt(0)) == text.charAt(0)
                && text.length() == lower.length() && text.regionMatches(1, lower, 1, lower.length() - 1);
    }

    /** The speech verb this word inflects ("told" gives tell), or null. */
    public Lemma cue() {
        return entry.cue();
    }

    /** Whether the word is a form of a speech verb with {@code flag}. */
    public boolean isCue(Verb flag) {
        return entry.cue() != null && entry.cue().has(flag);
    }

    public boolean isIgnoreCase(String s) {
        return text.equalsIgnoreCase(s);
    }

    public char first() {
        return text.charAt(0);
    }

    public Span span() {
        return new Span(start, end);
    }
}
