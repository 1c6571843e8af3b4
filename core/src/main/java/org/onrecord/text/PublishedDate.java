package org.onrecord.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's date as ISO 8601, or null. Pages write dates in many forms ({@code 2024-03-05T14:30:00+0100},
 * {@code 2024-03-05 14:30}, {@code Tue, 05 Mar 2024 14:30:00 GMT}, {@code March 5, 2024}); the store and
 * the Spark tables read the day from the first ten characters, so every form becomes {@code YYYY-MM-DD},
 * {@code YYYY-MM-DDThh:mm:ss} or the same with its offset. Anything else is no date: a page's bad date
 * is dropped, never an error.
 */
final class PublishedDate {
    /** ISO-like: a date, then optionally a time with optional fraction and zone (Z, +01:00, +0100, +01). */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            form("MMMM d, uuuu"), form("MMM d, uuuu"), form("d MMMM uuuu"), form("d MMM uuuu"),
            form("MMMM d uuuu"), form("MMM. d, uuuu"));
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2200;

    private PublishedDate() {}

    private static DateTimeFormatter form(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 64) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(v);
            if (m.lookingAt() && m.end() == v.length()) {
                return iso(m);
            }
            return written(v);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String iso(Matcher m) {
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (!plausible(day)) {
            return null;
        }
        if (m.group(4) == null) {
            return day.toString();
        }
        LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        String zone = m.group(7);
        if (zone == null) {
            return time.format(LOCAL);
        }
        return OffsetDateTime.of(time, offset(zone)).format(OFFSET);
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        return zone.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    private static String written(String v) {
        String cleaned = v.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                if (f == DateTimeFormatter.RFC_1123_DATE_TIME) {
                    ZonedDateTime t = ZonedDateTime.parse(cleaned, f);
                    return plausible(t.toLocalDate()) ? t.toOffsetDateTime().format(OFFSET) : null;
                }
                LocalDate day = LocalDate.parse(cleaned, f);
                return plausible(day) ? day.toString() : null;
            } catch (DateTimeParseException e) {
                // not this form: try the next
            }
        }
        return null;
    }

    private static boolean plausible(LocalDate day) {
        int year = day.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
