package org.onrecord.cli;

import java.util.Locale;
import org.onrecord.store.ExportWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code search --format} prints: pages of results to read, or every result as a file to take elsewhere. */
enum OutputFormat {
    TABLE(null),
    CSV(ExportWriter.Format.CSV),
    JSONL(ExportWriter.Format.JSONL);

    private final ExportWriter.Format export;

    OutputFormat(ExportWriter.Format export) {
        this.export = export;
    }

    /** The export format, or null for the readable table. */
    ExportWriter.Format export() {
        return export;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the name in any case, and says which names there are for any other. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : values()) {
                if (f.label().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException("expected table, csv or jsonl, got \"" + value + "\"");
        }
    }
}
