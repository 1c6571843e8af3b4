package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of act a reported quotation reports, so a reader can ask for words actually said. */
public enum Act {
    /** Words said or written: said, told, wrote, announced, tweeted, according to. */
    SPEECH,
    /** A belief, expectation or feeling held: believes, expects, fears, hopes. */
    THOUGHT,
    /** What evidence shows: a poll shows, a report found. */
    FINDING;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Act fromLabel(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
