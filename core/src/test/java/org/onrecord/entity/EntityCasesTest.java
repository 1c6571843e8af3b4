package org.onrecord.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onrecord.CaseTable;
import org.onrecord.CaseTable.Row;
import org.onrecord.Stages;

/** The entity cases of {@code entities.tsv}: each row one person, as the engine's stages find them. */
class EntityCasesTest {
    private static final List<Row> ROWS = CaseTable.read(EntityCasesTest.class, "entities.tsv");

    static Stream<Row> cases() {
        return ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_stages_find_the_person_with_their_names_role_and_gender(Row row) {
        List<PersonEntity> people = Stages.entities(row.get("text")).people();
        List<Row> textRows = CaseTable.sameText(ROWS, row);
        assertThat(people).extracting(PersonEntity::name).as("everyone found in the text of %s", row)
                .containsExactlyElementsOf(CaseTable.expected(textRows, "person"));
        if (people.isEmpty()) {
            return;
        }
        PersonEntity p = people.get(textRows.indexOf(row));
        row.check("aliases", p.aliases().isEmpty() ? null : String.join(" + ", p.aliases()));
        row.check("role", p.role() == null ? null : p.role().title());
        row.check("organisation", p.role() == null ? null : p.role().organisation());
        row.check("gender", p.gender() == null ? null : p.gender().label());
    }
}
