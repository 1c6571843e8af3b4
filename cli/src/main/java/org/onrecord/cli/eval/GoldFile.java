package org.onrecord.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        });
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

    /** Calls back with every non-blank line of a strict UTF-8 file; a read error names the file and line. */
    static void forEachLine(Path path, LineHandler handler) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNo = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
            boolean more = true;
            while (more) {
                int b = in.read();
                if (b >= 0 && b != '\n') {
                    bytes.write(b);
                    continue;
                }
                more = b >= 0;
                if (!more && bytes.size() == 0) {
                    break;
                }
                lineNo++;
                String line = decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
                bytes.reset();
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    handler.line(line, lineNo);
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserError(path + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UserError(path + ":" + lineNo + ": not valid UTF-8");
        } catch (IOException e) {
            throw new UserError(path + ": cannot read: " + e.getMessage());
        }
    }
}
