package org.onrecord.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a predicted speaker name agrees with the gold source, as the reference scorer decides:
 * equal word lists, or every gold word among the predicted words (gold "Trump" ~ "Donald Trump"),
 * after NFKC, lower case, dropping possessive 's and titles. A pronoun never agrees by name.
 */
public final class NameMatch {
    static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "it", "i", "we", "you", "his", "her", "him", "them", "its", "their");
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "sir", "the", "a", "an", "sen", "rep", "gov", "president", "former");

    private NameMatch() {}

    public static boolean matches(String gold, String predicted) {
        List<String> g = words(gold);
        List<String> p = words(predicted);
        if (g.isEmpty() || p.isEmpty() || PRONOUNS.containsAll(g)) {
            return false;
        }
        return g.equals(p) || new HashSet<>(p).containsAll(g);
    }

    /** Whether a name is only pronouns ("he", "They"): it names no one. */
    public static boolean isPronoun(String name) {
        List<String> w = words(name);
        return !w.isEmpty() && PRONOUNS.containsAll(w);
    }

    /** The normalised words of a name: Python's {@code re.findall(r"[\w-]+", …)} minus titles. */
    static List<String> words(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int[] cps = dropPossessives(n.codePoints().toArray());
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            if (!isWordOrHyphen(cps[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < cps.length && isWordOrHyphen(cps[i])) {
                i++;
            }
            String word = new String(cps, start, i - start);
            if (!TITLES.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** Removes {@code [’']s\b}: an apostrophe and s that end a word. */
    private static int[] dropPossessives(int[] cps) {
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            boolean apostrophe = cps[i] == '\'' || cps[i] == '\u2019';
            if (apostrophe && i + 1 < cps.length && cps[i + 1] == 's'
                    && (i + 2 == cps.length || !isWord(cps[i + 2]))) {
                i++;
                continue;
            }
            out[n++] = cps[i];
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Python's Unicode {@code \w}: alphanumeric or underscore. */
    private static boolean isWord(int cp) {
        return cp == '_' || Alnum.is(cp);
    }

    private static boolean isWordOrHyphen(int cp) {
        return cp == '-' || isWord(cp);
    }
}
