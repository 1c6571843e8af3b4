package org.onrecord.entity;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.onrecord.model.Gender;
import org.onrecord.text.ResourceLines;

/** Given names and the gender they usually carry, from the bundled {@code first-names.tsv}. */
final class FirstNames {
    private static final Map<String, Gender> NAMES = load("first-names.tsv");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private FirstNames() {}

    static boolean contains(String name) {
        if (NAMES.containsKey(name)) {
            return true;
        }
        String plain = withoutAccents(name);
        return plain != name && NAMES.containsKey(plain); // an ASCII name is its own plain form: one probe
    }

    /** The gender a first name suggests: UNKNOWN for names used by both, or not known. */
    static Gender gender(String name) {
        return NAMES.getOrDefault(name, NAMES.getOrDefault(withoutAccents(name), Gender.UNKNOWN));
    }

    /**
     * The list writes names without accents ("Sinead" for "Sinéad"). Most names are plain ASCII and
     * have none to remove: they skip the normalisation, which cost more than the rest of name finding.
     */
    private static String withoutAccents(String name) {
        if (isAscii(name)) {
            return name;
        }
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Gender> load(String resource) {
        Map<String, Gender> names = new HashMap<>();
        for (String line : ResourceLines.of(FirstNames.class, resource)) {
            int tab = line.indexOf('\t');
            String name = line.substring(0, tab).strip();
            Gender gender = switch (line.substring(tab + 1).strip()) {
                case "f" -> Gender.FEMALE;
                case "m" -> Gender.MALE;
                default -> Gender.UNKNOWN;
            };
            names.put(name, gender);
        }
        return Collections.unmodifiableMap(names); // probed for every capitalised word: a HashMap's probe is cheaper than Map.copyOf's
    }
}
