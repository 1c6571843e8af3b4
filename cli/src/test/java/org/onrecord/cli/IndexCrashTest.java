package org.onrecord.cli;

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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.json.ArticleJson;
import org.onrecord.model.Extraction;
import picocli.CommandLine;

/** An indexing process killed mid-run: committed articles stay whole, and a re-run finishes the job. */
class IndexCrashTest {
    private static final int ARTICLES = 3_000;

    @TempDir
    Path dir;

    @Test
    void a_killed_run_leaves_only_whole_articles_and_a_rerun_skips_them() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        SyntheticNews news = new SyntheticNews(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            lines.add(news.nextLine());
        }
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path db = dir.resolve("news.db");

        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "index", corpus.toString(), "--db", db.toString(),
                "--batch", "50", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("index.log").toFile()).start();
        long stored = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stored == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            try {
                stored = Files.exists(db) ? count(db, "SELECT count(*) FROM articles") : 0;
            } catch (SQLException e) {
                stored = 0; // the tables are being created
            }
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        long articles = count(db, "SELECT count(*) FROM articles");
        assertThat(articles).as("the run was killed before it finished").isBetween(1L, (long) ARTICLES - 1);
        Engine engine = Engine.create();
        long quotes = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT a.source_id, (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),"
                        + " (SELECT count(*) FROM article_people p WHERE p.article_id = a.id) FROM articles a")) {
            while (rs.next()) {
                String id = rs.getString(1);
                Extraction x = engine.extract(ArticleJson.parse(lines.get(Integer.parseInt(id.substring(id.indexOf('-') + 1))), id));
                assertThat(rs.getInt(2)).as("quotes of " + id).isEqualTo(x.quotes().size());
                assertThat(rs.getInt(3)).as("people of " + id).isEqualTo(x.people().size());
                quotes += x.quotes().size();
            }
        }
        assertThat(count(db, "SELECT count(*) FROM quotes_fts")).isEqualTo(quotes);
        assertThat(text(db, "PRAGMA integrity_check")).isEqualTo("ok");

        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute("index", corpus.toString(), "--db", db.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains(String.format("Indexed %,d article(s)", ARTICLES - articles),
                String.format("skipped %,d unchanged", articles));
        assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
    }

    private static long count(Path db, String sql) throws Exception {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
