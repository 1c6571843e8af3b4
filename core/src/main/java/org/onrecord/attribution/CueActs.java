package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Polarity;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * What a reported clause's cue reports, read from {@code lexicon/cue-acts.tsv}: speech, thought, a
 * finding, a stance, or an action (which is no attribution at all).
 */
final class CueActs {
    /** The kind of act a cue names. */
    enum Kind {
        SPEECH,
        THOUGHT,
        FINDING,
        STANCE,
        ACTION
    }

    /** A cue's act, and for a stance which way it points. */
    record Reading(Kind kind, Polarity polarity) {}

    static final String FILE = "cue-acts.tsv";
    static final String NOUNS_FILE = "stance-nouns.tsv";
    private static final CueActs STANDARD = new CueActs(read(), readNouns());
    private static final Reading SPEECH = new Reading(Kind.SPEECH, null);
    private static final Reading FINDING = new Reading(Kind.FINDING, null);

    private final Map<String, Reading> byCue;
    /** The polarity of a stance noun with the preposition after it, keyed "noun preposition". */
    private final Map<String, Polarity> byNoun;

    private CueActs(Map<String, Reading> byCue, Map<String, Polarity> byNoun) {
        this.byCue = byCue;
        this.byNoun = byNoun;
    }

    static CueActs standard() {
        return STANDARD;
    }

    /** The reading of a cue by its lemma or phrase, or null when the table has none. */
    Reading of(String cue) {
        return byCue.get(cue);
    }

    /**
     * The reading of the cue at {@code cue}: the phrase as written ("talked about"), else the verb
     * its words inflect, else "according to" (speech) and poll nouns (a finding); null when unknown.
     */
    Reading of(Tokens tokens, Span cue) {
        int from = tokens.firstAtOrAfter(cue.start());
        int to = tokens.lastEndingBy(cue.end());
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i <= to && i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                phrase.append(phrase.length() == 0 ? "" : " ").append(tokens.get(i).lower());
            }
        }
        Reading exact = byCue.get(phrase.toString());
        if (exact != null) {
            return exact;
        }
        for (int i = from; i <= to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Lemma verb = t.entry().verb();
            if (verb != null && byCue.containsKey(verb.text())) {
                return byCue.get(verb.text());
            }
            if (TokenView.accordingTo(tokens, i)) {
                return SPEECH;
            }
            if (t.is(Word.POLL)) {
                return FINDING;
            }
        }
        for (int i = from; i <= to && i < tokens.size(); i++) {
            Reading r = byCue.get(tokens.get(i).lower());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** How far into an object its head noun is looked for: "the union's strong support for". */
    private static final int HEAD_REACH = 6;

    /**
     * Which way a stance towards the noun phrase {@code object} points, read from its head noun and
     * the preposition after it ({@code lexicon/stance-nouns.tsv}): "their support for the strikers"
     * supports, "its opposition to the sale" opposes; neutral when the first noun a preposition
     * follows is no stance noun ("the need for unity", "the lack of support for"), or no preposition
     * comes before punctuation or a verb.
     */
    Polarity ofObject(Tokens tokens, Span object) {
        int from = tokens.firstAtOrAfter(object.start());
        int to = Math.min(tokens.lastEndingBy(object.end()), from + HEAD_REACH);
        for (int i = from + 1; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.POSSESSIVE) {
                continue; // "the government's commitment to"
            }
            if (!t.isWord() || t.isLowerCase(Word.FINITE) || t.isLowerCase(Word.BE)) {
                return Polarity.NEUTRAL;
            }
            if (t.is(Word.PREPOSITION) || t.is(Word.OBJECT_PREPOSITION)) {
                Polarity p = byNoun.get(tokens.get(i - 1).lower() + " " + t.lower());
                return p != null && onePhrase(tokens, from, i - 1) ? p : Polarity.NEUTRAL;
            }
        }
        return Polarity.NEUTRAL;
    }

    /**
     * Whether the words before the head at {@code head} open its noun phrase: no verb of the
     * lexicon among them and no determiner after a word ("saw Locky declare his love for" is a
     * clause about another's stance); a possessive may close a name ("the party's support for").
     */
    private static boolean onePhrase(Tokens tokens, int from, int head) {
        boolean word = false;
        for (int k = from; k < head; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.POSSESSIVE) {
                continue;
            }
            if (t.is(Word.DETERMINER) || TokenView.isPossessivePronoun(t)) {
                if (word) {
                    return false;
                }
                continue;
            }
            if (t.entry().verb() != null && Character.isLowerCase(t.first())) {
                return false;
            }
            word = true;
        }
        return true;
    }

    /** The rows of a lexicon file of three tab-separated columns; a row of any other shape is a broken build. */
    private static List<String[]> threeColumns(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : ResourceLines.of(Lexicon.class, file)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(file + ": three columns expected: " + line);
            }
            rows.add(f);
        }
        return rows;
    }

    private static Map<String, Polarity> readNouns() {
        Map<String, Polarity> out = new HashMap<>();
        for (String[] f : threeColumns(NOUNS_FILE)) {
            if (out.put(f[0] + " " + f[1], Polarity.fromLabel(f[2])) != null) {
                throw new IllegalStateException(NOUNS_FILE + ": " + f[0] + " " + f[1] + " twice");
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Reading> read() {
        Map<String, Reading> out = new HashMap<>();
        for (String[] f : threeColumns(FILE)) {
            Kind kind = Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
            Polarity polarity = f[2].equals("-") ? null : Polarity.fromLabel(f[2]);
            if ((kind == Kind.STANCE) != (polarity != null)) {
                throw new IllegalStateException(FILE + ": a stance, and only a stance, has a polarity: " + String.join("\t", f));
            }
            if (out.put(f[0], new Reading(kind, polarity)) != null) {
                throw new IllegalStateException(FILE + ": " + f[0] + " twice");
            }
        }
        return Map.copyOf(out);
    }
}
