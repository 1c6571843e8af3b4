package org.onrecord.entity;

import java.util.Set;
import org.onrecord.text.ResourceLines;

/**
 * Nationality adjectives that describe a person before their name ("fellow Canadian Jamal Murray"),
 * from the bundled {@code demonyms.tsv}.
 */
final class Demonyms {
    private static final Set<String> WORDS = Set.copyOf(ResourceLines.of(Demonyms.class, "demonyms.tsv"));

    private Demonyms() {}

    /** Whether the word, as written, is a nationality adjective. */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
