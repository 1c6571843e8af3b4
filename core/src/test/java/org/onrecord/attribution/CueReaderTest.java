package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;

class CueReaderTest {
    private static CueMatch trailingAfterFirstQuote(String text) {
        Segmented doc = BoilerplateFinder.segment(text);
        Tokens tokens = Tokens.of(doc);
        int close = tokens.firstAtOrAfter(text.indexOf('”'));
        return new CueReader(tokens).trailing(close + 1);
    }

    private static String source(String text, CueMatch m) {
        return m.source().mention().of(text);
    }

    @Test
    void a_description_before_the_cue_is_the_source() {
        String text = "“The company was left holding some debt,” the Times wrote.";
        CueMatch m = trailingAfterFirstQuote(text);
        assertThat(m).isNotNull();
        assertThat(source(text, m)).isEqualTo("Times");
    }
}
