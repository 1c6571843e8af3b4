package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The metadata of saved pages in the shape of five CMS layouts (pages/README.md), read as the engine reads them. */
class MetadataReaderTest {
    static String page(String name) {
        try (InputStream in = MetadataReaderTest.class.getResourceAsStream("pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PageMetadata read(String html) {
        return HtmlText.extract(html).metadata();
    }

    @Test
    void a_wordpress_yoast_page_gives_its_graph_article_with_the_author_and_publisher_it_points_to() {
        PageMetadata m = read(page("wordpress-yoast.html"));
        assertThat(m.title()).isEqualTo("Council votes to reopen Eastgate library");
        assertThat(m.published()).isEqualTo("2024-03-05T18:42:07Z");
        assertThat(m.url()).isEqualTo("https://harrowfieldherald.example/2024/03/05/council-votes-to-reopen-eastgate-library/");
        assertThat(m.authors()).containsExactly("Dana Whitlock");
        assertThat(m.outlet()).isEqualTo("The Harrowfield Herald");
        assertThat(m.language()).isEqualTo("en-US");
    }

    @Test
    void an_arc_xp_page_gives_both_authors_and_survives_a_malformed_json_ld_block() {
        PageMetadata m = read(page("arc-xp.html"));
        assertThat(m.title()).isEqualTo("Senate panel delays vote on water rights compact");
        assertThat(m.published()).isEqualTo("2025-11-18T21:30:12Z");
        assertThat(m.url()).isEqualTo("https://www.capitalledger.example/politics/2025/11/18/senate-panel-delays-water-compact-vote/");
        assertThat(m.authors()).containsExactly("Theo Marchetti", "Aisha Rahman");
        assertThat(m.outlet()).isEqualTo("The Capital Ledger");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void a_page_with_only_open_graph_and_json_ld_gives_its_date_and_address_from_them() {
        PageMetadata m = read(page("bbc-like.html"));
        assertThat(m.title()).isEqualTo("Ferry operator apologises after week of cancellations");
        assertThat(m.published()).isEqualTo("2025-06-12T05:02:41Z");
        assertThat(m.url()).isEqualTo("https://www.northshire.example/news/articles/c7x2k9p4q1mo");
        assertThat(m.authors()).as("the page credits the organisation, not a person").containsExactly("Northshire News");
        assertThat(m.outlet()).isEqualTo("Northshire News");
        assertThat(m.language()).isEqualTo("en-GB");
    }

    @Test
    void a_page_with_article_meta_skips_the_profile_url_for_the_author_name() {
        PageMetadata m = read(page("guardian-like.html"));
        assertThat(m.title()).isEqualTo("Nurses in three trusts vote to strike over unpaid overtime");
        assertThat(m.published()).isEqualTo("2024-10-02T11:05:14Z");
        assertThat(m.url()).isEqualTo("https://www.morningsentinel.example/society/2024/oct/02/nurses-three-trusts-vote-strike-unpaid-overtime");
        assertThat(m.authors()).containsExactly("Priya Chandrasekar");
        assertThat(m.outlet()).isEqualTo("The Morning Sentinel");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void a_small_cms_page_gives_its_byline_names_byline_time_and_the_site_name_after_its_headline() {
        PageMetadata m = read(page("local-news.html"));
        assertThat(m.title()).isEqualTo("Bridge closure to last until spring");
        assertThat(m.published()).isEqualTo("2025-01-14");
        assertThat(m.url()).isNull();
        assertThat(m.authors()).containsExactly("Jo Bloggs", "Sam Lee");
        assertThat(m.outlet()).isEqualTo("Dunmore Valley Gazette");
        assertThat(m.language()).isNull();
    }

    @Test
    void the_article_text_is_still_the_body_without_bylines_or_menus() {
        for (String name : new String[] {"wordpress-yoast.html", "arc-xp.html", "bbc-like.html", "guardian-like.html",
                "local-news.html"}) {
            String text = HtmlText.extract(page(name)).text();
            assertThat(text).as(name).contains("said").doesNotContain("Sport</a>", "Copyright", "©");
        }
    }

    @Test
    void malformed_json_ld_and_dates_are_ignored_and_the_next_source_is_used() {
        String html = """
                <html><head>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken", </script>
                <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "last Tuesday",
                  "author": 42, "publisher": [], "url": "not a url", "mainEntityOfPage": {"@id": 7}}</script>
                <meta property="article:published_time" content="2024-13-45T99:00:00Z">
                <meta name="date" content="2023-09-30 08:15">
                <meta property="og:title" content="The fallback title">
                </head><body><p>Text.</p></body></html>
                """;
        PageMetadata m = read(html);
        assertThat(m.title()).isEqualTo("The fallback title");
        assertThat(m.published()).isEqualTo("2023-09-30T08:15:00");
        assertThat(m.url()).isNull();
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void json_ld_authors_read_as_a_string_an_object_or_an_array_and_the_graph_article_is_found_after_other_nodes() {
        String graph = """
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Site", "url": "https://site.example/"},
                  {"@type": ["Article", "NewsArticle"], "headline": "Graph headline", "author": "Ann Lee",
                   "datePublished": "2022-02-01"}]}</script>""";
        assertThat(read(graph).title()).isEqualTo("Graph headline");
        assertThat(read(graph).authors()).containsExactly("Ann Lee");
        assertThat(read(graph).published()).isEqualTo("2022-02-01");
        String object = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\","
                + " \"name\": \"Bo Chen\"}}</script>";
        assertThat(read(object).authors()).containsExactly("Bo Chen");
        String array = "<script type=\"application/ld+json\">{\"@type\": \"https://schema.org/NewsArticle\", \"author\": ["
                + "\"Cy Diaz\", {\"name\": \"Di Evans\"}, {\"name\": \"Cy Diaz\"}]}</script>";
        assertThat(read(array).authors()).containsExactly("Cy Diaz", "Di Evans");
    }

    @Test
    void a_news_article_wins_over_a_generic_article_and_modified_time_stands_in_only_without_a_published_one() {
        String both = """
                <script type="application/ld+json">[{"@type": "Article", "headline": "Generic"},
                  {"@type": "NewsArticle", "headline": "News"}]</script>""";
        assertThat(read(both).title()).isEqualTo("News");
        String modifiedOnly = "<meta property=\"article:modified_time\" content=\"2021-05-06T07:08:09+02:00\">";
        assertThat(read(modifiedOnly).published()).isEqualTo("2021-05-06T07:08:09+02:00");
        String bothTimes = modifiedOnly + "<meta property=\"article:published_time\" content=\"2021-05-01\">";
        assertThat(read(bothTimes).published()).isEqualTo("2021-05-01");
    }

    @Test
    void a_clock_in_the_page_header_is_not_the_article_date() {
        String html = "<html><body><header><time datetime=\"2026-01-01\">Today</time></header>"
                + "<article><p>Story.</p></article></body></html>";
        assertThat(read(html).published()).isNull();
    }

    @Test
    void a_title_loses_the_outlet_named_after_a_separator() {
        assertThat(MetadataReader.withoutOutlet("Talks fail | The Gazette", "The Gazette")).isEqualTo("Talks fail");
        assertThat(MetadataReader.withoutOutlet("Talks fail - the gazette", "The Gazette")).isEqualTo("Talks fail");
        assertThat(MetadataReader.withoutOutlet("Gazette: talks fail", "The Gazette")).isEqualTo("Gazette: talks fail");
        assertThat(MetadataReader.withoutOutlet("Talks fail", null)).isEqualTo("Talks fail");
    }

    @Test
    void language_tags_are_normalised_and_junk_is_no_language() {
        assertThat(MetadataReader.languageTag("en_GB")).isEqualTo("en-GB");
        assertThat(MetadataReader.languageTag("EN")).isEqualTo("en");
        assertThat(MetadataReader.languageTag("zh-Hant-TW")).isEqualTo("zh-Hant-TW");
        assertThat(MetadataReader.languageTag("{{lang}}")).isNull();
        assertThat(MetadataReader.languageTag("")).isNull();
    }

    @Test
    void plain_markup_with_no_head_says_nothing_but_its_heading() {
        PageMetadata m = read("<p>Unclosed <b>bold <h1>Heading</h1>");
        assertThat(m).isEqualTo(new PageMetadata("Heading", null, null, java.util.List.of(), null, null));
        assertThat(read("")).isEqualTo(PageMetadata.NONE);
    }
}
