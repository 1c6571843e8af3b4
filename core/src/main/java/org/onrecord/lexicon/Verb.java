package org.onrecord.lexicon;

/** A flag on a verb lemma in {@code verbs.tsv}; the file's header says what each one means. */
public enum Verb {
    SPEECH("speech"),
    COGNITION("cognition"),
    NAMING("naming"),
    STANCE("stance"),
    NOUN_TOO("noun-too"),
    NOUN_CUE("noun-cue"),
    AS_FRAMING("as-framing"),
    ADDRESSED("addressed"),
    NOT_REPORTING("not-reporting"),
    /** Its object is a thing, never a speaker inverted after it ("captioned the photos:", not "said Smith:"). */
    OBJECT_NOT_SOURCE("object-not-source"),
    DOUBLES("doubles"),
    /** Its object is what was said whatever its form ("say"), or whom a charge is against ("accuse"): never a bare stance. */
    ANY_OBJECT("any-object");

    private final String key;
    final int bit;

    Verb(String key) {
        this.key = key;
        this.bit = 1 << ordinal();
    }

    /** The flag's name in the data file. */
    public String key() {
        return key;
    }

    static Verb byKey(String key) {
        for (Verb v : values()) {
            if (v.key.equals(key)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verb flag " + key);
    }
}
