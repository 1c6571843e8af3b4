package org.onrecord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.onrecord.model.Article;

/**
 * Property-based fuzzing of the corpus readers (issue #12): {@link Utf8Lines} reads any bytes into
 * numbered lines, each either text or one error, and gives back exactly the lines that were written;
 * {@link ArticleJson} answers any line with an article or its documented {@link BadInputException}.
 * See {@code EngineFuzzTest} and docs/FUZZING.md for how the tries are set.
 */
class ReadersFuzzTest {
    /** The longest input tried, in bytes or UTF-16 units; the long run raises it. */
    private static final int MAX_SIZE = Integer.getInteger("onrecord.fuzz.maxBytes", 20_000);

    @Property
    void any_bytes_read_as_numbered_lines_each_text_or_one_error(@ForAll("bytes") byte[] bytes) throws IOException {
        // a UTF-16 or UTF-32 byte order mark makes the reader decode wide text, whose newlines are not
        // single 0x0A bytes: this byte-counting model holds for the rest (wide text has its own tests)
        Assume.that(!startsWithWideBom(bytes));
        List<Utf8Lines.Line> lines = readAll(bytes);
        for (int i = 0; i < lines.size(); i++) {
            Utf8Lines.Line line = lines.get(i);
            assertThat(line.number()).isEqualTo(i + 1);
            assertThat(line.offset()).isBetween(0L, (long) bytes.length);
            assertThat(line.text() == null).as("line %d: text or error, not both", i + 1).isNotEqualTo(line.error() == null);
            if (line.error() != null) {
                assertThat(line.error()).startsWith("fuzz:" + (i + 1) + ": ");
            }
        }
        long newlines = count(bytes, (byte) '\n');
        boolean open = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
        assertThat((long) lines.size()).isEqualTo(newlines + (open ? 1 : 0));
    }

    /**
     * Each UTF-8 line is decoded as a strict decoder decodes it on its own, to the same text or to the
     * same error at the same byte: Utf8Lines takes String's decoder first and the strict one only for
     * a line with U+FFFD, and this holds the two equal (with real U+FFFDs and any bad bytes).
     */
    @Property
    void utf8_lines_decode_as_a_strict_decoder_decodes_them(@ForAll("utf8ish") byte[] bytes) throws IOException {
        Assume.that(!startsWithWideBom(bytes) && !(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF));
        List<Utf8Lines.Line> lines = readAll(bytes);
        int from = 0;
        for (Utf8Lines.Line line : lines) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') {
                to++;
            }
            int stop = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
            java.nio.charset.CharsetDecoder strict = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, from, stop - from);
            try {
                assertThat(line.text()).isEqualTo(strict.decode(in).toString());
            } catch (java.nio.charset.CharacterCodingException e) {
                assertThat(line.text()).isNull();
                assertThat(line.error()).startsWith("fuzz:" + line.number() + ": invalid UTF-8 at byte ");
            }
            from = to + 1;
        }
        // the error's byte, against the old decoder's: one line with a bad byte after good ones
        byte[] bad = "ok “x”\nab\u00e9\uFFFDc".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withError = Arrays.copyOf(bad, bad.length + 2);
        withError[bad.length] = (byte) 0xC3;
        withError[bad.length + 1] = 'z';
        List<Utf8Lines.Line> two = readAll(withError);
        assertThat(two.get(0).text()).isEqualTo("ok “x”");
        assertThat(two.get(1).error()).isEqualTo("fuzz:2: invalid UTF-8 at byte " + bad.length);
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(200).withLengthDistribution(RandomDistribution.biased());
        Arbitrary<byte[]> good = text.list().ofMaxSize(8).map(l -> String.join("\n", l).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> mixed = Arbitraries.oneOf(good, bytes().filter(b -> b.length < 2_000), Arbitraries.just(new byte[] {(byte) 0xEF,
                (byte) 0xBF, (byte) 0xBD, '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        return mixed.list().ofMaxSize(4).map(parts -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.writeBytes(p);
            }
            return out.toByteArray();
        });
    }

    private static boolean startsWithWideBom(byte[] b) {
        return b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF;
    }

    @Property
    void lines_written_as_utf8_are_read_back_as_written(@ForAll("lineLists") List<String> written) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> expected = new ArrayList<>();
        for (String line : written) {
            byte[] encoded = line.getBytes(StandardCharsets.UTF_8); // a lone surrogate is written as '?'
            out.writeBytes(encoded);
            out.write('\n');
            String back = new String(encoded, StandardCharsets.UTF_8);
            expected.add(back.endsWith("\r") ? back.substring(0, back.length() - 1) : back);
        }
        List<Utf8Lines.Line> lines = readAll(out.toByteArray());
        assertThat(lines).extracting(Utf8Lines.Line::text).containsExactlyElementsOf(expected);
    }

    @Property
    void any_line_is_an_article_or_bad_input(@ForAll("jsonish") String line) {
        Throwable thrown = catchThrowable(() -> {
            Article article = ArticleJson.parse(line, "fuzz:1");
            assertThat(article).isNotNull();
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(BadInputException.class).hasMessageStartingWith("fuzz:1");
        }
        ArticleJson.idOf(line); // never throws: error records are written with it
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '\n', (byte) '\r', (byte) 0, (byte) 0x80, (byte) 0xC0,
                (byte) 0xC3, (byte) 0xE2, (byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0xF8, (byte) 0xFF, (byte) 'a',
                (byte) '{', (byte) '"');
        Arbitrary<Byte> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.bytes()),
                net.jqwik.api.Tuple.of(1, interesting));
        return any.array(byte[].class).ofMaxSize(MAX_SIZE).withSizeDistribution(RandomDistribution.biased());
    }

    @Provide
    Arbitrary<List<String>> lineLists() {
        return Arbitraries.strings().all().ofMaxLength(MAX_SIZE).withLengthDistribution(RandomDistribution.biased())
                .filter(s -> s.indexOf('\n') < 0).list().ofMaxSize(20);
    }

    /** Lines that are, or nearly are, articles: JSON pieces glued together, nesting deep, and any string. */
    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> piece = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"id\"", "\"text\"", "\"html\"",
                "\"url\"", "\"date\"", "\"title\"", "\"x\"", "\"\\u201Cx\\u201D\"", "\"\\ud800\"", "\"\\u0000\"", "\"\\",
                "null", "true", "1", "-0.5e999", "1e99999999", "\"", " ", "\n", "\u0000", "\uD800", "\u201C");
        Arbitrary<String> glued = piece.list().ofMaxSize(40).map(p -> String.join("", p));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 5_000).withDistribution(RandomDistribution.biased())
                .map(n -> "{\"id\":\"d\",\"text\":" + "[".repeat(n) + "\"x\"" + "]".repeat(n) + "}");
        Arbitrary<String> article = Arbitraries.strings().all().ofMaxLength(500)
                .map(s -> "{\"id\":\"a\",\"text\":" + quoted(s) + "}");
        return Arbitraries.oneOf(glued, deep, article, Arbitraries.strings().all().ofMaxLength(500));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<Utf8Lines.Line> readAll(byte[] bytes) throws IOException {
        List<Utf8Lines.Line> lines = new ArrayList<>();
        try (Utf8Lines reader = new Utf8Lines(new ByteArrayInputStream(bytes), "fuzz")) {
            for (Utf8Lines.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static long count(byte[] bytes, byte b) {
        long n = 0;
        for (byte x : bytes) {
            n += x == b ? 1 : 0;
        }
        return n;
    }
}
