package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SparkMainTest {
    @Test
    void aJobErrorIsReportedInOneLineWithExitCodeTwo() {
        StringWriter err = new StringWriter();
        CommandLine cl = SparkMain.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("extract", "--input", "archive/", "--output", "out");

        assertThat(exit).isEqualTo(SparkMain.USER_ERROR).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("onrecord spark: archive/: cannot tell the input format from the name; "
                + "give --format [jsonl, parquet, warc]" + System.lineSeparator());
    }

    @Test
    void everyHelpShowsExamplesOfItself() {
        for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}}) {
            StringWriter out = new StringWriter();
            CommandLine cl = SparkMain.commandLine();
            cl.setOut(new PrintWriter(out));

            assertThat(cl.execute(args)).isZero();
            String examples = out.toString().substring(out.toString().indexOf("Examples:"));
            assertThat(examples.lines().filter(l -> l.startsWith("  onrecord spark ")).count()).isBetween(1L, 3L);
        }
    }

    @Test
    void theJobDependsOnCoreOnlyNotOnTheCommandLineTool() {
        // The job jar shades its classpath: a CLI class here would ship to the cluster, with the
        // Javalin and SQLite references it cannot resolve there.
        assertThatThrownBy(() -> Class.forName("org.onrecord.cli.Main")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.onrecord.cli.UserError"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
