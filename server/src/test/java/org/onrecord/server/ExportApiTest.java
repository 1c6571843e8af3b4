package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.store.ExportWriter;

/** {@code /api/quotes?format=csv|jsonl} and {@code /api/facets} over real HTTP on a real store. */
class ExportApiTest {
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
    void a_csv_download_holds_every_result_of_the_search_in_its_order() throws Exception {
        HttpApi.Answer csv = http.get("/api/quotes?format=csv&from=2022-01-01&size=1");
        JsonNode page = http.get("/api/quotes?from=2022-01-01&size=100").json();

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.raw().headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"onrecord-quotes.csv\"");
        assertThat(csv.raw().headers().firstValue("X-Total-Count")).hasValue(page.get("total").asText());
        assertThat(csv.body()).startsWith(String.join(",", ExportWriter.CSV_COLUMNS) + "\r\n");
        List<Map<String, String>> rows = parse(csv.body());
        List<String> ids = new ArrayList<>();
        page.get("hits").forEach(h -> ids.add(h.at("/quote/id").asText()));
        assertThat(rows).extracting(r -> r.get("quote_id")).containsExactlyElementsOf(ids);
        assertThat(rows).extracting(r -> r.get("outlet")).contains("The Courier", "Daily Ledger");
    }

    @Test
    void a_jsonl_download_is_one_search_hit_a_line() throws Exception {
        HttpApi.Answer jsonl = http.get("/api/quotes?format=jsonl&q=winter");

        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        List<String> lines = jsonl.body().lines().toList();
        assertThat(lines).hasSize(http.get("/api/quotes?q=winter").json().get("total").asInt()).isNotEmpty();
        for (String line : lines) {
            assertThat(org.onrecord.json.ExtractionJson.mapper().readTree(line).at("/quote/text").asText()).contains("winter");
        }
    }

    @Test
    void a_bad_format_or_query_is_a_json_400_not_a_broken_file() throws Exception {
        HttpApi.Answer format = http.get("/api/quotes?format=xls");
        HttpApi.Answer query = http.get("/api/quotes?format=csv&q=" + enc("\"unclosed"));

        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("error").asText()).isEqualTo("parameter format: \"xls\" is not json, csv or jsonl");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.contentType()).startsWith("application/json");
        assertThat(query.json().get("error").asText()).contains("unterminated string");
    }

    @Test
    void facets_count_the_results_and_each_value_filters_to_its_count() throws Exception {
        JsonNode facets = http.get("/api/facets").json();
        int total = http.get("/api/quotes").json().get("total").asInt();

        assertThat(facets.get("total").asInt()).isEqualTo(total);
        for (JsonNode speaker : facets.get("speakers")) {
            assertThat(count("person=" + speaker.get("value").asText())).as(speaker.toString())
                    .isEqualTo(speaker.get("count").asInt());
        }
        for (JsonNode outlet : facets.get("outlets")) {
            assertThat(count("outlet=" + enc(outlet.get("value").asText()))).isEqualTo(outlet.get("count").asInt());
        }
        for (JsonNode type : facets.get("types")) {
            assertThat(count("type=" + type.get("value").asText())).isEqualTo(type.get("count").asInt());
        }
        for (JsonNode month : facets.get("months")) {
            LocalDate first = LocalDate.parse(month.get("value").asText() + "-01");
            assertThat(count("from=" + first + "&to=" + first.plusMonths(1).minusDays(1)))
                    .isEqualTo(month.get("count").asInt());
        }
        List<String> speakers = new ArrayList<>();
        facets.get("speakers").forEach(s -> speakers.add(s.get("label").asText()));
        assertThat(speakers).contains("Jane Smith", "Mick Lynch");
        assertThat(facets.get("organisations").toString()).contains("Acme Rail");
    }

    @Test
    void facets_follow_the_search_and_refuse_what_it_refuses() throws Exception {
        JsonNode winter = http.get("/api/facets?q=winter").json();

        assertThat(winter.get("total").asInt()).isEqualTo(2);
        assertThat(winter.get("outlets").get(0).get("label").asText()).isEqualTo("Daily Ledger");
        assertThat(http.get("/api/facets?q=" + enc("a*")).status()).isEqualTo(400);
    }

    private static int count(String query) throws Exception {
        return http.get("/api/quotes?" + query).json().get("total").asInt();
    }

    private static List<Map<String, String>> parse(String csv) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
