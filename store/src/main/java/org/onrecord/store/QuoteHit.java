package org.onrecord.store;

/**
 * One search result: the quote, its article, and the article text either side of it.
 *
 * @param before up to {@link QuoteSearch#CONTEXT} code points of text before the quote; empty when the text is not known
 * @param after up to {@link QuoteSearch#CONTEXT} code points after it
 */
public record QuoteHit(QuoteView quote, ArticleRef article, String before, String after) {}
