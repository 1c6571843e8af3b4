package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onrecord.eval.Figures;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldLine;
import org.onrecord.eval.PredDoc;
import org.onrecord.eval.Scorer;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/**
 * The PolNeAR figures the README advertises, guarded: the engine runs over
 * {@code ../shared/eval/polnear.dev.jsonl} and is scored as {@code shared/tools/score.py} scores it
 * (the scorer's Java port, {@link Scorer}), for quotations in marks and for everything. A figure
 * more than the baseline's tolerance below {@code baseline.json} fails the build. Skipped, with a
 * notice, where the shared folder is absent.
 */
class PolnearRatchetTest {
    private static final Engine ENGINE = Engine.create();
    private static JsonNode baseline;
    private static Map<String, GoldDoc> gold;
    private static Map<String, PredDoc> predicted;
    private static Map<String, Extraction> extractions;

    @BeforeAll
    static void runTheEngineOverDev() throws IOException {
        baseline = baseline();
        Optional<Path> dev = SharedData.file("eval/polnear.dev.jsonl");
        if (dev.isEmpty()) {
            System.err.println("NOTICE: ../shared/eval/polnear.dev.jsonl not found; PolnearRatchetTest skipped");
        }
        assumeTrue(dev.isPresent(), "shared PolNeAR dev split absent");
        gold = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dev.get(), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                GoldDoc doc = GoldLine.parse(lines.get(i), i + 1, dev.get() + ":" + (i + 1));
                gold.put(doc.id(), doc);
            }
        }
        predicted = new LinkedHashMap<>();
        extractions = new LinkedHashMap<>();
        for (GoldDoc doc : gold.values()) {
            Extraction x = ENGINE.extract(Article.ofText(doc.id(), doc.text()));
            extractions.put(doc.id(), x);
            predicted.put(doc.id(), PredDoc.of(doc.id(), x));
        }
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = PolnearRatchetTest.class.getResourceAsStream("baseline.json")) {
            return ExtractionJson.mapper().readTree(in);
        }
    }

    static Stream<String> settings() throws IOException {
        List<String> names = new ArrayList<>();
        baseline().get("settings").forEach(s -> names.add(s.get("name").asText()));
        return names.stream();
    }

    @Test
    void the_gold_file_is_the_one_the_baseline_was_recorded_on() {
        assertThat(gold).as("documents in polnear.dev.jsonl; re-record baseline.json if the gold file changed")
                .hasSize(baseline.get("documents").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void no_figure_falls_below_its_baseline(String name) {
        JsonNode setting = setting(name);
        Figures f = new Scorer(types(setting.get("types")), types(setting.get("predTypes")), Scorer.DEFAULT_COVER)
                .score(gold, predicted).figures();
        System.out.println("PolNeAR dev, " + name + ": " + f.scorerLine());
        assertThat(f.gold()).as("gold quotes scored").isEqualTo(setting.get("gold").asInt());
        double tolerance = baseline.get("tolerance").asDouble();
        assertThat(f.f1()).as(name + " quote F1").isGreaterThanOrEqualTo(setting.get("F1").asDouble() - tolerance);
        assertThat(f.speakerAccuracy()).as(name + " speaker accuracy")
                .isGreaterThanOrEqualTo(setting.get("speaker_acc").asDouble() - tolerance);
        assertThat(f.e2eF1()).as(name + " end-to-end F1").isGreaterThanOrEqualTo(setting.get("e2e_F1").asDouble() - tolerance);
    }

    @Test
    void every_extraction_keeps_the_invariants() {
        for (GoldDoc doc : gold.values()) {
            Invariants.check(extractions.get(doc.id()), doc.text());
        }
    }

    private static JsonNode setting(String name) {
        for (JsonNode s : baseline.get("settings")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no setting " + name + " in baseline.json");
    }

    private static Set<String> types(JsonNode list) {
        return new LinkedHashSet<>(List.of(list.asText().split(",")));
    }
}
