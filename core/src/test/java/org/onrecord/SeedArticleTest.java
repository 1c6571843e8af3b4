package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.model.Polarity;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;

/**
 * The project's reference article ({@code ../shared/data/seed-article.txt}, not copied into the
 * project) through the engine. Skipped, with a notice, where the shared folder is absent.
 */
class SeedArticleTest {
    private static String text;
    private static Extraction x;

    @BeforeAll
    static void extract() throws Exception {
        Optional<Path> seed = SharedData.file("data/seed-article.txt");
        if (seed.isEmpty()) {
            System.err.println("NOTICE: ../shared/data/seed-article.txt not found; SeedArticleTest skipped");
        }
        assumeTrue(seed.isPresent(), "shared seed article absent");
        text = Files.readString(seed.get(), StandardCharsets.UTF_8);
        x = Engine.create().extract(Article.ofText("seed-article.txt", text));
    }

    private static List<Quote> quotes(QuoteType type) {
        return x.quotes().stream().filter(q -> q.type() == type).toList();
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void the_extraction_keeps_the_invariants() {
        Invariants.check(x, text);
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
        List<Quote> direct = quotes(QuoteType.DIRECT);
        assertThat(direct).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Quote q = direct.get(i++);
            assertThat(q.text()).startsWith(e.getKey());
            assertThat(speaker(q)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void solidarity_is_anas_sarwars_mixed_quote() {
        assertThat(quotes(QuoteType.MIXED)).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("“solidarity” with those striking");
            assertThat(q.fragments()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("solidarity"));
            assertThat(speaker(q)).isEqualTo("Anas Sarwar");
            assertThat(q.cue().text()).isEqualTo("expressed");
        });
    }

    @Test
    void the_four_reported_statements_are_found_with_their_sources() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("his frontbench team not to join the striking Network Rail workers", "Keir Starmer");
        expected.put("the order for UK Labour frontbenchers to stay away", "Gordon Martin");
        expected.put("their intention to support the strikers", "scores of Labour MPs");
        expected.put("only around 10-15% of trains", "staff");
        List<Quote> reported = x.quotes().stream()
                .filter(q -> q.type() == QuoteType.INDIRECT || q.type() == QuoteType.STANCE).toList();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(reported).as(e.getKey()).anySatisfy(q -> {
                assertThat(q.text()).contains(e.getKey());
                assertThat(speaker(q)).isEqualTo(e.getValue());
            });
        }
    }

    @Test
    void a_condemnation_is_a_stance_against_what_it_condemns() {
        assertThat(quotes(QuoteType.STANCE)).anySatisfy(q -> {
            assertThat(q.text()).startsWith("the order for UK Labour frontbenchers to stay away");
            assertThat(speaker(q)).isEqualTo("Gordon Martin");
            assertThat(q.cue().text()).isEqualTo("condemned");
            assertThat(q.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(q.target().text()).isEqualTo(q.text());
        });
    }

    @Test
    void support_expressed_for_the_strikers_is_a_stance_for_them() {
        // "Other figures from the left of the party expressed their support for the strikers": the
        // stance noun gives the polarity (lexicon/stance-nouns.tsv)
        assertThat(quotes(QuoteType.STANCE)).anySatisfy(q -> {
            assertThat(q.text()).startsWith("their support for the strikers");
            assertThat(q.cue().text()).isEqualTo("expressed");
            assertThat(q.polarity()).isEqualTo(Polarity.SUPPORT);
        });
    }

    @Test
    void pronouns_and_descriptions_are_the_mentions_that_attribute() {
        List<String> mentions = x.quotes().stream().map(q -> q.speaker().mention().text()).toList();
        assertThat(mentions).contains("The memo", "He", "The Scottish Labour MSP", "Leonard", "John McDonnell");
        Quote told = quotes(QuoteType.DIRECT).get(5);
        assertThat(told.cue().text()).isEqualTo("told");
        assertThat(told.addressee().text()).isEqualTo("The National");
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
        quotes(QuoteType.DIRECT).forEach(q -> {
            String[] roleOrg = expected.get(speaker(q));
            assertThat(q.speaker().role()).as(speaker(q)).isEqualTo(roleOrg[0]);
            assertThat(q.speaker().organisation()).as(speaker(q)).isEqualTo(roleOrg[1]);
        });
        assertThat(x.organisations()).anySatisfy(o -> assertThat(o.acronyms()).contains("RMT"));
    }

    @Test
    void promos_and_caption_residue_are_removed_and_never_quoted() {
        List<String> removed = x.boilerplate().stream()
                .map(b -> b.kind().label() + ": " + b.text().replace('\u00A0', ' ')).toList();
        assertThat(removed).hasSize(3);
        assertThat(removed.get(0)).startsWith("promo: READ MORE:").contains("a direct lie");
        assertThat(removed.get(1)).isEqualTo("caption: The National:");
        assertThat(removed.get(2)).startsWith("promo: READ MORE: Scotland's rail network");
        assertThat(x.quotes()).allSatisfy(q -> assertThat(q.text()).doesNotContain("a direct lie"));
    }
}
