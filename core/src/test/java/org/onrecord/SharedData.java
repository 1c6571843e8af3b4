package org.onrecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workplace's shared folder (reference article, gold data), which sits beside the project
 * checkout as {@code ../shared}. Tests run with the module as working directory ({@code core/}), so
 * the folder is looked for in every directory above it rather than at a fixed depth.
 */
final class SharedData {
    private SharedData() {}

    static Optional<Path> file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
