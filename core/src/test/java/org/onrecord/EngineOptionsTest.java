package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onrecord.model.Extraction;
import org.onrecord.model.Quote;

class EngineOptionsTest {
    private static final String STORY = "“We will not back down,” said Jane Smith.\n\n“Nobody asked us.”\n";

    @Test
    void aMinimumConfidenceLeavesOutTheQuotesBelowItAndKeepsTheRest() {
        Extraction all = Engine.create().extractText(STORY);
        assertThat(all.quotes()).hasSize(2);
        double least = all.quotes().stream().mapToDouble(Quote::confidence).min().orElseThrow();
        double most = all.quotes().stream().mapToDouble(Quote::confidence).max().orElseThrow();
        assertThat(least).isLessThan(most);

        Extraction sure = Engine.create(EngineOptions.defaults().withMinConfidence(most)).extractText(STORY);

        assertThat(sure.quotes()).hasSize(1).allSatisfy(q -> assertThat(q.confidence()).isEqualTo(most));
        assertThat(sure.people()).isEqualTo(all.people());
    }

    @Test
    void aMinimumConfidenceOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> EngineOptions.defaults().withMinConfidence(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    }

    @Test
    void olderDocumentsStillRead() {
        assertThat(Extraction.readable("onrecord/1")).isTrue();
        assertThat(Extraction.readable(Extraction.SCHEMA)).isTrue();
        assertThat(Extraction.readable("onrecord/3")).isFalse();
    }
}
