package org.onrecord.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import scala.Tuple2;

/** Reads the job's inputs as {@link SourceRecord}s, one per article-to-be, whatever the format. */
final class Inputs {
    static final List<String> COLUMNS = List.of("id", "text", "html", "url", "published", "outlet");

    private Inputs() {}

    /** @param maxLineBytes the longest JSONL line read ({@code --max-line-bytes}) */
    static JavaRDD<SourceRecord> read(SparkSession spark, InputFormat format, List<String> paths, long maxLineBytes) {
        return switch (format) {
            case JSONL -> jsonl(spark, paths, maxLineBytes);
            case PARQUET -> parquet(spark, paths);
            case WARC -> warc(spark, paths);
        };
    }

    private static JavaRDD<SourceRecord> jsonl(SparkSession spark, List<String> paths, long maxLineBytes) {
        // Lines, not Spark's JSON reader: each line is parsed as `onrecord extract --jsonl` parses it, and
        // a bad line becomes an error row rather than a row of nulls. A file is read by one task, from its
        // first line, so that every record has its line number; the records are then spread over the
        // partitions. Spark's text reader would give byte splits without line numbers, and would turn
        // bytes that are not UTF-8 into U+FFFD without a word.
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return sc.binaryFiles(String.join(",", paths)).flatMap((Tuple2<String, PortableDataStream> file) -> {
            Path path = new Path(file._1());
            CompressionCodec codec = new CompressionCodecFactory(file._2().getConfiguration()).getCodec(path);
            InputStream in = file._2().open();
            return new JsonlRecords(codec == null ? in : codec.createInputStream(in), file._1(), maxLineBytes);
        });
    }

    private static JavaRDD<SourceRecord> parquet(SparkSession spark, List<String> paths) {
        Dataset<Row> table = spark.read().parquet(paths.toArray(String[]::new));
        Set<String> names = Set.of(table.schema().fieldNames());
        if (!names.contains("text") && !names.contains("html")) {
            throw new JobError(paths.get(0) + ": Parquet input needs a \"text\" or \"html\" column (has "
                    + String.join(", ", table.schema().fieldNames()) + ")");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : COLUMNS) {
            if (names.contains(name)) {
                StructField field = table.schema().apply(name);
                if (!field.dataType().equals(DataTypes.StringType)) {
                    throw new JobError(paths.get(0) + ": column \"" + name + "\" must be a string, not "
                            + field.dataType().simpleString());
                }
                columns.add(col(name));
            } else {
                columns.add(lit(null).cast(DataTypes.StringType).as(name));
            }
        }
        columns.add(col("_metadata.file_path").as("file"));
        return table.select(columns.toArray(Column[]::new)).javaRDD().map(row -> SourceRecord.ofArticle(
                row.getString(6) + " id=" + row.getString(0), row.getString(0), row.getString(1),
                row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
    }

    private static JavaRDD<SourceRecord> warc(SparkSession spark, List<String> paths) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // One task reads a whole file: WARC.gz cannot be split, and records are streamed, not loaded.
        return sc.binaryFiles(String.join(",", paths)).flatMap((Tuple2<String, PortableDataStream> file) -> {
            try {
                // Hadoop opens every file seekable; WarcArticles seeks past a corrupt gzip member.
                return new WarcArticles((FSDataInputStream) file._2().open(), file._1());
            } catch (IOException e) {
                return List.of(SourceRecord.failed(file._1(), null, null, file._1() + ": cannot read: "
                        + e.getMessage())).iterator();
            }
        });
    }

    /** The format of the inputs, from --format or from the first input's name. */
    static InputFormat format(InputFormat given, List<String> paths) {
        if (given != null) {
            return given;
        }
        InputFormat byName = InputFormat.byName(paths.get(0));
        if (byName == null) {
            throw new JobError(paths.get(0) + ": cannot tell the input format from the name; give --format "
                    + Arrays.toString(InputFormat.values()).toLowerCase(java.util.Locale.ROOT));
        }
        return byName;
    }
}
