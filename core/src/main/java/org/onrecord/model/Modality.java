package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the text frames an attribution when that changes its meaning. */
public enum Modality {
    /** "did not say", "never claimed": the source is reported as not saying it. */
    NEGATED,
    /** "reportedly said", "is understood to have told", "may have said": not asserted by the text. */
    HEDGED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Modality fromLabel(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
