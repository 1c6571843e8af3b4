package org.onrecord.model;

import java.util.Objects;

/**
 * Who a quotation is attributed to.
 *
 * @param name canonical full name of the person, or the source as written when it is not a person
 *     ("the memo", "a spokesperson for Network Rail")
 * @param mention the words in the text that attribute the quote (a name, a pronoun, a description),
 *     or null when the attribution is inherited from an earlier quote
 * @param role the person's role as the article gives it, or null
 * @param organisation the organisation the role belongs to, or null
 * @param personId the id of the entry in {@link Extraction#people()}, or null for non-person sources
 */
public record Speaker(String name, Mention mention, String role, String organisation, String personId) {
    public Speaker {
        Objects.requireNonNull(name, "name");
    }
}
