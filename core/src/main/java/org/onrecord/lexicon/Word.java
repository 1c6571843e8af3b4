package org.onrecord.lexicon;

/**
 * A class of word forms, read from {@code function-words.tsv}, {@code word-forms.tsv} and
 * {@code nouns.tsv}. Each form carries its classes as bits, computed once per lexicon, so asking
 * whether a token is one is a bit test (see {@link Entry#is(Word)}).
 */
public enum Word {
    // function-words.tsv
    /** Adverbs, auxiliaries and time words a source or cue phrase may skip ("also", "then", "Monday"); holds "told", which {@code TokenView.isSkippable} excludes. */
    SKIPPABLE("skippable"),
    /** Determiners before a description ("the", "his", "several"). */
    DETERMINER("determiner"),
    /** Determiners that stand for people ("some", "many"). */
    QUANTIFIER("quantifier"),
    /** Sentence connectives before a subject ("however", "meanwhile"). */
    CONNECTIVE("connective"),
    /** Words that open an adjunct before a subject ("after", "speaking"). */
    OPENER("opener"),
    /** Prepositions inside a description ("chief of staff"). */
    PREPOSITION("preposition"),
    /** Prepositions that open an adjunct after a verb. */
    OBJECT_PREPOSITION("object-preposition"),
    /** Auxiliaries, modals and adverbs between a subject and its verb. */
    AUXILIARY("auxiliary"),
    /** Days and time adverbs. */
    TIME_WORD("time-word"),
    /** Prepositions and determiners that make the next word a noun. */
    NOUN_BEFORE("noun-before"),
    /** Finite auxiliaries and modals: a clause has begun. */
    FINITE("finite"),
    /** Words that open an adjunct after a closing cue ("said on Tuesday"). */
    ADJUNCT_OPENER("adjunct-opener"),
    /** Forms of "be", with contractions. */
    BE("be"),
    /** Relative pronouns. */
    RELATIVE("relative"),
    /** Prepositions before a reporting participle ("by saying"). */
    AFTER_PREPOSITION("after-preposition"),
    /** Words that open a clause of their own after an object. */
    OBJECT_END("object-end"),
    /** Conjunctions joining a second clause. */
    CLAUSE_JOIN("clause-join"),
    /** Prepositions of a short adjunct. */
    SHORT_ADJUNCT("short-adjunct"),
    /** Forms of "be" before a passive participle. */
    PASSIVE("passive"),
    /** Object pronouns. */
    OBJECT_PRONOUN("object-pronoun"),
    /** Negations before a cue. */
    NEGATION("negation"),
    /** Hedges before a cue ("reportedly"). */
    HEDGE("hedge"),
    /** Words before a quoted title ("the show"). */
    TITLE_BEFORE("title-before"),
    /** Small words inside a title. */
    TITLE_SMALL_WORD("title-small-word"),
    /** Capitalised words that are never part of a name. */
    NOT_NAME("not-name"),
    /** Male pronouns. */
    PRONOUN_MALE("pronoun-male"),
    /** Female pronouns. */
    PRONOUN_FEMALE("pronoun-female"),
    /** Plural pronouns. */
    PRONOUN_PLURAL("pronoun-plural"),
    /** Every personal pronoun the engine reads as a speaker. */
    PRONOUN("pronoun"),
    /** Determiners before a role. */
    ROLE_DETERMINER("role-determiner"),
    /** Prepositions inside a role ("head of"). */
    ROLE_LINK("role-link"),
    /** Adverbs before a role. */
    LEADING_ADVERB("leading-adverb"),
    /** Finite verbs that end a role phrase. */
    ROLE_VERB("role-verb"),
    /** Lower-case particles inside a name ("van", "bin"). */
    NAME_PARTICLE("name-particle"),
    /** Small words inside an organisation name. */
    ORG_JOINER("org-joiner"),
    /** Generation suffixes that end a full name but are not its surname ("Jr", "II"). */
    NAME_SUFFIX("name-suffix"),
    /** Capitalised not-name words that open a proper name when a name word follows ("New York", "Old Trafford"). */
    NAME_OPENER("name-opener"),
    /** Pronouns and articles that start a new sentence after an initialism; matched capitalised only. */
    SENTENCE_OPENER("sentence-opener"),
    /** Abbreviations that keep their dot. */
    ABBREVIATION("abbreviation"),
    /** US state abbreviations. */
    STATE_ABBREVIATION("state-abbreviation"),
    /** Cardinal number words ("forty", "hundreds"): alone, a number, never a speaker. */
    NUMBER_WORD("number-word"),
    /** Adverbs of degree: an "-ing" form after one is an adjective ("the most revealing"). */
    DEGREE("degree"),
    /** Name particles written joined to a surname by a hyphen ("al-Golani", "el-Sisi"). */
    HYPHEN_PARTICLE("hyphen-particle"),
    /** Question words that open a reported content ("asked how …", "said whether …"): what follows a cue is then a clause. */
    CONTENT_OPENER("content-opener"),
    /** Conjunctions that open a subordinate clause ("as he said", "when she arrived"). */
    SUBORDINATOR("subordinator"),
    // word-forms.tsv
    /** Forms that report less often than they mislead ("continues"). */
    NOT_REPORTING_FORM("not-reporting-form"),
    /** Forms of "appear" and "seem". */
    APPEARANCE("appearance"),
    /** Participles of a stance held by no one named ("is expected to"). */
    PASSIVE_STANCE("passive-stance"),
    /** Participles that hedge before "to". */
    HEARSAY("hearsay"),
    /** Forms of "go", speech only with "on". */
    GO_ON("go-on"),
    /** Past forms that are speech only with "back". */
    BACK_VERB("back-verb"),
    /** Forms that are no cue before "off" ("showed off her figure", "called off the strike"). */
    OFF_NOT_CUE("off-not-cue"),
    // nouns.tsv
    /** Role nouns: the head of a description of a person. */
    ROLE("role"),
    /** Words that end an organisation name. */
    ORGANISATION("organisation"),
    /** Organisations known by one word that is also an organisation word. */
    KNOWN_ORGANISATION("known-organisation"),
    /** Documents and messages that can be quoted as if they spoke. */
    DOCUMENT("document"),
    /** Documents that carry their author's words ("the statement said": the body that issued it). */
    MESSAGE("message"),
    /** Plural nouns that stand for unnamed sources. */
    PLURAL_SOURCE("plural-source"),
    /** Poll nouns. */
    POLL("poll"),
    /** Evidence that reports a finding even as a bare noun phrase ("polling averages show Clinton ahead"). */
    EVIDENCE("evidence"),
    /** Labels before a colon that are nobody's words. */
    LABEL("label"),
    /** Courtesy titles implying a man. */
    TITLE_MALE("title-male"),
    /** Courtesy titles implying a woman. */
    TITLE_FEMALE("title-female"),
    /** Courtesy titles implying no gender. */
    TITLE_NEUTRAL("title-neutral"),
    /** Peers' titles that stay in the name before a single surname ("Lord Lansley"). */
    PEERAGE("peerage"),
    /** Words before a role noun inside a role ("shadow", "former"). */
    ROLE_MODIFIER("role-modifier"),
    /** Marks a word meant to be both a role and an organisation word. */
    ROLE_AND_ORGANISATION("role-and-organisation"),
    /** Nouns that describe one person in news prose ("the youngster", "the mother-of-four"). */
    PERSON("person"),
    /** Person nouns implying a man. */
    PERSON_MALE("person-male"),
    /** Person nouns implying a woman. */
    PERSON_FEMALE("person-female"),
    /** Roles news calls a person by again right after naming them ("the minister", "the defendant"). */
    EPITHET("epithet"),
    /** People and groups a person has, who speak for or about them ("her stylist", "his lawyers"). */
    ASSOCIATE("associate"),
    /** Blood relatives, who share a family name: "Kula's father Solomon" is Solomon Kula. */
    KIN("kin");

    /** No class: the bits of {@link #bits(Iterable)} for none. */
    static final long[] NONE = new long[2];

    private final String key;
    /** This class's bit in its word of the two {@link Entry} keeps: bit {@code ordinal % 64}. */
    final long bit;
    /** {@link #bit} in the first word of {@link Entry}'s two, else 0; {@link #high} likewise for the second. */
    final long low;
    final long high;

    Word(String key) {
        this.key = key;
        this.bit = 1L << (ordinal() % Long.SIZE); // Java shifts a long by ordinal % 64 anyway: a 65th class needs the second word
        this.low = ordinal() < Long.SIZE ? bit : 0;
        this.high = ordinal() < Long.SIZE ? 0 : bit;
    }

    static {
        if (values().length > 2 * Long.SIZE) {
            throw new IllegalStateException("an Entry keeps at most 128 word classes");
        }
    }

    /** The classes as two words of bits, ordinals 0..63 in the first and 64..127 in the second. */
    static long[] bits(Iterable<Word> classes) {
        long[] bits = new long[2];
        for (Word w : classes) {
            bits[w.ordinal() / Long.SIZE] |= w.bit;
        }
        return bits;
    }

    /** The class's name in the data files. */
    public String key() {
        return key;
    }

    static Word byKey(String key) {
        for (Word w : values()) {
            if (w.key.equals(key)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown word class " + key);
    }
}
