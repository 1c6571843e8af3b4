package org.onrecord.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onrecord.cli.UserError;
import org.onrecord.json.ArticleJson;
import org.onrecord.json.ExtractionJson;
import org.onrecord.json.Utf8Lines;
import org.onrecord.model.Article;

/** The articles a benchmark runs over, and their size in UTF-8 bytes of input. */
record Corpus(String name, List<Article> articles, long bytes, int skipped) {
    Corpus {
        articles = List.copyOf(articles);
    }

    /** Reads a JSONL corpus; a bad line is reported on {@code err} with its line and skipped. */
    static Corpus read(Path path, PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        int skipped = 0;
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(path), path.toString())) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.error() != null) {
                    err.println("onrecord: " + line.error() + " (skipped)");
                    skipped++;
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                try {
                    Article a = ArticleJson.parse(line.text(), path + ":" + line.number());
                    articles.add(a);
                    bytes += utf8(a.isHtml() ? a.html() : a.text());
                } catch (IllegalArgumentException e) {
                    err.println("onrecord: " + e.getMessage() + " (skipped)");
                    skipped++;
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserError(path + ": no such file");
        } catch (IOException e) {
            throw new UserError(path + ": cannot read: " + e.getMessage());
        }
        err.flush();
        if (articles.isEmpty()) {
            throw new UserError(path + ": no articles to run on");
        }
        return new Corpus(path.toString(), articles, bytes, skipped);
    }

    /** {@code count} generated articles of about {@code kilobytes} KB each. */
    static Corpus generated(int count, int kilobytes, long seed) {
        SampleText sample = new SampleText(seed);
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String text = sample.article(kilobytes * 1000);
            articles.add(Article.ofText("sample-" + kilobytes + "k-" + (i + 1), text));
            bytes += utf8(text);
        }
        return new Corpus("generated: " + count + " articles of " + kilobytes + " KB", articles, bytes, 0);
    }

    void write(Path path) {
        try (var w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                var node = ExtractionJson.mapper().createObjectNode();
                node.put("id", a.id());
                node.put("text", a.text());
                w.write(node.toString());
                w.newLine();
            }
        } catch (IOException e) {
            throw new UserError(path + ": cannot write: " + e.getMessage());
        }
    }

    static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
