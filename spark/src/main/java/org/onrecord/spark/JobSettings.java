package org.onrecord.spark;

import java.util.List;

/**
 * What one run of the job does.
 *
 * @param partitions how many partitions to spread extraction over; 0 for at least the cluster's
 *     default parallelism
 * @param minConfidence quotes below this confidence are left out (0 keeps all)
 * @param maxLineBytes the longest JSONL line read; a longer one is an error row
 */
record JobSettings(
        List<String> inputs,
        InputFormat format,
        String output,
        boolean outletFromUrl,
        boolean tables,
        boolean extractions,
        OutputFormat outputFormat,
        PartitionBy partitionBy,
        int partitions,
        boolean overwrite,
        double minConfidence,
        long maxLineBytes) {

    JobSettings {
        inputs = List.copyOf(inputs);
    }

    /** How the tables are written. */
    enum OutputFormat { PARQUET, JSONL }

    /** How the quotes and articles tables are laid out in directories. */
    enum PartitionBy { DATE, OUTLET, NONE }
}
