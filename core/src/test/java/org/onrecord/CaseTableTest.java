package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.CaseTable.Row;

class CaseTableTest {
    @Test
    void comments_are_skipped_the_header_names_the_cells_and_escapes_are_read() {
        List<Row> rows = CaseTable.parse("t.tsv", "# a comment\n\ntext\tcontent\nA\\n\\nB\\tC\\\\\tx\n");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("text")).isEqualTo("A\n\nB\tC\\");
            assertThat(r.get("content")).isEqualTo("x");
            assertThat(r.line()).isEqualTo(4);
        });
    }

    @Test
    void an_empty_cell_is_not_checked_a_dash_is_none_and_a_bang_is_anything_but() {
        Row row = CaseTable.parse("t.tsv", "a\tb\tc\n\t-\t!x\n").get(0);
        row.check("a", "whatever");
        row.check("b", null);
        row.check("c", "y");
        assertThatThrownBy(() -> row.check("b", "y")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> row.check("c", "x")).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_or_an_unknown_escape_is_refused() {
        assertThatThrownBy(() -> CaseTable.parse("t.tsv", "a\tb\nonly\n")).hasMessageContaining("t.tsv:2: 1 cells");
        assertThatThrownBy(() -> CaseTable.parse("t.tsv", "a\nx\\q\n")).hasMessageContaining("unknown escape \\q");
    }
}
