package org.onrecord.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;

/** Reads one JSONL corpus line: {@code {"id", "text" | "html", "url"?, "published"?, "outlet"?}}. */
public final class ArticleLine {
    private ArticleLine() {}

    /**
     * @param where "file:line", for the error message
     * @throws IllegalArgumentException naming the line and field when the line is not an article
     */
    public static Article parse(String line, String where) {
        JsonNode node = object(line, where);
        String id = text(node, "id", where);
        String text = text(node, "text", where);
        String html = text(node, "html", where);
        if (text == null && html == null) {
            throw new IllegalArgumentException(where + ": field \"text\" or \"html\" is required");
        }
        if (text != null && html != null) {
            throw new IllegalArgumentException(where + ": give \"text\" or \"html\", not both");
        }
        Article a = text != null ? Article.ofText(id, text) : Article.ofHtml(id, html);
        return a.withMetadata(text(node, "url", where), text(node, "published", where), text(node, "outlet", where));
    }

    /**
     * One JSONL line as a JSON object.
     *
     * @throws IllegalArgumentException naming {@code where} when the line is not valid JSON or not an object
     */
    public static JsonNode object(String line, String where) {
        JsonNode node;
        try {
            node = ExtractionJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": expected a JSON object");
        }
        return node;
    }

    /** The id of a line, if it can be read at all, for error records. */
    public static String idOf(String line) {
        try {
            JsonNode node = ExtractionJson.mapper().readTree(line);
            JsonNode id = node == null ? null : node.get("id");
            return id == null || id.isNull() ? null : id.asText();
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException(where + ": field \"" + field + "\" must be a string");
        }
        return v.asText();
    }
}
