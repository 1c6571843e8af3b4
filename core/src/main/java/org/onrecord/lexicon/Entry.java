package org.onrecord.lexicon;

/**
 * What the lexicon knows of one lower-case word form: its word classes as bits, and the verb it is
 * a form of, as a speech cue and as a verb of thought (the two are inflected apart, so a form may
 * be one and not the other). Built once per lexicon and shared by every token of that form.
 */
public final class Entry {
    /** The entry of a form the lexicon does not know. */
    public static final Entry NONE = new Entry(null, Word.NONE, null, null, -1);

    private final String form;
    private final long words; // the classes of ordinal 0..63 as bits
    private final long moreWords; // ordinal 64..127
    private final Lemma cue;
    private final Lemma thought;
    private final int id;

    Entry(String form, long[] words, Lemma cue, Lemma thought, int id) {
        this.id = id;
        this.form = form;
        this.words = words[0];
        this.moreWords = words[1];
        this.cue = cue;
        this.thought = thought;
    }

    /**
     * The lower-case form this is the entry of, or null for {@link #NONE}: a token of a known word
     * shares this string instead of lower-casing its own.
     */
    public String form() {
        return form;
    }

    /**
     * The entry's number in its lexicon, from 0 to {@link Lexicon#size()} − 1; −1 for {@link #NONE}.
     * Tokens of one lexicon have the same known lower-case form exactly when they have the same
     * number, so a stage can keep a set of known words as bits instead of hashing strings.
     */
    public int id() {
        return id;
    }

    /**
     * Whether the form is of class {@code w}. Kept under 35 bytes of bytecode, the JIT's limit for
     * inlining at a call site that is not hot: every stage asks this at hundreds of places.
     */
    public boolean is(Word w) {
        return (words & w.low | moreWords & w.high) != 0;
    }

    /** The speech verb this form inflects ("told" gives tell), or null. */
    public Lemma cue() {
        return cue;
    }

    /** The verb of thought, evidence or stance this form inflects ("believed" gives believe), or null. */
    public Lemma thought() {
        return thought;
    }

    /** The speech verb, else the verb of thought, this form inflects, or null. */
    public Lemma verb() {
        return cue != null ? cue : thought;
    }
}
