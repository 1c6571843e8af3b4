package org.onrecord.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.store.ArticleEntry;
import org.onrecord.store.QuoteStore;

/**
 * A store big enough for a costly search to be slow: made-up articles, each of quotes in marks after a
 * speaker and "said", from a seeded vocabulary in which half the words begin with "a".
 */
final class ManyQuotes {
    private ManyQuotes() {}

    static Path store(Path dir, int articles) {
        Path file = dir.resolve("many.db");
        Engine engine = Engine.create();
        Random random = new Random(12);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder w = new StringBuilder(i % 2 == 0 ? "a" : "");
            while (w.length() < 6) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.toString());
        }
        try (QuoteStore store = QuoteStore.openOrCreate(file)) {
            List<ArticleEntry> batch = new ArrayList<>();
            for (int a = 0; a < articles; a++) {
                StringBuilder text = new StringBuilder();
                for (int q = 0; q < 10; q++) {
                    text.append("Speaker").append(a % 50).append(" Person said: “");
                    for (int w = 0; w < 12; w++) {
                        text.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                    }
                    text.append(".”\n\n");
                }
                Article article = Article.ofText("many-" + a, text.toString())
                        .withMetadata("https://news.example/many-" + a, "2022-06-01", "The Courier");
                Extraction x = engine.extract(article);
                batch.add(new ArticleEntry(article.id(), article.text(), "h" + a, x));
                if (batch.size() == 500) {
                    store.put(batch);
                    batch.clear();
                }
            }
            store.put(batch);
        }
        return file;
    }
}
