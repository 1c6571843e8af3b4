package org.onrecord.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
