package org.onrecord.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.onrecord.model.Extraction;

/**
 * The engine's JSON: {@link Extraction} to and from the documented schema ({@code docs/SCHEMA.md}).
 * One mapper, built once and shared: it is thread-safe once configured.
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private ExtractionJson() {}

    /** The shared mapper, for callers that read or write other JSON alongside extractions. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, for JSONL output. */
    public static String toLine(Extraction extraction) {
        return write(COMPACT, extraction);
    }

    /** Indented JSON, for people to read. */
    public static String toPrettyJson(Extraction extraction) {
        return write(PRETTY, extraction);
    }

    /** Streams indented JSON to a writer, without building the whole document as one string. */
    public static void writePretty(java.io.Writer out, Extraction extraction) {
        try {
            PRETTY.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, extraction);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Extraction fromJson(String json) {
        try {
            return MAPPER.readValue(json, Extraction.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an onrecord extraction: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectWriter writer, Extraction extraction) {
        try {
            return writer.writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
