package org.onrecord.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Lemma;
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
    private static final CueActs STANDARD = new CueActs(read());
    private static final Reading SPEECH = new Reading(Kind.SPEECH, null);
    private static final Reading FINDING = new Reading(Kind.FINDING, null);

    private final Map<String, Reading> byCue;

    private CueActs(Map<String, Reading> byCue) {
        this.byCue = byCue;
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
            if (t.isIgnoreCase("according")) {
                return SPEECH;
            }
            if (t.is(org.onrecord.lexicon.Word.POLL)) {
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

    private static Map<String, Reading> read() {
        Map<String, Reading> out = new HashMap<>();
        for (String line : ResourceLines.of(Lexicon.class, FILE)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(FILE + ": three columns expected: " + line);
            }
            Kind kind = Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
            Polarity polarity = f[2].equals("-") ? null : Polarity.fromLabel(f[2]);
            if ((kind == Kind.STANCE) != (polarity != null)) {
                throw new IllegalStateException(FILE + ": a stance, and only a stance, has a polarity: " + line);
            }
            if (out.put(f[0], new Reading(kind, polarity)) != null) {
                throw new IllegalStateException(FILE + ": " + f[0] + " twice");
            }
        }
        return Map.copyOf(out);
    }
}
