package org.onrecord.cli.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Generated text shaped to find work that grows faster than the text: each shape once made the
 * engine quadratic (issue #12). A shape gives a text of at least a given number of UTF-8 bytes.
 *
 * @param name the shape's label in the bench's table
 * @param text the text of at least so many bytes
 */
public record AdversarialText(String name, IntFunction<String> text) {
    /** The shapes, each with the quadratic path it found. */
    public static final List<AdversarialText> SHAPES = List.of(
            repeated("words", "Words "), // one endless capitalised run: a name candidate of n words
            repeated("curly", "\u201Cx\u201D"), // one sentence of marks: a sentence scan per mark
            repeated("mixed", "a\"b\u201Cc\u201Dd"), // straight and curly marks mixed, no spaces
            repeated("quote-cue", "\u201Cx,\u201D he said "), // quotations and pronouns in one endless sentence
            repeated("name-cue-quote", "Mr Smith said \u201Cx\u201D "),
            repeated("commas", "Smith, "), // a comma-separated list: each comma recounted the sentence
            repeated("lines", "x\n"),
            repeated("uncued-quotes", "\u201CWe will win.\u201D "), // each searched its paragraph for a cue
            repeated("run-on-quote", "\u201Cx\n\n"), // each part searched the rest of the quotation
            new AdversarialText("many-people", AdversarialText::manyPeople)); // people × mentions

    private static AdversarialText repeated(String name, String unit) {
        return new AdversarialText(name, bytes -> repeat(unit, bytes));
    }

    /** {@code unit} repeated to at least {@code bytes} UTF-8 bytes. */
    public static String repeat(String unit, int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat((bytes + unitBytes - 1) / unitBytes);
    }

    /** Distinct made-up people, each named once in full and speaking, five to a paragraph. */
    private static String manyPeople(int bytes) {
        Random random = new Random(12);
        StringBuilder sb = new StringBuilder(bytes + 64);
        for (int k = 1; sb.length() < bytes; k++) {
            sb.append(word(random)).append(' ').append(word(random)).append(" said it was fine. ");
            if (k % 5 == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 5; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }
}
