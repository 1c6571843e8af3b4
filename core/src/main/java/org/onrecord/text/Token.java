package org.onrecord.text;

import java.util.Locale;
import java.util.Objects;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;

/**
 * A word, number or punctuation mark, by its UTF-16 span in the document text.
 *
 * <p>A class with a record's contract (accessors, equality and string form over its six values)
 * rather than a record, so that it can keep its first character beside them: every stage scans
 * tokens asking for it ({@link #first()}, {@link #isCapitalised()}), and reading it from the text
 * cost two more memory loads per token.
 */
public final class Token {
    private final int start;
    private final int end;
    private final Kind kind;
    private final String text;
    private final String lower;
    private final Entry entry;
    private final char first;

    /**
     * @param lower the text in lower case, computed once because every stage compares it
     * @param entry what the lexicon knows of {@code lower}, looked up once so that every later question
     *     about the word ({@link #is(Word)}, {@link #cue()}) is a field read and a bit test
     */
    public Token(int start, int end, Kind kind, String text, String lower, Entry entry) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.text = text;
        this.lower = lower;
        this.entry = entry;
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a token has at least one character"); // so first() needs no check
        }
        this.first = text.charAt(0);
    }

    public Token(int start, int end, Kind kind, String text) {
        this(start, end, kind, text, Lexicon.standard());
    }

    public Token(int start, int end, Kind kind, String text, Lexicon lexicon) {
        this(start, end, kind, text, text.toLowerCase(Locale.ROOT), lexicon);
    }

    private Token(int start, int end, Kind kind, String text, String lower, Lexicon lexicon) {
        this(start, end, kind, text, lower, lexicon.entry(lower));
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String lower() {
        return lower;
    }

    public Entry entry() {
        return entry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && kind == t.kind && text.equals(t.text)
                && lower.equals(t.lower) && Objects.equals(entry, t.entry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, kind, text, lower, entry);
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", kind=" + kind + ", text=" + text + ", lower=" + lower
                + ", entry=" + entry + "]";
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
        return kind == Kind.WORD && Chars.isUpperCase(first);
    }

    /** "I’m", "I've", "I’d", "I'll": the pronoun I and a verb in one word, never a name. */
    public boolean isContractionOfI() {
        if (first != 'I' || text.length() < 3 || text.length() > 4 || !Chars.isApostrophe(text.charAt(1))) {
            return false;
        }
        String rest = text.substring(2).toLowerCase(Locale.ROOT);
        return rest.equals("m") || rest.equals("ve") || rest.equals("d") || rest.equals("ll");
    }

    public boolean is(String s) {
        // the first character, kept beside the text, rules out nearly every token asked about a word
        // or a mark without reading the text's string
        return !s.isEmpty() && first == s.charAt(0) && text.equals(s);
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
        return entry.is(w) && Character.toUpperCase(lower.charAt(0)) == first
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

    /** The first character of the text. */
    public char first() {
        return first;
    }

    public Span span() {
        return new Span(start, end);
    }
}
