package org.onrecord.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inflects a verb lemma into the forms the engine reads: the lemma, the third person, the past and
 * the gerund.
 *
 * <p>Moved here with the word lists: the two inflectors the engine had, {@code text/Cues} (for
 * speech verbs; it never doubles a consonant) and {@code ReportedWords.forms} (for verbs of
 * thought; it doubles, but writes "pushs" and "seing"), kept apart so that the move changes no
 * output. They become one in the next step.
 */
final class Inflector {
    /** Irregular forms {@code ReportedWords.forms} added to every verb-of-thought list it built. */
    private static final Map<String, String> LEGACY_THOUGHT_IRREGULAR = Map.of(
            "thought", "think", "found", "find", "knew", "know", "felt", "feel", "understood", "understand",
            "learnt", "learn", "shown", "show", "sought", "seek", "saw", "see", "seen", "see");

    private Inflector() {}

    /**
     * The forms of a speech verb as {@code text/Cues} made them: regular ones when {@code regular},
     * then the irregular ones given.
     */
    static Set<String> legacyCueForms(String lemma, boolean regular, List<String> irregular) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        if (regular) {
            forms.add(thirdPerson(lemma));
            forms.add(legacyCuePast(lemma));
            forms.add(legacyCueGerund(lemma));
        }
        forms.addAll(irregular);
        return forms;
    }

    /** The forms of a verb of thought as {@code ReportedWords.forms} made them. */
    static Set<String> legacyThoughtForms(String l, boolean doubles) {
        Set<String> out = new LinkedHashSet<>();
        if (doubles) {
            String doubled = l + l.charAt(l.length() - 1); // "admitted", "referring"
            out.add(doubled + "ed");
            out.add(doubled + "ing");
        }
        String stem = l.endsWith("e") ? l.substring(0, l.length() - 1) : l;
        out.add(l);
        out.add(l.endsWith("y") ? l.substring(0, l.length() - 1) + "ies" : l + "s");
        out.add(l.endsWith("e") ? l + "d" : l.endsWith("y") ? stem.substring(0, stem.length() - 1) + "ied" : l + "ed");
        out.add(stem + "ing");
        return out;
    }

    static Map<String, String> legacyThoughtIrregular() {
        return LEGACY_THOUGHT_IRREGULAR;
    }

    static String thirdPerson(String v) {
        if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("o")) {
            return v + "es";
        }
        return v + "s";
    }

    private static String legacyCuePast(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v + "ed";
    }

    private static String legacyCueGerund(String v) {
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return v + "ing";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
