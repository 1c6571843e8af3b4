package org.onrecord.spark;

import java.io.Serializable;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.BadInputException;
import org.onrecord.model.Article;

/**
 * One input record on its way to the engine: a JSONL line still to be parsed, an article read from
 * Parquet or WARC, a record that could not be read (skipped or failed) and goes straight to the
 * {@code articles} table, or a WARC record that holds no article ({@code OTHER}: a request, warcinfo,
 * metadata or revisit record), which is only counted. Every other record read becomes exactly one
 * {@code articles} row.
 *
 * @param where the file (and record) it came from, for error messages
 * @param line a JSONL line, parsed on the executor by {@link ArticleJson}, as {@code onrecord extract --jsonl}
 *     parses it; or null
 */
record SourceRecord(
        String where,
        String line,
        String id,
        String text,
        String html,
        String url,
        String published,
        String outlet,
        Status status,
        String message) implements Serializable {

    enum Status { PENDING, SKIPPED, FAILED, OTHER }

    static SourceRecord ofLine(String where, String line) {
        return new SourceRecord(where, line, null, null, null, null, null, null, Status.PENDING, null);
    }

    static SourceRecord ofArticle(String where, String id, String text, String html, String url,
            String published, String outlet) {
        return new SourceRecord(where, null, id, text, html, url, published, outlet, Status.PENDING, null);
    }

    static SourceRecord skipped(String where, String id, String url, String reason) {
        return new SourceRecord(where, null, id, null, null, url, null, null, Status.SKIPPED, reason);
    }

    /** A WARC record of a type that holds no article. */
    static SourceRecord other(String where, String type) {
        return new SourceRecord(where, null, null, null, null, null, null, null, Status.OTHER, type);
    }

    static SourceRecord failed(String where, String id, String url, String message) {
        return new SourceRecord(where, null, id, null, null, url, null, null, Status.FAILED, message);
    }

    /**
     * The article to extract.
     *
     * @throws BadInputException naming the record when it is not an article
     */
    Article article() {
        if (line != null) {
            return ArticleJson.parse(line, where);
        }
        if ((text == null) == (html == null)) {
            throw new BadInputException(where, text == null
                    ? "column \"text\" or \"html\" is required" : "give \"text\" or \"html\", not both");
        }
        Article a = text != null ? Article.ofText(id, text) : Article.ofHtml(id, html);
        return a.withMetadata(url, published, outlet);
    }

    /** The id to report when the record cannot be read as an article. */
    String idForErrors() {
        return line != null ? ArticleJson.idOf(line) : id;
    }
}
