package org.onrecord.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code onrecord spark}: listed here so that {@code onrecord --help} shows every command. The Spark job
 * has its own jar and launcher (Spark's jars stay out of this one): the {@code onrecord} script hands
 * {@code spark …} to {@code spark/bin/onrecord-spark} before this jar starts, so this runs only when the
 * jar is started some other way, and then says where the job is.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Extract a whole corpus into tables with Apache Spark.",
            "Reads JSONL, Parquet or WARC (local files, HDFS, S3…); writes quotes, articles and speakers tables "
                    + "(Parquet or JSONL). Runs from its own launcher: options in onrecord spark extract --help, "
                    + "guide in docs/SPARK.md."},
        footer = {"%nExamples:",
            "  onrecord spark extract --input corpus.jsonl --output tables/",
            "  onrecord spark extract --input 'crawl/*.warc.gz' --output tables/ --partition-by outlet",
            "  spark-submit --class org.onrecord.spark.SparkMain onrecord-spark.jar extract …"})
final class SparkCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        throw new UserError("the Spark job runs from its own jar: use the onrecord script (./onrecord spark "
                + String.join(" ", args.isEmpty() ? List.of("--help") : args) + ") or spark/bin/onrecord-spark");
    }
}
