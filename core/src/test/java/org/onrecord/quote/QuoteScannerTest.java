package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;

/** What a row of quotes.tsv cannot hold: texts too long for a line. */
class QuoteScannerTest {
    private static List<QuoteSpan> scan(String text) {
        return QuoteScanner.scan(BoilerplateFinder.segment(text));
    }

    @Test
    void thousands_of_stray_marks_are_read_in_one_pass() {
        String text = "\"".repeat(10_000) + " “ ” „ « » " + "'".repeat(5_000);
        assertThat(scan(text)).isEmpty();
    }
}
