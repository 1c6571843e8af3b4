package org.onrecord.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.onrecord.store.provenance.Quotations;

/**
 * The {@code clusters} and {@code occurrences} tables: every direct and mixed quote grouped with the other
 * occurrences of the same quotation across the corpus, as the store groups them (docs/PROVENANCE.md).
 *
 * <p>Candidates come from Spark ML's {@link MinHashLSH} over word 3-shingles (an approximate similarity
 * join) and from an equi-join on runs of five words (a short quotation inside a long one has a small
 * Jaccard similarity but shares such a run); each candidate pair is then verified by the store's own rules
 * ({@link Quotations#same}), and clusters are the connected components of the verified pairs, found by
 * propagating the smallest quote id along them, one distributed join a round. Nothing is collected to the
 * driver but a count a round.
 */
final class ProvenanceTables {
    /** Hashed shingle space: collisions only add candidates, which verification then drops. */
    static final int FEATURES = 1 << 22;
    /** MinHash signatures: enough tables that pairs at the candidate threshold rarely slip through. */
    static final int HASH_TABLES = 20;
    /** Candidates up to this Jaccard distance of shingles (similarity 0.2): looser than verification, on purpose. */
    static final double MAX_DISTANCE = 0.8;
    /** Rounds of label propagation at most: a chain longer than this is not one quotation. */
    static final int MAX_ROUNDS = 30;

    record Tables(Dataset<Row> clusters, Dataset<Row> occurrences) {}

    private ProvenanceTables() {}

    /** @param quotes the job's quotes table (one row a quote, with its article's id, outlet and date) */
    static Tables of(Dataset<Row> quotes) {
        Dataset<Row> q = quotes.filter(col("type").isin("direct", "mixed"))
                .select(concat_ws("#", col("article_id"), col("quote_index")).as("quote_id"), col("article_id"),
                        col("quote_index"), col("text"), col("type"), col("speaker"), col("outlet"),
                        when(col("published").rlike("^\\d{4}-\\d{2}-\\d{2}"), substring(col("published"), 1, 10))
                                .as("published_day"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> edges = verified(q, candidates(q));
        Dataset<Row> labels = components(q.select("quote_id"), edges);
        return tables(q.join(labels, "quote_id"));
    }

    /**
     * Pairs (a < b) worth verifying: near in shingles, or sharing a run of {@link Quotations#WINDOW} words, by any
     * of their forms (a mixed quote's quoted words are one too).
     */
    private static Dataset<Row> candidates(Dataset<Row> q) {
        UserDefinedFunction shingles = udf((UDF2<String, String, Vector[]>) ProvenanceTables::shingles,
                DataTypes.createArrayType(SQLDataTypes.VectorType(), false));
        Dataset<Row> vectors = q.select(col("quote_id"), explode(shingles.apply(col("text"), col("type"))).as("shingles"));
        // Fitted on one row of the right size: fitting reads only the first row's dimension (and fails on an
        // empty corpus), and the hash functions depend on nothing else but the seed.
        Dataset<Row> shape = vectors.sparkSession().createDataFrame(
                List.of(RowFactory.create(Vectors.sparse(FEATURES, new int[] {0}, new double[] {1}))),
                new StructType().add("shingles", SQLDataTypes.VectorType()));
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(15).setInputCol("shingles")
                .setOutputCol("hashes").fit(shape);
        Dataset<Row> near = lsh.approxSimilarityJoin(vectors, vectors, MAX_DISTANCE, "distance")
                .select(col("datasetA.quote_id").as("a"), col("datasetB.quote_id").as("b"))
                .filter(col("a").lt(col("b")));
        UserDefinedFunction windows = udf((UDF2<String, String, long[]>) ProvenanceTables::windows,
                DataTypes.createArrayType(DataTypes.LongType, false));
        Dataset<Row> runs = q.select(col("quote_id"), explode(windows.apply(col("text"), col("type"))).as("run")).distinct();
        Dataset<Row> contained = runs.as("x").join(runs.as("y"), col("x.run").equalTo(col("y.run")))
                .select(col("x.quote_id").as("a"), col("y.quote_id").as("b"))
                .filter(col("a").lt(col("b")));
        // A quotation of MIN_WORDS words has no window: it is looked for among every run of that many words of the
        // others (as the store looks for it; few quotations are that short, so one side of the join is small).
        UserDefinedFunction shortRuns = udf((UDF2<String, String, long[]>) ProvenanceTables::shortRuns,
                DataTypes.createArrayType(DataTypes.LongType, false));
        UserDefinedFunction probes = udf((UDF2<String, String, long[]>) ProvenanceTables::probes,
                DataTypes.createArrayType(DataTypes.LongType, false));
        Dataset<Row> shortOnes = q.select(col("quote_id"), explode(shortRuns.apply(col("text"), col("type"))).as("run"));
        Dataset<Row> probed = q.select(col("quote_id"), explode(probes.apply(col("text"), col("type"))).as("run")).distinct();
        Dataset<Row> inside = shortOnes.as("x").join(probed.as("y"), col("x.run").equalTo(col("y.run")))
                .select(least(col("x.quote_id"), col("y.quote_id")).as("a"), greatest(col("x.quote_id"), col("y.quote_id")).as("b"))
                .filter(col("a").lt(col("b")));
        return near.union(contained).union(inside).distinct();
    }

    private static Dataset<Row> verified(Dataset<Row> q, Dataset<Row> pairs) {
        UserDefinedFunction same = udf((UDF6<String, String, String, String, String, String, Boolean>) Quotations::same,
                DataTypes.BooleanType);
        Dataset<Row> a = q.select(col("quote_id").as("a"), col("text").as("text_a"), col("type").as("type_a"),
                col("speaker").as("speaker_a"));
        Dataset<Row> b = q.select(col("quote_id").as("b"), col("text").as("text_b"), col("type").as("type_b"),
                col("speaker").as("speaker_b"));
        return pairs.join(a, "a").join(b, "b")
                .filter(same.apply(col("text_a"), col("type_a"), col("speaker_a"), col("text_b"), col("type_b"),
                        col("speaker_b")))
                .select("a", "b").persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Each quote's cluster label: the smallest quote id it is connected to. */
    private static Dataset<Row> components(Dataset<Row> ids, Dataset<Row> edges) {
        Dataset<Row> both = edges.union(edges.select(col("b").as("a"), col("a").as("b")));
        Dataset<Row> labels = ids.select(col("quote_id"), col("quote_id").as("label")).localCheckpoint();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Dataset<Row> heard = both.join(labels, both.col("a").equalTo(labels.col("quote_id")))
                    .select(col("b").as("quote_id"), col("label"));
            Dataset<Row> next = labels.union(heard).groupBy("quote_id").agg(min("label").as("label")).localCheckpoint();
            long changed = next.as("n").join(labels.as("o"), "quote_id").filter(col("n.label").notEqual(col("o.label")))
                    .count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        return labels;
    }

    /** The earliest occurrence (by day, undated last, then article and place), variants against it, and the counts. */
    private static Tables tables(Dataset<Row> labelled) {
        WindowSpec order = Window.partitionBy("label").orderBy(col("published_day").asc_nulls_last(), col("article_id"),
                col("quote_index"));
        Dataset<Row> ranked = labelled.withColumn("rank", row_number().over(order));
        Dataset<Row> firsts = ranked.filter(col("rank").equalTo(1)).select(col("label"),
                col("quote_id").as("cluster_id"), col("text").as("first_text"), col("type").as("first_type"),
                col("speaker").as("first_speaker"));
        UserDefinedFunction variant = udf((UDF4<String, String, String, String, String[]>) Quotations::variant,
                DataTypes.createArrayType(DataTypes.StringType, true));
        UserDefinedFunction compatible = udf((UDF2<String, String, Boolean>) Quotations::compatibleSpeakers,
                DataTypes.BooleanType);
        Dataset<Row> occ = ranked.join(firsts, "label")
                .withColumn("v", when(col("rank").equalTo(1), lit(null)).otherwise(variant.apply(col("first_text"), col("first_type"), col("text"), col("type"))))
                .withColumn("other_speaker", not(compatible.apply(col("first_speaker"), col("speaker"))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> occurrences = occ.select(col("quote_id"), col("article_id"), col("quote_index"), col("cluster_id"),
                col("rank").equalTo(1).as("first"), col("v").getItem(0).as("variant"), col("v").getItem(1).as("diff"),
                col("other_speaker"));
        Column outlets = expr("array_distinct(transform(array_sort(collect_list(CASE WHEN trim(outlet) <> ''"
                + " THEN struct(rank, trim(outlet) AS o) END)), x -> x.o))");
        Dataset<Row> clusters = occ.groupBy("cluster_id").agg(
                first(when(col("rank").equalTo(1), col("published_day")), true).as("first_day"),
                first(when(col("rank").equalTo(1), col("speaker")), true).as("speaker"),
                first(when(col("rank").equalTo(1), col("text")), true).as("text"),
                count_distinct(col("article_id")).as("article_count"),
                outlets.as("outlets"),
                count(lit(1)).as("occurrence_count"),
                sum(when(col("v").isNotNull(), 1).otherwise(0)).as("variant_count"),
                max(col("other_speaker")).as("speakers_differ"))
                .withColumn("outlet_count", size(col("outlets")))
                .select("cluster_id", "first_day", "speaker", "text", "article_count", "outlet_count", "outlets",
                        "occurrence_count", "variant_count", "speakers_differ");
        return new Tables(clusters, occurrences);
    }

    /** Each form's word 3-shingles, hashed into a binary vector; none for a form too short to cluster. */
    static Vector[] shingles(String text, String type) {
        return Quotations.forms(text, type).stream()
                .filter(words -> words.size() >= Math.max(Quotations.MIN_WORDS, Quotations.SHINGLE))
                .map(ProvenanceTables::shingleVector).toArray(Vector[]::new);
    }

    private static Vector shingleVector(List<String> words) {
        TreeSet<Integer> indices = new TreeSet<>();
        for (int i = 0; i + Quotations.SHINGLE <= words.size(); i++) {
            indices.add((int) Math.floorMod(Quotations.wordsHash(words, i, Quotations.SHINGLE), (long) FEATURES));
        }
        int[] idx = indices.stream().mapToInt(Integer::intValue).toArray();
        double[] ones = new double[idx.length];
        Arrays.fill(ones, 1.0);
        return Vectors.sparse(FEATURES, idx, ones);
    }

    /** The hash of each form of exactly {@link Quotations#MIN_WORDS} words, too short for a window. */
    static long[] shortRuns(String text, String type) {
        return Quotations.forms(text, type).stream().filter(words -> words.size() == Quotations.MIN_WORDS)
                .mapToLong(words -> Quotations.wordsHash(words, 0, Quotations.MIN_WORDS)).distinct().toArray();
    }

    /** The hash of every run of {@link Quotations#MIN_WORDS} words of each form: where a quotation that short is inside. */
    static long[] probes(String text, String type) {
        return Quotations.forms(text, type).stream().filter(words -> words.size() >= Quotations.MIN_WORDS)
                .flatMapToLong(words -> IntStream.range(0, words.size() - Quotations.MIN_WORDS + 1)
                        .mapToLong(i -> Quotations.wordsHash(words, i, Quotations.MIN_WORDS)))
                .distinct().toArray();
    }

    /** The hash of every run of {@link Quotations#WINDOW} words of each form: a quotation inside another shares one. */
    static long[] windows(String text, String type) {
        return Quotations.forms(text, type).stream().filter(words -> words.size() >= Quotations.MIN_WORDS)
                .flatMapToLong(words -> IntStream.range(0, Math.max(0, words.size() - Quotations.WINDOW + 1))
                        .mapToLong(i -> Quotations.wordsHash(words, i, Quotations.WINDOW)))
                .distinct().toArray();
    }
}
