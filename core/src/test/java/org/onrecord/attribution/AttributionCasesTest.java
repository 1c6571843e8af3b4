package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onrecord.CaseTable;
import org.onrecord.CaseTable.Row;
import org.onrecord.Engine;
import org.onrecord.Invariants;
import org.onrecord.Stages;
import org.onrecord.text.Span;

/** The attribution cases of {@code cases.tsv}: each row one quotation and who said it, as the engine's stages find it. */
class AttributionCasesTest {
    private static final List<Row> ROWS = CaseTable.read(AttributionCasesTest.class, "cases.tsv");
    private static final Engine ENGINE = Engine.create();

    /** What the details column may check, by key. */
    private static final Map<String, BiFunction<Attribution, String, String>> DETAILS = Map.of(
            "mention", (a, text) -> a.speaker() == null || a.speaker().mention() == null ? null : a.speaker().mention().of(text),
            "role", (a, text) -> a.speaker() == null ? null : a.speaker().role(),
            "organisation", (a, text) -> a.speaker() == null ? null : a.speaker().organisation(),
            "addressee", (a, text) -> a.match() == null ? null : of(a.match().addressee(), text),
            "modality", (a, text) -> a.modality() == null ? null : a.modality().label(),
            "fragments", (a, text) -> a.fragments().stream().map(f -> f.of(text)).collect(Collectors.joining(" + ")),
            "act", (a, text) -> a.act() == null ? null : a.act().label(),
            "polarity", (a, text) -> a.polarity() == null ? null : a.polarity().label(),
            "target", (a, text) -> of(a.target(), text));

    static Stream<Row> cases() {
        return ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_stages_find_the_quotation_and_its_source(Row row) {
        String text = row.get("text");
        Invariants.check(ENGINE.extractText(text), text);
        List<Attribution> found = Stages.attributions(text);
        List<Row> textRows = CaseTable.sameText(ROWS, row);
        assertThat(found).extracting(a -> a.quote().content().of(text)).as("everything found in the text of %s", row)
                .containsExactlyElementsOf(CaseTable.expected(textRows, "content"));
        if (found.isEmpty()) {
            return;
        }
        Attribution a = found.get(textRows.indexOf(row));
        row.check("type", a.type().label());
        row.check("speaker", a.speaker() == null ? null : a.speaker().name());
        row.check("cue", a.match() == null ? null : of(a.match().cue(), text));
        row.check("rule", a.rule() == null ? null : a.rule().label());
        String details = row.get("details");
        if (details != null) {
            for (String pair : details.split("; ")) {
                String[] kv = pair.split("=", 2);
                BiFunction<Attribution, String, String> detail = DETAILS.get(kv[0]);
                assertThat(detail).as("a details key of %s: %s", row, kv[0]).isNotNull();
                assertThat(kv).as("key=value in %s", row).hasSize(2);
                String actual = detail.apply(a, text);
                if (kv[1].equals(CaseTable.NONE)) {
                    assertThat(actual).as("%s of %s", kv[0], row).isNull();
                } else {
                    assertThat(actual).as("%s of %s", kv[0], row).isEqualTo(kv[1]);
                }
            }
        }
    }

    private static String of(Span span, String text) {
        return span == null ? null : span.of(text);
    }
}
