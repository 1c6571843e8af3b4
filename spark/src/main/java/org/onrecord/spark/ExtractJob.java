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
import org.apache.spark.util.LongAccumulator;
import org.onrecord.spark.JobSettings.OutputFormat;
import org.onrecord.spark.JobSettings.PartitionBy;

/**
 * The corpus job: inputs → engine (once per executor, in {@code mapPartitions}) → the {@code articles},
 * {@code quotes} and {@code speakers} tables and, when asked, the engine's own JSON lines.
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
        LongAccumulator recordsIn = spark.sparkContext().longAccumulator("onrecord records in");
        LongAccumulator otherWarc = spark.sparkContext().longAccumulator("onrecord WARC records not responses");
        JavaRDD<SourceRecord> records = Inputs.read(spark, settings.format(), settings.inputs(), otherWarc);
        int wanted = settings.partitions() > 0 ? settings.partitions() : spark.sparkContext().defaultParallelism();
        if (settings.partitions() > 0 ? records.getNumPartitions() != wanted : records.getNumPartitions() < wanted) {
            records = records.repartition(wanted);
        }
        JavaRDD<Row> rows = records.mapPartitions(
                new ArticleExtractor(settings.outletFromUrl(), settings.extractions(), recordsIn, settings.minConfidence()));
        Dataset<Row> results = spark.createDataFrame(rows, Results.ROW).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> quotes = quotes(results);
            if (settings.tables()) {
                write(articles(results), "articles", true);
                write(quotes.drop("speaker_aliases"), "quotes", true);
                write(speakers(quotes), "speakers", false);
            }
            if (settings.extractions()) {
                writer(results.filter(col("extraction").isNotNull()).select("extraction"))
                        .text(settings.output() + "/extractions");
            }
            return counts(results, recordsIn.value(), otherWarc.value());
        } finally {
            results.unpersist();
        }
    }

    private static Dataset<Row> articles(Dataset<Row> results) {
        return results.select("id", "url", "outlet", "published", "title", "authors", "language", "quote_count", "status",
                "error", "source");
    }

    private static Dataset<Row> quotes(Dataset<Row> results) {
        return results.filter(col("status").equalTo(Results.OK))
                .select(col("id").as("article_id"), col("url"), col("outlet"), col("published"),
                        explode(col("quotes")).as("q"))
                .select("article_id", "url", "outlet", "published", "q.*");
    }

    private static Dataset<Row> speakers(Dataset<Row> quotes) {
        return quotes.filter(col("person").isNotNull()).groupBy("person").agg(
                mode(col("speaker")).as("name"),
                array_sort(array_distinct(flatten(collect_set(col("speaker_aliases"))))).as("aliases"),
                array_sort(collect_set(col("role"))).as("roles"),
                array_sort(collect_set(col("organisation"))).as("organisations"),
                array_sort(collect_set(col("outlet"))).as("outlets"),
                count(lit(1)).as("quote_count"),
                count_distinct(col("article_id")).as("article_count"),
                min(col("published")).as("first_seen"),
                max(col("published")).as("last_seen"));
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

    private static Counts counts(Dataset<Row> results, long recordsIn, long otherWarc) {
        Map<String, Long> byStatus = new HashMap<>();
        long quotes = 0;
        for (Row row : results.groupBy("status").agg(count(lit(1)), sum(col("quote_count"))).collectAsList()) {
            byStatus.put(row.getString(0), row.getLong(1));
            quotes += row.isNullAt(2) ? 0 : row.getLong(2);
        }
        return new Counts(recordsIn, byStatus.getOrDefault(Results.OK, 0L), byStatus.getOrDefault(Results.ERROR, 0L),
                byStatus.getOrDefault(Results.SKIPPED, 0L), quotes, otherWarc);
    }

    /**
     * What went in and what came out.
     *
     * @param otherWarcRecords WARC records that hold no article (requests, warcinfo, metadata, revisits)
     */
    record Counts(long recordsIn, long ok, long errors, long skipped, long quotes, long otherWarcRecords) {
        long articlesOut() {
            return ok + errors + skipped;
        }

        boolean balanced() {
            return recordsIn == articlesOut();
        }

        String summary() {
            String s = "onrecord-spark: " + recordsIn + " records in, " + articlesOut() + " articles out ("
                    + ok + " ok, " + errors + " error, " + skipped + " skipped), " + quotes + " quotes";
            return otherWarcRecords > 0 ? s + "; " + otherWarcRecords + " WARC records were not responses" : s;
        }
    }
}
