package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/** A stretch of text that is not article content and was kept out of quote finding. */
public record Boilerplate(int start, int end, String text, Kind kind) {
    public Boilerplate {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad boilerplate span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** What sort of boilerplate it is. */
    public enum Kind {
        /** "READ MORE: …", "Related: …" and other links to other articles. */
        PROMO,
        /** An outlet or picture credit left alone on a line by a removed image ("The National:"). */
        CAPTION,
        /** "By Jane Smith", "Follow Jane on Twitter". */
        BYLINE,
        /** "Read the rest here", "Click here", "Sign up to our newsletter". */
        CALL_TO_ACTION;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static Kind fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
