package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Quote;

/** The features of how the name shown was reached, on text the test writes. */
class ConfidenceFeaturesTest {
    private static final Engine ENGINE = Engine.create();

    private static Map<String, Double> featuresOf(String text, String quoteStart) {
        Engine.Featured f = ENGINE.extractFeatured(Article.ofText("a", text));
        for (int i = 0; i < f.features().size(); i++) {
            Quote q = f.extraction().quotes().get(i);
            if (q.text().startsWith(quoteStart)) {
                return f.features().get(i).nonZero();
            }
        }
        throw new AssertionError("no quotation starting " + quoteStart);
    }

    @Test
    void a_surname_two_people_share_is_told_apart_from_one_only_the_speaker_has() {
        String shared = "Maria Okafor runs the depot with her brother, Peter Okafor.\n\n“We will appeal,” said Okafor.";
        String alone = "Maria Okafor runs the depot with her brother, Peter Mensah.\n\n“We will appeal,” said Okafor.";
        assertThat(featuresOf(shared, "We will appeal")).containsKey("speaker-surname-shared");
        assertThat(featuresOf(alone, "We will appeal")).doesNotContainKey("speaker-surname-shared")
                .containsKeys("speaker-named-before", "speaker-named-in-full-before");
    }

    @Test
    void the_distance_to_the_speakers_name_is_measured_from_the_name_not_the_pronoun() {
        String near = "“We will appeal,” said Maria Okafor.";
        String far = "Maria Okafor arrived in Leeds on Monday. The depot opened in 1962 and employs 400 people, and its "
                + "buses cover the north of the city; the council has spent two million pounds on its roof since 2015, "
                + "and talks on its future have run for two years without an end in sight or a date for the next round "
                + "of them.\n\n“We will appeal,” she said.";
        assertThat(featuresOf(near, "We will appeal")).containsKey("speaker-name-gap-le8");
        Map<String, Double> pronoun = featuresOf(far, "We will appeal"); // some 70 tokens from "Maria Okafor"
        assertThat(pronoun).containsKeys("speaker=pronoun", "speaker-name-gap-le80", "speaker=pronoun&name-gap-gt25");
    }

    @Test
    void a_source_left_unresolved_says_how_it_is_shown() {
        assertThat(featuresOf("“We will appeal,” said the spokesman.", "We will appeal"))
                .containsKey("speaker-name-lowercase").doesNotContainKey("speaker-resolved");
    }
}
