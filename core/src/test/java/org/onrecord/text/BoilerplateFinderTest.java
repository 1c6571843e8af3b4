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
}
