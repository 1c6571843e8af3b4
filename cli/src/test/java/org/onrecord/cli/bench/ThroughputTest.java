package org.onrecord.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThroughputTest {
    @Test
    void tenArticlesOfTwoMegabytesInTwoSecondsAreFivePerSecondAndOneMegabytePerSecond() {
        Throughput t = new Throughput(1, 10, 2_000_000, 2_000_000_000L, 500_000_000L);
        assertThat(t.articlesPerSecond()).isEqualTo(5.0);
        assertThat(t.megabytesPerSecond()).isEqualTo(1.0);
        assertThat(t.seconds()).isEqualTo(2.0);
    }

    @Test
    void tenArticlesInHalfASecondOfCpuAreTwentyPerCpuSecondAndUnmeasuredCpuIsNotANumber() {
        assertThat(new Throughput(1, 10, 0, 2_000_000_000L, 500_000_000L).articlesPerCpuSecond()).isEqualTo(20.0);
        assertThat(new Throughput(1, 10, 0, 2_000_000_000L, -1).articlesPerCpuSecond()).isNaN();
    }

    @Test
    void timePerKilobyteAndItsRatioShowLinearity() {
        LengthPoint small = new LengthPoint(5_000, 1_000_000, 10);
        LengthPoint large = new LengthPoint(500_000, 150_000_000, 3);
        assertThat(small.microsPerKilobyte()).isEqualTo(200.0);
        assertThat(large.microsPerKilobyte()).isEqualTo(300.0);
        assertThat(large.ratioTo(small)).isEqualTo(1.5);
        assertThat(small.ratioTo(small)).isEqualTo(1.0);
    }
}
