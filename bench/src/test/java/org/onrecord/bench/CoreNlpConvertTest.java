package org.onrecord.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@code bench/corenlp/convert.py} on CoreNLP-shaped JSON the test writes: Java (UTF-16)
 * offsets must come out as code points, and the speaker must be the one CoreNLP actually named.
 */
class CoreNlpConvertTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "😀 “Go home,” Kim Lee said. “Fine,” Ann said.";

    @TempDir
    Path dir;

    @Test
    void offsetsBecomeCodePointsAndTheNamedSpeakerIsKept() throws Exception {
        assumeTrue(python3(), "needs python3");
        Path gold = dir.resolve("gold.jsonl");
        ObjectNode g = JSON.createObjectNode().put("id", "d1").put("text", TEXT);
        g.putArray("quotes");
        Files.writeString(gold, g + "\n");
        Files.writeString(dir.resolve("files.txt"), dir.resolve("txt/00000.txt") + "\n");
        Path out = Files.createDirectories(dir.resolve("out"));

        ObjectNode doc = JSON.createObjectNode();
        ArrayNode tokens = doc.putArray("sentences").addObject().putArray("tokens");
        for (String word : List.of("😀", "“", "Go", "home", ",", "”", "Kim", "Lee", "said", ".", "“", "Fine", ",", "”", "Ann", "said", ".")) {
            int from = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).get("characterOffsetEnd").asInt();
            int begin = TEXT.indexOf(word, from);
            tokens.addObject().put("word", word).put("characterOffsetBegin", begin).put("characterOffsetEnd", begin + word.length());
        }
        ArrayNode quotes = doc.putArray("quotes");
        quotes.addObject().put("beginIndex", TEXT.indexOf("“Go")).put("endIndex", TEXT.indexOf("” Kim") + 1)
                .put("mentionBegin", 6).put("mentionEnd", 7).put("speaker", "Kim Lee").put("canonicalSpeaker", "Kim Lee")
                .put("speakerSieve", "automatic name");
        quotes.addObject().put("beginIndex", TEXT.indexOf("“Fine")).put("endIndex", TEXT.indexOf("” Ann") + 1)
                .put("mentionBegin", 14).put("mentionEnd", 14).put("speaker", "Ann").put("canonicalSpeaker", "Unknown")
                .put("speakerSieve", "Baseline Top");
        Files.writeString(out.resolve("00000.txt.json"), doc.toString());

        Process p = new ProcessBuilder("python3", Path.of("corenlp/convert.py").toAbsolutePath().toString(),
                gold.toString(), dir.resolve("files.txt").toString(), out.toString()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(stderr).isZero();

        JsonNode converted = JSON.readTree(stdout);
        assertThat(converted.get("id").asText()).isEqualTo("d1");
        JsonNode first = converted.get("quotes").get(0);
        assertThat(first.get("start").asInt()).isEqualTo(cp(TEXT.indexOf("“Go")));
        assertThat(first.get("start").asInt()).isEqualTo(2);
        assertThat(first.get("end").asInt()).isEqualTo(cp(TEXT.indexOf("” Kim") + 1));
        assertThat(first.get("speaker").get("name").asText()).isEqualTo("Kim Lee");
        JsonNode mention = first.get("speaker").get("mention");
        assertThat(mention.get("text").asText()).isEqualTo("Kim Lee");
        assertThat(mention.get("start").asInt()).isEqualTo(cp(TEXT.indexOf("Kim")));
        JsonNode second = converted.get("quotes").get(1);
        assertThat(second.get("speaker").get("name").asText()).as("CoreNLP's Unknown is skipped").isEqualTo("Ann");
        assertThat(second.get("rule").asText()).isEqualTo("Baseline Top");
    }

    @Test
    void aDocumentCoreNlpLeftNoOutputForIsScoredAsNoQuotesAndNamed() throws Exception {
        assumeTrue(python3(), "needs python3");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"d9\",\"text\":\"x\",\"quotes\":[]}\n");
        Files.writeString(dir.resolve("files.txt"), "/nowhere/00000.txt\n");
        Process p = new ProcessBuilder("python3", Path.of("corenlp/convert.py").toAbsolutePath().toString(),
                gold.toString(), dir.resolve("files.txt").toString(), Files.createDirectories(dir.resolve("out")).toString()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stdout.strip()).isEqualTo("{\"id\": \"d9\", \"quotes\": []}");
        assertThat(stderr).contains("no CoreNLP output for d9");
    }

    private static int cp(int utf16) {
        return TEXT.codePointCount(0, utf16);
    }

    private static boolean python3() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3")));
    }
}
