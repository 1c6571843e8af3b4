package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static final String PAGE = """
            <html><head><title>Strike news</title><script>var x = "“not a quote”";</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Rail strike goes ahead</h1>
            <p>Jane Smith, the chief executive of Acme Rail, said: “We will not back down.”</p>
            <figure><img src="a.jpg"><figcaption>Workers on the picket line</figcaption></figure>
            <div class="share-bar">Share on Facebook</div>
            <p>“The talks have failed,” she added. The union had asked for a 7% rise in pay for its members.</p>
            <aside class="related">Related: other stories</aside></article>
            <footer>Copyright</footer></body></html>
            """;

    @Test
    void keeps_the_article_body_as_paragraphs() {
        HtmlText.Result r = HtmlText.extract(PAGE);
        assertThat(r.title()).isEqualTo("Rail strike goes ahead");
        assertThat(r.text()).contains("Jane Smith, the chief executive of Acme Rail, said: “We will not back down.”\n\n“The talks");
    }

    @Test
    void drops_navigation_captions_share_bars_scripts_and_related_links() {
        String text = HtmlText.extract(PAGE).text();
        assertThat(text).doesNotContain("Home", "Workers on the picket line", "Share on Facebook", "not a quote",
                "Related", "Copyright");
    }

    @Test
    void survives_broken_markup() {
        assertThat(HtmlText.extract("<p>Unclosed <b>bold <p>“Quote,” he said").text()).contains("“Quote,” he said");
        assertThat(HtmlText.extract("").text()).isEmpty();
    }
}
