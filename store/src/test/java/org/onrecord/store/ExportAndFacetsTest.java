package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.QuoteType;

/** CSV and JSONL exports of a search, and its facet counts, on a real store file. */
class ExportAndFacetsTest {
    /** Words with everything CSV must quote: a comma, a double quote, a line break, and text beyond ASCII. */
    private static final String AWKWARD = "Prices, she said, are \"fair\"\nfor now — ça va";

    @TempDir
    Path dir;

    private QuoteStore store;

    @BeforeEach
    void open() {
        store = QuoteStore.openOrCreate(dir.resolve("news.db"));
        // 150 quotes by one person over two days, more than a page, then a few by others.
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add("Ann Lee");
            many.add("The bridge stays shut, day " + i + ".");
        }
        store.put(List.of(
                Fixtures.said("bulk-1", "2024-05-02", many.subList(0, 160).toArray(String[]::new)),
                Fixtures.said("bulk-2", "2024-06-11", many.subList(160, 300).toArray(String[]::new)),
                Fixtures.said("odd-1", "2024-06-12", "Tom Hughes", AWKWARD, "Ann Lee", "The bridge is safe."),
                Fixtures.engine("rail-1", "2022-06-03", "The Courier", Fixtures.RAIL_STRIKE)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_csv_export_holds_every_result_in_search_order_with_a_header_and_rfc_4180_quoting() throws IOException {
        SearchQuery query = SearchQuery.all().withSpeaker("Lee");
        long total = store.search(query).total();

        String csv = export(query, ExportWriter.Format.CSV);

        assertThat(csv).startsWith(String.join(",", ExportWriter.CSV_COLUMNS) + "\r\n");
        List<Map<String, String>> rows = parse(csv);
        assertThat(total).isEqualTo(151);
        assertThat(rows).hasSize(151);
        // The same order as paging through the search: its second page's first quote is row 100.
        QuoteHit secondPage = store.search(query.withPage(2, 100)).hits().get(0);
        assertThat(rows.get(100).get("quote_id")).isEqualTo(Long.toString(secondPage.quote().id()));
        assertThat(rows.get(100).get("text")).isEqualTo(secondPage.quote().text());
        assertThat(rows.get(0).get("published")).isEqualTo("2024-06-12");
        assertThat(rows.get(0).get("speaker")).isEqualTo("Ann Lee");
        assertThat(rows.get(0).get("type")).isEqualTo("direct");
    }

    @Test
    void awkward_text_survives_a_csv_round_trip_byte_for_byte() throws IOException {
        String csv = export(SearchQuery.all().withSpeaker("Hughes"), ExportWriter.Format.CSV);

        assertThat(csv).contains("\"Prices, she said, are \"\"fair\"\"\nfor now — ça va\"");
        List<Map<String, String>> rows = parse(csv);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("text")).isEqualTo(AWKWARD);
        assertThat(rows.get(0).get("outlet")).isEmpty();
        assertThat(rows.get(0).get("source_id")).isEqualTo("odd-1");
    }

    @Test
    void an_export_of_no_results_is_a_header_alone() throws IOException {
        assertThat(export(SearchQuery.all().withText("zeppelin"), ExportWriter.Format.CSV))
                .isEqualTo(String.join(",", ExportWriter.CSV_COLUMNS) + "\r\n");
        assertThat(export(SearchQuery.all().withText("zeppelin"), ExportWriter.Format.JSONL)).isEmpty();
    }

    @Test
    void a_jsonl_export_is_one_compact_search_result_a_line() throws IOException {
        SearchQuery query = SearchQuery.all().withText("bridge");
        String jsonl = export(query, ExportWriter.Format.JSONL);

        String[] lines = jsonl.split("\n", -1);
        assertThat(store.search(query).total()).isEqualTo(151);
        assertThat(lines).hasSize(151 + 1); // every result, then the empty rest after the last line break
        assertThat(lines[lines.length - 1]).isEmpty();
        QuoteHit first = store.search(query).hits().get(0);
        JsonNode line = ExtractionJson.mapper().readTree(lines[0]);
        assertThat(line.path("quote").path("id").asLong()).isEqualTo(first.quote().id());
        assertThat(line.path("article").path("sourceId").asText()).isEqualTo(first.article().sourceId());
        assertThat(line.has("before")).isTrue();
    }

    @Test
    void an_export_is_capped_where_paging_stops_and_says_so_before_it_starts() throws IOException {
        long[] told = new long[2];
        int given = store.export(SearchQuery.all(), new ExportSink() {
            @Override
            public void begin(long total, int count) {
                told[0] = total;
                told[1] = count;
            }

            @Override
            public void hit(QuoteHit hit) {}
        });
        assertThat(told[0]).isEqualTo(store.search(SearchQuery.all()).total());
        assertThat(told[1]).isEqualTo(given).isEqualTo((int) told[0]);
        assertThat(SearchQuery.MAX_EXPORT).isEqualTo(SearchQuery.MAX_PAGE * SearchQuery.MAX_SIZE);
    }

    @Test
    void a_bad_search_fails_before_anything_is_written() {
        assertThatThrownBy(() -> export(SearchQuery.all().withText("\"unclosed"), ExportWriter.Format.CSV))
                .isInstanceOf(BadQueryException.class);
    }

    @Test
    void facets_count_what_the_search_returns_and_each_value_filters_to_its_count() {
        SearchQuery query = SearchQuery.all().withDates(LocalDate.parse("2024-01-01"), null);
        Facets facets = store.facets(query);

        assertThat(facets.total()).isEqualTo(store.search(query).total()).isEqualTo(152);
        assertThat(facets.speakers()).extracting(FacetCount::label).containsExactly("Ann Lee", "Tom Hughes");
        assertThat(facets.speakers().get(0).count()).isEqualTo(151);
        assertThat(facets.months()).extracting(FacetCount::value).containsExactly("2024-06", "2024-05");
        for (FacetCount person : facets.speakers()) {
            assertThat(store.search(query.withPerson(Long.parseLong(person.value()))).total()).isEqualTo(person.count());
        }
        for (FacetCount month : facets.months()) {
            LocalDate first = LocalDate.parse(month.value() + "-01");
            SearchQuery inMonth = query.withDates(first, first.plusMonths(1).minusDays(1));
            assertThat(store.search(inMonth).total()).isEqualTo(month.count());
        }
    }

    @Test
    void the_type_facet_offers_every_type_while_the_rest_follow_the_search() {
        Facets speech = store.facets(SearchQuery.all().withOutlet("the courier"));
        assertThat(speech.outlets()).containsExactly(new FacetCount("The Courier", "The Courier", speech.total()));
        for (FacetCount type : speech.types()) {
            SearchQuery ofType = SearchQuery.all().withOutlet("the courier").withType(QuoteType.fromLabel(type.value()));
            assertThat(store.search(ofType).total()).isEqualTo(type.count());
        }
        assertThat(speech.types().stream().mapToLong(FacetCount::count).sum()).isGreaterThanOrEqualTo(speech.total());
    }

    @Test
    void facets_of_a_full_text_search_count_its_matches_only() {
        Facets facets = store.facets(SearchQuery.all().withText("negotiate"));
        assertThat(facets.total()).isEqualTo(1);
        assertThat(facets.speakers()).extracting(FacetCount::label).containsExactly("Mick Lynch");
        assertThat(facets.organisations()).extracting(FacetCount::count).containsExactly(1L);
        assertThat(facets.months()).extracting(FacetCount::value).containsExactly("2022-06");
    }

    private String export(SearchQuery query, ExportWriter.Format format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriter.open(format, bytes)) {
            store.export(query, writer);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<Map<String, String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
