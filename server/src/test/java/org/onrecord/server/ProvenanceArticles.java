package org.onrecord.server;

import java.nio.file.Path;
import java.util.List;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.store.ArticleEntry;
import org.onrecord.store.QuoteStore;

/**
 * A store where quotations travel (docs/PROVENANCE.md): one carried by four outlets, shortened by one,
 * given a "not" by another and a different number by a third; one full of markup meant to run, carried
 * twice; one carried by two undated articles; one that only one article carries; and a reported speech,
 * which is in no cluster.
 */
final class ProvenanceArticles {
    static final String EARLIEST = "Our members have been left with no choice but to strike for three days this summer.";

    /** Every way a quotation could try to run script in the page, if the page ever parsed it as HTML. */
    static final String HOSTILE = "<script>window.__xss = 1</script> We <img src=x onerror=\"window.__xss = 2\"> will "
            + "win the vote on Thursday and then we will win the next one too.";

    private ProvenanceArticles() {}

    static QuoteStore store(Path dir) {
        Engine engine = Engine.create();
        QuoteStore store = QuoteStore.openOrCreate(dir.resolve("travel.db"));
        store.put(List.of(
                entry(engine, "gazette-1", "Gazette", "2022-06-01",
                        "Mick Lynch, general secretary of the RMT union, said: “" + EARLIEST + "”"),
                entry(engine, "post-1", "Post", "2022-06-02",
                        "Union leader Mick Lynch said: “Our members have been left with no choice but to strike.”"),
                entry(engine, "herald-1", "Herald", "2022-06-03", "Mick Lynch said: “Our members have not been left with no "
                        + "choice but to strike for three days this summer.”"),
                entry(engine, "ledger-1", "Ledger", "2022-06-04", "Mick Lynch said: “Our members have been left with no "
                        + "choice but to strike for five days this summer.”\n\nJane Smith said that the offer was fair."),
                entry(engine, "hostile-1", "<img src=x onerror=\"window.__xss = 3\">", "2022-07-01",
                        "Evil Doer, the chief executive of Bad Corp, said: “" + HOSTILE + "”"),
                entry(engine, "hostile-2", "Courier", "2022-07-02", "Evil Doer said: “" + HOSTILE.replace("We <img", "We never <img")
                        + "”"),
                entry(engine, "ferry-1", "Harbour Post", null,
                        "Ann Lee said: “The ferry will run every single day of the summer from the old pier.”"),
                entry(engine, "ferry-2", "Bay News", null,
                        "Ann Lee said: “The ferry will run every single day of the summer from the old pier.”"),
                entry(engine, "clarion-1", "Clarion", "2022-08-01",
                        "Tom Reed said: “The harbour wall will be finished before the winter storms arrive this year.”")));
        return store;
    }

    private static ArticleEntry entry(Engine engine, String id, String outlet, String published, String text) {
        Article article = Article.ofText(id, text).withMetadata("https://news.example/" + id, published, outlet);
        Extraction x = engine.extract(article);
        return new ArticleEntry(article.id(), article.text(), "h" + article.text().hashCode(), x);
    }
}
