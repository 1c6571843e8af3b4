package org.onrecord.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void precisionRecallAndF1FollowFromTheCounts() {
        Figures f = new Figures(4, 2, 2, 1, 1, 2, 1, 1, 0);
        assertThat(f.precision()).isEqualTo(0.5);
        assertThat(f.recall()).isEqualTo(0.5);
        assertThat(f.f1()).isEqualTo(0.5);
        assertThat(f.speakerAccuracy()).isEqualTo(0.5);
        assertThat(f.e2eF1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
    }

    @Test
    void emptyCountsGiveZeroNotNaN() {
        Figures f = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 3);
        assertThat(f.f1()).isZero();
        assertThat(f.scorerLine()).isEqualTo("gold=0 pred=0 P=0.0 R=0.0 F1=0.0 speaker_acc=0.0 speaker_n=0 "
                + "e2e_P=0.0 e2e_R=0.0 e2e_F1=0.0 missing_docs=3");
    }

    @Test
    void roundingPrintsAsPythonsReprOfRound4() {
        assertThat(Figures.round4(1.0)).isEqualTo("1.0");
        assertThat(Figures.round4(0.985)).isEqualTo("0.985");
        assertThat(Figures.round4(2.0 / 3)).isEqualTo("0.6667");
        assertThat(Figures.round4(0.00005)).isEqualTo("0.0001");
        assertThat(Figures.round4(0.00001)).isEqualTo("0.0");
        assertThat(Figures.round4(0.12345)).isEqualTo("0.1235");
    }
}
