package org.onrecord.spark;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The corpus-wide key of a person's name: case and accents folded, punctuation dropped and leading
 * titles stripped, so that "Dr. José Álvarez" in one article and "Jose Alvarez" in another are one speaker.
 */
final class PersonKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}'\\- ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "rev", "reverend", "fr", "father", "sr", "sra", "herr", "frau", "mme", "mlle", "m", "hon");

    private PersonKey() {}

    /** The key, or null for a name with nothing left once titles are gone. */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-');
        s = NOT_NAME.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String[] words = SPACES.split(s.strip());
        int first = 0;
        while (first < words.length - 1 && TITLES.contains(words[first])) {
            first++;
        }
        String key = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)).strip();
        return key.isEmpty() || words.length == 1 && TITLES.contains(key) ? null : key;
    }
}
