package org.onrecord.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.onrecord.model.Article;
import org.onrecord.store.BadQueryException;

/** The article in a {@code POST /api/extract} body: JSON {@code {"text"|"html", "id"?, "url"?, "published"?, "outlet"?}}, or the raw text or HTML. */
final class ExtractRequest {
    private ExtractRequest() {}

    static Article article(RequestBody body, ObjectMapper json) {
        if (body.text().isBlank()) {
            throw new BadQueryException("the request body is empty: send JSON {\"text\": \"…\"} or {\"html\": \"…\"}, "
                    + "or the article itself as text/plain or text/html");
        }
        switch (body.mediaType()) {
            case "text/html":
                return Article.ofHtml(null, body.text());
            case "text/plain":
                return Article.ofText(null, body.text());
            default:
                break;
        }
        JsonNode node;
        try {
            node = json.readTree(body.text());
        } catch (JsonProcessingException e) {
            throw new BadQueryException("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadQueryException("the body must be a JSON object");
        }
        String text = field(node, "text");
        String html = field(node, "html");
        if ((text == null) == (html == null)) {
            throw new BadQueryException("give exactly one of \"text\" or \"html\"");
        }
        Article a = text != null ? Article.ofText(field(node, "id"), text) : Article.ofHtml(field(node, "id"), html);
        return a.withMetadata(field(node, "url"), field(node, "published"), field(node, "outlet"));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadQueryException("field \"" + name + "\" must be a string");
        }
        return v.asText();
    }
}
