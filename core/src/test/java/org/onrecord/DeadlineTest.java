package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Article;

/** Issue #12: an article that would run on is given up at the engine's deadline, never left to stall its thread. */
class DeadlineTest {
    /** Several windows of one endless capitalised run: far more than a millisecond's work. */
    private static final String LONG = "Words ".repeat(3 * Chunks.WINDOW / 6 + 1);

    @Test
    void an_engine_with_a_tiny_deadline_gives_up_a_long_adversarial_input_with_an_error_naming_the_deadline() {
        Engine hurried = Engine.create(EngineOptions.defaults().withDeadline(Duration.ofMillis(1)));

        assertThatThrownBy(() -> hurried.extract(Article.ofText("long", LONG)))
                .isInstanceOf(ExtractionDeadlineException.class)
                .hasMessage("extraction passed its 1 ms deadline")
                .satisfies(e -> assertThat(((ExtractionDeadlineException) e).limit()).isEqualTo(Duration.ofMillis(1)));
    }

    @Test
    void a_page_is_held_to_the_deadline_too() {
        Engine hurried = Engine.create(EngineOptions.defaults().withDeadline(Duration.ofMillis(1)));

        assertThatThrownBy(() -> hurried.extract(Article.ofHtml("page", "<p>" + LONG + "</p>")))
                .isInstanceOf(ExtractionDeadlineException.class);
    }

    @Test
    void the_engine_that_gave_an_article_up_reads_the_next_one_as_usual() {
        Engine hurried = Engine.create(EngineOptions.defaults().withDeadline(Duration.ofMillis(1)));
        assertThatThrownBy(() -> hurried.extractText(LONG)).isInstanceOf(ExtractionDeadlineException.class);

        String story = "“We will not back down,” said Jane Smith.";
        Engine patient = Engine.create(hurried.options().withDeadline(Duration.ofMinutes(1)));
        assertThat(patient.extractText(story)).isEqualTo(Engine.create().extractText(story));
    }

    @Test
    void a_zero_deadline_is_no_deadline() {
        Deadline none = Deadline.after(Duration.ZERO);

        assertThat(none).isEqualTo(Deadline.NONE);
        none.check(); // never throws, however late
        assertThat(Engine.create(EngineOptions.defaults().withDeadline(Duration.ZERO)).extractText("Words ".repeat(100))
                .quotes()).isEmpty();
    }

    @Test
    void a_passed_deadline_is_found_by_the_next_check_and_a_coming_one_is_not() {
        Deadline passed = Deadline.after(Duration.ofNanos(1));
        spin(Duration.ofMillis(2));
        assertThatThrownBy(passed::check).isInstanceOf(ExtractionDeadlineException.class)
                .hasMessage("extraction passed its 0 µs deadline");

        Deadline.after(Duration.ofHours(1)).check();
    }

    @Test
    void where_the_jvm_measures_thread_cpu_time_a_thread_that_waits_does_not_use_up_its_deadline() throws InterruptedException {
        assumeTrue(Deadline.countsCpuTime(), "this JVM does not measure thread CPU time");
        Deadline soon = Deadline.after(Duration.ofMillis(20));

        Thread.sleep(100); // a thread waiting for a core, as on a loaded machine, spends no CPU time
        soon.check();

        spin(Duration.ofMillis(40));
        assertThatThrownBy(soon::check).isInstanceOf(ExtractionDeadlineException.class);
    }

    /** Keeps this thread busy for at least {@code cpu} of its own CPU time (or wall time where that is not measured). */
    private static void spin(Duration cpu) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean measured = Deadline.countsCpuTime();
        long start = measured ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        long sink = 0;
        while ((measured ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start < cpu.toNanos()) {
            sink += System.identityHashCode(new Object());
        }
        assertThat(sink).isNotEqualTo(Long.MIN_VALUE);
    }

    @Test
    void deadlines_are_named_in_the_unit_a_person_would_use() {
        assertThat(ExtractionDeadlineException.describe(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(ExtractionDeadlineException.describe(Duration.ofMillis(2500))).isEqualTo("2500 ms");
        assertThat(ExtractionDeadlineException.describe(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(ExtractionDeadlineException.describe(Duration.ofNanos(50_000))).isEqualTo("50 µs");
    }

    @Test
    void the_default_deadline_is_generous_and_a_negative_one_is_refused() {
        assertThat(EngineOptions.defaults().deadline()).isEqualTo(Duration.ofSeconds(2));
        assertThat(Engine.create().options().deadline()).isEqualTo(EngineOptions.DEFAULT_DEADLINE);
        assertThatThrownBy(() -> EngineOptions.defaults().withDeadline(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
