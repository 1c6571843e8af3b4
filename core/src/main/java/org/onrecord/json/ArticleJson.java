package org.onrecord.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.onrecord.model.Article;

/**
 * The corpus format, one JSONL line per article: {@code {"id", "text" | "html", "url"?, "published"?,
 * "outlet"?}}. The one reader of it, for every front end (extract, index, eval, bench, the Spark job),
 * so a line means the same everywhere and a new field is added here only.
 */
public final class ArticleJson {
    private ArticleJson() {}

    /**
     * @param where "file:line", for the error message
     * @throws BadInputException naming the line and field when the line is not an article
     */
    public static Article parse(String line, String where) {
        Article a = streamed(line);
        return a != null ? a : article(object(line, where), where);
    }

    private static final String[] FIELDS = {"id", "text", "html", "url", "published", "outlet"};

    private static int field(String name) {
        return switch (name) {
            case "id" -> 0;
            case "text" -> 1;
            case "html" -> 2;
            case "url" -> 3;
            case "published" -> 4;
            case "outlet" -> 5;
            default -> -1;
        };
    }

    /**
     * The article of a plain line (an object whose fields of {@link #FIELDS} are strings or null, each
     * given once, with text or html), read token by token without building the tree; null for any
     * other line, which the tree reader then reads or rejects as before. Reading the tree cost more
     * than a tenth of a JSONL run's time apart from extraction.
     */
    private static Article streamed(String line) {
        String[] values = new String[FIELDS.length];
        boolean[] seen = new boolean[FIELDS.length];
        try (JsonParser p = ExtractionJson.mapper().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    return null;
                }
                int f = field(p.currentName());
                JsonToken value = p.nextToken();
                if (f < 0) {
                    p.skipChildren();
                    continue;
                }
                if (seen[f] || value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    return null;
                }
                seen[f] = true;
                values[f] = value == JsonToken.VALUE_STRING ? p.getText() : null;
            }
            if (p.nextToken() != null) {
                return null;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        String text = values[1];
        String html = values[2];
        if ((text == null) == (html == null)) {
            return null;
        }
        Article a = text != null ? Article.ofText(values[0], text) : Article.ofHtml(values[0], html);
        return a.withMetadata(values[3], values[4], values[5]);
    }

    /**
     * The article of a line already read as a JSON object (for readers that look at the object first).
     *
     * @throws BadInputException naming {@code where} and the field when the object is not an article
     */
    public static Article article(JsonNode node, String where) {
        String id = text(node, "id", where);
        String text = text(node, "text", where);
        String html = text(node, "html", where);
        if (text == null && html == null) {
            throw new BadInputException(where, "field \"text\" or \"html\" is required");
        }
        if (text != null && html != null) {
            throw new BadInputException(where, "give \"text\" or \"html\", not both");
        }
        Article a = text != null ? Article.ofText(id, text) : Article.ofHtml(id, html);
        return a.withMetadata(text(node, "url", where), text(node, "published", where), text(node, "outlet", where));
    }

    /**
     * One JSONL line as a JSON object.
     *
     * @throws BadInputException naming {@code where} when the line is not valid JSON or not an object
     */
    public static JsonNode object(String line, String where) {
        JsonNode node;
        try {
            node = ExtractionJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(where, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(where, "expected a JSON object");
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
            throw new BadInputException(where, "field \"" + field + "\" must be a string");
        }
        return v.asText();
    }
}
