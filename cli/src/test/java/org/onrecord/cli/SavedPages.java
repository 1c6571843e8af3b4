package org.onrecord.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The CMS-shaped pages the core tests read (core/src/test/resources/org/onrecord/text/pages/README.md). */
final class SavedPages {
    private static final Path DIR = Path.of("..", "core", "src", "test", "resources", "org", "onrecord", "text", "pages");

    private SavedPages() {}

    /** A copy of the page in {@code dir}, so that a test's inputs and outputs stay under its own folder. */
    static Path copy(String name, Path dir) throws Exception {
        Path to = dir.resolve(name);
        Files.copy(DIR.resolve(name), to);
        return to;
    }
}
