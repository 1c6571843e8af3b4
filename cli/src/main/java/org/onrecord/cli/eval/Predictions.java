package org.onrecord.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.cli.UserError;
import org.onrecord.eval.JsonFields;
import org.onrecord.eval.PredDoc;
import org.onrecord.eval.PredQuote;
import org.onrecord.eval.Span;
import org.onrecord.json.ExtractionJson;

/**
 * Predictions in the reference scorer's format: {@code {"id", "quotes": [{"start", "end", "type",
 * "speaker": {"name", "mention": {"start", "end", "text"}} | null, "rule", "act"?, "shape"?}]}}, code point offsets.
 */
final class Predictions {
    private Predictions() {}

    /** One line of the scorer's prediction JSONL; mention texts are cut from {@code text}. */
    static String toLine(PredDoc doc, String text) {
        ObjectNode node = ExtractionJson.mapper().createObjectNode();
        node.put("id", doc.id());
        ArrayNode quotes = node.putArray("quotes");
        for (PredQuote q : doc.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("start", q.start());
            o.put("end", q.end());
            o.put("type", q.type());
            if (q.speakerName() == null) {
                o.putNull("speaker");
            } else {
                ObjectNode speaker = o.putObject("speaker");
                speaker.put("name", q.speakerName());
                if (q.mention() == null) {
                    speaker.putNull("mention");
                } else {
                    ObjectNode m = speaker.putObject("mention");
                    m.put("start", q.mention().start());
                    m.put("end", q.mention().end());
                    m.put("text", Texts.cut(text, q.mention().start(), q.mention().end()));
                }
            }
            o.put("rule", q.rule());
            if (q.act() != null) {
                o.put("act", q.act());
            }
            if (q.shape() != null) {
                o.put("shape", q.shape());
            }
        }
        return node.toString();
    }

    /** Reads a prediction file; a bad line stops the score with its line and field named. */
    static Map<String, PredDoc> read(Path path) {
        Map<String, PredDoc> docs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        GoldFile.forEachLine(path, (line, lineNo) -> {
            try {
                PredDoc doc = parse(line, path + ":" + lineNo);
                docs.put(doc.id(), doc);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }, problems);
        if (!problems.isEmpty()) {
            throw new UserError(problems.size() + " bad line(s) in predictions, first: " + problems.get(0));
        }
        return docs;
    }

    static PredDoc parse(String line, String where) {
        JsonNode node = JsonFields.object(line, where);
        String id = JsonFields.id(node, where);
        JsonNode quotes = node.get("quotes");
        List<PredQuote> out = new ArrayList<>();
        if (quotes != null && !quotes.isNull()) {
            if (!quotes.isArray()) {
                throw new IllegalArgumentException(where + ": field \"quotes\" must be an array");
            }
            for (int i = 0; i < quotes.size(); i++) {
                out.add(quote(quotes.get(i), where + ": quotes[" + i + "]"));
            }
        }
        return new PredDoc(id, out);
    }

    private static PredQuote quote(JsonNode q, String where) {
        if (!q.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        int start = integer(q, "start", where);
        int end = integer(q, "end", where);
        // The scorer reads a missing type as direct and a null type as no type at all.
        JsonNode typeNode = q.get("type");
        String type = typeNode == null ? "direct" : typeNode.isNull() ? null : typeNode.asText();
        String name = null;
        Span mention = null;
        JsonNode s = q.get("speaker");
        if (s != null && s.isTextual()) {
            name = s.asText();
        } else if (s != null && s.isObject()) {
            name = JsonFields.optionalString(s, "name", where + ".speaker");
            JsonNode m = s.get("mention");
            if (m != null && m.isObject() && m.get("start") != null && !m.get("start").isNull()) {
                mention = new Span(integer(m, "start", where + ".speaker.mention"), integer(m, "end", where + ".speaker.mention"));
            }
        } else if (s != null && !s.isNull()) {
            throw new IllegalArgumentException(where + ".speaker: must be an object, a string or null");
        }
        return new PredQuote(start, end, type, name, mention, JsonFields.optionalString(q, "rule", where),
                JsonFields.optionalString(q, "shape", where), JsonFields.optionalString(q, "act", where));
    }

    private static int integer(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(where + "." + field + ": required, an integer");
        }
        return v.asInt();
    }
}
