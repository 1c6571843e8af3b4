package org.onrecord.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.onrecord.model.Gender;

/** Given names and the gender they usually carry, from the bundled {@code first-names.tsv}. */
final class FirstNames {
    private static final Map<String, Gender> NAMES = load("first-names.tsv");

    private FirstNames() {}

    static boolean contains(String name) {
        return NAMES.containsKey(name);
    }

    /** The gender a first name suggests: UNKNOWN for names used by both, or not known. */
    static Gender gender(String name) {
        return NAMES.getOrDefault(name, Gender.UNKNOWN);
    }

    private static Map<String, Gender> load(String resource) {
        Map<String, Gender> names = new HashMap<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/onrecord/entity/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String name = line.substring(0, tab).strip();
                Gender gender = switch (line.substring(tab + 1).strip()) {
                    case "f" -> Gender.FEMALE;
                    case "m" -> Gender.MALE;
                    default -> Gender.UNKNOWN;
                };
                names.put(name, gender);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
