package org.onrecord.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a day as ISO 8601 ({@code 2024-06-01}), saying which form it takes when given another ("June"). */
final class Dates implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("expected a day as YYYY-MM-DD (2024-06-01), got \"" + value + "\"");
        }
    }
}
