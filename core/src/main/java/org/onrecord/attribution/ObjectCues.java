package org.onrecord.attribution;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.onrecord.text.ResourceLines;

/**
 * Cue phrases whose object, not a clause, is what the source says or stands for ("talked about
 * the border", "voted for Clinton", "his criticism of the deal"), from the bundled
 * {@code object-cues.txt}. Loaded once per JVM.
 */
final class ObjectCues {
    private static final Set<String> PHRASES = load("object-cues.txt");

    private ObjectCues() {}

    /** Whether {@code word} followed by {@code next}, both in lower case, opens an object cue ("calling" "for"). */
    static boolean opens(String word, String next) {
        return PHRASES.contains(word + ' ' + next);
    }

    private static Set<String> load(String resource) {
        Set<String> phrases = new HashSet<>();
        for (String line : ResourceLines.of(ObjectCues.class, resource)) {
            phrases.add(line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return Set.copyOf(phrases);
    }
}
