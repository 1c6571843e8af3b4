package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

/** Code point offsets of a part of a test text, for writing gold and prediction lines by hand. */
final class Offsets {
    private Offsets() {}

    static int at(String text, String part) {
        int i = text.indexOf(part);
        assertThat(i).as("'%s' in the text", part).isNotNegative();
        return text.codePointCount(0, i);
    }

    static int end(String text, String part) {
        return at(text, part) + part.codePointCount(0, part.length());
    }
}
