package org.onrecord.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Probing with a stretch of text finds what a probe with the lower-cased word finds. */
class FormTableTest {
    private static final Lexicon LEXICON = Lexicon.standard();

    @Test
    void every_form_is_found_in_any_case_inside_a_longer_text() {
        for (Map.Entry<String, Entry> e : LEXICON.entries().entrySet()) {
            String form = e.getKey();
            for (String written : new String[] {form, form.toUpperCase(Locale.ROOT), capitalised(form)}) {
                String text = "«" + written + "»";
                assertThat(LEXICON.entry(text, 1, text.length() - 1)).as(written).isSameAs(e.getValue());
                assertThat(LEXICON.entry(written)).as(written).isSameAs(written.equals(form) ? e.getValue() : Entry.NONE);
            }
            assertThat(e.getValue().form()).isEqualTo(form);
        }
    }

    @Test
    void a_stretch_answers_as_its_lower_case_string_does() {
        String text = "Said SAID said, Saidx xsaid Éric éRIC İstanbul ÇA ça told TOLD";
        for (int from = 0; from < text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                Entry expected = LEXICON.entry(text.substring(from, to).toLowerCase(Locale.ROOT));
                assertThat(LEXICON.entry(text, from, to)).as(text.substring(from, to)).isSameAs(expected);
            }
        }
        assertThat(LEXICON.entry(text, 0, 4).cue()).isNotNull();
        assertThat(LEXICON.entry(text, 20, 25)).isSameAs(Entry.NONE);
    }

    @Test
    void a_word_the_lexicon_does_not_know_has_no_form() {
        assertThat(LEXICON.entry("Zyxwvut", 0, 7)).isSameAs(Entry.NONE);
        assertThat(Entry.NONE.form()).isNull();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
