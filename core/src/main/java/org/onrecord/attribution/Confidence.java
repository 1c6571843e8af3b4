package org.onrecord.attribution;

import java.util.HashMap;
import java.util.Map;
import org.onrecord.lexicon.Word;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * How often an attribution like this one is right end to end: measured, not asserted. Each
 * attribution falls in a cell — its rule, whether its words are in marks or reported, and whether a
 * name, a pronoun or a description names its speaker — and the cell's confidence is its smoothed
 * precision on PolNeAR train and the multi-outlet tuning half, read from {@code confidence.tsv}
 * (built by {@code scripts/confidence-table.py}). A cell the table lacks keeps its rule's own figure.
 */
public final class Confidence {
    static final String FILE = "confidence.tsv";
    private static final Map<String, Double> TABLE = read();

    private Confidence() {}

    /** The confidence of {@code a}: 0 when no rule decided it. */
    public static double of(Attribution a, Tokens tokens) {
        if (a.rule() == null) {
            return 0;
        }
        String cell = a.rule().label() + "\t" + (a.quote().isMarked() ? "marked" : "reported") + "\t"
                + kind(a, tokens);
        return TABLE.getOrDefault(cell, a.rule().confidence());
    }

    /** The words that name the speaker: "name", "pronoun", "description", or "none". */
    static String kind(Attribution a, Tokens tokens) {
        if (a.speaker() == null || a.speaker().mention() == null) {
            return "none";
        }
        Span m = a.speaker().mention();
        int from = tokens.firstAtOrAfter(m.start());
        int to = tokens.lastEndingBy(m.end());
        if (from == to && from < tokens.size() && (tokens.get(from).is(Word.PRONOUN) || tokens.get(from).is(Word.RELATIVE))) {
            return "pronoun";
        }
        for (int i = from; i <= to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLetter(t.first()) && !Character.isUpperCase(t.first())) {
                return "description";
            }
        }
        return from <= to ? "name" : "description";
    }

    private static Map<String, Double> read() {
        Map<String, Double> out = new HashMap<>();
        for (String line : ResourceLines.of(Confidence.class, FILE)) {
            String[] f = line.split("\t");
            if (f.length < 4) {
                throw new IllegalStateException(FILE + ": rule, kind of words, speaker words and confidence expected: " + line);
            }
            out.put(f[0] + "\t" + f[1] + "\t" + f[2], Double.parseDouble(f[3]));
        }
        return Map.copyOf(out);
    }
}
