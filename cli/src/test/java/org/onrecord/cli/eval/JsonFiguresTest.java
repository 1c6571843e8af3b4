package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.eval.Figures;

class JsonFiguresTest {
    @Test
    void theJsonFormHasTheScorersKeysInItsOrder() {
        assertThat(JsonFigures.of(new Figures(2, 1, 1, 1, 1, 1, 1, 1, 0))).isEqualTo(
                "{\"gold\": 2, \"pred\": 1, \"P\": 1.0, \"R\": 0.5, \"F1\": 0.6667, \"speaker_acc\": 1.0, "
                        + "\"speaker_n\": 1, \"e2e_P\": 1.0, \"e2e_R\": 0.5, \"e2e_F1\": 0.6667, \"missing_docs\": 0}");
    }
}
