package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.model.Quote;

/** The bundled model on text the test writes: sure where a reader is sure, unsure where a reader would hesitate. */
class ConfidenceTest {
    private static final Engine ENGINE = Engine.create();

    private static Quote quoteStarting(Extraction x, String start) {
        return x.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void a_named_speaker_in_one_sentence_with_said_is_sure() {
        Extraction x = ENGINE.extractText("The council voted on Tuesday to close the depot.\n\n"
                + "“We cannot wait another year for a decision,” said Maria Okafor, the transport minister.");
        Quote q = quoteStarting(x, "We cannot wait");
        assertThat(q.speaker().name()).isEqualTo("Maria Okafor");
        // in the model's top third: on PolNeAR dev 32 % of quotes reach 0.8, and 96 % of those are right
        assertThat(q.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void a_pronoun_far_from_the_quotation_it_is_given_is_unsure() {
        Extraction x = ENGINE.extractText("Tom Brennan arrived in Leeds on Monday. He met the council's leaders and the "
                + "city's two members of parliament, and he toured the depot where the drivers work.\n\n"
                + "The depot opened in 1962 and employs 400 people. Its buses cover the north of the city, and the "
                + "council has spent £2m on its roof since 2015. Talks on its future have run for two years.\n\n"
                + "“Nobody here wants a strike.”");
        Quote q = quoteStarting(x, "Nobody here");
        assertThat(q.confidence()).isLessThan(0.5);
    }

    @Test
    void the_sure_case_is_surer_than_the_unsure_one() {
        Extraction sure = ENGINE.extractText("“We will appeal,” said Maria Okafor.");
        Extraction unsure = ENGINE.extractText("Maria Okafor left. The hearing went on for hours, and the judge "
                + "heard from six witnesses before lunch.\n\n“We will appeal.”");
        assertThat(quoteStarting(sure, "We will appeal").confidence())
                .isGreaterThan(quoteStarting(unsure, "We will appeal").confidence());
    }

    @Test
    void the_engine_gives_the_features_of_every_quote_in_quote_order() {
        String text = "“We will appeal,” said Maria Okafor. She said the ruling was wrong.";
        Engine.Featured f = ENGINE.extractFeatured(Article.ofText("a", text));
        assertThat(f.features()).hasSameSizeAs(f.extraction().quotes());
        for (int i = 0; i < f.features().size(); i++) {
            Quote q = f.extraction().quotes().get(i);
            assertThat(f.features().get(i).nonZero()).containsKey("rule=" + q.rule());
            assertThat(Confidence.model().confidence(f.features().get(i))).isEqualTo(q.confidence());
        }
    }
}
