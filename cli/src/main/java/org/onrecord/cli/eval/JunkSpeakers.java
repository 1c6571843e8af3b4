package org.onrecord.cli.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onrecord.text.ResourceLines;

/**
 * Whether a predicted speaker name is junk: a clause fragment ("a series of", "The clip has faced"),
 * a lone function word ("it", "which"), a lower-case adverb ("repeatedly"), a headline or a date —
 * not a name, a description or a pronoun. It reads only the name string, by the published word
 * classes of {@code junk-speaker-words.tsv}, so that it measures the engine from outside.
 * Unresolved personal pronouns ("he", "they") are counted apart: weak, but not fragments.
 */
final class JunkSpeakers {
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "we", "you", "i", "him", "them", "us", "me");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 8;
    private static final Map<String, Set<String>> CLASSES = load();

    private JunkSpeakers() {}

    /** Why {@code name} is junk, or null when it is not. */
    static String why(String name) {
        if (name == null) {
            return null;
        }
        String[] raw = WORDS.split(name.strip());
        if (raw.length == 0 || raw[0].isEmpty()) {
            return "empty";
        }
        String[] w = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            w[i] = raw[i].toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$", "");
        }
        if (w.length == 1) {
            if (in("alone", w[0])) {
                return "a lone function word";
            }
            return raw[0].equals(w[0]) && isAdverb(w[0]) ? "an adverb" : null;
        }
        if (w.length > MAX_WORDS) {
            return "longer than " + MAX_WORDS + " words";
        }
        if (in("first", w[0])) {
            return "starts with “" + raw[0] + "”";
        }
        String last = w[w.length - 1];
        // a capitalised word is a name's ("Theresa May", "Will Smith"), not a fragment's modal or verb
        if (in("last", last) && raw[raw.length - 1].equals(last)) {
            return "ends with “" + raw[raw.length - 1] + "”";
        }
        if (raw[raw.length - 1].equals(last) && isAdverb(last)) {
            return "ends with an adverb";
        }
        for (int i = 1; i < w.length; i++) {
            if (in("inside", w[i]) && raw[i].equals(w[i])) {
                return "holds the verb “" + raw[i] + "”";
            }
        }
        if (w.length >= 3 && allCapitalised(raw)) {
            for (String word : w) {
                if (in("headline", word)) {
                    return "a headline";
                }
            }
        }
        return null;
    }

    static boolean isPersonalPronoun(String name) {
        return name != null && PERSONAL_PRONOUNS.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean in(String cls, String word) {
        return CLASSES.getOrDefault(cls, Set.of()).contains(word);
    }

    /** A lower-case -ly word that is not one of the few common -ly nouns. */
    private static boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && !in("noun", w);
    }

    private static boolean allCapitalised(String[] raw) {
        for (String r : raw) {
            if (r.isEmpty() || !Character.isUpperCase(r.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : ResourceLines.of(JunkSpeakers.class, "junk-speaker-words.tsv")) {
            String[] f = line.split("\t");
            out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
