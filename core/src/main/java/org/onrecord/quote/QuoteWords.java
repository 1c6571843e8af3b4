package org.onrecord.quote;

import java.util.Set;
import org.onrecord.text.ResourceLines;

/** The word lists the quote stage reads, loaded once per JVM from resource files beside this class. */
final class QuoteWords {
    /** Words an apostrophe begins by eliding letters: 'Tis, 'em, rock 'n' roll. */
    static final Set<String> ELISIONS = load("elisions.txt");
    /** Words before a quoted Title Case phrase that make it a title or a name. */
    static final Set<String> TITLE_CUES = load("title-cues.txt");
    /** Words Title Case leaves in lower case. */
    static final Set<String> TITLE_SMALL_WORDS = load("title-small-words.txt");
    static final int LONGEST_SMALL_WORD = TITLE_SMALL_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private QuoteWords() {}

    private static Set<String> load(String resource) {
        return Set.copyOf(ResourceLines.of(QuoteWords.class, resource).stream().map(String::strip).toList());
    }
}
