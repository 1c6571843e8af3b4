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
import org.onrecord.cli.ArticleLine;
import org.onrecord.cli.UserError;

/**
 * Reads a gold JSONL file (docs/EVAL-FORMAT.md) and checks every field a score depends on. A gold
 * file with a bad line is refused as a whole, since a score over part of it would mislead: every
 * problem is listed with its line and field.
 */
final class GoldFile {
    static final Set<String> TYPES = Set.of("direct", "mixed", "indirect", "stance");
    private static final int MAX_REPORTED = 20;

    private GoldFile() {}

    /** The documents by id, in file order; a repeated id keeps its first place and its last content, as the scorer does. */
    static Map<String, GoldDoc> read(Path path) {
        Map<String, GoldDoc> docs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        forEachLine(path, (line, lineNo) -> {
            String where = path + ":" + lineNo;
            try {
                GoldDoc doc = parse(line, lineNo, where);
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

    static GoldDoc parse(String line, int lineNo, String where) {
        JsonNode node = Json.object(line, where);
        String id = Json.id(node, where);
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            throw new IllegalArgumentException(where + ": field \"text\" is required and must be a string");
        }
        String text = textNode.asText();
        int length = text.codePointCount(0, text.length());
        JsonNode quotes = node.get("quotes");
        if (quotes == null || !quotes.isArray()) {
            throw new IllegalArgumentException(where + ": field \"quotes\" is required and must be an array");
        }
        List<GoldQuote> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            out.add(quote(quotes.get(i), text, length, where + ": quotes[" + i + "]"));
        }
        return new GoldDoc(id, text, out, lineNo);
    }

    private static GoldQuote quote(JsonNode q, String text, int length, String where) {
        if (!q.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        int start = Json.offset(q, "start", length, where, true);
        int end = Json.offset(q, "end", length, where, true);
        if (end < start) {
            throw new IllegalArgumentException(where + ": end " + end + " is before start " + start);
        }
        JsonNode type = q.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) {
            throw new IllegalArgumentException(where + ".type: must be \"direct\", \"mixed\" or \"indirect\"");
        }
        String quoted = Json.optionalString(q, "text", where);
        if (quoted == null) {
            quoted = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        }
        String speaker = Json.optionalString(q, "speaker", where);
        int speakerStart = Json.offset(q, "speaker_start", length, where, false);
        int speakerEnd = Json.offset(q, "speaker_end", length, where, false);
        if ((speakerStart < 0) != (speakerEnd < 0)) {
            throw new IllegalArgumentException(where + ": give both speaker_start and speaker_end, or neither");
        }
        if (speakerEnd < speakerStart) {
            throw new IllegalArgumentException(where + ": speaker_end " + speakerEnd + " is before speaker_start " + speakerStart);
        }
        return new GoldQuote(start, end, quoted, type.asText(), speaker, speakerStart, speakerEnd,
                fragments(q.get("fragments"), length, where));
    }

    private static List<Span> fragments(JsonNode node, int length, String where) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + ".fragments: must be an array of [start, end] pairs");
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode f = node.get(i);
            String at = where + ".fragments[" + i + "]";
            if (!f.isArray() || f.size() != 2 || !f.get(0).isIntegralNumber() || !f.get(1).isIntegralNumber()) {
                throw new IllegalArgumentException(at + ": must be a [start, end] pair of integers");
            }
            int s = f.get(0).asInt();
            int e = f.get(1).asInt();
            if (s < 0 || e > length || e < s) {
                throw new IllegalArgumentException(at + ": [" + s + ", " + e + "] is not inside the text (" + length + " code points)");
            }
            out.add(new Span(s, e));
        }
        return out;
    }

    /** Small JSON field readers shared by the gold and prediction readers. */
    static final class Json {
        private Json() {}

        static JsonNode object(String line, String where) {
            return ArticleLine.object(line, where);
        }

        static String id(JsonNode node, String where) {
            JsonNode id = node.get("id");
            if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
                throw new IllegalArgumentException(where + ": field \"id\" is required (a string)");
            }
            return id.asText();
        }

        static String optionalString(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw new IllegalArgumentException(where + "." + field + ": must be a string or null");
            }
            return v.asText();
        }

        /** An offset into a text of {@code length} code points, or -1 when optional and absent. */
        static int offset(JsonNode node, String field, int length, String where, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw new IllegalArgumentException(where + ": field \"" + field + "\" is required");
                }
                return -1;
            }
            if (!v.isIntegralNumber()) {
                throw new IllegalArgumentException(where + "." + field + ": must be an integer");
            }
            long value = v.asLong();
            if (value < 0 || value > length) {
                throw new IllegalArgumentException(where + "." + field + ": " + value
                        + " is out of range (the text has " + length + " code points)");
            }
            return (int) value;
        }
    }
}
