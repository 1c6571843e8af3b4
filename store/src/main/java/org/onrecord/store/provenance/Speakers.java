package org.onrecord.store.provenance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two occurrences may be the same person's words. A speaker is compared by the last word of
 * the name ("Starmer" and "Keir R. Starmer" agree; "Jane Smith" and "John Smith" do too, which the words
 * themselves must then settle); a missing speaker, a pronoun or a description without a capitalised
 * word ("the crowd", "the former minister", "The party's candidate") names nobody and agrees with anyone.
 */
final class Speakers {
    private static final Set<String> UNNAMED = Words.resource("unnamed-speakers.txt");
    private static final Set<String> DESCRIPTION_STARTS = Words.resource("description-starts.txt");

    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    /** A word that starts with a capital: a name. */
    private static final Pattern CAPITAL = Pattern.compile("\\b\\p{Lu}");

    private Speakers() {}

    /** The key two speakers are compared by, or null for a speaker that names nobody. */
    static String key(String speaker) {
        if (speaker == null) {
            return null;
        }
        String name = POSSESSIVE.matcher(BRACKETS.matcher(speaker).replaceAll(" ")).replaceAll("");
        if (!CAPITAL.matcher(name).find()) {
            return null; // "the former minister", "his", "who": a description or a pronoun, not a name
        }
        List<String> words = Words.plain(Words.of(name));
        if (words.isEmpty() || words.size() == 1 && UNNAMED.contains(words.get(0))
                || words.size() > 1 && DESCRIPTION_STARTS.contains(words.get(0))) {
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
