package org.onrecord.entity;

import java.util.HashMap;
import java.util.Map;
import org.onrecord.model.Gender;
import org.onrecord.text.ResourceLines;

/** Given names and the gender they usually carry, from the bundled {@code first-names.tsv}. */
final class FirstNames {
    private static final Map<String, Gender> NAMES = load("first-names.tsv");

    private FirstNames() {}

    static boolean contains(String name) {
        return NAMES.containsKey(name) || NAMES.containsKey(withoutAccents(name));
    }

    /** The gender a first name suggests: UNKNOWN for names used by both, or not known. */
    static Gender gender(String name) {
        return NAMES.getOrDefault(name, NAMES.getOrDefault(withoutAccents(name), Gender.UNKNOWN));
    }

    /** The list writes names without accents ("Sinead" for "Sinéad"). */
    private static String withoutAccents(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
        return Map.copyOf(names);
    }
}
