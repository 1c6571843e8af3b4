package org.onrecord.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.onrecord.json.Utf8Lines;

/** What {@code onrecord index} reads: JSONL files, single articles, and folders of both. */
final class IndexSources {
    /** One input file. {@code id} names a single article (its path below the folder given); null for JSONL. */
    record Source(Path path, Kind kind, String id) {}

    enum Kind { JSONL, TEXT, HTML }

    private IndexSources() {}

    /**
     * @param maxLineBytes the longest line read ({@code --max-line-bytes}, 16 MiB by default, as in
     *     {@code extract}): also when a file's first line is read to tell its kind, so a longer line is
     *     passed over there as the indexer passes over it, without being kept
     */
    static List<Source> expand(List<String> inputs, long maxLineBytes) {
        List<Source> sources = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).sorted().forEach(f -> {
                        Kind kind = kind(f, maxLineBytes);
                        if (kind != null) {
                            sources.add(new Source(f, kind, kind == Kind.JSONL ? null : p.relativize(f).toString()));
                        }
                    });
                } catch (IOException e) {
                    throw new UserError(input + ": cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                Kind kind = kind(p, maxLineBytes);
                if (kind == null) {
                    kind = Kind.JSONL;
                }
                sources.add(new Source(p, kind, kind == Kind.JSONL ? null : p.getFileName().toString()));
            } else {
                throw new UserError(input + ": no such file or folder");
            }
        }
        return sources;
    }

    /**
     * The kind a file's name says, or null for a file a folder walk should pass over. A text file
     * whose first line is a JSON object is JSON lines whatever its name: Spark writes its
     * extraction output as {@code part-*.txt}.
     */
    private static Kind kind(Path file, long maxLineBytes) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".txt") || name.startsWith("part-")) {
            return startsWithJsonObject(file, maxLineBytes) ? Kind.JSONL : name.endsWith(".txt") ? Kind.TEXT : null;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        return null;
    }

    /**
     * Whether the first non-blank line that is UTF-8 and within the line limit starts a JSON object: one
     * bad line does not make a corpus an article.
     */
    private static boolean startsWithJsonObject(Path file, long maxLineBytes) {
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file), file.toString(), maxLineBytes)) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.text() != null && !line.text().isBlank()) {
                    return line.text().stripLeading().startsWith("{\"");
                }
            }
            return false;
        } catch (IOException e) {
            return false; // unreadable: let the reader report it as the article it seems to be
        }
    }
}
