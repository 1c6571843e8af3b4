package org.onrecord.store;

import java.util.List;

/**
 * A stored article with its quotes in text order and the people it names.
 *
 * @param authors as the page names them; empty when it names none or the store has only plain text
 * @param language the page's language (BCP 47), or null
 * @param text the article text the quote offsets point into, or null when the store was given
 *     extractions without their text
 * @param boilerplate the stretches of the text that are not article content, in text order; empty for an article
 *     indexed before the store kept them (schema version 5) until it is indexed again
 */
public record ArticleView(
        long id,
        String sourceId,
        String url,
        String outlet,
        String published,
        List<String> authors,
        String language,
        String title,
        String text,
        List<QuoteView> quotes,
        List<BoilerplateSpan> boilerplate,
        List<ArticlePerson> people) {
    public ArticleView {
        authors = List.copyOf(authors);
        quotes = List.copyOf(quotes);
        boilerplate = List.copyOf(boilerplate);
        people = List.copyOf(people);
    }

    /**
     * A stretch of the text that is not article content, [start, end) in code points.
     *
     * @param kind promo, caption, byline or call-to-action (the engine's Boilerplate.Kind labels)
     */
    public record BoilerplateSpan(String kind, int start, int end) {}

    /** A person as this article names them, linked to the merged person. */
    public record ArticlePerson(long personId, String localId, String name, List<String> roles, List<String> organisations) {
        public ArticlePerson {
            roles = List.copyOf(roles);
            organisations = List.copyOf(organisations);
        }
    }
}
