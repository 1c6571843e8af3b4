package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;

class OnrecordServerTest {
    @TempDir
    static Path dir;

    private static ServedStore served;
    private static HttpApi http;

    @BeforeAll
    static void start() {
        served = ServedStore.of(TestArticles.store(dir), Engine.create());
        http = served.http();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void quotes_are_searched_by_words_and_speaker() throws Exception {
        HttpApi.Answer a = http.get("/api/quotes?q=winter&speaker=smith");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode page = a.json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode hit = page.get("hits").get(0);
        assertThat(hit.at("/quote/speaker").asText()).isEqualTo("Jane Smith");
        assertThat(hit.at("/article/sourceId").asText()).isEqualTo("water-1");
        assertThat(hit.get("before").asText()).contains("said: “");
    }

    @Test
    void the_organisation_and_date_filters_apply() throws Exception {
        JsonNode acme = http.get("/api/quotes?org=" + enc("Acme Rail")).json();
        JsonNode june = http.get("/api/quotes?from=2022-06-01&to=2022-06-30").json();

        assertThat(speakers(acme)).containsOnly("Jane Smith");
        assertThat(speakers(june)).containsOnly("Jane Smith", "Mick Lynch");
    }

    @Test
    void a_full_text_syntax_error_is_a_400_with_a_message() throws Exception {
        HttpApi.Answer a = http.get("/api/quotes?q=" + enc("\"unclosed"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("status").asInt()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).contains("unterminated string");
        assertThat(http.get("/api/quotes?q=" + enc("strike AND")).status()).isEqualTo(400);
        assertThat(http.get("/api/quotes?q=" + enc("nosuchcolumn: x")).status()).isEqualTo(400);
    }

    @Test
    void an_sql_injection_attempt_is_only_a_search_term() throws Exception {
        HttpApi.Answer a = http.get("/api/quotes?speaker=" + enc("x' OR 1=1; DROP TABLE quotes; --"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("total").asInt()).isZero();
        assertThat(http.get("/api/quotes").json().get("total").asInt()).isGreaterThan(3);
    }

    @Test
    void bad_parameters_are_400s_naming_the_parameter() throws Exception {
        assertThat(http.get("/api/quotes?from=June").json().get("error").asText()).contains("from");
        assertThat(http.get("/api/quotes?page=0").status()).isEqualTo(400);
        assertThat(http.get("/api/quotes?size=1000").status()).isEqualTo(400);
        assertThat(http.get("/api/quotes?type=shouted").json().get("error").asText()).contains("type");
        assertThat(http.get("/api/people/abc").status()).isEqualTo(400);
    }

    @Test
    void a_person_has_their_roles_organisations_and_quotes() throws Exception {
        long id = http.get("/api/quotes?speaker=lynch").json().at("/hits/0/quote/personId").asLong();

        JsonNode person = http.get("/api/people/" + id).json();

        assertThat(person.get("name").asText()).isEqualTo("Mick Lynch");
        assertThat(person.get("quoteCount").asInt()).isEqualTo(3); // two quoted, one reported
        assertThat(person.get("roles").toString()).contains("general secretary");
        assertThat(person.get("quotesByMonth").toString()).contains("2022-06");
    }

    @Test
    void a_persons_article_count_is_the_articles_that_name_them() throws Exception {
        long id = http.get("/api/quotes?speaker=" + enc("Jane Smith")).json().at("/hits/0/quote/personId").asLong();

        JsonNode person = http.get("/api/people/" + id).json();

        assertThat(person.get("articleCount").asInt()).isEqualTo(2); // rail-1 and water-1, as the speakers table counts
        assertThat(person.get("aliases").toString()).doesNotContain("\"Jane Smith\"");
    }

    @Test
    void an_article_has_its_text_and_quotes() throws Exception {
        long id = http.get("/api/quotes?q=negotiate").json().at("/hits/0/article/id").asLong();

        JsonNode article = http.get("/api/articles/" + id).json();

        assertThat(article.get("text").asText()).isEqualTo(TestArticles.RAIL);
        assertThat(article.get("quotes")).hasSize(4);
        assertThat(article.at("/quotes/0/evidence").asText()).isNotBlank();
    }

    @Test
    void every_quote_says_whether_its_cue_is_negated_or_hedged() throws Exception {
        JsonNode page = http.get("/api/quotes?q=ferry&size=10").json();
        long id = page.at("/hits/0/article/id").asLong();
        JsonNode article = http.get("/api/articles/" + id).json();

        assertThat(page.get("total").asInt()).isEqualTo(3);
        Map<String, String> bySpeaker = new HashMap<>();
        page.get("hits").forEach(h -> bySpeaker.put(h.at("/quote/speaker").asText(), modality(h.get("quote"))));
        assertThat(bySpeaker).containsOnly(entry("Tom Baker", "negated"), entry("The harbour minister", "hedged"),
                entry("Ann Lee", null));
        List<String> inOrder = new ArrayList<>();
        article.get("quotes").forEach(q -> inOrder.add(modality(q)));
        assertThat(inOrder).containsExactly("negated", "hedged", null);
        assertThat(article.at("/quotes/0/cue").asText()).isEqualTo("say");
    }

    @Test
    void missing_people_articles_and_pages_are_json_404s() throws Exception {
        for (String path : List.of("/api/people/987654", "/api/articles/987654", "/api/nothing-here")) {
            HttpApi.Answer a = http.get(path);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.json().get("error").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void extract_takes_json_text_or_html() throws Exception {
        String body = "{\"text\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(TestArticles.CHECK) + "}";
        JsonNode x = http.post("/api/extract", "application/json", body).json();
        JsonNode html = http.post("/api/extract", "text/html; charset=utf-8",
                "<p>Ann Lee, the mayor of Northgate, said: “The bridge will reopen in May.”</p>").json();

        assertThat(x.get("schema").asText()).isEqualTo("onrecord/2");
        assertThat(x.get("quotes")).hasSize(2);
        assertThat(x.at("/quotes/0/speaker/name").asText()).isEqualTo("Ann Lee");
        assertThat(html.at("/quotes/0/text").asText()).isEqualTo("The bridge will reopen in May.");
    }

    @Test
    void extract_refuses_empty_malformed_and_oversized_bodies() throws Exception {
        assertThat(http.post("/api/extract", "application/json", "").status()).isEqualTo(400);
        assertThat(http.post("/api/extract", "application/json", "{\"text\": ").json().get("error").asText())
                .contains("not valid JSON");
        assertThat(http.post("/api/extract", "application/json", "{\"text\": 3}").status()).isEqualTo(400);
        String huge = "x".repeat((int) OnrecordServer.MAX_REQUEST_BYTES + 10);
        HttpApi.Answer tooBig = http.post("/api/extract", "text/plain", huge);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void the_web_page_is_served_with_a_content_security_policy() throws Exception {
        HttpApi.Answer page = http.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/app.js\"");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(http.get("/app.js").status()).isEqualTo(200);
        assertThat(http.get("/app.css").status()).isEqualTo(200);
    }

    @Test
    void the_openapi_description_names_every_api_route() throws Exception {
        JsonNode doc = http.get("/api/openapi.json").json();

        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/quotes", "/api/facets", "/api/people/{id}", "/api/articles/{id}",
                "/api/stats", "/api/extract", "/api/quotes/{id}/cluster", "/api/clusters/{id}");
        List<String> quoteFields = new ArrayList<>();
        doc.at("/components/schemas/Quote/properties").fieldNames().forEachRemaining(quoteFields::add);
        List<String> served = new ArrayList<>();
        http.get("/api/quotes?size=1").json().at("/hits/0/quote").fieldNames().forEachRemaining(served::add);
        assertThat(quoteFields).as("the Quote schema names every field a quote is served with").containsExactlyInAnyOrderElementsOf(served);
    }

    /** The quote's modality, or null when it is JSON null; failing when the field is missing altogether. */
    private static String modality(JsonNode quote) {
        assertThat(quote.has("modality")).as("a modality field, null or not, in " + quote).isTrue();
        return quote.get("modality").isNull() ? null : quote.get("modality").asText();
    }

    private static List<String> speakers(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("hits").forEach(h -> names.add(h.at("/quote/speaker").asText()));
        return names;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
