package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
    }

    @Test
    void each_token_is_the_one_its_text_makes_though_known_words_share_the_lexicons_strings() {
        String s = "“Said,” SAID the U.S. official’s aide — İstanbul, Éric: told 'em 1,000 Told.";
        for (Token t : Tokenizer.tokenize(s, 0, s.length())) {
            assertThat(t).isEqualTo(new Token(t.start(), t.end(), t.kind(), s.substring(t.start(), t.end())));
        }
    }

    @Test
    void possessives_split_from_names() {
        assertThat(texts("Starmer’s memo")).containsExactly("Starmer", "’s", "memo");
    }

    @Test
    void apostrophes_inside_words_stay() {
        assertThat(texts("don’t can't")).containsExactly("don’t", "can't");
    }

    @Test
    void abbreviations_and_initialisms_keep_their_dots_but_sentences_end() {
        assertThat(texts("Mr. Smith met U.S. officials. Then")).containsExactly(
                "Mr.", "Smith", "met", "U.S.", "officials", ".", "Then");
        assertThat(texts("example.com.")).containsExactly("example.com", ".");
    }

    @Test
    void two_sentences_a_scraper_glued_together_are_two_words_and_a_full_stop() {
        assertThat(texts("said Rajesh Mittal.While the rest")).containsExactly(
                "said", "Rajesh", "Mittal", ".", "While", "the", "rest");
        assertThat(texts("e.g. Ph.D example.com")).containsExactly("e.g.", "Ph.D", "example.com");
        assertThat(texts("the statement said.MTS will")).containsExactly("the", "statement", "said", ".", "MTS", "will");
        assertThat(texts("Ph.DS Bond.ABC")).containsExactly("Ph.DS", "Bond", ".", "ABC");
    }

    @Test
    void a_faction_in_brackets_is_part_of_its_party() {
        assertThat(texts("JD(U) MLC said")).containsExactly("JD(U)", "MLC", "said");
        assertThat(texts("CPI(M) and JD(S).")).containsExactly("CPI(M)", "and", "JD(S)", ".");
        assertThat(texts("Smith (R) said, BBC (UK)")).containsExactly("Smith", "(", "R", ")", "said", ",", "BBC", "(", "UK", ")");
        assertThat(texts("NATO(ABC) US(A)x")).containsExactly("NATO", "(", "ABC", ")", "US", "(", "A", ")", "x");
    }

    @Test
    void party_tags_keep_the_dot_of_their_state() {
        assertThat(texts("Sen. Bernie Sanders (I-Vt.) said")).containsExactly(
                "Sen.", "Bernie", "Sanders", "(", "I-Vt.", ")", "said");
        assertThat(texts("He fell ill. Then")).containsExactly("He", "fell", "ill", ".", "Then");
    }

    @Test
    void a_pronoun_after_an_initialism_starts_a_sentence() {
        String text = "He campaigned in the U.S. He said so.";
        Tokens tokens = Tokens.of(BoilerplateFinder.segment(text));
        int he = 5;
        assertThat(tokens.get(he).text()).isEqualTo("He");
        assertThat(tokens.startsSentence(he)).isTrue();
        assertThat(tokens.startsSentence(4)).isFalse(); // "U.S." after "the"
    }

    @Test
    void an_article_after_an_abbreviation_starts_a_sentence_but_not_after_versus() {
        String text = "It blamed Ferdinand Marcos Jr. The user wrote so. Smith vs. The State was heard.";
        Tokens tokens = Tokens.of(BoilerplateFinder.segment(text));
        assertThat(tokens.get(5).text()).isEqualTo("The");
        assertThat(tokens.startsSentence(5)).isTrue();
        assertThat(tokens.get(12).text()).isEqualTo("The");
        assertThat(tokens.startsSentence(12)).isFalse();
    }

    @Test
    void numbers_with_thousands_separators_are_one_token() {
        assertThat(texts("40,000 members")).containsExactly("40,000", "members");
    }

    @Test
    void doubled_single_marks_are_one_quote_mark() {
        List<Token> tokens = Tokenizer.tokenize("''Yes,'' he said", 0, 16);
        assertThat(tokens.get(0).kind()).isEqualTo(Token.Kind.QUOTE_MARK);
        assertThat(tokens.get(0).text()).isEqualTo("''");
    }

    @Test
    void offsets_point_at_the_source() {
        String s = "  “Hi,” she said";
        for (Token t : Tokenizer.tokenize(s, 0, s.length())) {
            assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }
}
