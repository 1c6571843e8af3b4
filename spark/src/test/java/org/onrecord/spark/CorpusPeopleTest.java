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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The same articles, in PolNeAR's shape (a title-case headline line closed by a full stop, then the
 * story), indexed by the store and by the Spark job: the same people with the same article counts,
 * surnames joined only on the corpus's evidence, and no headline words among the aliases.
 */
class CorpusPeopleTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("onrecord-spark people test")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** Written for this test: Daniel Okafor is named in full twice, Ruth Okafor once, "Okafor" alone in two more articles. */
    private static final List<String[]> ARTICLES = List.of(
            new String[] {"a1", "Senators Rip Daniel Okafor As A ‘Disgrace.’\n\nDaniel Okafor, the governor of Lakeland,"
                    + " spoke on Monday. \"We will build the bridge,\" Okafor said. \"It is late,\" said Jane Smith, a senator."},
            new String[] {"a2", "Daniel Okafor Defends The Bridge Plan.\n\n\"The bridge is paid for,\" Governor Daniel Okafor"
                    + " said on Tuesday. Okafor added: \"Nobody will pay more.\" \"We doubt it,\" said John Smith."},
            new String[] {"a3", "Lakeland Budget Passes Without Debate.\n\n\"Taxes will fall,\" Governor Okafor said on"
                    + " Wednesday. \"The money is there,\" Okafor said."},
            new String[] {"a4", "Ruth Okafor Opens The New Library.\n\nRuth Okafor, the librarian, opened the library."
                    + " \"Books are for everyone,\" Ms. Okafor said. \"Come often,\" she said."},
            new String[] {"a5", "Harbour Works Begin In Lakeland.\n\n\"The pier will be finished in May,\" Smith said."
                    + " \"We will see,\" Okafor said."});

    @Test
    void theStoreAndTheSparkJobCountTheSamePeopleInTheSameArticles() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        for (String[] a : ARTICLES) {
            lines.add(ExtractionJson.mapper().createObjectNode().put("id", a[0]).put("text", a[1]).toString());
        }
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path db = dir.resolve("people.db");
        Engine engine = Engine.create();
        // one article a batch, in reverse order: the store must reach the same people whatever the order
        try (QuoteStore store = QuoteStore.openOrCreate(db)) {
            for (int i = ARTICLES.size() - 1; i >= 0; i--) {
                String[] a = ARTICLES.get(i);
                store.put(List.of(new ArticleEntry(a[0], a[1], "h" + i, engine.extract(Article.ofText(a[0], a[1])))));
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

        Map<String, Long> sparkCounts = new HashMap<>();
        for (Row r : spark.read().json(out.resolve("speakers").toString()).collectAsList()) {
            sparkCounts.put(r.getAs("person"), r.<Long>getAs("article_count"));
        }
        Map<String, Long> storeCounts = storeArticleCounts(db);
        assertThat(sparkCounts).isNotEmpty();
        sparkCounts.forEach((person, n) -> assertThat(storeCounts.get(person)).as(person).isEqualTo(n));
        // a1, a2 name him in full; a3's "Governor Okafor" joins him by role; a4's Ms. Okafor is Ruth; a5's bare
        // "Okafor" could be either (he holds 2 of the 3 articles that use the surname alone): it stays apart
        assertThat(storeCounts).containsEntry("daniel okafor", 3L).containsEntry("ruth okafor", 1L)
                .containsEntry("okafor", 1L);
        // Jane and John Smith never merge, and a5's "Smith" has no evidence for either
        assertThat(storeCounts).containsEntry("jane smith", 1L).containsEntry("john smith", 1L).containsEntry("smith", 1L);
        assertThat(sparkCounts).containsEntry("daniel okafor", 3L).containsEntry("okafor", 1L);
        assertThat(headlineAliases(db)).isEmpty();
    }

    private static Map<String, Long> storeArticleCounts(Path db) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT p.name_key, count(DISTINCT ap.article_id)"
                        + " FROM people p JOIN article_people ap ON ap.person_id = p.id GROUP BY p.id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** Aliases and people's names that are found in an article's first line only. */
    private static List<String> headlineAliases(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT f.value, a.text FROM person_facts f"
                        + " JOIN articles a ON a.id = f.article_id WHERE f.kind = 'alias'"
                        + " UNION ALL SELECT ap.name, a.text FROM article_people ap JOIN articles a ON a.id = ap.article_id")) {
            while (rs.next()) {
                String text = rs.getString(2);
                int line = text.indexOf('\n');
                if (text.substring(0, line).contains(rs.getString(1)) && !text.substring(line).contains(rs.getString(1))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
