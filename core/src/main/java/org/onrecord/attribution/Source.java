package org.onrecord.attribution;

import org.onrecord.text.Span;

/**
 * The words that give a quotation's source, as read next to a cue.
 *
 * @param mention the source as written: a name, a pronoun or a description
 * @param kind which of those it is
 * @param relative for a relative clause ("Barkley, who said"), the pronoun that attributes: it is the
 *     mention reported, while the name it hangs on is resolved; otherwise null
 */
public record Source(Span mention, Kind kind, Span relative) {
    public Source(Span mention, Kind kind) {
        this(mention, kind, null);
    }

    /** This source, attributed through the relative pronoun at {@code pronoun}. */
    Source through(Span pronoun) {
        return new Source(mention, kind, pronoun);
    }

    public enum Kind {
        NAME,
        PRONOUN,
        DESCRIPTION
    }
}
