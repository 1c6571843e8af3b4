package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which way a stance points: "backs the strikers" supports, "condemned the order" opposes. */
public enum Polarity {
    SUPPORT,
    OPPOSE,
    NEUTRAL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Polarity fromLabel(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
