package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The searches by offset answer as a walk over every token would, inside tokens, between them and beyond the text. */
class TokensOffsetTest {
    private static void answersAsAWalk(String text) {
        Tokens tokens = Tokens.of(BoilerplateFinder.segment(text));
        for (int c = -3; c <= text.length() + 3; c++) {
            int first = tokens.size();
            int last = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (first == tokens.size() && tokens.get(k).start() >= c) {
                    first = k;
                }
                if (tokens.get(k).end() <= c) {
                    last = k;
                }
            }
            assertThat(tokens.firstAtOrAfter(c)).as("first at or after %d", c).isEqualTo(first);
            assertThat(tokens.lastEndingBy(c)).as("last ending by %d", c).isEqualTo(last);
        }
    }

    @Test
    void offsets_in_words_between_words_and_past_the_end() {
        answersAsAWalk("“We will not back down,” said Marion Okafor, the union’s general secretary.\n\n"
                + "  Talks resume on Monday.   \n\nU.S. officials   declined to comment.");
    }

    @Test
    void any_in_a_span_asks_only_the_tokens_wholly_inside_it() {
        String text = "Jane Smith said so on Monday.";
        Tokens tokens = Tokens.of(BoilerplateFinder.segment(text));
        int said = text.indexOf("said");
        assertThat(tokens.anyIn(new Span(0, said + 4), t -> t.is("said"))).isTrue();
        assertThat(tokens.anyIn(new Span(0, said + 3), t -> t.is("said"))).as("cut inside the word").isFalse();
        assertThat(tokens.anyIn(new Span(said + 1, text.length()), t -> t.is("said"))).as("starts inside the word").isFalse();
        assertThat(tokens.anyIn(new Span(0, text.length()), t -> t.is("Tuesday"))).isFalse();
    }

    @Test
    void the_words_in_a_span_are_those_wholly_inside_it_without_punctuation() {
        String text = "Mr Daniels' motion, the council said.";
        Tokens tokens = Tokens.of(BoilerplateFinder.segment(text));
        int comma = text.indexOf(',');
        assertThat(tokens.wordsIn(new Span(0, comma + 1))).containsExactly("Mr", "Daniels", "motion");
        assertThat(tokens.wordsIn(new Span(1, comma))).as("starts inside a word").containsExactly("Daniels", "motion");
        assertThat(tokens.wordsIn(new Span(comma, comma + 1))).isEmpty();
    }

    @Test
    void one_word_and_no_words() {
        answersAsAWalk("Yes");
        answersAsAWalk("   ");
        answersAsAWalk("");
    }

    @Test
    void sentence_starts_are_those_read_token_by_token() {
        Tokens tokens = Tokens.of(BoilerplateFinder.segment("He said so. Then Mr. Smith left: it was late.\n\nNew day."));
        StringBuilder starts = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.startsSentence(i)) {
                starts.append(tokens.get(i).text()).append(' ');
            }
        }
        assertThat(starts.toString()).isEqualTo("He Then it New ");
        assertThat(tokens.startsSentence(-1)).isTrue();
        assertThat(tokens.startsSentence(tokens.size())).isTrue();
    }

    @Test
    void a_memo_is_computed_once_per_key_and_keeps_null() {
        Tokens tokens = Tokens.of(BoilerplateFinder.segment("Police said so."));
        int[] calls = new int[1];
        java.util.function.Supplier<String> none = () -> {
            calls[0]++;
            return null;
        };
        assertThat(tokens.memo("a", none)).isNull();
        assertThat(tokens.memo("a", none)).isNull();
        assertThat(calls[0]).isEqualTo(1);
        assertThat(tokens.memo("b", () -> "B")).isEqualTo("B");
        assertThat(tokens.memo("b", () -> "C")).isEqualTo("B");
    }
}
