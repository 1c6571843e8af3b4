package org.onrecord.text;

/**
 * A word, number or punctuation mark, by its UTF-16 span in the document text.
 *
 * @param lower the text in lower case, computed once because every stage compares it
 */
public record Token(int start, int end, Kind kind, String text, String lower) {
    public Token(int start, int end, Kind kind, String text) {
        this(start, end, kind, text, text.toLowerCase(java.util.Locale.ROOT));
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
