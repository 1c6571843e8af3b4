package org.onrecord.entity;

import org.onrecord.text.Span;

/**
 * One place where the text names a person or organisation.
 *
 * @param span the name as written, without title or possessive
 * @param person index into {@link Entities#people()}, or -1
 * @param organisation index into {@link Entities#organisations()}, or -1
 * @param quoted whether it stands inside a quotation (then it is not narrative context)
 */
public record NameMention(Span span, String text, int person, int organisation, boolean quoted) {
    public boolean isPerson() {
        return person >= 0;
    }
}
