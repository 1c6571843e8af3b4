package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.cli.CliRun;
import org.onrecord.json.ExtractionJson;

class EvalCommandTest {
    /** Two short articles the test writes; gold offsets are computed from the text. */
    static final String TEXT_A = "The council met on Monday.\n\n“We cannot wait another year,” said Maria Okafor, "
            + "the transport minister.\n\nShe said the plan was late.";
    static final String TEXT_B = "Tom Brennan, a spokesperson for the union, said: “This is the right thing to do.”";

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static String goldLine(String id, String text, List<String[]> quotes) {
        var node = ExtractionJson.mapper().createObjectNode();
        node.put("id", id);
        node.put("text", text);
        var array = node.putArray("quotes");
        for (String[] q : quotes) {
            var o = array.addObject();
            o.put("start", Offsets.at(text, q[0]));
            o.put("end", Offsets.end(text, q[0]));
            o.put("text", q[0]);
            o.put("type", q[1]);
            o.put("speaker", q[2]);
            o.put("speaker_start", Offsets.at(text, q[2]));
            o.put("speaker_end", Offsets.end(text, q[2]));
        }
        return node.toString();
    }

    Path gold() throws IOException {
        Path p = dir.resolve("gold.jsonl");
        Files.writeString(p, goldLine("a", TEXT_A, List.of(
                        new String[] {"We cannot wait another year,", "direct", "Maria Okafor"},
                        new String[] {"the plan was late", "indirect", "She"}))
                + "\n" + goldLine("b", TEXT_B, List.<String[]>of(new String[] {"This is the right thing to do.", "direct", "Tom Brennan"}))
                + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void evalPrintsTheScorersFiguresForTheEngineOnAGoldFile() throws IOException {
        CliRun r = run("eval", "--gold", gold().toString(), "--types", "direct");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("score.py: gold=2 pred=2 P=1.0 R=1.0 F1=1.0 speaker_acc=1.0 speaker_n=2")
                .contains("By gold type").contains("By attribution rule").contains("trailing-cue")
                .contains("Missed quotes (0");
    }

    @Test
    void evalBreaksTheScoreDownByRuleAndShapeInTextAndJson() throws IOException {
        Path breakdown = dir.resolve("breakdown.json");
        CliRun r = run("eval", "--gold", gold().toString(), "--types", "direct,mixed,indirect", "--breakdown",
                breakdown.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("By rule and shape").containsPattern("reported-clause/clause-after-cue +1 +1.0000");
        JsonNode json = ExtractionJson.mapper().readTree(Files.readString(breakdown));
        assertThat(json.get("by_rule").findValuesAsText("rule")).contains("reported-clause", "trailing-cue");
        assertThat(json.get("by_shape").findValuesAsText("rule")).contains("reported-clause/clause-after-cue", "trailing-cue");
    }

    @Test
    void evalWithoutAShapeScoresTheEngineWithThatShapeSwitchedOff() throws IOException {
        Path gold = gold();
        CliRun shipped = run("eval", "--gold", gold.toString(), "--types", "direct,mixed,indirect", "--json");
        CliRun without = run("eval", "--gold", gold.toString(), "--types", "direct,mixed,indirect", "--json",
                "--without", "clause-after-cue");
        assertThat(shipped.out()).startsWith("{\"gold\": 3, \"pred\": 3, \"P\": 1.0");
        assertThat(without.out()).startsWith("{\"gold\": 3, \"pred\": 2, \"P\": 1.0");
        CliRun text = run("eval", "--gold", gold.toString(), "--without", "clause-after-cue");
        assertThat(text.out()).contains("predictions: onrecord engine without clause-after-cue");
    }

    @Test
    void evalRefusesWithoutForPredictionsMadeAlready() throws IOException {
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(pred, "{\"id\":\"a\",\"quotes\":[]}\n");
        CliRun r = run("eval", "--gold", gold().toString(), "--from", pred.toString(), "--without", "in-poll");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--without").contains("--from");
    }

    @Test
    void evalWritesPredictionsInTheScorersFormatAndScoresThemBackTheSame() throws IOException {
        Path gold = gold();
        Path pred = dir.resolve("pred.jsonl");
        CliRun first = run("eval", "--gold", gold.toString(), "--predictions", pred.toString(), "--json");
        List<String> lines = Files.readAllLines(pred);
        assertThat(lines).hasSize(2);
        JsonNode q = ExtractionJson.mapper().readTree(lines.get(0)).get("quotes").get(0);
        assertThat(q.get("speaker").get("name").asText()).isEqualTo("Maria Okafor");
        assertThat(q.get("speaker").get("mention").get("text").asText()).isEqualTo("Maria Okafor");
        assertThat(q.get("rule").asText()).isEqualTo("trailing-cue");
        CliRun again = run("eval", "--gold", gold.toString(), "--from", pred.toString(), "--json");
        assertThat(again.out()).isEqualTo(first.out()).startsWith("{\"gold\": 2, \"pred\": 2, \"P\": 1.0");
    }

    @Test
    void evalListsMissedExtraAndWrongSpeakerQuotesWithContext() throws IOException {
        Path gold = gold();
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(pred, "{\"id\":\"a\",\"quotes\":[{\"start\":0,\"end\":26,\"type\":\"direct\",\"speaker\":null},"
                + "{\"start\":" + Offsets.at(TEXT_A, "We cannot") + ",\"end\":" + Offsets.end(TEXT_A, "another year")
                + ",\"type\":\"direct\",\"speaker\":\"Tom Brennan\",\"rule\":\"nearest-person\"}]}\n");
        CliRun r = run("eval", "--gold", gold.toString(), "--from", pred.toString(), "--types", "direct");
        assertThat(r.out()).contains("gold=2 pred=2 P=0.5 R=0.5 F1=0.5 speaker_acc=0.0 speaker_n=1")
                .contains("missing_docs=1")
                .contains("MISSED  b (line 2)").contains("[[This is the right thing to do.]]")
                .contains("EXTRA   a (line 1)").contains("[[The council met on Monday.]]")
                .contains("SPEAKER a (line 1) gold \"Maria Okafor\", predicted \"Tom Brennan\", rule nearest-person");
    }

    @Test
    void evalWritesAnHtmlPageWithBothSidesMarked() throws IOException {
        Path html = dir.resolve("report.html");
        CliRun r = run("eval", "--gold", gold().toString(), "--html", html.toString(), "--errors", "0");
        assertThat(r.exit()).isZero();
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
                .contains("<h3>Gold</h3>").contains("<h3>Predicted</h3>")
                .contains("<span class=\"found\">We cannot wait another year,</span>")
                .contains("<span class=\"right\">We cannot wait another year")
                .contains("— Maria Okafor · trailing-cue")
                .contains("0 missed, 0 extra, wrong speaker on 0 gold and 0 predicted");
    }

    @Test
    void aBadGoldFileStopsWithTheLineNamed() throws IOException {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, goldLine("b", TEXT_B, List.of()) + "\n{not json\n");
        CliRun r = run("eval", "--gold", gold.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(gold + ":2: invalid JSON");
    }

    @Test
    void anUnknownQuoteTypeIsRefused() throws IOException {
        CliRun r = run("eval", "--gold", gold().toString(), "--types", "direct,quoted");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--types: unknown quote type 'quoted'");
    }

    @Test
    void actsScoreOnlyReportedQuotesOfThoseActsAndAnUnknownActIsRefused() throws IOException {
        Path gold = dir.resolve("acts.jsonl");
        String text = "Maria Okafor said the plan was late. Tom Brennan fears the budget will slip.";
        var node = ExtractionJson.mapper().readTree(goldLine("c", text, List.of(
                new String[] {"the plan was late", "indirect", "Maria Okafor"},
                new String[] {"the budget will slip", "indirect", "Tom Brennan"})));
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("quotes").get(0)).put("act", "speech");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("quotes").get(1)).put("act", "thought");
        Files.writeString(gold, node + "\n", StandardCharsets.UTF_8);
        CliRun all = run("eval", "--gold", gold.toString(), "--types", "indirect", "--json");
        CliRun speech = run("eval", "--gold", gold.toString(), "--types", "indirect", "--acts", "speech", "--json");
        assertThat(all.out()).as(all.err()).startsWith("{\"gold\": 2,");
        assertThat(speech.out()).as(speech.err()).startsWith("{\"gold\": 1, \"pred\": 1,");
        CliRun bad = run("eval", "--gold", gold.toString(), "--acts", "speech,rumour");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--acts: unknown act 'rumour'");
    }
}
