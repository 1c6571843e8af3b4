package org.onrecord.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cue phrases whose object, not a clause, is what the source says or stands for ("talked about
 * the border", "voted for Clinton", "his criticism of the deal"), from the bundled
 * {@code object-cues.txt}. Loaded once per JVM.
 */
final class ObjectCues {
    private static final Set<String> PHRASES = load("object-cues.txt");

    private ObjectCues() {}

    /** Whether {@code word} followed by {@code next} opens an object cue ("calling" "for"). */
    static boolean opens(String word, String next) {
        return PHRASES.contains(word.toLowerCase(Locale.ROOT) + ' ' + next.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> phrases = new HashSet<>();
        try (InputStream in = ObjectCues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/onrecord/attribution/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String phrase = line.strip();
                if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                    phrases.add(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(phrases);
    }
}
