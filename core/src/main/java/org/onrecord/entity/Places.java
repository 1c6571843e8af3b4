package org.onrecord.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onrecord.text.ResourceLines;

/**
 * Names of well-known places that are never a person ("New York", "South Africa", "Mumbai"), from
 * the bundled {@code places.tsv}: a run of capitalised words is one only as a whole.
 */
final class Places {
    private static final Set<String> NAMES = load();

    private Places() {}

    /** Whether the words, as a whole, are the name of a place: "New York", not "New York Times". */
    static boolean isPlace(List<String> words) {
        return words.size() <= 6 && NAMES.contains(key(words));
    }

    /** Whether the one word is the name of a place ("Victoria" of "Premier of Victoria"). */
    static boolean isPlace(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String line : ResourceLines.of(Places.class, "places.tsv")) {
            String name = line.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.contains("\t") || name.contains("  ")) {
                throw new IllegalStateException("places.tsv: bad line " + line);
            }
            names.add(name);
        }
        return Set.copyOf(names);
    }
}
