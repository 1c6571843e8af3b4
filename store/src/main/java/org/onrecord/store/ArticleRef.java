package org.onrecord.store;

/** What a search result says of the article a quote comes from. */
public record ArticleRef(long id, String sourceId, String title, String outlet, String published, String url) {}
