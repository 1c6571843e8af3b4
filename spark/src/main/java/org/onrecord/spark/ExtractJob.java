package org.onrecord.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.onrecord.spark.JobSettings.OutputFormat;
import org.onrecord.spark.JobSettings.PartitionBy;

/**
 * The corpus job: inputs → engine (once per executor, in {@code mapPartitions}) → the {@code articles},
 * {@code quotes} and {@code speakers} tables, the {@code clusters} and {@code occurrences} of quotations
 * ({@link ProvenanceTables}) and, when asked, the engine's own JSON lines.
 */
final class ExtractJob {
    static final String DATE_COLUMN = "published_date";

    private final SparkSession spark;
    private final JobSettings settings;

    ExtractJob(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    Counts run() {
        JavaRDD<SourceRecord> records = Inputs.read(spark, settings.format(), settings.inputs(), settings.maxLineBytes());
        int wanted = settings.partitions() > 0 ? settings.partitions() : spark.sparkContext().defaultParallelism();
        if (settings.partitions() > 0 ? records.getNumPartitions() != wanted : records.getNumPartitions() < wanted) {
            records = records.repartition(wanted);
        }
        JavaRDD<Row> rows = records.mapPartitions(
                new ArticleExtractor(settings.outletFromUrl(), settings.extractions(), settings.minConfidence()));
        Dataset<Row> results = spark.createDataFrame(rows, Results.ROW).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long articlesWritten = -1;
            long extractionsWritten = -1;
            if (settings.tables()) {
                Dataset<Row> placed = CorpusSpeakers.placed(spark, results).persist(StorageLevel.MEMORY_AND_DISK());
                Dataset<Row> quotes = CorpusSpeakers.withCorpusPerson(quotes(results), placed);
                write(articles(results), "articles", true);
                write(quotes.drop("speaker_aliases"), "quotes", true);
                write(speakers(quotes, placed), "speakers", false);
                ProvenanceTables.Tables provenance = ProvenanceTables.of(quotes);
                write(provenance.clusters(), "clusters", false);
                write(provenance.occurrences(), "occurrences", false);
                placed.unpersist();
                articlesWritten = committed("articles", settings.outputFormat() == OutputFormat.PARQUET);
            }
            if (settings.extractions()) {
                writer(results.filter(col("extraction").isNotNull()).select("extraction"))
                        .text(settings.output() + "/extractions");
                extractionsWritten = committed("extractions", false);
            }
            return counts(results, articlesWritten, extractionsWritten);
        } finally {
            results.unpersist();
        }
    }

    /**
     * The rows a written table holds, read back from the output: what was committed, however many
     * times Spark ran a task to get there.
     */
    private long committed(String table, boolean parquet) {
        String path = settings.output() + "/" + table;
        return parquet ? spark.read().parquet(path).count() : spark.read().text(path).count();
    }

    private static Dataset<Row> articles(Dataset<Row> results) {
        return results.filter(col("status").notEqual(Results.OTHER)).select("id", "url", "outlet", "published", "title",
                "authors", "language", "quote_count", "status", "error", "source");
    }

    private static Dataset<Row> quotes(Dataset<Row> results) {
        return results.filter(col("status").equalTo(Results.OK))
                .select(col("id").as("article_id"), col("url"), col("outlet"), col("published"),
                        explode(col("quotes")).as("q"))
                .select("article_id", "url", "outlet", "published", "q.*");
    }

    /**
     * One row per person quoted; {@code article_count} is the articles that name them (quoted or not),
     * as the store's person page counts them.
     */
    private static Dataset<Row> speakers(Dataset<Row> quotes, Dataset<Row> placed) {
        Dataset<Row> articles = placed.filter(col("person").isNotNull()).groupBy(col("person").as("named_person"))
                .agg(count_distinct(col("article_id")).as("article_count"));
        Dataset<Row> quoted = quotes.filter(col("person").isNotNull()).groupBy("person").agg(
                mode(col("speaker")).as("name"),
                array_sort(array_distinct(flatten(collect_set(col("speaker_aliases"))))).as("aliases"),
                array_sort(collect_set(col("role"))).as("roles"),
                array_sort(collect_set(col("organisation"))).as("organisations"),
                array_sort(collect_set(col("outlet"))).as("outlets"),
                count(lit(1)).as("quote_count"),
                min(col("published")).as("first_seen"),
                max(col("published")).as("last_seen"));
        return quoted.join(articles, quoted.col("person").equalTo(articles.col("named_person")), "left")
                .select("person", "name", "aliases", "roles", "organisations", "outlets", "quote_count", "article_count",
                        "first_seen", "last_seen");
    }

    private void write(Dataset<Row> table, String name, boolean partitioned) {
        DataFrameWriter<Row> w;
        if (partitioned && settings.partitionBy() == PartitionBy.DATE) {
            w = writer(table.withColumn(DATE_COLUMN, when(col("published").rlike("^\\d{4}-\\d{2}-\\d{2}"),
                    substring(col("published"), 1, 10)).otherwise(lit("unknown")))).partitionBy(DATE_COLUMN);
        } else if (partitioned && settings.partitionBy() == PartitionBy.OUTLET) {
            w = writer(table).partitionBy("outlet");
        } else {
            w = writer(table);
        }
        String path = settings.output() + "/" + name;
        if (settings.outputFormat() == OutputFormat.JSONL) {
            w.option("ignoreNullFields", "false").json(path);
        } else {
            w.parquet(path);
        }
    }

    private DataFrameWriter<Row> writer(Dataset<Row> table) {
        return table.write().mode(settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    }

    /** Counts by actions over the cached rows, which give each partition's rows once, whatever was re-run. */
    private static Counts counts(Dataset<Row> results, long articlesWritten, long extractionsWritten) {
        Map<String, Long> byStatus = new HashMap<>();
        long quotes = 0;
        for (Row row : results.groupBy("status").agg(count(lit(1)), sum(col("quote_count"))).collectAsList()) {
            byStatus.put(row.getString(0), row.getLong(1));
            quotes += row.isNullAt(2) ? 0 : row.getLong(2);
        }
        return new Counts(byStatus.getOrDefault(Results.OK, 0L), byStatus.getOrDefault(Results.ERROR, 0L),
                byStatus.getOrDefault(Results.SKIPPED, 0L), quotes, byStatus.getOrDefault(Results.OTHER, 0L),
                articlesWritten, extractionsWritten);
    }

    /**
     * What went in and what came out. Every record read is one row of the cached results; the written
     * tables are counted again as committed, so a lost or doubled task output shows.
     *
     * @param otherWarcRecords WARC records that hold no article (requests, warcinfo, metadata, revisits)
     * @param articlesWritten rows in the written {@code articles} table; -1 when tables were not asked for
     * @param extractionsWritten lines in the written {@code extractions}; -1 when not asked for
     */
    record Counts(long ok, long errors, long skipped, long quotes, long otherWarcRecords, long articlesWritten,
            long extractionsWritten) {
        long recordsIn() {
            return ok + errors + skipped;
        }

        long articlesOut() {
            return articlesWritten >= 0 ? articlesWritten : recordsIn();
        }

        /** Whether the output holds every record once: an articles row each, an extraction line for each ok or error. */
        boolean balanced() {
            return articlesOut() == recordsIn() && (extractionsWritten < 0 || extractionsWritten == ok + errors);
        }

        /** What does not add up, in one line; empty when balanced. */
        String imbalance() {
            if (articlesOut() != recordsIn()) {
                return recordsIn() + " records read but the articles table holds " + articlesOut() + " rows";
            }
            if (extractionsWritten >= 0 && extractionsWritten != ok + errors) {
                return (ok + errors) + " extraction lines expected (ok and error records) but " + extractionsWritten
                        + " were written";
            }
            return "";
        }

        String summary() {
            String s = "onrecord-spark: " + recordsIn() + " records in, " + articlesOut() + " articles out ("
                    + ok + " ok, " + errors + " error, " + skipped + " skipped), " + quotes + " quotes";
            return otherWarcRecords > 0 ? s + "; " + otherWarcRecords + " WARC records were not responses" : s;
        }
    }
}
