package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;
import org.onrecord.text.BoilerplateFinder;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;

/** Photo captions and headings between a story's paragraphs are passed over by the inheriting rules. */
class AsidesTest {
    private static List<Attribution> marked(String text) {
        return Stages.attributions(text).stream().filter(a -> a.quote().isMarked()).toList();
    }

    @Test
    void a_quotation_after_a_caption_continues_the_quotation_before_the_caption() {
        String text = "Union leader Mary Stone spoke on Monday.\n\n"
                + "She said: 'We will not accept this offer.\n\n"
                + "Prime Minister Tom Banks visited a school in Leeds on Friday (file image)\n\n"
                + "'Our members deserve far better than this.'";
        List<Attribution> marked = marked(text);
        assertThat(marked.get(marked.size() - 1).speaker().name()).isEqualTo("Mary Stone");
    }

    @Test
    void a_bare_quotation_after_a_caption_takes_its_speaker_from_the_story_not_the_caption() {
        String text = "Lord Peter Hale said the doctors had done well in the crisis.\n\n"
                + "The Government announced a pay rise for doctors last month\n\n"
                + "'What we do not need is a strike.'";
        List<Attribution> marked = marked(text);
        assertThat(marked.get(marked.size() - 1).speaker().name()).isEqualTo("Peter Hale");
    }

    @Test
    void a_caption_is_an_aside_and_the_headline_and_a_sentence_of_the_story_are_not() {
        Segmented doc = BoilerplateFinder.segment("Mayor backs new library\n\nThe council met on Monday.\n\n"
                + "The mayor opened the old library in 1990\n\nVisitors queued (file image)");
        Asides asides = new Asides(doc, Tokens.of(doc));
        assertThat(doc.paragraphs()).extracting(asides::is).containsExactly(false, false, true, true);
    }
}
