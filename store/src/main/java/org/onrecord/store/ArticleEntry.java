package org.onrecord.store;

import java.util.Objects;
import org.onrecord.model.Extraction;

/**
 * One article to put in the store: what the engine found, and the article's text when it is known.
 *
 * @param sourceId the article's id in its corpus; re-indexing the same id replaces the article
 * @param text the text the extraction's offsets point into, or null when it is not known (an
 *     extraction made from plain text carries no copy of it)
 * @param contentHash a digest of the input the entry was made from, to skip unchanged articles on a re-run
 */
public record ArticleEntry(String sourceId, String text, String contentHash, Extraction extraction) {
    public ArticleEntry {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(extraction, "extraction");
        if (text == null && extraction.text() != null) {
            text = extraction.text();
        }
    }
}
