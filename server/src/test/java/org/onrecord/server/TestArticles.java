package org.onrecord.server;

import java.nio.file.Path;
import java.util.List;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.store.ArticleEntry;
import org.onrecord.store.QuoteStore;

/**
 * A small store for the server's tests: two plain articles, one whose cues are negated and hedged, one
 * full of markup meant to run, and an HTML page with its metadata.
 */
final class TestArticles {
    static final String RAIL = """
            Jane Smith, the chief executive of Acme Rail, said: “We will not back down. The offer on the table is fair.”

            Mick Lynch, general secretary of the RMT union, said: “Our members have been left with no choice but to strike.”

            “This is a company that refuses to negotiate,” Lynch said. He added that picket lines would go up on Monday.
            """;

    static final String WATER = """
            Priya Patel, the director of Harbour Water, said: “Bills will rise by a fair amount this winter.”

            Jane Smith, the chief executive of Acme Rail, said: “Passengers deserve better than another winter of delays.”
            """;

    /** The engine marks the first cue negated ("did not say"), the second hedged ("reportedly told"), the third plain. */
    static final String FERRY = """
            Tom Baker, the leader of Northgate council, did not say that the ferry would stop running.

            The harbour minister reportedly told aides that the ferry plan was dead.

            Ann Lee said: “The ferry will run all summer.”
            """;

    /** Every way an article could try to run script in the page, if the page ever parsed its text as HTML. */
    static final String HOSTILE = """
            Evil Doer, the chief executive of Bad Corp, said: “<script>window.__xss = 1</script> We <img src=x \
            onerror="window.__xss = 2"> will " onmouseover="window.__xss = 3" win.”

            Evil Doer said: “<svg onload="window.__xss = 4"></svg> Trust us.”
            """;

    static final String CHECK = """
            Ann Lee, the mayor of Northgate, said: “The bridge will reopen in May.”

            Tom Hughes, leader of the opposition, said: “Nobody believes that date.”
            """;

    /** A page that says what it is: headline, outlet, date, author and language in its head (issue #14). */
    static final String PAGE = """
            <!DOCTYPE html><html lang="en-GB"><head><title>Allotment rents to double, council confirms | Eastfield Echo</title>
            <meta property="og:site_name" content="Eastfield Echo">
            <meta property="article:published_time" content="2024-04-09T07:30:00+01:00">
            <link rel="canonical" href="https://eastfieldecho.example/news/allotment-rents-to-double">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "Allotment rents to double, council confirms", "author": {"@type": "Person", "name": "Nadia Ferreira"}}
            </script></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Allotment rents to double, council confirms</h1>
            <p>Marta Kowalczyk, the secretary of the Eastfield Allotment Society, said: “Doubling the rent will drive older             growers off their plots.”</p>
            <p>The council said the allotment fees had not risen in twelve years.</p></article></body></html>
            """;

    private TestArticles() {}

    static QuoteStore store(Path dir) {
        Engine engine = Engine.create();
        QuoteStore store = QuoteStore.openOrCreate(dir.resolve("news.db"));
        store.put(List.of(
                entry(engine, Article.ofText("rail-1", RAIL).withMetadata("https://news.example/rail-1", "2022-06-03",
                        "The Courier")),
                entry(engine, Article.ofText("water-1", WATER).withMetadata("https://news.example/water-1", "2022-11-20",
                        "Daily Ledger")),
                entry(engine, Article.ofText("ferry-1", FERRY).withMetadata("https://news.example/ferry-1", "2022-09-14",
                        "Harbour Post")),
                entry(engine, Article.ofText("hostile-1", HOSTILE).withMetadata("javascript:window.__xss = 5", "2022-07-01",
                        "<img src=x onerror=\"window.__xss = 6\">")),
                page(engine, Article.ofHtml("allotment-rents.html", PAGE))));
        return store;
    }

    private static ArticleEntry page(Engine engine, Article article) {
        Extraction x = engine.extract(article);
        return new ArticleEntry(article.id(), x.text(), "h" + article.html().hashCode(), x);
    }

    private static ArticleEntry entry(Engine engine, Article article) {
        Extraction x = engine.extract(article);
        return new ArticleEntry(article.id(), article.text(), "h" + article.text().hashCode(), x);
    }
}
