package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.text.BoilerplateFinder;

/** Quotations inside quotations. */
class NestingTest {
    private static List<String> contents(String text) {
        return QuoteScanner.scan(BoilerplateFinder.segment(text)).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void a_straight_double_quotation_nested_in_another_does_not_close_it_early() {
        String text = "\"My father told me \"never sell the farm\" and I never did,\" the farmer said.";
        assertThat(contents(text)).containsExactly("My father told me \"never sell the farm\" and I never did,");
    }

    @Test
    void a_curly_double_quotation_nested_in_another_does_not_close_it_early() {
        String text = "“The sign said “closed for repairs” all week,” a neighbour said.";
        assertThat(contents(text)).containsExactly("The sign said “closed for repairs” all week,");
    }

    @Test
    void a_single_quotation_nested_in_a_single_one_does_not_close_it_early() {
        String text = "‘She shouted ‘stop’ twice before the crash,’ the driver said.";
        assertThat(contents(text)).containsExactly("She shouted ‘stop’ twice before the crash,");
    }

    @Test
    void when_nesting_leaves_the_quotation_unclosed_the_first_close_ends_it() {
        String text = "He called it \"a \"disaster\" and walked out. \"We are done,\" he said.";
        assertThat(contents(text)).containsExactly("a \"disaster", "We are done,");
    }
}
