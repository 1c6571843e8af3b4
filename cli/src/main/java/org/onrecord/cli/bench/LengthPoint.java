package org.onrecord.cli.bench;

/** The time to read one article of a given size: the linearity check. */
record LengthPoint(long bytes, long medianNanos, int runs) {
    double microsPerKilobyte() {
        return medianNanos / 1e3 / (bytes / 1e3);
    }

    /** This size's time per KB over the smallest size's: near 1 when the engine is linear. */
    double ratioTo(LengthPoint smallest) {
        return microsPerKilobyte() / smallest.microsPerKilobyte();
    }
}
