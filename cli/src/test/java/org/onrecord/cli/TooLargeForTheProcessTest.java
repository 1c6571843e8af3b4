package org.onrecord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.json.ArticleJson;

/**
 * What only a real process shows: a small heap, and standard output on a full disk. Each test runs the
 * command line in a forked JVM ({@code java -XmxN -cp … Main}), as a user would.
 */
class TooLargeForTheProcessTest {
    @TempDir
    Path dir;

    @Test
    void an_article_too_large_for_the_heap_is_one_error_record_and_the_run_goes_on() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        String prose = "The council met on Monday to discuss the budget for the coming year. ".repeat(180_000); // 12 MB
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"Tom Baker said: “One.”\"}\n"
                + "{\"id\":\"prose\",\"text\":\"" + prose + "\"}\n"
                + "{\"id\":\"c\",\"text\":\"Ann Lee said: “Three.”\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");

        int exit = run(List.of("-Xmx64m"), List.of("extract", "--jsonl", "--threads", "1", corpus.toString()), out.toFile(), err);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).as(Files.readString(err)).hasSize(3);
        assertThat(lines.get(0)).contains("One.");
        assertThat(lines.get(1)).contains("\"error\"", corpus + ":2: article too large for the heap (raise -Xmx)");
        assertThat(lines.get(2)).contains("Three.");
        assertThat(Files.readString(err)).startsWith("onrecord: " + corpus + ":2: article too large for the heap")
                .doesNotContain("Exception", "\tat ");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void a_line_within_the_limit_but_over_the_heap_is_read_past_and_the_run_goes_on() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        byte[] huge = new byte[40 << 20]; // 40 MB of one line: its buffer alone is more than a 64 MB heap has free
        java.util.Arrays.fill(huge, (byte) 'x');
        try (var o = Files.newOutputStream(corpus)) {
            o.write("{\"id\":\"a\",\"text\":\"Tom Baker said: “One.”\"}\n".getBytes(StandardCharsets.UTF_8));
            o.write(huge);
            o.write("\n{\"id\":\"c\",\"text\":\"Ann Lee said: “Three.”\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");

        int exit = run(List.of("-Xmx64m"), List.of("extract", "--jsonl", "--max-line-bytes", "100000000", corpus.toString()),
                out.toFile(), err);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).as(Files.readString(err)).hasSize(3);
        assertThat(lines).extracting(ArticleJson::idOf).containsExactly("a", null, "c");
        assertThat(lines.get(1)).contains(corpus + ":2: line of " + huge.length
                + " bytes is too large for the heap (raise -Xmx or lower --max-line-bytes)");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void standard_output_on_a_full_disk_is_one_line_and_a_failure() throws Exception {
        File full = new File("/dev/full"); // Linux: every write fails with "No space left on device"
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full");
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"Tom Baker said: “One.”\"}\n");
        Path story = dir.resolve("story.txt");
        Files.writeString(story, "Tom Baker said: “One.”\n");
        Path err = dir.resolve("err.txt");

        int corpusExit = run(List.of(), List.of("extract", "--jsonl", corpus.toString()), full, err);
        String corpusErr = Files.readString(err);
        int storyExit = run(List.of(), List.of("extract", story.toString()), full, err);

        assertThat(corpusErr).isEqualTo("onrecord: standard output: cannot write: disk full" + System.lineSeparator());
        assertThat(corpusExit).isEqualTo(2);
        assertThat(Files.readString(err)).isEqualTo("onrecord: standard output: cannot write: disk full" + System.lineSeparator());
        assertThat(storyExit).isEqualTo(2);
    }

    private static int run(List<String> jvm, List<String> args, File out, Path err) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return p.exitValue();
    }
}
