package org.onrecord.attribution;

import org.onrecord.text.Span;

/**
 * The words that give a quotation's source, as read next to a cue.
 *
 * @param mention the source as written: a name, a pronoun or a description
 * @param kind which of those it is
 */
public record Source(Span mention, Kind kind) {
    public enum Kind {
        NAME,
        PRONOUN,
        DESCRIPTION
    }
}
