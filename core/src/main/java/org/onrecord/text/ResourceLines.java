package org.onrecord.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a word list bundled beside a class, without blank lines and {@code #} comments. */
public final class ResourceLines {
    private ResourceLines() {}

    /** @throws IllegalStateException when the resource is missing: a broken build, not bad input */
    public static List<String> of(Class<?> owner, String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + owner.getPackageName().replace('.', '/') + "/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
