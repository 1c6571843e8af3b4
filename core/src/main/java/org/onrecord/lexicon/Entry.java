package org.onrecord.lexicon;

/**
 * What the lexicon knows of one lower-case word form: its word classes as bits, and the verb it is
 * a form of, as a speech cue and as a verb of thought (the two are inflected apart, so a form may
 * be one and not the other). Built once per lexicon and shared by every token of that form.
 */
public final class Entry {
    /** The entry of a form the lexicon does not know. */
    public static final Entry NONE = new Entry(null, Word.NONE, null, null);

    private final String form;
    private final long words; // the classes of ordinal 0..63 as bits
    private final long moreWords; // ordinal 64..127
    private final Lemma cue;
    private final Lemma thought;

    Entry(String form, long[] words, Lemma cue, Lemma thought) {
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

    public boolean is(Word w) {
        return ((w.ordinal() < Long.SIZE ? words : moreWords) & w.bit) != 0;
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
