package org.onrecord.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
    @Test
    void an_invalid_line_in_the_middle_is_one_bad_line_with_its_number_and_byte_and_the_rest_read_on() throws IOException {
        byte[] input = bytes("{\"id\":\"a\"}\n", "{\"id\":\"b\"}\r\n", "{\"id\":\"", new byte[] {(byte) 0xC3, '('},
                "\"}\n", "\n", "{\"id\":\"é\"}");

        List<Utf8Lines.Line> lines = all(new ByteArrayInputStream(input));

        assertThat(lines).extracting(Utf8Lines.Line::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines).extracting(Utf8Lines.Line::text)
                .containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}", null, "", "{\"id\":\"é\"}");
        assertThat(lines.get(2).error()).isEqualTo("c.jsonl:3: invalid UTF-8 at byte 30");
        assertThat(input[30]).isEqualTo((byte) 0xC3);
        assertThat(lines).extracting(Utf8Lines.Line::offset).containsExactly(0L, 11L, 23L, 35L, 36L);
    }

    @Test
    void lines_longer_than_the_read_buffer_and_split_across_reads_come_whole() throws IOException {
        String longLine = "x".repeat(200_000) + "ü";
        InputStream trickle = new ByteArrayInputStream(bytes(longLine + "\nend\n")) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1000)); // a pipe gives what it has
            }
        };

        assertThat(all(trickle)).extracting(Utf8Lines.Line::text).containsExactly(longLine, "end");
    }

    @Test
    void a_byte_order_mark_is_no_part_of_the_first_line_and_a_final_newline_starts_no_line() throws IOException {
        List<Utf8Lines.Line> lines = all(new ByteArrayInputStream(bytes("\uFEFF{}\n\uFEFF{}\n")));

        assertThat(lines).extracting(Utf8Lines.Line::text).containsExactly("{}", "\uFEFF{}");
    }

    @Test
    void a_truncated_sequence_at_the_very_end_is_reported() throws IOException {
        List<Utf8Lines.Line> lines = all(new ByteArrayInputStream(bytes("ok\n", new byte[] {'x', (byte) 0xE2, (byte) 0x80})));

        assertThat(lines).extracting(Utf8Lines.Line::error).containsExactly(null, "c.jsonl:2: invalid UTF-8 at byte 4");
    }

    @Test
    void a_line_over_the_limit_is_one_bad_line_read_past_without_being_kept_and_the_next_line_reads_on() throws IOException {
        long huge = (1L << 31) + 10; // longer than any Java array: kept, it could not be read at all
        InputStream in = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(bytes("first\n")), new Repeat('x', huge), new ByteArrayInputStream(bytes("\nlast\n")))));

        List<Utf8Lines.Line> lines = new ArrayList<>();
        try (Utf8Lines reader = new Utf8Lines(in, "c.jsonl", 1 << 20)) {
            for (Utf8Lines.Line l = reader.next(); l != null; l = reader.next()) {
                lines.add(l);
            }
        }

        assertThat(lines).extracting(Utf8Lines.Line::text).containsExactly("first", null, "last");
        assertThat(lines.get(1).error())
                .isEqualTo("c.jsonl:2: line of " + huge + " bytes is over the 1048576-byte limit (--max-line-bytes)");
        assertThat(lines).extracting(Utf8Lines.Line::offset).containsExactly(0L, 6L, 6L + huge + 1);
    }

    @Test
    void a_line_exactly_at_the_limit_is_kept() throws IOException {
        try (Utf8Lines reader = new Utf8Lines(new ByteArrayInputStream(bytes("12345\n123456\n")), "c.jsonl", 5)) {
            assertThat(reader.next().text()).isEqualTo("12345");
            assertThat(reader.next().error()).isEqualTo("c.jsonl:2: line of 6 bytes is over the 5-byte limit (--max-line-bytes)");
            assertThat(reader.next()).isNull();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8"})
    void text_with_a_byte_order_mark_is_decoded_in_its_encoding_even_a_byte_at_a_time(String encoding) throws IOException {
        java.nio.charset.Charset cs = java.nio.charset.Charset.forName(encoding);
        byte[] input = "\uFEFF{\"id\":\"é\"}\r\nsecond \uD83D\uDE00\n\nlast".getBytes(cs);
        InputStream trickle = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1)); // every unit split across reads
            }
        };

        List<Utf8Lines.Line> lines = all(trickle);

        assertThat(lines).extracting(Utf8Lines.Line::text).containsExactly("{\"id\":\"é\"}", "second \uD83D\uDE00", "", "last");
        int unit = "\n".getBytes(cs).length;
        long second = "\uFEFF{\"id\":\"é\"}\r\n".getBytes(cs).length;
        assertThat(lines.get(1).offset()).isEqualTo(second);
        assertThat(lines.get(2).offset()).isEqualTo(second + "second \uD83D\uDE00".getBytes(cs).length + unit);
    }

    @Test
    void a_bad_line_in_utf16_is_one_bad_line_named_by_its_encoding_and_byte() throws IOException {
        byte[] input = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "ok\n".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x00, (byte) 0xD8, 'x', 0, '\n', 0}, "fine".getBytes(StandardCharsets.UTF_16LE));

        List<Utf8Lines.Line> lines = all(new ByteArrayInputStream(input));

        assertThat(lines).extracting(Utf8Lines.Line::text).containsExactly("ok", null, "fine");
        assertThat(lines.get(1).error()).isEqualTo("c.jsonl:2: invalid UTF-16LE at byte 8"); // the lone high surrogate
    }

    /** {@code count} copies of one byte, made as they are read. */
    private static final class Repeat extends InputStream {
        private final byte value;
        private long left;

        Repeat(char value, long count) {
            this.value = (byte) value;
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }

    private static List<Utf8Lines.Line> all(InputStream in) throws IOException {
        List<Utf8Lines.Line> lines = new ArrayList<>();
        try (Utf8Lines reader = new Utf8Lines(in, "c.jsonl")) {
            for (Utf8Lines.Line l = reader.next(); l != null; l = reader.next()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof byte[] b ? b : p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
