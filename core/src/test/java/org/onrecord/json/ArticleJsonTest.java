package org.onrecord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Article;

class ArticleJsonTest {
    @Test
    void a_text_line_gives_the_article_and_its_metadata() {
        Article a = ArticleJson.parse("{\"id\":\"a1\",\"text\":\"Hello.\",\"url\":\"https://x.example/1\","
                + "\"published\":\"2024-03-01\",\"outlet\":\"x.example\",\"lang\":\"en\"}", "c.jsonl:1");

        assertThat(a).isEqualTo(new Article("a1", "Hello.", null, "https://x.example/1", "2024-03-01", "x.example"));
    }

    @Test
    void an_html_line_gives_an_html_article_and_a_number_id_is_read_as_text() {
        Article a = ArticleJson.parse("{\"id\":7,\"html\":\"<p>Hi</p>\"}", "c.jsonl:2");

        assertThat(a.isHtml()).isTrue();
        assertThat(a.id()).isEqualTo("7");
        assertThat(a.html()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void a_line_without_text_or_html_names_the_line_and_the_fields() {
        assertThatThrownBy(() -> ArticleJson.parse("{\"id\":\"a\"}", "c.jsonl:3"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("c.jsonl:3: field \"text\" or \"html\" is required");
    }

    @Test
    void a_line_with_both_text_and_html_is_refused() {
        assertThatThrownBy(() -> ArticleJson.parse("{\"text\":\"a\",\"html\":\"b\"}", "c.jsonl:4"))
                .hasMessage("c.jsonl:4: give \"text\" or \"html\", not both");
    }

    @Test
    void a_field_that_is_not_a_value_is_named() {
        assertThatThrownBy(() -> ArticleJson.parse("{\"text\":\"a\",\"outlet\":{\"name\":\"x\"}}", "c.jsonl:5"))
                .hasMessage("c.jsonl:5: field \"outlet\" must be a string");
    }

    @Test
    void broken_json_and_json_that_is_not_an_object_are_told_apart() {
        assertThatThrownBy(() -> ArticleJson.parse("{\"text\": ", "c.jsonl:6"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("c.jsonl:6: invalid JSON: ");
        assertThatThrownBy(() -> ArticleJson.parse("[\"text\"]", "c.jsonl:7"))
                .hasMessage("c.jsonl:7: expected a JSON object");
    }

    @Test
    void a_bad_line_is_an_illegal_argument_so_readers_that_skip_bad_input_keep_skipping_it() {
        assertThatThrownBy(() -> ArticleJson.parse("not json", "c.jsonl:8"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_id_of_a_line_is_found_when_the_line_is_json_and_null_otherwise() {
        assertThat(ArticleJson.idOf("{\"id\":\"b\",\"text\":{}}")).isEqualTo("b");
        assertThat(ArticleJson.idOf("{\"text\":\"x\"}")).isNull();
        assertThat(ArticleJson.idOf("{\"id\": \"c\", ")).isNull();
        assertThat(ArticleJson.idOf("")).isNull();
    }
}
