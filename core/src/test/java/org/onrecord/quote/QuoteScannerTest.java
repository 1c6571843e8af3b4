package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;

class QuoteScannerTest {
    private static List<QuoteSpan> scan(String text) {
        return QuoteScanner.scan(BoilerplateFinder.segment(text));
    }

    private static List<String> contents(String text) {
        return scan(text).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void curly_and_straight_double_quotes() {
        assertThat(contents("She said: “We will win.” He said \"No.\"")).containsExactly("We will win.", "No.");
    }

    @Test
    void guillemets_and_low_high_quotes() {
        assertThat(contents("Il a dit « non merci » hier.")).containsExactly("non merci");
        assertThat(contents("Er sagte: „Wir gewinnen.“ Dann ging er.")).containsExactly("Wir gewinnen.");
    }

    @Test
    void apostrophes_do_not_open_quotations() {
        assertThat(contents("It’s the workers’ strike, and Starmer’s rule.")).isEmpty();
    }

    @Test
    void single_quotes_count_only_where_a_text_uses_them_as_its_marks() {
        assertThat(contents("He said 'we will not go' and left.")).containsExactly("we will not go");
        assertThat(contents("He said “we will not go” and 'soon' left.")).containsExactly("we will not go");
    }

    @Test
    void a_quotation_split_by_its_attribution_gives_two_spans() {
        assertThat(contents("“We tried,” she said. “It failed.”")).containsExactly("We tried,", "It failed.");
    }

    @Test
    void multi_paragraph_quotations_run_on_when_the_next_paragraph_reopens() {
        String text = "He said: “First part.\n\n“Second part.\n\n“Last part.”\n\nNarrative.";
        List<QuoteSpan> spans = scan(text);
        assertThat(spans).hasSize(3);
        assertThat(spans.get(0).continuesNext()).isTrue();
        assertThat(spans.get(1).continuesPrevious()).isTrue();
        assertThat(spans.get(2).continuesPrevious()).isTrue();
        assertThat(spans.get(2).isClosed()).isTrue();
    }

    @Test
    void an_unclosed_quotation_ends_with_its_paragraph() {
        String text = "He said “this never closes\n\nThe next paragraph is narrative with no marks.";
        assertThat(contents(text)).containsExactly("this never closes");
    }

    @Test
    void fragments_inside_sentences_are_inline() {
        String text = "Sarwar expressed “solidarity” with the strikers.";
        assertThat(scan(text).get(0).inline()).isTrue();
        assertThat(scan("He said: “We will win this fight.”").get(0).inline()).isFalse();
    }

    @Test
    void padded_straight_quotes_open_and_close() {
        assertThat(contents("\" It was the least bad outcome, \" Mr. Morgan said.")).containsExactly(
                "It was the least bad outcome,");
    }

    @Test
    void typewriter_doubled_single_marks_are_double_marks() {
        assertThat(contents("''We lost,'' he said.")).containsExactly("We lost,");
    }

    @Test
    void thousands_of_stray_marks_are_read_in_one_pass() {
        String text = "\"".repeat(10_000) + " “ ” „ « » " + "'".repeat(5_000);
        assertThat(scan(text)).isEmpty();
    }
}
