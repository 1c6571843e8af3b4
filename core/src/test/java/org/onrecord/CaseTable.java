package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stage's case table: a UTF-8 TSV test resource with one expected result a row, read by one
 * parameterized test (after jsoup's regression data files). Each file's header comment gives its
 * columns' meaning; what every table shares:
 *
 * <ul>
 *   <li>lines starting with {@code #} are comments, blank lines are skipped, and the first other
 *       line names the columns;
 *   <li>in a cell, {@code \n} is a newline, {@code \t} a tab and {@code \\} a backslash;
 *   <li>an empty cell is not checked, {@code -} means none (no value, null), and {@code !x} means
 *       anything but {@code x};
 *   <li>the rows that share a text list everything the stage finds in it, in text order.
 * </ul>
 */
public final class CaseTable {
    /** Written for a cell that means "none". */
    public static final String NONE = "-";

    private CaseTable() {}

    /** One row: its cells by column name, and the line it was read from. */
    public record Row(String file, int line, Map<String, String> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        /** The cell, or null when it is empty (not checked). */
        public String get(String column) {
            if (!cells.containsKey(column)) {
                throw new IllegalArgumentException(file + " has no column " + column);
            }
            String v = cells.get(column);
            return v.isEmpty() ? null : v;
        }

        /** Checks {@code actual} against the cell: unchecked when empty, null when "-", anything but X when "!X", else equal. */
        public void check(String column, Object actual) {
            String expected = get(column);
            if (expected == null) {
                return;
            }
            String found = actual == null ? null : actual.toString();
            if (expected.startsWith("!")) {
                assertThat(found).as("%s of %s", column, this).isNotEqualTo(expected.substring(1));
            } else {
                assertThat(found).as("%s of %s", column, this).isEqualTo(NONE.equals(expected) ? null : expected);
            }
        }

        @Override
        public String toString() {
            String provenance = cells.get("provenance");
            return file + ":" + line + (provenance == null || provenance.isEmpty() ? "" : " " + provenance);
        }
    }

    /** Reads a table next to {@code owner}'s class in the test resources. */
    public static List<Row> read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            Objects.requireNonNull(in, () -> name + " not found beside " + owner.getName());
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(String file, String content) {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.length != header.length) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + cells.length + " cells, the header names "
                        + header.length);
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                byName.put(header[c], unescape(cells[c], file + ":" + (i + 1)));
            }
            rows.add(new Row(file, i + 1, byName));
        }
        return rows;
    }

    /** The rows that share {@code row}'s text, in file order. */
    public static List<Row> sameText(List<Row> rows, Row row) {
        return rows.stream().filter(r -> r.get("text").equals(row.get("text"))).toList();
    }

    /** The expected values of {@code column} over the rows of one text; empty when the text's one row says "-". */
    public static List<String> expected(List<Row> textRows, String column) {
        if (textRows.size() == 1 && NONE.equals(textRows.get(0).get(column))) {
            return List.of();
        }
        return textRows.stream().map(r -> r.get(column)).toList();
    }

    static String unescape(String cell, String where) {
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = i + 1 < cell.length() ? cell.charAt(i + 1) : ' ';
            switch (next) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '\\' -> sb.append('\\');
                default -> throw new IllegalArgumentException(where + ": unknown escape \\" + next + " (use \\n, \\t or \\\\)");
            }
            i++;
        }
        return sb.toString();
    }
}
