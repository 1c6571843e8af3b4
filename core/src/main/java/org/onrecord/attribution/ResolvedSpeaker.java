package org.onrecord.attribution;

import org.onrecord.text.Span;

/**
 * A source resolved as far as the text allows.
 *
 * @param name the person's full name, or the source as written
 * @param mention the words that attribute this quotation (for an inherited attribution, the words that
 *     attributed the quotation it inherits from), or null when no words do
 * @param person index into the article's people, or -1 for sources that are not people
 */
public record ResolvedSpeaker(String name, Span mention, int person, String role, String organisation) {}
