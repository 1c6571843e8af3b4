package org.onrecord.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.cli.CliRun;
import org.onrecord.json.ExtractionJson;

class BenchCommandTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void benchOnACorpusReportsThroughputLatencyHeapAndLength() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"“We will win,” said Ann Lee.\"}\n"
                + "{\"id\":\"b\",\"html\":\"<p>“No,” he said.</p>\"}\n");
        CliRun r = run("bench", "--corpus", corpus.toString(), "--seconds", "0.2", "--warmup", "0", "--threads", "2",
                "--lengths", "1,2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("(2 articles, 0.00 MB").contains("articles/s").contains("latency per article")
                .contains("peak heap").contains("time against article length").contains("per CPU-second")
                .contains("first 2 articles run (JIT warming up)").doesNotContain("generated");
        assertThat(r.err()).doesNotContain("generated");
    }

    @Test
    void benchOnGeneratedTextSaysSoAndWarns() {
        CliRun r = run("bench", "--articles", "2", "--size", "1", "--seconds", "0.1", "--warmup", "0", "--lengths", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("corpus: generated: 2 articles of 1 KB").contains("warning: generated text, not news");
        assertThat(r.err()).contains("measuring generated sample text").contains("--corpus");
    }

    @Test
    void theJsonFiguresAgreeWithTheirOwnCounts() throws Exception {
        CliRun r = run("bench", "--articles", "3", "--size", "2", "--seconds", "0.2", "--warmup", "0", "--threads", "2",
                "--lengths", "1,3", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode n = ExtractionJson.mapper().readTree(r.out());
        assertThat(n.get("articles").asInt()).isEqualTo(3);
        assertThat(n.get("generated").asBoolean()).isTrue();
        assertThat(n.get("cold_articles").asInt()).isEqualTo(3);
        for (JsonNode t : n.get("throughput")) {
            assertThat(t.get("articles_per_s").asDouble() * t.get("seconds").asDouble())
                    .isCloseTo(t.get("articles").asDouble(), within(1e-6));
            assertThat(t.get("seconds").asDouble()).isGreaterThanOrEqualTo(0.2);
            assertThat(t.get("articles_per_cpu_s").asDouble()).isPositive();
        }
        assertThat(n.get("throughput").get(0).get("articles").asLong() % 3).as("whole passes on one thread").isZero();
        assertThat(n.get("latency_p99_ms").asDouble()).isGreaterThanOrEqualTo(n.get("latency_p50_ms").asDouble());
        assertThat(n.get("lengths").get(0).get("ratio_to_smallest").asDouble()).isEqualTo(1.0);
        assertThat(n.get("lengths").get(1).get("bytes").asLong()).isBetween(3000L, 3400L);
        assertThat(n.get("peak_heap_mb").asDouble()).isPositive();
    }

    @Test
    void aBadCorpusLineIsReportedWithItsLineAndSkipped() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"“Yes,” said Ann Lee.\"}\n{\"id\":\"b\"}\n");
        CliRun r = run("bench", "--corpus", corpus.toString(), "--seconds", "0.1", "--warmup", "0", "--lengths", "1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(corpus + ":2: field \"text\" or \"html\" is required (skipped)");
        assertThat(r.out()).contains("(1 articles");
    }

    @Test
    void aCorpusLineThatIsNotUtf8IsReportedWithItsLineAndByteAndTheLinesAfterItAreRead() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.write(corpus, ("{\"id\":\"a\",\"text\":\"Caf\u00e9.\"}\n{\"id\":\"b\",\"text\":\"Fine.\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        StringWriter err = new StringWriter();

        Corpus read = Corpus.read(corpus, new PrintWriter(err));

        assertThat(read.articles()).extracting(a -> a.id()).containsExactly("b");
        assertThat(read.skipped()).isEqualTo(1);
        assertThat(err.toString()).contains(corpus + ":1: invalid UTF-8 at byte 21 (skipped)");
    }

    @Test
    void theGeneratedCorpusCanBeWrittenAndReadBack() throws Exception {
        Path corpus = dir.resolve("gen.jsonl");
        CliRun w = run("bench", "--write-corpus", corpus.toString(), "--articles", "4", "--size", "5");
        assertThat(w.out()).contains("wrote 4 articles");
        assertThat(Files.readAllLines(corpus)).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"sample-5k-"));
        assertThat(Corpus.read(corpus, new PrintWriter(new StringWriter())).bytes())
                .isEqualTo(Corpus.generated(4, 5, 2016).bytes());
    }

    @Test
    void theAdversarialBenchGivesEveryShapeItsTimePerKilobyteAtEachLength() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"“We will win,” said Ann Lee.\\n\\nShe left.\"}\n");
        CliRun r = run("bench", "--adversarial", "--corpus", corpus.toString(), "--seconds", "0.01", "--warmup", "0",
                "--lengths", "1,4", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode shapes = ExtractionJson.mapper().readTree(r.out()).get("adversarial");
        assertThat(shapes).hasSize(1 + AdversarialText.SHAPES.size());
        assertThat(shapes.get(0).get("shape").asText()).isEqualTo("news");
        for (JsonNode s : shapes) {
            assertThat(s.get("lengths")).as(s.toString()).hasSize(2);
            assertThat(s.get("lengths").get(1).get("bytes").asLong()).as(s.toString()).isBetween(4000L, 4100L);
            assertThat(s.get("lengths").get(0).get("ratio_to_smallest").asDouble()).isEqualTo(1.0);
        }
    }

    @Test
    void everyAdversarialShapeAndTheNewsPrefixHaveAtLeastTheBytesAskedFor() {
        for (AdversarialText s : AdversarialText.SHAPES) {
            assertThat(Corpus.utf8(s.text().apply(5000))).as(s.name()).isBetween(5000L, 5100L);
        }
        assertThat(Corpus.utf8(AdversarialBench.prefix("“Ab” é😀\n", 5000))).isBetween(5000L, 5004L);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThat(run("bench", "--seconds", "0").exit()).isEqualTo(2);
        assertThat(run("bench", "--lengths", "0").err()).contains("--lengths");
    }

    @Test
    void bytesAreCountedInUtf8() {
        assertThat(Corpus.utf8("é“")).isEqualTo(5);
    }
}
