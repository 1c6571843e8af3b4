package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.Stages;

/** A title or description beside a name: which of them speaks. */
class AppositivesTest {
    @Test
    void a_name_inside_the_appositive_of_a_description_speaks() {
        assertThat(SourcePhrase.before("The port’s owner, Kessock Holdings, said the harbour would stay open.", "said"))
                .isEqualTo("Kessock Holdings");
    }

    @Test
    void a_capitalised_title_that_opens_the_sentence_gives_way_to_the_name_after_it() {
        assertThat(SourcePhrase.before("The Chief Actuary of SSNIT, Evelyn Adjei, said the fund was sound.", "said"))
                .isEqualTo("Evelyn Adjei");
    }

    @Test
    void a_role_set_off_from_the_name_that_opens_the_sentence_gives_way_to_the_name() {
        assertThat(SourcePhrase.before("Steve Richards, CEO of Parkdean Resorts, which owns Trecco Bay, said it would close.", "said"))
                .isEqualTo("Steve Richards");
    }

    @Test
    void an_unclosed_role_with_its_complement_gives_way_to_the_name_before_it() {
        assertThat(SourcePhrase.before("Susan Aitken, the leader of Glasgow City Council said the measures were needed.", "said"))
                .isEqualTo("Susan Aitken");
    }

    @Test
    void a_bracketed_aside_after_a_name_is_stepped_over() {
        assertThat(SourcePhrase.before("Gov. John Kasich (R-OH), said the bill would pass.", "said"))
                .isEqualTo("Gov. John Kasich");
    }

    @Test
    void a_name_then_where_they_are_from_is_the_name() {
        Attribution a = Stages.attributions("Glen Coroner was asked to leave. Glen, from Dublin says: ‘Excuse me, let go of that.’")
                .stream().filter(x -> x.quote().isMarked()).findFirst().orElseThrow();
        assertThat(a.speaker().name()).isEqualTo("Glen Coroner");
    }
}
