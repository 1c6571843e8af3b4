package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.json.ExtractionJson;

/** {@code onrecord search --clusters} through the real command line, on a store made by {@code onrecord index}. */
class ClustersCommandTest {
    @TempDir
    Path dir;

    @Test
    void each_cluster_is_one_line_with_first_appearance_outlets_articles_speaker_and_a_variant_marker() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, List.of(
                line("gazette-1", "Gazette", "2022-06-01", "Mick Lynch, general secretary of the RMT union, said: “Our "
                        + "members have been left with no choice but to strike this summer.”"),
                line("post-1", "Post", "2022-06-02", "Union leader Mick Lynch said: “Our members have been left with no "
                        + "choice but to strike.”"),
                line("herald-1", "Herald", "2022-06-03", "Mick Lynch said: “Our members have not been left with no "
                        + "choice but to strike this summer.”"),
                line("courier-1", "Courier", "2022-06-04", "Jane Smith, the chief executive of Acme Rail, said: “The offer "
                        + "on the table is fair and it is final.”")), StandardCharsets.UTF_8);
        String db = dir.resolve("news.db").toString();
        CliRun index = CliRun.of("index", corpus.toString(), "--db", db);
        assertThat(index.exit()).as(index.err()).isZero();

        CliRun all = CliRun.of("search", "--db", db, "--clusters");

        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out().lines().toList()).containsExactly(
                "2022-06-01  3 articles  Gazette, Post, Herald  Mick Lynch  VARIANTS(1)  “Our members have been left with no"
                        + " choice but to strike this summer.”",
                "2022-06-04  1 article  Courier  Jane Smith  “The offer on the table is fair and it is final.”");
        assertThat(CliRun.of("search", "--db", db, "--clusters", "--speaker", "Smith").out().lines())
                .singleElement().asString().startsWith("2022-06-04  1 article  Courier  Jane Smith");
        CliRun both = CliRun.of("search", "--db", db, "--clusters", "--format", "csv");
        assertThat(both.exit()).isNotZero();
        assertThat(both.err()).contains("--clusters and --format csv");
    }

    private static String line(String id, String outlet, String published, String text) {
        ObjectNode n = ExtractionJson.mapper().createObjectNode();
        n.put("id", id);
        n.put("text", text);
        n.put("published", published);
        n.put("outlet", outlet);
        return n.toString();
    }
}
