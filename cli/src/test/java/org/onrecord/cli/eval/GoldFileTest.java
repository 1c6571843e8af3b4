package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.cli.UserError;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldQuote;
import org.onrecord.eval.Span;

class GoldFileTest {
    static final String GOOD = "{\"id\":\"a\",\"text\":\"“Hi there,” Kim said.\",\"quotes\":[{\"start\":1,\"end\":10,"
            + "\"text\":\"Hi there,\",\"type\":\"direct\",\"speaker\":\"Kim\",\"speaker_start\":12,\"speaker_end\":15}]}";

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path p = dir.resolve("gold.jsonl");
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aGoodFileIsReadWithCodePointOffsets() throws IOException {
        Map<String, GoldDoc> docs = GoldFile.read(write(GOOD, "", GOOD.replace("\"a\"", "\"b\"")));
        assertThat(docs).containsOnlyKeys("a", "b");
        GoldQuote q = docs.get("a").quotes().get(0);
        assertThat(q).isEqualTo(new GoldQuote(1, 10, "Hi there,", "direct", "Kim", 12, 15, java.util.List.of()));
        assertThat(docs.get("b").line()).isEqualTo(3);
    }

    @Test
    void invalidJsonIsReportedWithItsLine() throws IOException {
        Path p = write(GOOD, "{\"id\": \"b\", \"text\": ");
        assertThatThrownBy(() -> GoldFile.read(p)).isInstanceOf(UserError.class)
                .hasMessageContaining(p + ":2: invalid JSON");
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        Path p = write("{\"id\":\"a\",\"quotes\":[]}", "{\"id\":\"b\",\"text\":\"x\"}",
                GOOD.replace("\"start\":1,", ""), GOOD.replace("\"type\":\"direct\"", "\"type\":\"quoted\""));
        assertThatThrownBy(() -> GoldFile.read(p)).isInstanceOf(UserError.class)
                .hasMessageContaining("4 bad line(s)")
                .hasMessageContaining(p + ":1: field \"text\" is required")
                .hasMessageContaining(p + ":2: field \"quotes\" is required")
                .hasMessageContaining(p + ":3: quotes[0]: field \"start\" is required")
                .hasMessageContaining(p + ":4: quotes[0].type: must be \"direct\", \"mixed\", \"indirect\" or \"stance\"");
    }

    @Test
    void aStanceIsAGoldType() throws IOException {
        Map<String, GoldDoc> docs = GoldFile.read(write(GOOD.replace("\"type\":\"direct\"", "\"type\":\"stance\"")));
        assertThat(docs.get("a").quotes().get(0).type()).isEqualTo("stance");
    }

    @Test
    void anOffsetPastTheEndOfTheTextIsOutOfRange() throws IOException {
        Path p = write(GOOD.replace("\"end\":10", "\"end\":40"));
        assertThatThrownBy(() -> GoldFile.read(p))
                .hasMessageContaining(p + ":1: quotes[0].end: 40 is out of range (the text has 21 code points)");
    }

    @Test
    void offsetsCountCodePointsSoAnEmojiIsOne() throws IOException {
        // 22 code points but 23 UTF-16 units: an end of 23 fits the Java string yet is past the text.
        String emoji = GOOD.replace("Kim said.", "Kim said.😀").replace("\"end\":10", "\"end\":23");
        assertThatThrownBy(() -> GoldFile.read(write(emoji))).hasMessageContaining("23 is out of range (the text has 22 code points)");
        assertThat(GoldFile.read(write(emoji.replace("\"end\":23", "\"end\":22"))).get("a").quotes().get(0).end()).isEqualTo(22);
    }

    @Test
    void anEndBeforeItsStartIsRefused() throws IOException {
        Path p = write(GOOD.replace("\"start\":1", "\"start\":11"));
        assertThatThrownBy(() -> GoldFile.read(p)).hasMessageContaining(":1: quotes[0]: end 10 is before start 11");
    }

    @Test
    void aSpeakerSpanNeedsBothEnds() throws IOException {
        Path p = write(GOOD.replace(",\"speaker_end\":15", ""));
        assertThatThrownBy(() -> GoldFile.read(p)).hasMessageContaining("give both speaker_start and speaker_end");
    }

    @Test
    void fragmentsMustBePairsInsideTheText() throws IOException {
        Path p = write(GOOD.replace("\"type\"", "\"fragments\":[[1,4],[5]],\"type\""));
        assertThatThrownBy(() -> GoldFile.read(p)).hasMessageContaining(":1: quotes[0].fragments[1]: must be a [start, end] pair");
        Path ok = write(GOOD.replace("\"type\"", "\"fragments\":[[1,3],[4,9]],\"type\""));
        assertThat(GoldFile.read(ok).get("a").quotes().get(0).scoredSpans()).containsExactly(new Span(1, 3), new Span(4, 9));
    }

    @Test
    void aMissingFileOrAnEmptyFileIsAClearError() throws IOException {
        assertThatThrownBy(() -> GoldFile.read(dir.resolve("nope.jsonl"))).hasMessageEndingWith("nope.jsonl: no such file");
        Path empty = write("");
        assertThatThrownBy(() -> GoldFile.read(empty)).hasMessageContaining("no documents");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLineAndByteAndTheLinesAfterThemAreChecked() throws IOException {
        Path p = dir.resolve("latin1.jsonl");
        Files.write(p, (GOOD + "\n{\"id\":\"caf\u00e9\"}\n{\"id\": \"b\", \"text\": \n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> GoldFile.read(p)).hasMessageContaining("2 bad line(s)")
                .hasMessageContaining(p + ":2: invalid UTF-8 at byte " + (GOOD.getBytes(StandardCharsets.ISO_8859_1).length + 11))
                .hasMessageContaining(p + ":3: invalid JSON");
    }
}
