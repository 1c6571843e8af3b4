package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job on a "cluster" that loses work: local mode that allows a task to fail and be retried
 * ({@code local[2,3]}), with a commit protocol that fails a task once and drops the cached results
 * mid-run ({@link FaultyCommitProtocol}). A run that survives must say so: exit 0, exact counts.
 */
class ExtractJobRetryTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2,3]").appName("onrecord-spark retry tests")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.sources.commitProtocolClass", FaultyCommitProtocol.class.getName())
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void aRunWhoseTaskFailedOnceAndWhoseCacheWasLostEndsWithExitZeroAndExactCounts() throws IOException {
        List<SyntheticCorpus.Piece> pieces = new SyntheticCorpus(23).articles(30);
        List<String> lines = new ArrayList<>(pieces.stream().map(p -> p.jsonLine(false)).toList());
        lines.add(7, "{\"id\": \"no-text\"}");
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        int failedBefore = FaultyCommitProtocol.FAILED_TASKS.get();
        int droppedBefore = FaultyCommitProtocol.DROPPED_RDDS.get();

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cl = SparkMain.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        int exit = cl.execute("extract", "--input", corpus.toString(), "--output", out.toString(),
                "--partitions", "3", "--emit", "tables,extractions", "--partition-by", "none");

        assertThat(FaultyCommitProtocol.FAILED_TASKS.get() - failedBefore).as("a task failed once").isEqualTo(1);
        assertThat(FaultyCommitProtocol.DROPPED_RDDS.get() - droppedBefore).as("the cache was dropped").isPositive();
        assertThat(exit).as(stderr.toString()).isZero();
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        long quotes = spark.read().parquet(out.resolve("quotes").toString()).count();
        assertThat(articles.count()).isEqualTo(31);
        assertThat(articles.select("id").distinct().count()).isEqualTo(31);
        assertThat(quotes).isGreaterThan(20);
        assertThat(stdout.toString()).contains("onrecord-spark: 31 records in, 31 articles out (30 ok, 1 error, 0 skipped), "
                + quotes + " quotes");
        assertThat(spark.read().text(out.resolve("extractions").toString()).count()).isEqualTo(31);
    }
}
