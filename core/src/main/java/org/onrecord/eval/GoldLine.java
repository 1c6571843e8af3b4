package org.onrecord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of a gold JSONL file (docs/EVAL-FORMAT.md) as a {@link GoldDoc}, with every field a
 * score depends on checked. Reading files and reporting bad lines is the caller's business.
 */
public final class GoldLine {
    public static final Set<String> TYPES = Set.of("direct", "mixed", "indirect", "stance");
    public static final Set<String> ACTS = Set.of("speech", "thought", "finding");

    private GoldLine() {}

    /** @throws IllegalArgumentException naming {@code where} and the field when the line is not a valid gold document */
    public static GoldDoc parse(String line, int lineNo, String where) {
        JsonNode node = JsonFields.object(line, where);
        String id = JsonFields.id(node, where);
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
        int start = JsonFields.offset(q, "start", length, where, true);
        int end = JsonFields.offset(q, "end", length, where, true);
        if (end < start) {
            throw new IllegalArgumentException(where + ": end " + end + " is before start " + start);
        }
        JsonNode type = q.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) {
            throw new IllegalArgumentException(where + ".type: must be \"direct\", \"mixed\", \"indirect\" or \"stance\"");
        }
        String quoted = JsonFields.optionalString(q, "text", where);
        if (quoted == null) {
            quoted = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        }
        String speaker = JsonFields.optionalString(q, "speaker", where);
        int speakerStart = JsonFields.offset(q, "speaker_start", length, where, false);
        int speakerEnd = JsonFields.offset(q, "speaker_end", length, where, false);
        if ((speakerStart < 0) != (speakerEnd < 0)) {
            throw new IllegalArgumentException(where + ": give both speaker_start and speaker_end, or neither");
        }
        if (speakerEnd < speakerStart) {
            throw new IllegalArgumentException(where + ": speaker_end " + speakerEnd + " is before speaker_start " + speakerStart);
        }
        String act = JsonFields.optionalString(q, "act", where);
        if (act != null && !ACTS.contains(act)) {
            throw new IllegalArgumentException(where + ".act: must be \"speech\", \"thought\" or \"finding\"");
        }
        return new GoldQuote(start, end, quoted, type.asText(), speaker, speakerStart, speakerEnd,
                fragments(q.get("fragments"), length, where), act);
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

}
