package org.onrecord.store.provenance;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two occurrences may be the same person's words. A speaker is compared by the last word of
 * the name ("Trump" and "Donald J. Trump" agree; "Jane Smith" and "John Smith" do too, which the words
 * themselves must then settle); a missing speaker or a pronoun names nobody and agrees with anyone.
 */
final class Speakers {
    private static final Set<String> UNNAMED = Words.resource("unnamed-speakers.txt");

    private Speakers() {}

    /** The key two speakers are compared by, or null for a speaker that names nobody. */
    static String key(String speaker) {
        if (speaker == null) {
            return null;
        }
        List<String> words = Words.plain(Words.of(speaker.replaceAll("\\([^)]*\\)", " ")));
        if (words.isEmpty() || words.size() == 1 && UNNAMED.contains(words.get(0))) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (List.of("jr", "sr", "ii", "iii").contains(last) && words.size() > 1) {
            last = words.get(words.size() - 2);
        }
        return last.toLowerCase(Locale.ROOT);
    }

    static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
