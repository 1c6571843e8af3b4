package org.onrecord.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.onrecord.json.ArticleJson;

/** Small JSON field readers shared by the gold and prediction readers; errors name {@code where}. */
public final class JsonFields {
    private JsonFields() {}

    /**
     * One JSONL line as a JSON object: the corpus reader's check, so gold, prediction and article lines
     * fail alike.
     *
     * @throws IllegalArgumentException naming {@code where} when the line is not valid JSON or not an object
     */
    public static JsonNode object(String line, String where) {
        return ArticleJson.object(line, where);
    }

    public static String id(JsonNode node, String where) {
        JsonNode id = node.get("id");
        if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
            throw new IllegalArgumentException(where + ": field \"id\" is required (a string)");
        }
        return id.asText();
    }

    public static String optionalString(JsonNode node, String field, String where) {
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
    public static int offset(JsonNode node, String field, int length, String where, boolean required) {
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
