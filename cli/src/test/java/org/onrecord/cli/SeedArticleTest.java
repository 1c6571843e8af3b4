package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onrecord.json.ExtractionJson;

/**
 * The project's reference article (../shared/data/seed-article.txt, not copied into the project),
 * read through the command line as a user would. Skipped, with a notice, where the shared folder
 * is absent.
 */
class SeedArticleTest {
    private static JsonNode doc;

    @BeforeAll
    static void extract() throws Exception {
        Optional<Path> seed = SharedData.file("data/seed-article.txt");
        if (seed.isEmpty()) {
            System.err.println("NOTICE: ../shared/data/seed-article.txt not found; SeedArticleTest skipped");
        }
        assumeTrue(seed.isPresent(), "shared seed article absent");
        CliRun run = CliRun.of("extract", "--json", seed.get().toString());
        assertThat(run.exit()).isZero();
        doc = ExtractionJson.mapper().readTree(run.out());
    }

    private static List<JsonNode> quotes(String type) {
        List<JsonNode> out = new ArrayList<>();
        doc.get("quotes").forEach(q -> {
            if (q.get("type").asText().equals(type)) {
                out.add(q);
            }
        });
        return out;
    }

    private static String speaker(JsonNode q) {
        return q.get("speaker").isNull() ? null : q.get("speaker").get("name").asText();
    }

    @Test
    void every_directly_quoted_paragraph_is_found_with_its_speaker() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("We have robust lines.", "Keir Starmer");
        expected.put("However, we also must show leadership", "Keir Starmer");
        expected.put("Please speak to all the members of your team", "Keir Starmer");
        expected.put("The Labour Party was founded by the trade unions", "Sharon Graham");
        expected.put("You don’t lead by hiding.", "Sharon Graham");
        expected.put("Keir Starmer should be sacked as leader", "Gordon Martin");
        expected.put("These statements from Starmer have gone way", "Gordon Martin");
        expected.put("He’s telling people not to support striking workers.", "Gordon Martin");
        expected.put("Let me make it absolutely clear", "John McDonnell");
        expected.put("It's a basic principle.", "Richard Leonard");
        expected.put("Solidarity with those on the picket lines.", "Anas Sarwar");
        expected.put("The workers don’t want strikes.", "Anas Sarwar");
        List<JsonNode> direct = quotes("direct");
        assertThat(direct).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode q = direct.get(i++);
            assertThat(q.get("text").asText()).startsWith(e.getKey());
            assertThat(speaker(q)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void solidarity_is_anas_sarwars_mixed_quote() {
        assertThat(quotes("mixed")).singleElement().satisfies(q -> {
            assertThat(q.get("text").asText()).startsWith("“solidarity” with those striking");
            assertThat(q.get("fragments")).singleElement().satisfies(
                    f -> assertThat(f.get("text").asText()).isEqualTo("solidarity"));
            assertThat(speaker(q)).isEqualTo("Anas Sarwar");
            assertThat(q.get("cue").get("text").asText()).isEqualTo("expressed");
        });
    }

    @Test
    void the_four_reported_statements_are_found_with_their_sources() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("his frontbench team not to join the striking Network Rail workers", "Keir Starmer");
        expected.put("the order for UK Labour frontbenchers to stay away", "Gordon Martin");
        expected.put("their intention to support the strikers", "scores of Labour MPs");
        expected.put("only around 10-15% of trains", "staff");
        List<JsonNode> reported = quotes("indirect");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(reported).as(e.getKey()).anySatisfy(q -> {
                assertThat(q.get("text").asText()).contains(e.getKey());
                assertThat(speaker(q)).isEqualTo(e.getValue());
            });
        }
    }

    @Test
    void pronouns_and_descriptions_are_the_mentions_that_attribute() {
        List<String> mentions = new ArrayList<>();
        doc.get("quotes").forEach(q -> mentions.add(q.get("speaker").get("mention").get("text").asText()));
        assertThat(mentions).contains("The memo", "He", "The Scottish Labour MSP", "Leonard", "John McDonnell");
        JsonNode told = quotes("direct").get(5);
        assertThat(told.get("cue").get("text").asText()).isEqualTo("told");
        assertThat(told.get("addressee").get("text").asText()).isEqualTo("The National");
    }

    @Test
    void speakers_carry_the_roles_and_organisations_the_article_gives() {
        Map<String, String[]> expected = Map.of(
                "Keir Starmer", new String[] {"UK party leader", "Labour Party"},
                "Sharon Graham", new String[] {"general secretary", "Unite the Union"},
                "Gordon Martin", new String[] {"Scotland organiser", "Rail, Maritime and Transport union"},
                "John McDonnell", new String[] {"former shadow chancellor", null},
                "Richard Leonard", new String[] {"former leader", "Scottish Labour"},
                "Anas Sarwar", new String[] {"leader", "Scottish Labour"});
        quotes("direct").forEach(q -> {
            String[] roleOrg = expected.get(speaker(q));
            JsonNode s = q.get("speaker");
            assertThat(s.get("role").isNull() ? null : s.get("role").asText()).as(speaker(q)).isEqualTo(roleOrg[0]);
            assertThat(s.get("organisation").isNull() ? null : s.get("organisation").asText()).as(speaker(q))
                    .isEqualTo(roleOrg[1]);
        });
        JsonNode rmt = null;
        for (JsonNode o : doc.get("organisations")) {
            if (o.get("acronyms").toString().contains("RMT")) {
                rmt = o;
            }
        }
        assertThat(rmt).isNotNull();
    }

    @Test
    void promos_and_caption_residue_are_removed_and_never_quoted() {
        List<String> removed = new ArrayList<>();
        doc.get("boilerplate").forEach(b -> removed.add(
                b.get("kind").asText() + ": " + b.get("text").asText().replace('\u00A0', ' ')));
        assertThat(removed).hasSize(3);
        assertThat(removed.get(0)).startsWith("promo: READ MORE:").contains("a direct lie");
        assertThat(removed.get(1)).isEqualTo("caption: The National:");
        assertThat(removed.get(2)).startsWith("promo: READ MORE: Scotland's rail network");
        doc.get("quotes").forEach(q -> assertThat(q.get("text").asText()).doesNotContain("a direct lie"));
    }
}
