package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;

/** {@code /api/quotes/{id}/cluster}, {@code /api/clusters/{id}} and the spread beside each search result, through real HTTP. */
class ProvenanceApiTest {
    @TempDir
    static Path dir;

    private static ServedStore served;
    private static HttpApi http;

    @BeforeAll
    static void start() {
        served = ServedStore.of(ProvenanceArticles.store(dir), Engine.create());
        http = served.http();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void a_quote_s_cluster_has_the_first_appearance_every_occurrence_in_order_and_the_variants_with_their_class()
            throws Exception {
        long postQuote = quoteId("Union leader");

        HttpApi.Answer answer = http.get("/api/quotes/" + postQuote + "/cluster");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode c = answer.json();
        assertThat(c.get("firstDay").asText()).isEqualTo("2022-06-01");
        assertThat(c.get("undated").asBoolean()).isFalse();
        assertThat(c.get("text").asText()).isEqualTo(ProvenanceArticles.EARLIEST);
        assertThat(c.get("speaker").asText()).isEqualTo("Mick Lynch");
        assertThat(texts(c.get("outlets"))).containsExactly("Gazette", "Post", "Herald", "Ledger");
        assertThat(c.get("articleCount").asInt()).isEqualTo(4);
        assertThat(c.get("occurrenceCount").asInt()).isEqualTo(4);
        assertThat(c.get("variantCount").asInt()).isEqualTo(2);
        JsonNode occ = c.get("occurrences");
        assertThat(occ).hasSize(4);
        List<String> outlets = new ArrayList<>();
        occ.forEach(o -> outlets.add(o.at("/article/outlet").asText()));
        assertThat(outlets).containsExactly("Gazette", "Post", "Herald", "Ledger");
        assertThat(occ.get(0).get("first").asBoolean()).isTrue();
        assertThat(occ.get(0).get("quoteId").asLong()).isEqualTo(c.get("firstQuoteId").asLong());
        assertThat(occ.get(1).get("quoteId").asLong()).isEqualTo(postQuote);
        assertThat(occ.get(1).get("first").asBoolean()).isFalse();
        assertThat(occ.get(1).get("variant")).as("a truncation is not a variant").isEmpty();
        assertThat(occ.get(1).get("changes")).isEmpty();
        assertThat(texts(occ.get(2).get("variant"))).containsExactly("negation-added");
        assertThat(occ.get(2).at("/changes/0/removed").asText()).isEmpty();
        assertThat(occ.get(2).at("/changes/0/added").asText()).isEqualTo("not");
        assertThat(texts(occ.get(3).get("variant"))).containsExactly("number-changed");
        assertThat(occ.get(3).at("/changes/0/removed").asText()).isEqualTo("three");
        assertThat(occ.get(3).at("/changes/0/added").asText()).isEqualTo("five");
        assertThat(occ.get(3).get("publishedDay").asText()).isEqualTo("2022-06-04");
        assertThat(occ.get(3).at("/article/url").asText()).isEqualTo("https://news.example/ledger-1");

        HttpApi.Answer byId = http.get("/api/clusters/" + c.get("id").asLong());
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json()).isEqualTo(c);
    }

    @Test
    void a_quotation_no_occurrence_of_which_is_dated_is_first_in_indexing_order_and_says_so() throws Exception {
        JsonNode c = http.get("/api/quotes/" + quoteId("ferry") + "/cluster").json();

        assertThat(c.get("undated").asBoolean()).isTrue();
        assertThat(c.get("firstDay").isNull()).isTrue();
        assertThat(c.at("/occurrences/0/article/sourceId").asText()).isEqualTo("ferry-1");
        assertThat(c.at("/occurrences/0/first").asBoolean()).isTrue();
        assertThat(texts(c.get("outlets"))).containsExactly("Harbour Post", "Bay News");
        assertThat(c.get("variantCount").asInt()).isZero();
    }

    @Test
    void each_search_result_says_how_far_its_quotation_went_and_a_reported_speech_is_in_no_cluster() throws Exception {
        JsonNode page = http.get("/api/quotes?size=50").json();

        int clustered = 0;
        int single = 0;
        for (JsonNode hit : page.get("hits")) {
            assertThat(hit.has("cluster")).as("a cluster field, null or not, in " + hit).isTrue();
            String text = hit.at("/quote/text").asText();
            if (text.startsWith("Our members")) {
                assertThat(hit.at("/cluster/outletCount").asInt()).isEqualTo(4);
                assertThat(hit.at("/cluster/articleCount").asInt()).isEqualTo(4);
                assertThat(hit.at("/cluster/variantCount").asInt()).isEqualTo(2);
                clustered++;
            } else if (text.startsWith("The harbour wall")) {
                // carried by one article only: still a cluster, so the page can link the quotation's page
                assertThat(hit.at("/cluster/articleCount").asInt()).isEqualTo(1);
                assertThat(hit.at("/cluster/outletCount").asInt()).isEqualTo(1);
                assertThat(hit.at("/cluster/variantCount").asInt()).isZero();
                single++;
            } else if (hit.at("/quote/type").asText().equals("indirect")) {
                assertThat(hit.get("cluster").isNull()).isTrue();
                long id = hit.at("/quote/id").asLong();
                HttpApi.Answer none = http.get("/api/quotes/" + id + "/cluster");
                assertThat(none.status()).isEqualTo(404);
                assertThat(none.json().get("error").asText()).contains("quote " + id + " is in no cluster");
            }
        }
        assertThat(clustered).isEqualTo(4);
        assertThat(single).isEqualTo(1);
    }

    @Test
    void unknown_and_malformed_ids_get_json_errors() throws Exception {
        HttpApi.Answer missing = http.get("/api/clusters/987654");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("no cluster 987654");
        assertThat(http.get("/api/quotes/987654/cluster").status()).isEqualTo(404);
        HttpApi.Answer bad = http.get("/api/clusters/x1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("parameter id");
        assertThat(http.get("/api/quotes/x1/cluster").status()).isEqualTo(400);
    }

    @Test
    void the_openapi_document_describes_the_cluster_as_it_is_served() throws Exception {
        JsonNode doc = http.get("/api/openapi.json").json();
        JsonNode c = http.get("/api/quotes/" + quoteId("Union leader") + "/cluster").json();

        assertThat(fields(doc.at("/components/schemas/Cluster/properties"))).containsExactlyInAnyOrderElementsOf(fields(c));
        assertThat(fields(doc.at("/components/schemas/Occurrence/properties")))
                .containsExactlyInAnyOrderElementsOf(fields(c.at("/occurrences/2")));
        assertThat(fields(doc.at("/components/schemas/WordChange/properties")))
                .containsExactlyInAnyOrderElementsOf(fields(c.at("/occurrences/2/changes/0")));
        JsonNode hit = http.get("/api/quotes?q=" + URLEncoder.encode("members", StandardCharsets.UTF_8)).json().at("/hits/0");
        assertThat(fields(doc.at("/components/schemas/Hit/properties"))).containsExactlyInAnyOrderElementsOf(fields(hit));
        assertThat(fields(doc.at("/components/schemas/ClusterSpread/properties")))
                .containsExactlyInAnyOrderElementsOf(fields(hit.get("cluster")));
    }

    /** The id of the one quote whose article text contains these words. */
    private static long quoteId(String articleWords) throws Exception {
        JsonNode hits = http.get("/api/quotes?size=50").json().get("hits");
        List<Long> ids = new ArrayList<>();
        for (JsonNode hit : hits) {
            long article = hit.at("/article/id").asLong();
            String text = http.get("/api/articles/" + article).json().get("text").asText();
            if (text.contains(articleWords) && !hit.at("/quote/type").asText().equals("indirect")) {
                ids.add(hit.at("/quote/id").asLong());
            }
        }
        assertThat(ids).as("quotes of articles with " + articleWords).isNotEmpty();
        return ids.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
