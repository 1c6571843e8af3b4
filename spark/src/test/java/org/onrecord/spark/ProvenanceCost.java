package org.onrecord.spark;

import static org.apache.spark.sql.functions.col;

import java.lang.management.ManagementFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measurement, not a test: the cost of the {@code clusters} and {@code occurrences} tables alone, on a
 * {@code quotes} table the job wrote (JSON lines). Times {@link ProvenanceTables#of} with both tables
 * counted, twice after a warm-up, in local mode; prints wall and process CPU seconds and the
 * direct and mixed quotes clustered (docs/PROVENANCE.md, "Cost").
 *
 * <pre>java -cp … org.onrecord.spark.ProvenanceCost OUT/quotes [local[2]]</pre>
 */
final class ProvenanceCost {
    private ProvenanceCost() {}

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master(args.length > 1 ? args[1] : "local[2]")
                .appName("onrecord provenance cost").config("spark.sql.shuffle.partitions", "4")
                .config("spark.ui.enabled", "false").getOrCreate();
        Dataset<Row> quotes = spark.read().json(args[0]).cache();
        long clustered = quotes.filter(col("type").isin("direct", "mixed")).count();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 0; run < 3; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            ProvenanceTables.Tables t = ProvenanceTables.of(quotes);
            long clusters = t.clusters().count();
            long occurrences = t.occurrences().count();
            System.out.printf("run %d: %d quotes clustered into %d clusters (%d occurrences): wall %.1f s, CPU %.1f s%n",
                    run, clustered, clusters, occurrences, (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
        }
        spark.stop();
    }
}
