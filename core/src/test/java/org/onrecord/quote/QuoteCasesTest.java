package org.onrecord.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onrecord.CaseTable;
import org.onrecord.CaseTable.Row;
import org.onrecord.Stages;

/** The quotation-mark cases of {@code quotes.tsv}: each row one span, as the engine's stages read it. */
class QuoteCasesTest {
    private static final List<Row> ROWS = CaseTable.read(QuoteCasesTest.class, "quotes.tsv");

    static Stream<Row> cases() {
        return ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_stages_read_the_span_between_the_marks(Row row) {
        String text = row.get("text");
        List<QuoteSpan> spans = Stages.quotes(text);
        List<Row> textRows = CaseTable.sameText(ROWS, row);
        assertThat(spans).extracting(q -> q.content().of(text)).as("every span in the text of %s", row)
                .containsExactlyElementsOf(CaseTable.expected(textRows, "content"));
        if (spans.isEmpty()) {
            return;
        }
        QuoteSpan q = spans.get(textRows.indexOf(row));
        row.check("inline", q.inline() ? "yes" : "no");
        row.check("closed", q.isClosed() ? "yes" : "no");
        String continues = ((q.continuesPrevious() ? "previous " : "") + (q.continuesNext() ? "next" : "")).strip();
        row.check("continues", continues.isEmpty() ? null : continues);
        row.check("use", q.use().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
