package org.onrecord.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.mapreduce.lib.input.InvalidInputException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.onrecord.spark.JobSettings.OutputFormat;
import org.onrecord.spark.JobSettings.PartitionBy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extract}: every quotation and speaker of a corpus, as tables. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the engine over a corpus and write the quotes, articles and speakers tables.",
            "Every record read gives one articles row (ok, error or skipped); counts are printed at the end."},
        footer = {"%nExamples:",
            "  onrecord spark extract --input corpus.jsonl --output tables/",
            "  onrecord spark extract --input 'crawl/*.warc.gz' --output tables/ --partition-by outlet --overwrite",
            "  onrecord spark extract --input corpus.jsonl --output out/ --emit tables,extractions --output-format jsonl"})
final class ExtractJobCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Input files, directories or globs (any Hadoop file system: file:, hdfs:, s3a:, gs:…).")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl, parquet or warc (default: from the first input's extension).")
    InputFormat format;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    String output;

    @Option(names = "--outlet-from-url", description = "Fill a missing outlet with the URL's host, without www.")
    boolean outletFromUrl;

    @Option(names = "--emit", split = ",", paramLabel = "WHAT", defaultValue = "tables",
            description = "tables (quotes, articles, speakers), extractions (the engine's JSON lines, "
                    + "with the article text, for `onrecord index`), or both: tables,extractions.")
    List<Emit> emit;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "Tables as parquet (default) or jsonl.")
    OutputFormat outputFormat;

    @Option(names = "--partition-by", paramLabel = "KEY", defaultValue = "date",
            description = "Directory layout of quotes and articles: date (published_date=YYYY-MM-DD, default), "
                    + "outlet, or none.")
    PartitionBy partitionBy;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Spread extraction over N partitions (default: at least the default parallelism).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not set by spark-submit (default: local[*]).")
    String master;

    private static final java.util.regex.Pattern EXISTS =
            java.util.regex.Pattern.compile("\\[PATH_ALREADY_EXISTS\\] Path (\\S+) already exists\\..*", java.util.regex.Pattern.DOTALL);

    /** Spark's message, with its advice put in this command's terms ("Set mode as overwrite" is no flag of ours). */
    static String inOurWords(String message) {
        java.util.regex.Matcher m = EXISTS.matcher(message == null ? "" : message);
        return m.matches() ? "the output " + m.group(1) + " already exists: pass --overwrite to replace it" : message;
    }

    @Option(names = "--overwrite", description = "Replace the output tables if they exist.")
    boolean overwrite;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "Leave out quotes whose confidence is below this (0 to 1; default 0, all).")
    double minConfidence;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "The longest JSONL line read, in bytes (default: ${DEFAULT-VALUE}, 16 MiB). A longer line "
                    + "is read past without being kept and is one error row; the lines after it are read as usual.")
    long maxLineBytes;

    enum Emit { TABLES, EXTRACTIONS }

    @Override
    public Integer call() throws Exception {
        if (partitions < 0) {
            throw new JobError("--partitions must be positive: " + partitions);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new JobError("--min-confidence: expected a number from 0 to 1, got " + minConfidence);
        }
        if (maxLineBytes < 1) {
            throw new JobError("--max-line-bytes must be at least 1: " + maxLineBytes);
        }
        JobSettings settings = new JobSettings(inputs, Inputs.format(format, inputs), output, outletFromUrl,
                emit.contains(Emit.TABLES), emit.contains(Emit.EXTRACTIONS), outputFormat, partitionBy,
                partitions, overwrite, minConfidence, maxLineBytes);
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = session();
        try {
            ExtractJob.Counts counts = new ExtractJob(spark, settings).run();
            PrintWriter out = spec.commandLine().getOut();
            out.println(counts.summary());
            out.flush();
            if (!counts.balanced()) {
                spec.commandLine().getErr().println("onrecord spark: " + counts.imbalance() + "; check the output");
                return 1;
            }
            return 0;
        } catch (Exception e) {
            // A missing input or an existing output: the user's to fix, in one line.
            if (e instanceof AnalysisException || e instanceof InvalidInputException) {
                throw new JobError(inOurWords(e.getMessage()), e);
            }
            throw e;
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    private SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("onrecord extract");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        if (System.getProperty("spark.sql.shuffle.partitions") == null
                && (master != null ? master : System.getProperty("spark.master", "local")).startsWith("local")) {
            // Spark's 200 shuffle partitions are for clusters; on one machine they are 200 tiny tasks.
            builder.config("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
        return builder.getOrCreate();
    }
}
