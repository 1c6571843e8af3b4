package org.onrecord.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Inflects a verb lemma into the forms the engine reads: the lemma, the third person, the past and
 * the gerund ("admit", "admits", "admitted", "admitting"). The one inflector for every verb list:
 * speech cues and verbs of thought get their forms the same way.
 */
final class Inflector {
    private Inflector() {}

    /**
     * The forms of a verb as its {@code verbs.tsv} row gives them: {@code "-"} for regular forms,
     * {@code "+a,b"} for regular forms and these, {@code "a,b"} for exactly these (an irregular verb).
     * {@code doubles} doubles the last consonant before -ed and -ing ("snapped", "admitting").
     */
    static Set<String> forms(String lemma, boolean doubles, String column) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        boolean regular = column.equals("-") || column.startsWith("+");
        if (regular) {
            forms.add(thirdPerson(lemma));
            forms.add(past(lemma, doubles));
            forms.add(gerund(lemma, doubles));
        }
        if (!column.equals("-")) {
            for (String form : column.substring(column.startsWith("+") ? 1 : 0).split(",")) {
                forms.add(form.strip());
            }
        }
        return forms;
    }

    static String thirdPerson(String v) {
        if (endsInConsonantY(v)) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || endsInConsonantO(v)) {
            return v + "es"; // "pushes", "echoes"; but "boos"
        }
        return v + "s";
    }

    static String past(String v, boolean doubles) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (endsInConsonantY(v)) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return (doubles ? v + v.charAt(v.length() - 1) : v) + "ed";
    }

    static String gerund(String v, boolean doubles) {
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return (doubles ? v + v.charAt(v.length() - 1) : v) + "ing";
    }

    private static boolean endsInConsonantO(String v) {
        return v.length() > 1 && v.endsWith("o") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
    }

    private static boolean endsInConsonantY(String v) {
        return v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
    }
}
