package org.onrecord.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines read token by token give what the tree reader gives: the same article, or the same error. */
class ArticleJsonStreamTest {
    private static String outcome(java.util.function.Supplier<Object> read) {
        try {
            return "article " + read.get();
        } catch (BadInputException e) {
            return "error " + e.getMessage();
        }
    }

    @Test
    void every_kind_of_line_reads_as_the_tree_reads_it() {
        List<String> lines = List.of(
                "{\"id\":\"a\",\"text\":\"Hello “there”.\\n\\nBye \\u00e9\",\"url\":\"u\",\"published\":\"p\",\"outlet\":\"o\"}",
                "{\"id\":\"a\",\"html\":\"<p>x</p>\",\"extra\":{\"deep\":[1,2,{\"text\":\"no\"}]},\"n\":3.5}",
                "{\"id\":7,\"text\":\"number id\"}",
                "{\"id\":null,\"text\":\"null id\",\"url\":null}",
                "{\"text\":\"twice\",\"text\":\"second\"}",
                "{\"text\":\"a\",\"html\":\"b\"}",
                "{\"id\":\"only\"}",
                "{\"text\":[\"not\",\"a string\"]}",
                "{\"text\":true}",
                "{\"text\":\"trailing\"} {\"text\":\"another\"}",
                "{\"text\":\"trailing\"} garbage",
                "{\"text\":\"unclosed\"",
                "[\"an\",\"array\"]",
                "\"a string\"",
                "",
                "   ",
                "{}",
                "{\"text\":\"bad escape \\q\"}");
        for (String line : lines) {
            assertThat(outcome(() -> ArticleJson.parse(line, "f:1")))
                    .as(line)
                    .isEqualTo(outcome(() -> ArticleJson.article(ArticleJson.object(line, "f:1"), "f:1")));
        }
    }
}
