package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.eval.Alnum;

/**
 * Runs the reference scorer ({@code shared/tools/score.py}) and {@code onrecord eval} on the same
 * predictions and requires the same result line. The shared folder sits beside the project
 * ({@code <root>/../shared}, or {@code ONRECORD_SHARED}); without it or python3 the test is skipped
 * with a notice.
 */
class ScorePyCrossCheckTest {
    @TempDir
    Path dir;

    static Path shared() {
        String env = System.getenv("ONRECORD_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        // Tests run in cli/, so the project root is one up and shared/ sits beside it.
        return Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
    }

    static Path scorer() {
        Path score = shared().resolve("tools/score.py");
        boolean python = python3Runs();
        if (!Files.isRegularFile(score) || !python) {
            System.err.println("NOTICE: score.py cross-check skipped: " + (python ? score + " not found" : "no python3"));
        }
        assumeTrue(python && Files.isRegularFile(score), "needs python3 and " + score);
        return score;
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String python(Path score, Path gold, Path pred, String types, String predTypes) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", score.toString(), gold.toString(), pred.toString(), "--types", types));
        if (predTypes != null) {
            cmd.addAll(List.of("--pred-types", predTypes));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    static String java(Path gold, Path pred, String types, String predTypes) {
        List<String> args = new ArrayList<>(List.of("eval", "--gold", gold.toString(), "--from", pred.toString(),
                "--types", types, "--errors", "0"));
        if (predTypes != null) {
            args.addAll(List.of("--pred-types", predTypes));
        }
        org.onrecord.cli.CliRun r = EvalCommandTest.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().filter(l -> l.startsWith("score.py: ")).findFirst().orElseThrow().substring(10);
    }

    @Test
    void bothGiveTheSameFiguresOnHandMadeEdgeCases() throws Exception {
        Path score = scorer();
        String text = "𝐀 “Yes,” she said, “we do.” Mr. Lee’s aide said taxes rise. “Odd ½ case,” said the report. "
                + "“Tie one two,” said Kim Lee.";
        String gold = "{\"id\":\"x\",\"text\":" + json(text) + ",\"quotes\":["
                + quote(text, "Yes,” she said, “we do.", "direct", "she", List.of("Yes,", "we do.")) + ","
                + quote(text, "taxes rise", "indirect", "Mr. Lee’s aide", List.of()) + ","
                + quote(text, "Odd ½ case,", "direct", "the report", List.of()) + ","
                + quote(text, "Tie one two,", "direct", "Kim Lee", List.of()) + "]}\n"
                + "{\"id\":\"nopred\",\"text\":\"“Hi,” he said.\",\"quotes\":[{\"start\":1,\"end\":4,\"text\":\"Hi,\",\"type\":\"direct\",\"speaker\":\"he\"}]}\n";
        String pred = "{\"id\":\"x\",\"quotes\":["
                + "{\"start\":" + at(text, "Yes") + ",\"end\":" + at(text, "” she") + ",\"speaker\":{\"name\":\"Ann\",\"mention\":{\"start\":"
                + at(text, "she") + ",\"end\":" + (at(text, "she") + 3) + ",\"text\":\"she\"}}},"
                + "{\"start\":" + at(text, "she said") + ",\"end\":" + (at(text, "she said") + 8) + ",\"type\":\"direct\",\"speaker\":\"Lee\"},"
                + "{\"start\":" + at(text, "taxes") + ",\"end\":" + (at(text, "taxes") + 10) + ",\"type\":\"indirect\",\"speaker\":\"Lee\"},"
                + "{\"start\":" + at(text, "Odd") + ",\"end\":" + (at(text, "Odd") + 10) + ",\"type\":\"mixed\",\"speaker\":{\"name\":\"report\",\"mention\":null}},"
                + "{\"start\":" + at(text, "Tie") + ",\"end\":" + (at(text, "Tie") + 3) + ",\"type\":\"direct\",\"speaker\":\"Sam\"},"
                + "{\"start\":" + (at(text, "Tie") + 3) + ",\"end\":" + (at(text, "Tie") + 12) + ",\"type\":\"direct\",\"speaker\":\"Kim Lee\"},"
                + "{\"start\":900,\"end\":990,\"type\":\"direct\",\"speaker\":null}]}\n"
                + "{\"id\":\"unknown\",\"quotes\":[]}\n";
        Path g = dir.resolve("gold.jsonl");
        Path p = dir.resolve("pred.jsonl");
        Files.writeString(g, gold);
        Files.writeString(p, pred);
        for (String[] types : new String[][] {{"direct", "direct,mixed"}, {"direct,mixed,indirect", null}, {"mixed", null}}) {
            assertThat(java(g, p, types[0], types[1])).as("types %s / %s", types[0], types[1])
                    .isEqualTo(python(score, g, p, types[0], types[1]));
        }
    }

    @Test
    void bothGiveTheSameFiguresForTheEngineOnThePolnearDevSplit() throws Exception {
        Path score = scorer();
        Path gold = shared().resolve("eval/polnear.dev.jsonl");
        assumeTrue(Files.isRegularFile(gold), "needs " + gold);
        Path pred = dir.resolve("dev.pred.jsonl");
        org.onrecord.cli.CliRun r = EvalCommandTest.run("eval", "--gold", gold.toString(), "--predictions", pred.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        for (String[] types : new String[][] {{"direct", "direct,mixed"}, {"direct,mixed,indirect", null}}) {
            assertThat(java(gold, pred, types[0], types[1])).as("types %s / %s", types[0], types[1])
                    .isEqualTo(python(score, gold, pred, types[0], types[1]));
        }
    }

    @Test
    void lettersAndDigitsAgreeWithPythonsIsalnumOnEveryAssignedCodePoint() throws Exception {
        scorer();
        Process p = new ProcessBuilder("python3", "-c",
                "import sys\nsys.stdout.write(''.join('1' if chr(c).isalnum() else '0' for c in range(0x110000)))")
                .start();
        byte[] flags = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> differ = new ArrayList<>();
        for (int cp = 0; cp < flags.length; cp++) {
            // Python and Java may know different Unicode versions: compare what both have assigned.
            if (Character.getType(cp) != Character.UNASSIGNED && (flags[cp] == '1') != Alnum.is(cp)) {
                differ.add(String.format("U+%04X", cp));
            }
        }
        assertThat(differ).isEmpty();
    }

    private static int at(String text, String part) {
        return Offsets.at(text, part);
    }

    private static String json(String s) {
        return org.onrecord.json.ExtractionJson.mapper().valueToTree(s).toString();
    }

    private static String quote(String text, String content, String type, String speaker, List<String> fragments) {
        StringBuilder sb = new StringBuilder("{\"start\":" + at(text, content) + ",\"end\":" + Offsets.end(text, content)
                + ",\"text\":" + json(content) + ",\"type\":\"" + type + "\",\"speaker\":" + json(speaker)
                + ",\"speaker_start\":" + at(text, speaker) + ",\"speaker_end\":" + Offsets.end(text, speaker));
        if (!fragments.isEmpty()) {
            sb.append(",\"fragments\":[");
            for (int i = 0; i < fragments.size(); i++) {
                sb.append(i == 0 ? "" : ",").append('[').append(at(text, fragments.get(i))).append(',')
                        .append(Offsets.end(text, fragments.get(i))).append(']');
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }
}
