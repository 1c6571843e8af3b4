package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.text.ResourceLines;

/** The bundled model file: complete, well formed, and saying how it was built. */
class ConfidenceModelTest {
    private static final List<String> ROWS = ResourceLines.of(Confidence.class, Confidence.FILE);

    @Test
    void the_bundled_model_weighs_every_rule_and_every_feature() {
        for (Rule r : Rule.values()) {
            assertThat(ROWS).as(r.label()).anyMatch(l -> l.startsWith("weight\trule=" + r.label() + "\t"));
        }
        for (String f : ConfidenceFeatures.NAMES) {
            assertThat(ROWS).as(f).anyMatch(l -> l.startsWith("weight\t" + f + "\t"));
        }
    }

    @Test
    void the_bundled_model_calibrates_every_score_to_a_confidence_that_rises_with_it() {
        ConfidenceModel m = Confidence.model();
        assertThat(m.steps()).isGreaterThan(1);
        double last = 0;
        for (double s = -20; s <= 20; s += 0.25) {
            double c = m.calibrate(s);
            assertThat(c).isBetween(ConfidenceTrainer.FLOOR, 1.0).isGreaterThanOrEqualTo(last);
            last = c;
        }
    }

    @Test
    void inside_a_step_the_confidence_rises_from_the_step_before_to_its_own_and_the_ends_are_flat() {
        ConfidenceModel m = ConfidenceModel.parse(
                List.of("step\t-Infinity\t0.1", "step\t0\t0.5", "step\t1\t0.8", "step\t2\t0.9"), "t");
        assertThat(m.calibrate(-1)).isEqualTo(0.1);
        assertThat(m.calibrate(0)).isCloseTo(0.1, within(1e-12));
        assertThat(m.calibrate(0.5)).isCloseTo(0.3, within(1e-12));
        assertThat(m.calibrate(1.5)).isCloseTo(0.65, within(1e-12));
        assertThat(m.calibrate(1.999)).isLessThan(0.8);
        assertThat(m.calibrate(2)).isEqualTo(0.9);
        assertThat(m.calibrate(50)).isEqualTo(0.9);
    }

    @Test
    void the_bundled_model_file_says_what_built_it_and_from_what() throws Exception {
        try (var in = Confidence.class.getResourceAsStream(Confidence.FILE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("# Built by `onrecord confidence` (scripts/train-confidence.sh)")
                    .contains("polnear.train.jsonl").contains("outlets.tune.jsonl").contains("# Engine: ");
        }
    }

    @Test
    void a_model_row_of_an_unknown_kind_or_feature_is_refused() {
        assertThatThrownBy(() -> ConfidenceModel.parse(List.of("weight\tno-such-feature\t1", "step\t-Infinity\t0.5"), "t"))
                .hasMessageContaining("no-such-feature");
        assertThatThrownBy(() -> ConfidenceModel.parse(List.of("tilt\tbias\t1", "step\t-Infinity\t0.5"), "t"))
                .hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> ConfidenceModel.parse(List.of("step\t0\t0.9", "step\t1\t0.5"), "t"))
                .hasMessageContaining("must rise");
    }
}
