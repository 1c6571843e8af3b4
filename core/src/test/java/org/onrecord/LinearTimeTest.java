package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onrecord.model.Article;

/**
 * No input makes the engine slower than linear (issue #12). Each shape below once made it
 * quadratic; the same shapes are timed at every size by {@code onrecord bench --adversarial}.
 * Speed itself is the benchmark's business: this is a coarse guard that only super-linear code
 * fails. Eight times the text may cost at most thirty times the time (linear code costs about
 * eight, quadratic about sixty-four), measured as the thread's CPU time. The two sizes are timed
 * in turns (eight small runs, then one large), so both see the same compiled code and the same
 * machine: timed one after the other, a large text still running code the JIT had not yet compiled
 * on a loaded machine once measured 45 times the small one. The best of each is compared, and
 * while the ratio is over the bound more turns are timed, up to a limit: noise passes, quadratic
 * work stays over it every turn. Both sizes fit in one window ({@link Chunks#WINDOW}), so the
 * windows cannot hide quadratic work.
 */
class LinearTimeTest {
    // no deadline: these tests are about output, and a loaded machine must not fail them
    private static final Engine ENGINE = Engine.create(EngineOptions.defaults().withDeadline(Duration.ZERO));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int SMALL = 8_000;
    private static final int LARGE = 8 * SMALL;
    private static final double MAX_RATIO = 30;
    private static final int WARM_UP_TURNS = 2;
    private static final int MIN_TURNS = WARM_UP_TURNS + 3;
    private static final int MAX_TURNS = WARM_UP_TURNS + 12;

    static Stream<Arguments> shapes() {
        return Stream.of(
                repeated("an endless capitalised run", "Words "),
                repeated("marks in one endless sentence", "\u201Cx\u201D"),
                repeated("straight and curly marks glued to words", "a\"b\u201Cc\u201Dd"),
                repeated("quotations and pronouns in one endless sentence", "\u201Cx,\u201D he said "),
                repeated("names, cues and quotations in one endless sentence", "Mr Smith said \u201Cx\u201D "),
                repeated("a list of names and commas", "Smith, "),
                repeated("single-marked fragments", "\u2018x\u2019 "),
                repeated("pronouns and bodies speaking", "He said \u201Cx\u201D. It said \u201Cy\u201D. "),
                repeated("a paragraph of quotations and no cue", "\u201CWe will win.\u201D "),
                repeated("one quotation running on through every paragraph", "\u201Cx\n\n"),
                repeated("acronyms that spell no earlier name", "The ABC and XYZ said so. "),
                repeated("a name a tail of which speaks", "Anna Maria Lopez said it. Maria Lopez said it. "),
                Arguments.of("many distinct people", (IntFunction<String>) LinearTimeTest::manyPeople));
    }

    private static Arguments repeated(String name, String unit) {
        return Arguments.of(name, (IntFunction<String>) chars -> unit.repeat(chars / unit.length() + 1));
    }

    private static String manyPeople(int chars) {
        Random random = new Random(12);
        StringBuilder sb = new StringBuilder();
        for (int k = 1; sb.length() < chars; k++) {
            sb.append(word(random)).append(' ').append(word(random)).append(" said it was fine. ");
            if (k % 5 == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 5; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void eight_times_the_text_costs_at_most_thirty_times_the_time(String shape, IntFunction<String> text) {
        String small = text.apply(SMALL);
        String large = text.apply(LARGE);
        assertThat(large.length()).isLessThan(Chunks.WINDOW);
        Invariants.check(ENGINE.extract(Article.ofText("shape", large)), large); // warms up too
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        double ratio = Double.MAX_VALUE;
        for (int turn = 0; turn < MAX_TURNS && (turn < MIN_TURNS || ratio > MAX_RATIO); turn++) {
            long smallNanos = cpuNanos(small, LARGE / SMALL) / (LARGE / SMALL);
            long largeNanos = cpuNanos(large, 1);
            if (turn >= WARM_UP_TURNS) {
                bestSmall = Math.min(bestSmall, smallNanos);
                bestLarge = Math.min(bestLarge, largeNanos);
                ratio = (double) bestLarge / Math.max(bestSmall, 1);
            }
        }
        assertThat(ratio).as("%s: %.1f ms for %d chars, %.1f ms for %d", shape, bestSmall / 1e6, small.length(),
                bestLarge / 1e6, large.length()).isLessThanOrEqualTo(MAX_RATIO);
    }

    /** The thread's CPU time for {@code runs} extractions of {@code text}. */
    private static long cpuNanos(String text, int runs) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < runs; r++) {
            ENGINE.extract(Article.ofText("shape", text));
        }
        return THREADS.getCurrentThreadCpuTime() - t0;
    }
}
