package org.onrecord.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onrecord.Engine;
import org.onrecord.model.Extraction;

class SampleTextTest {
    @Test
    void theSameSeedWritesTheSameText() {
        assertThat(new SampleText(7).article(3000)).isEqualTo(new SampleText(7).article(3000));
        assertThat(new SampleText(7).article(3000)).isNotEqualTo(new SampleText(8).article(3000));
    }

    @Test
    void anArticleReachesItsSizeAndOvershootsByLessThanAParagraph() {
        for (int size : new int[] {1_000, 5_000, 50_000}) {
            int bytes = new SampleText(1).article(size).getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isBetween(size, size + 400);
        }
    }

    @Test
    void theEngineFindsAttributedQuotationsInIt() {
        Extraction x = Engine.create().extractText(new SampleText(3).article(5_000));
        assertThat(x.quotes()).hasSizeGreaterThan(10);
        assertThat(x.quotes().stream().filter(q -> q.speaker() != null).count()).isGreaterThan(x.quotes().size() / 2);
    }
}
