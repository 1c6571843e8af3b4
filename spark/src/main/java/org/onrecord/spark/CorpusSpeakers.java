package org.onrecord.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.onrecord.model.CorpusPeople;
import org.onrecord.model.CorpusPeople.Named;
import org.onrecord.model.Gender;
import scala.Tuple2;

/**
 * The corpus-wide person of every article's person, by the rule the store uses ({@link CorpusPeople}):
 * people are grouped by surname, the only people the rule reads together, and each group is placed
 * by the same Java code the store runs.
 */
final class CorpusSpeakers {
    static final StructType PLACED = createStructType(List.of(
            createStructField("article_id", StringType, true),
            createStructField("local_id", StringType, false),
            createStructField("person", StringType, true)));

    private CorpusSpeakers() {}

    /** One row per person an ok article names: {@code article_id, local_id, person} (the corpus key). */
    static Dataset<Row> placed(SparkSession spark, Dataset<Row> results) {
        JavaRDD<Row> people = results.filter(col("status").equalTo(Results.OK))
                .select(col("id").as("article_id"), explode(col("people")).as("p"))
                .select("article_id", "p.*").javaRDD();
        JavaRDD<Row> placed = people
                .mapToPair(r -> new Tuple2<>(CorpusPeople.surname(r.<String>getAs("name")), r))
                .groupByKey()
                .flatMap(group -> place(group._2()).iterator());
        return spark.createDataFrame(placed, PLACED);
    }

    private static List<Row> place(Iterable<Row> group) {
        List<Row> rows = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        for (Row r : group) {
            rows.add(r);
            String article = r.getAs("article_id");
            named.add(new Named(article == null ? "" : article, r.getAs("name"), r.getList(r.fieldIndex("aliases")),
                    r.getList(r.fieldIndex("roles")), Gender.fromLabel(r.getAs("gender"))));
        }
        List<String> keys = CorpusPeople.keys(named);
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String key = keys.get(i).isEmpty() ? null : keys.get(i);
            out.add(RowFactory.create(rows.get(i).getAs("article_id"), rows.get(i).getAs("local_id"), key));
        }
        return out;
    }

    /** The quotes with {@code person} the corpus key of their speaker, and without the local id. */
    static Dataset<Row> withCorpusPerson(Dataset<Row> quotes, Dataset<Row> placed) {
        Dataset<Row> keys = placed.select(col("article_id").as("p_article"), col("local_id").as("p_local"),
                col("person").as("p_person"));
        Dataset<Row> joined = quotes.join(keys, quotes.col("article_id").eqNullSafe(keys.col("p_article"))
                .and(quotes.col("person_local").equalTo(keys.col("p_local"))), "left");
        return joined.withColumn("person", coalesce(col("p_person"), col("person")))
                .drop("p_article", "p_local", "p_person", "person_local");
    }
}
