package org.onrecord.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.model.Quote;

/** The bundled word lists keep the invariants jsoup checks of its tag lists, and stay data. */
class LexiconTest {
    private static final Lexicon LEXICON = Lexicon.standard();
    private static final List<String> TSV = List.of(Lexicon.VERBS, Lexicon.FUNCTION_WORDS, Lexicon.WORD_FORMS, Lexicon.NOUNS);

    @Test
    void no_file_lists_a_word_twice() {
        for (String file : TSV) {
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Lexicon.bundled(file)) {
                if (!seen.add(line.split("\t")[0])) {
                    twice.add(line);
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void every_word_form_and_lemma_is_written_in_lower_case() {
        for (String file : TSV) {
            for (String line : Lexicon.bundled(file)) {
                String[] cols = line.split("\t");
                String words = file.equals(Lexicon.VERBS) ? cols[0] + "," + cols[1] : cols[0];
                assertThat(words).as(file).isEqualTo(words.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void no_class_or_flag_is_given_twice_on_one_row() {
        for (String file : TSV) {
            for (String line : Lexicon.bundled(file)) {
                String[] cols = line.split("\t");
                List<String> flags = List.of(cols[cols.length - 1].split(","));
                assertThat(flags).as(file + ": " + line).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void a_word_is_both_a_role_and_an_organisation_word_only_where_marked() {
        Set<String> both = new TreeSet<>();
        Set<String> marked = new TreeSet<>();
        LEXICON.entries().forEach((form, e) -> {
            if (e.is(Word.ROLE) && e.is(Word.ORGANISATION)) {
                both.add(form);
            }
            if (e.is(Word.ROLE_AND_ORGANISATION)) {
                marked.add(form);
            }
        });
        assertThat(both).isEqualTo(marked).contains("campaign");
    }

    @Test
    void no_verb_of_thought_is_vetoed_as_not_reporting() {
        assertThat(LEXICON.verbs()).filteredOn(v -> v.has(Verb.COGNITION) && v.has(Verb.NOT_REPORTING)).isEmpty();
    }

    @Test
    void every_verb_is_read_as_speech_or_as_thought() {
        assertThat(LEXICON.verbs()).filteredOn(v -> !v.has(Verb.SPEECH) && !v.has(Verb.COGNITION)).isEmpty();
    }

    @Test
    void flags_read_through_the_speech_lemma_sit_on_speech_verbs_only() {
        for (Verb flag : List.of(Verb.NAMING, Verb.AS_FRAMING, Verb.ADDRESSED)) {
            assertThat(LEXICON.verbs()).as(flag.key()).filteredOn(v -> v.has(flag) && !v.has(Verb.SPEECH)).isEmpty();
        }
    }

    @Test
    void no_form_belongs_to_two_verbs() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String line : Lexicon.bundled(Lexicon.VERBS)) {
            String[] cols = line.split("\t");
            for (String form : Inflector.forms(cols[0], cols[2].contains("doubles"), cols[1])) {
                String before = owner.putIfAbsent(form, cols[0]);
                if (before != null && !before.equals(cols[0])) {
                    clashes.add(form + " of " + before + " and " + cols[0]);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void every_class_has_a_word_and_every_flag_a_verb() {
        for (Word w : Word.values()) {
            assertThat(LEXICON.entries().values().stream().anyMatch(e -> e.is(w))).as(w.key()).isTrue();
        }
        for (Verb v : Verb.values()) {
            assertThat(LEXICON.verbs().stream().anyMatch(l -> l.has(v))).as(v.key()).isTrue();
        }
    }

    @Test
    void an_unknown_class_fails_loudly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.read(file -> file.equals(Lexicon.NOUNS)
                ? List.of("chief\trole,rôle") : List.of())).hasMessageContaining("rôle");
    }

    @Test
    void a_speech_verb_is_one_line_in_verbs_tsv() {
        String text = "“We got it wrong,” the minister blurted.";
        Quote before = Engine.create().extractText(text).quotes().get(0);
        assertThat(before.cue()).isNull();

        Lexicon withBlurt = Lexicon.read(file -> {
            List<String> lines = new ArrayList<>(Lexicon.bundled(file));
            if (file.equals(Lexicon.VERBS)) {
                lines.add("blurt\t-\tspeech");
            }
            return lines;
        });
        Quote after = Engine.create(withBlurt).extractText(text).quotes().get(0);
        assertThat(after.cue().text()).isEqualTo("blurted");
        assertThat(after.rule()).isEqualTo("trailing-cue");
        assertThat(after.speaker().mention().text()).isEqualTo("the minister");
    }
}
