package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.store.ArticleEntry;
import org.onrecord.store.QuoteStore;
import picocli.CommandLine;

/**
 * The same articles indexed by the store and by the Spark job: the job's {@code clusters} and
 * {@code occurrences} tables (MinHashLSH candidates, the store's verification) group the same quotes,
 * with the same first appearance, outlets and variant classes.
 */
class ProvenanceTablesTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("onrecord-spark provenance test")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static final String STRIKE = "Our members have been left with no choice but to strike for three days this summer.";
    private static final String SPEECH = "We will build the homes this country needs, we will train the nurses our hospitals "
            + "need, and we will do it without raising a single tax on working people.";

    /** Written for this test: id, outlet, day (or null), text. In order of publication, undated last. */
    private static final List<String[]> ARTICLES = List.of(
            new String[] {"gazette-1", "Gazette", "2022-06-01", "Mick Lynch, general secretary of the RMT union, said: “"
                    + STRIKE + "” Jane Smith, the chief executive of Acme Rail, said: “The offer on the table is fair and it is final.”"},
            new String[] {"post-1", "Post", "2022-06-02", "Union leader Mick Lynch said: “Our members have been left with no "
                    + "choice but to strike.”"},
            new String[] {"herald-1", "Herald", "2022-06-03", "Mick Lynch said: “Our members have not been left with no choice "
                    + "but to strike for three days this summer.”"},
            new String[] {"ledger-1", "Ledger", "2022-06-04", "Mick Lynch said: “Our members have been left with no choice "
                    + "but to strike for five days this summer.” Jane Smith said: “The offer on the table is fair.”"},
            // a mixed quote: its paraphrase differs from the words Lynch said, its quoted words are inside them
            new String[] {"echo-1", "Echo", "2022-06-05", "Mick Lynch said the offer left members with “no choice but to "
                    + "strike”, and the union would not back down."},
            new String[] {"times-1", "Times", "2022-07-01", "Keir Starmer said: “" + SPEECH + "”"},
            new String[] {"courier-1", "Courier", "2022-07-02", "Starmer told the conference: “We will build the homes this "
                    + "country needs, we will train the nurses our hospitals need.”"},
            new String[] {"mirror-1", "Mirror", "2022-07-03", "Rishi Sunak said: “We will not raise a single tax on working "
                    + "people this year.”"},
            new String[] {"ferry-1", "Harbour Post", null, "Ann Lee said: “The ferry will run every single day of the summer "
                    + "from the old pier.”"},
            new String[] {"ferry-2", "Bay News", null, "Ann Lee said: “The ferry will run every single day of the summer "
                    + "from the old pier.”"});

    @Test
    void theJobClustersTheQuotesAsTheStoreDoes() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        for (String[] a : ARTICLES) {
            var n = ExtractionJson.mapper().createObjectNode().put("id", a[0]).put("outlet", a[1]).put("text", a[3]);
            if (a[2] != null) {
                n.put("published", a[2]);
            }
            lines.add(n.toString());
        }
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path db = dir.resolve("travel.db");
        Engine engine = Engine.create();
        try (QuoteStore store = QuoteStore.openOrCreate(db)) {
            for (String[] a : ARTICLES) {
                Article article = Article.ofText(a[0], a[3]).withMetadata(null, a[2], a[1]);
                store.put(List.of(new ArticleEntry(a[0], a[3], "h" + a[0], engine.extract(article))));
            }
        }
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine cl = SparkMain.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("extract", "--input", corpus.toString(), "--output", out.toString(),
                "--output-format", "jsonl", "--partition-by", "none");
        assertThat(exit).as(err.toString()).isZero();

        Map<String, String> storeCluster = new HashMap<>();
        Map<String, String> storeVariant = new TreeMap<>();
        Map<String, String> storeFirst = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                // A cluster of one has no row (store schema version 7): its occurrence is its first, in one article.
                ResultSet rs = c.createStatement().executeQuery("SELECT a.source_id || '#' || q.seq, o.cluster_id, o.variant,"
                        + " iif(k.id IS NULL, q.published_day, k.first_day), iif(k.id IS NULL, trim(a.outlet), k.outlets),"
                        + " ifnull(k.article_count, 1), f.source_id || '#' || fq.seq FROM occurrences o"
                        + " JOIN quotes q ON q.id = o.quote_id JOIN articles a ON a.id = q.article_id"
                        + " LEFT JOIN clusters k ON k.id = o.cluster_id JOIN quotes fq ON fq.id = ifnull(k.first_quote_id, q.id)"
                        + " JOIN articles f ON f.id = fq.article_id")) {
            while (rs.next()) {
                storeCluster.put(rs.getString(1), rs.getString(2));
                storeVariant.put(rs.getString(1), String.valueOf(rs.getString(3)));
                storeFirst.put(rs.getString(7), rs.getString(4) + " | " + rs.getString(5) + " | " + rs.getInt(6));
            }
        }
        Map<String, String> sparkCluster = new HashMap<>();
        Map<String, String> sparkVariant = new TreeMap<>();
        for (Row r : spark.read().json(out.resolve("occurrences").toString()).collectAsList()) {
            String key = r.getAs("quote_id");
            sparkCluster.put(key, r.getAs("cluster_id"));
            sparkVariant.put(key, String.valueOf((Object) r.getAs("variant")));
        }
        Map<String, String> sparkFirst = new TreeMap<>();
        for (Row r : spark.read().json(out.resolve("clusters").toString()).collectAsList()) {
            List<String> outlets = r.getList(r.fieldIndex("outlets"));
            sparkFirst.put(r.getAs("cluster_id"), r.getAs("first_day") + " | " + String.join(", ", outlets) + " | "
                    + r.<Long>getAs("article_count"));
        }

        assertThat(storeCluster.keySet()).hasSizeGreaterThan(10);
        assertThat(groups(sparkCluster)).isEqualTo(groups(storeCluster));
        assertThat(sparkVariant).isEqualTo(storeVariant);
        assertThat(sparkFirst).isEqualTo(storeFirst);
        // what the fixture is for: the truncation, both variants and the mixed quote in one cluster, the two excerpts of one speech
        // together, the other speaker's "not raise a single tax" apart, the undated pair first in indexing order
        assertThat(groups(storeCluster)).contains(Set.of("gazette-1#0", "post-1#0", "herald-1#0", "ledger-1#0", "echo-1#0"),
                Set.of("times-1#0", "courier-1#0"), Set.of("gazette-1#1", "ledger-1#1"), Set.of("mirror-1#0"),
                Set.of("ferry-1#0", "ferry-2#0"));
        assertThat(storeVariant).containsEntry("herald-1#0", "negation-added").containsEntry("ledger-1#0", "number-changed")
                .containsEntry("post-1#0", "null").as("a mixed quote's paraphrase is not a change to the words")
                .containsEntry("echo-1#0", "null");
        assertThat(sparkFirst).containsEntry("ferry-1#0", "null | Harbour Post, Bay News | 2");
    }

    /** The clusters as sets of quote keys, whatever each side calls them. */
    private static Set<Set<String>> groups(Map<String, String> clusterOf) {
        Map<String, Set<String>> byCluster = new HashMap<>();
        clusterOf.forEach((quote, cluster) -> byCluster.computeIfAbsent(cluster, k -> new TreeSet<>()).add(quote));
        return new HashSet<>(byCluster.values());
    }

}
