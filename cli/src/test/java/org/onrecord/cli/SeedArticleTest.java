package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onrecord.json.ExtractionJson;

/**
 * A smoke test: the project's reference article (../shared/data/seed-article.txt) through the
 * command line as a user would read it. What the engine finds in it is core's SeedArticleTest; this
 * only checks that the command reads the file and prints that extraction. Skipped, with a notice,
 * where the shared folder is absent.
 */
class SeedArticleTest {
    @Test
    void extract_json_prints_the_reference_articles_quotations() throws Exception {
        Optional<Path> seed = SharedData.file("data/seed-article.txt");
        if (seed.isEmpty()) {
            System.err.println("NOTICE: ../shared/data/seed-article.txt not found; SeedArticleTest skipped");
        }
        assumeTrue(seed.isPresent(), "shared seed article absent");
        CliRun run = CliRun.of("extract", "--json", seed.get().toString());
        assertThat(run.exit()).isZero();
        JsonNode doc = ExtractionJson.mapper().readTree(run.out());
        assertThat(doc.get("id").asText()).isEqualTo("seed-article.txt");
        List<String> direct = new ArrayList<>();
        doc.get("quotes").forEach(q -> {
            if (q.get("type").asText().equals("direct")) {
                direct.add(q.get("speaker").get("name").asText());
            }
        });
        assertThat(direct).hasSize(12).startsWith("Keir Starmer").endsWith("Anas Sarwar");
    }
}
