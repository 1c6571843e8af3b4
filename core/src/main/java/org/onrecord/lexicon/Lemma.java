package org.onrecord.lexicon;

/**
 * A verb of the lexicon: its lemma, its number in the lexicon (so comparing two lemmas is an int
 * comparison) and its flags.
 */
public final class Lemma {
    private final int id;
    private final String text;
    private final int flags;

    Lemma(int id, String text, int flags) {
        this.id = id;
        this.text = text;
        this.flags = flags;
    }

    public int id() {
        return id;
    }

    public String text() {
        return text;
    }

    public boolean has(Verb flag) {
        return (flags & flag.bit) != 0;
    }

    public boolean is(String lemma) {
        return text.equals(lemma);
    }

    @Override
    public String toString() {
        return text;
    }
}
