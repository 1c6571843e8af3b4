package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a quotation reproduces its speaker's words. */
public enum QuoteType {
    /** Entirely inside quotation marks. */
    DIRECT,
    /** Reported speech that keeps some of the speaker's words in quotation marks. */
    MIXED,
    /** Reported speech or thought with a content and no quotation marks (see {@link Act}). */
    INDIRECT,
    /** A source's position towards a target, with no reported content: "Sarwar backs the strikers". */
    STANCE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static QuoteType fromLabel(String label) {
        for (QuoteType type : values()) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown quote type '" + label + "' (direct, mixed, indirect or stance)");
    }
}
