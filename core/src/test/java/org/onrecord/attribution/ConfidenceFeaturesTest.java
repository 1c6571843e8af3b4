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

    @Test
    void another_person_of_the_pronouns_gender_named_since_the_speakers_name_is_a_rival() {
        String rival = "Paddy Upton, a coach, worked with Daniel Gukesh in Singapore.\n\n“The talks helped me a lot,” he said.";
        String none = "Paddy Upton, a coach, worked with the team in Singapore.\n\n“The talks helped me a lot,” he said.";
        String otherGender = "Paddy Upton, a coach, worked with Maria Okafor in Singapore.\n\n“The talks helped me a lot,” he said.";
        assertThat(featuresOf(rival, "The talks")).containsKeys("speaker-rival-before&pronoun",
                "speaker-rival-before&pronoun" + ConfidenceFeatures.TWIN);
        assertThat(featuresOf(none, "The talks")).doesNotContainKey("speaker-rival-before&pronoun");
        assertThat(featuresOf(otherGender, "The talks")).doesNotContainKey("speaker-rival-before&pronoun");
    }

    @Test
    void a_name_the_entity_stage_left_out_before_the_quotation_is_seen() {
        String text = "Audrey Gee Arsenault of Wellington built a new kitchen wall. Many people improved their yards, like "
                + "Chelsea Murphy, who built a fire pit.\n\n“We had more time at home,” she said.";
        String without = "Audrey Gee Arsenault of Wellington built a new kitchen wall. Many people improved their yards, "
                + "building fire pits.\n\n“We had more time at home,” she said.";
        assertThat(featuresOf(text, "We had more")).containsKey("unknown-name-before");
        assertThat(featuresOf(without, "We had more")).doesNotContainKey("unknown-name-before");
    }

    @Test
    void a_person_known_by_a_first_name_alone_is_told_apart_from_one_named_in_full() {
        assertThat(featuresOf("Solomon scored twice on Sunday.\n\n“We can't thank everybody enough,” said Solomon.", "We can't"))
                .containsKey("speaker-first-name-only");
        assertThat(featuresOf("Solomon Kula scored twice on Sunday.\n\n“We can't thank everybody enough,” said Kula.", "We can't"))
                .doesNotContainKey("speaker-first-name-only");
    }

    @Test
    void a_speakers_words_that_are_a_possessor_are_seen() {
        String text = "Bijon Paul was arrested on Sunday night.\n\n“He never shared his political beliefs with us,” said Paul's mother.";
        assertThat(featuresOf(text, "He never")).containsKey("speaker-mention-possessive");
        assertThat(featuresOf("Bijon Paul was arrested on Sunday night.\n\n“He never shared his political beliefs with us,” said Paul.",
                "He never")).doesNotContainKey("speaker-mention-possessive");
    }

    @Test
    void a_description_left_unresolved_whose_head_the_article_names_is_seen() {
        // two schools: "the school" names neither, and both names hold its head
        String text = "Leith High School apologised on Monday. Broughton High School did not.\n\n“We are sorry for the post,” said the school.";
        assertThat(featuresOf(text, "We are sorry")).containsKey("speaker=description&head-named");
        assertThat(featuresOf("Parents complained on Monday.\n\n“We are sorry for the post,” said the school.", "We are sorry"))
                .doesNotContainKey("speaker=description&head-named");
    }

    @Test
    void a_corpus_scored_by_mention_trains_without_the_by_name_twins() {
        String text = "Paddy Upton, a coach, worked with Daniel Gukesh in Singapore.\n\n“The talks helped me a lot,” he said.";
        Engine.Featured f = ENGINE.extractFeatured(Article.ofText("a", text));
        ConfidenceFeatures x = f.features().get(0);
        assertThat(x.nonZero()).containsKey("speaker-rival-before&pronoun" + ConfidenceFeatures.TWIN);
        assertThat(x.byMention().nonZero()).containsKey("speaker-rival-before&pronoun")
                .doesNotContainKey("speaker-rival-before&pronoun" + ConfidenceFeatures.TWIN);
    }
}
