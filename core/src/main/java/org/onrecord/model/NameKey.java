package org.onrecord.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a person's name under which people are merged across articles (by the store and by
 * the Spark job's speakers table alike): accents, case, punctuation and leading courtesy titles
 * folded ("Sir Keir Starmer", "KEIR STARMER" and "Keir Starmer" share one key). Equal keys are one
 * person; whether "Starmer" alone is "Keir Starmer" is decided on the corpus's evidence by
 * {@link CorpusPeople}, never by the key.
 */
public final class NameKey {
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "baroness", "baron", "rev", "reverend", "the", "rt", "hon", "honourable", "fr", "father", "herr",
            "frau", "mme", "mlle",
            // titles of office the engine may keep before a name ("Pres. Obama", "Sen. Cruz")
            "pres", "president", "sen", "senator", "rep", "gov", "governor");

    private NameKey() {}

    /** The merge key of a name; empty only for a name with no letter or digit in it. */
    public static String of(String name) {
        List<String> words = words(name);
        int first = 0;
        while (first < words.size() - 1 && TITLES.contains(words.get(first))) {
            first++;
        }
        return String.join(" ", words.subList(first, words.size()));
    }

    /** Lower-case, accent-free words of a name, apostrophes kept inside ("o'connor" is one word). */
    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0 && cp != '\'' && cp != '\u2019') {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
