package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A person's gender as the text tells it (pronouns, titles) or as a first name suggests. */
public enum Gender {
    FEMALE,
    MALE,
    UNKNOWN;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Gender fromLabel(String label) {
        return label == null ? UNKNOWN : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
