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
        return words.size() <= 6 && mayBePlace(words) && NAMES.contains(key(words));
    }

    /** Whether the one word is the name of a place ("Victoria" of "Premier of Victoria"). */
    static boolean isPlace(String word) {
        return mayBePlace(List.of(word)) && NAMES.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** The hashes of the names, as bits: see {@link #mayBePlace}. */
    private static final long[] HASHES = new long[1 << 10];

    static {
        for (String name : NAMES) {
            int h = name.hashCode() & (HASHES.length * 64 - 1);
            HASHES[h >>> 6] |= 1L << h;
        }
    }

    /**
     * False when the words' key ({@link #key}) is surely no name: its hash, computed from the words
     * as written without building the key (asked of every run of capitalised words, nearly none a
     * place), is not among the names'. True when it may be, or the words are not plain ASCII.
     */
    private static boolean mayBePlace(List<String> words) {
        int h = 0;
        for (int k = 0; k < words.size(); k++) {
            if (k > 0) {
                h = 31 * h + ' ';
            }
            String w = words.get(k);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= 0x80) {
                    if (c != '’') {
                        return true; // its lower case is Character's to say
                    }
                    c = '\'';
                } else if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                h = 31 * h + c;
            }
        }
        h &= HASHES.length * 64 - 1;
        return (HASHES[h >>> 6] & 1L << h) != 0;
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
