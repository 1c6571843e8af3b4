package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;

/** Quotations that run over line breaks and paragraphs. */
class RunOnTest {
    private static List<QuoteSpan> scan(String text) {
        return QuoteScanner.scan(BoilerplateFinder.segment(text));
    }

    private static List<String> contents(String text) {
        return scan(text).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void a_quotation_runs_over_a_plain_line_break_inside_its_paragraph() {
        String text = "The mayor said: “We will rebuild the library\nbefore the end of next year,” to applause.\n\nThe end.";
        List<QuoteSpan> spans = scan(text);
        assertThat(contents(text)).containsExactly("We will rebuild the library", "before the end of next year,");
        assertThat(spans.get(0).continuesNext()).isTrue();
        assertThat(spans.get(1).continuesPrevious()).isTrue();
        assertThat(spans.get(1).isClosed()).isTrue();
    }

    @Test
    void a_quotation_runs_over_several_wrapped_lines() {
        String text = "She wrote: “The river rose\nfaster than any of us\nhad expected,” in her report.";
        assertThat(contents(text)).containsExactly("The river rose", "faster than any of us", "had expected,");
    }

    @Test
    void a_quotation_continues_into_a_paragraph_that_does_not_reopen_it() {
        String text = "The coach said: “We trained hard all winter.\n\nAnd we deserved the result,” he added.";
        List<QuoteSpan> spans = scan(text);
        assertThat(contents(text)).containsExactly("We trained hard all winter.", "And we deserved the result,");
        assertThat(spans.get(0).continuesNext()).isTrue();
        assertThat(spans.get(1).continuesPrevious()).isTrue();
    }

    @Test
    void a_paragraph_with_no_marks_ends_an_unclosed_quotation() {
        String text = "He said “the vote was rigged\n\nThe count resumed on Monday.\n\nIt was “fair”, officials said.";
        List<QuoteSpan> spans = scan(text);
        assertThat(spans.get(0).content().of(text)).isEqualTo("the vote was rigged");
        assertThat(spans.get(0).continuesNext()).isFalse();
    }

    @Test
    void a_next_paragraph_whose_first_mark_opens_does_not_continue_the_quotation() {
        String text = "He said “the vote was rigged\n\nThe result, “a landslide”, stood.";
        assertThat(scan(text).get(0).continuesNext()).isFalse();
    }

    @Test
    void a_credit_line_closing_a_pull_quote_is_not_the_quotation() {
        String text = "“Our schools need more teachers.\nJane Doe, teacher.”\n\nThe debate goes on.";
        List<QuoteSpan> spans = scan(text);
        assertThat(spans.get(0).continuesNext()).isFalse();
        assertThat(contents(text)).containsExactly("Our schools need more teachers.");
    }

    @Test
    void the_first_paragraph_of_a_quotation_that_runs_on_is_not_an_inline_fragment() {
        String text = "The report called the plan “a failure.\n\n“It has cost the city millions.”";
        List<QuoteSpan> spans = scan(text);
        assertThat(spans.get(0).continuesNext()).isTrue();
        assertThat(spans.get(0).inline()).isFalse();
    }

    @Test
    void single_marked_quotations_run_on_into_reopening_paragraphs() {
        String text = "‘The first ferry leaves at six,’ she said. ‘We will be on it.\n\n‘Then we will see.’";
        List<QuoteSpan> spans = scan(text);
        assertThat(contents(text)).containsExactly("The first ferry leaves at six,", "We will be on it.", "Then we will see.");
        assertThat(spans.get(2).continuesPrevious()).isTrue();
    }
}
