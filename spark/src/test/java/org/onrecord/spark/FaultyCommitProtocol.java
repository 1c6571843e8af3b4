package org.onrecord.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.internal.io.FileCommitProtocol;
import org.apache.spark.sql.execution.datasources.SQLHadoopMapReduceCommitProtocol;

/**
 * Spark's own commit protocol, with the faults a cluster has, for one job run in local mode
 * ({@code spark.sql.sources.commitProtocolClass}): the first attempt of the first task writing
 * {@code articles} fails after its rows are computed (Spark retries it), and before {@code quotes} is
 * written every cached block is dropped, as when an executor is lost, so the cached results are
 * computed again. Counts taken inside a re-run stage come out too large under these faults.
 */
public class FaultyCommitProtocol extends SQLHadoopMapReduceCommitProtocol {
    static final AtomicInteger FAILED_TASKS = new AtomicInteger();
    static final AtomicInteger DROPPED_RDDS = new AtomicInteger();

    private final String path;

    public FaultyCommitProtocol(String jobId, String path, boolean dynamicPartitionOverwrite) {
        super(jobId, path, dynamicPartitionOverwrite);
        this.path = path;
    }

    @Override
    public void setupJob(JobContext jobContext) {
        super.setupJob(jobContext);
        if (path.endsWith("/quotes")) { // on the driver, before any task of this write runs
            for (int id : JavaSparkContext.fromSparkContext(SparkContext.getOrCreate()).getPersistentRDDs().keySet()) {
                SparkEnv.get().blockManager().master().removeRdd(id, true);
                DROPPED_RDDS.incrementAndGet();
            }
        }
    }

    @Override
    public FileCommitProtocol.TaskCommitMessage commitTask(TaskAttemptContext taskContext) {
        TaskContext task = TaskContext.get();
        if (path.endsWith("/articles") && task.partitionId() == 0 && task.attemptNumber() == 0) {
            FAILED_TASKS.incrementAndGet();
            throw new IllegalStateException("injected: the first attempt of this task fails after its rows are written");
        }
        return super.commitTask(taskContext);
    }
}
