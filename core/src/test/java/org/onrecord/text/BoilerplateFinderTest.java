package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Boilerplate;

class BoilerplateFinderTest {
    private static Boilerplate.Kind kindOf(String line, String next) {
        return BoilerplateFinder.classify(line, next);
    }

    @Test
    void read_more_promos_are_boilerplate() {
        assertThat(kindOf("READ MORE: Council votes to close the library", "")).isEqualTo(Boilerplate.Kind.PROMO);
        assertThat(kindOf("Related: Ten things to know about the strike", "")).isEqualTo(Boilerplate.Kind.PROMO);
    }

    @Test
    void an_outlet_name_alone_on_a_line_is_caption_residue() {
        assertThat(kindOf("The Evening Courier:", "He said the talks had failed.")).isEqualTo(Boilerplate.Kind.CAPTION);
    }

    @Test
    void a_name_alone_before_a_quotation_is_a_speaker_label_not_a_caption() {
        assertThat(kindOf("Jane Smith:", "“We will not back down.”")).isNull();
    }

    @Test
    void a_cue_line_is_content() {
        assertThat(kindOf("Smith continued:", "“And another thing.”")).isNull();
        assertThat(kindOf("The memo said:", "")).isNull();
    }

    @Test
    void calls_to_action_and_bylines_are_boilerplate() {
        assertThat(kindOf("Read the rest here.", "")).isEqualTo(Boilerplate.Kind.CALL_TO_ACTION);
        assertThat(kindOf("By Jane Smith and Tom Jones", "")).isEqualTo(Boilerplate.Kind.BYLINE);
        assertThat(kindOf("Follow Jane Smith on Twitter: @jsmith", "")).isEqualTo(Boilerplate.Kind.BYLINE);
    }

    @Test
    void ordinary_sentences_are_content() {
        assertThat(kindOf("By the end of the week, the union had called off the strike.", "")).isNull();
        assertThat(kindOf("More than 40,000 workers walked out on Tuesday.", "")).isNull();
    }

    @Test
    void segment_marks_paragraphs_and_keeps_source_offsets() {
        String text = "First line.\n\nREAD MORE: elsewhere\n  Third line  \n";
        Segmented doc = BoilerplateFinder.segment(text);
        assertThat(doc.paragraphs()).hasSize(3);
        assertThat(doc.paragraphs().get(1).boilerplate()).isEqualTo(Boilerplate.Kind.PROMO);
        Paragraph third = doc.paragraphs().get(2);
        assertThat(third.span().of(text)).isEqualTo("Third line");
        assertThat(doc.previousContent(third).index()).isEqualTo(0);
    }

    /**
     * The test of a paragraph's first character lets through every paragraph one of the patterns
     * matches: each character of the first plane (and surrogates) before the rest of a line each
     * alternative of each pattern matches.
     */
    @Test
    void the_first_character_test_lets_through_every_line_a_pattern_matches() {
        String[] rests = {"ead more: x", "ore: x", "ee also: x", "lso read: x", "atch: x", "isten: x", "rending: x",
            "on't miss: x", "elated stories - x", "ecommended: x", "ost read: x", "lick here to see", "ign up now",
            "ubscribe today", "dvertisement", "hare this article", "ontinue reading", "isten to this article",
            "y Jane Smith", "ollow Jane on Twitter", "each her at jane@example.com", "ontact them at 555",
            "mail him at x", "reporting by Jane Smith)", "icture: x", "hoto: x", "mage: x", "redit: x", "ideo: x",
            "ain image: x", "he Guardian", "ane Smith", "", " Smith", "\uDC00ane Smith"};
        int matched = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String rest : rests) {
                String line = (char) c + rest;
                if (BoilerplateFinder.match(line, false) != null) {
                    matched++;
                    assertThat(BoilerplateFinder.mayOpenBoilerplate((char) c)).as("U+%04X then %s", c, rest).isTrue();
                }
            }
        }
        assertThat(matched).as("lines matched, so the test tries something").isGreaterThan(1000);
        assertThat(BoilerplateFinder.match("\uD835\uDC00bc Smith", false)).isEqualTo(Boilerplate.Kind.CAPTION); // a capital beyond the first plane
        assertThat(BoilerplateFinder.mayOpenBoilerplate('\uD835')).isTrue();
        assertThat(BoilerplateFinder.mayOpenBoilerplate('“')).isFalse();
        assertThat(BoilerplateFinder.mayOpenBoilerplate('7')).isFalse();
        assertThat(BoilerplateFinder.mayOpenBoilerplate('h')).isFalse();
    }
}
