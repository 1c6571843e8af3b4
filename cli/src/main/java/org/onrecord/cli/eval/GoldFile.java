package org.onrecord.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.cli.UserError;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldLine;
import org.onrecord.json.Utf8Lines;

/**
 * Reads a gold JSONL file (docs/EVAL-FORMAT.md) and checks every field a score depends on. A gold
 * file with a bad line is refused as a whole, since a score over part of it would mislead: every
 * problem is listed with its line and field.
 */
final class GoldFile {
    private static final int MAX_REPORTED = 20;

    private GoldFile() {}

    /** The documents by id, in file order; a repeated id keeps its first place and its last content, as the scorer does. */
    static Map<String, GoldDoc> read(Path path) {
        Map<String, GoldDoc> docs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        forEachLine(path, (line, lineNo) -> {
            String where = path + ":" + lineNo;
            try {
                GoldDoc doc = GoldLine.parse(line, lineNo, where);
                docs.put(doc.id(), doc);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }, problems);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(problems.size() + " bad line(s) in gold file " + path + ":");
            problems.stream().limit(MAX_REPORTED).forEach(p -> message.append("\n  ").append(p));
            if (problems.size() > MAX_REPORTED) {
                message.append("\n  … and ").append(problems.size() - MAX_REPORTED).append(" more");
            }
            throw new UserError(message.toString());
        }
        if (docs.isEmpty()) {
            throw new UserError(path + ": no documents in gold file");
        }
        return docs;
    }

    interface LineHandler {
        void line(String line, int lineNo);
    }

    /**
     * Calls back with every non-blank line of a strict UTF-8 file; a line that is not UTF-8 is added to
     * {@code problems} (file:line and byte), like any other bad line, and the rest are read.
     */
    static void forEachLine(Path path, LineHandler handler, List<String> problems) {
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(path), path.toString())) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.error() != null) {
                    problems.add(line.error());
                } else if (!line.text().isBlank()) {
                    handler.line(line.text(), Math.toIntExact(line.number()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserError(path + ": no such file");
        } catch (IOException e) {
            throw new UserError(path + ": cannot read: " + e.getMessage());
        }
    }
}
