package org.onrecord.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void percentilesOfOneToAHundredAreTheirRanks() {
        long[] values = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
        assertThat(Stats.percentile(values, 50)).isEqualTo(50);
        assertThat(Stats.percentile(values, 99)).isEqualTo(99);
        assertThat(Stats.percentile(values, 100)).isEqualTo(100);
        assertThat(Stats.percentile(values, 0.5)).isEqualTo(1);
    }

    @Test
    void theNinetyNinthPercentileOfFewValuesIsTheLargest() {
        assertThat(Stats.percentile(new long[] {7, 3, 5}, 99)).isEqualTo(7);
        assertThat(Stats.median(new long[] {7, 3, 5})).isEqualTo(5);
        assertThat(Stats.median(new long[] {4, 1, 3, 2})).isEqualTo(2);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Stats.median(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
