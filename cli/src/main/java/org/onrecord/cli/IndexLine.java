package org.onrecord.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.onrecord.Engine;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.store.ArticleEntry;

/**
 * One input for the store, made into an {@link ArticleEntry}: a corpus line goes through the engine;
 * a line the engine already wrote ({@code "schema":"onrecord/2"}, or an older {@code "onrecord/1"}) is taken as it is.
 */
final class IndexLine {
    private IndexLine() {}

    /** The digest that tells an unchanged input on a re-run. */
    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The source id a line will be stored under, or null when the line cannot be read. */
    static String sourceId(String line, String hash) {
        try {
            JsonNode node = ExtractionJson.mapper().readTree(line);
            JsonNode id = node == null || !node.isObject() ? null : node.get("id");
            return id == null || id.isNull() || id.asText().isBlank() ? "sha256:" + hash : id.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * @throws IllegalArgumentException naming {@code where} and the field when the line is neither an
     *     article nor an extraction
     */
    static ArticleEntry parse(Engine engine, String line, String where, String sourceId, String hash) {
        JsonNode node = ArticleJson.object(line, where);
        if (node.has("schema")) {
            return extraction(node, line, where, sourceId, hash);
        }
        Article article = ArticleJson.article(node, where);
        Extraction x = engine.extract(article);
        return new ArticleEntry(sourceId, article.isHtml() ? x.text() : article.text(), hash, x);
    }

    static ArticleEntry single(Engine engine, IndexSources.Source source, String content) {
        Article article = source.kind() == IndexSources.Kind.HTML ? Article.ofHtml(source.id(), content)
                : Article.ofText(source.id(), content);
        Extraction x = engine.extract(article);
        return new ArticleEntry(source.id(), article.isHtml() ? x.text() : content, hash(content), x);
    }

    private static ArticleEntry extraction(JsonNode node, String line, String where, String sourceId, String hash) {
        String schema = node.get("schema").asText();
        if (!Extraction.readable(schema)) {
            throw new IllegalArgumentException(where + ": field \"schema\" is \"" + schema + "\"; this onrecord reads \""
                    + Extraction.SCHEMA + "\"");
        }
        if (node.hasNonNull("error")) {
            throw new IllegalArgumentException(where + ": an error record, not an extraction: " + node.get("error").asText());
        }
        Extraction x;
        try {
            x = ExtractionJson.fromJson(line);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        return new ArticleEntry(sourceId, x.text(), hash, x);
    }
}
