package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README shows what {@code ./onrecord extract samples/harbour-strike.txt} prints: its block
 * (up to the "…" that cuts it short) must be the start of what the command prints today.
 */
class ReadmeSampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SAMPLE = Path.of("..", "samples", "harbour-strike.txt");

    @Test
    void readmeSampleOutputIsWhatTheCommandPrints() throws Exception {
        String readme = Files.readString(README);
        int command = readme.indexOf("The first prints:");
        assertThat(command).as("README names the sample's output").isPositive();
        int open = readme.indexOf("```\n", command) + 4;
        int cut = readme.indexOf("  …\n", open);
        assertThat(cut).as("README cuts the sample short with …").isGreaterThan(open);
        String shown = readme.substring(open, cut);

        CliRun run = CliRun.of("extract", SAMPLE.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().replace("\r\n", "\n")).startsWith(shown);
    }
}
