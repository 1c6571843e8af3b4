package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine found in one article. All offsets are Unicode code points into the
 * article's text: the input text exactly as given, or for HTML input the extracted {@link #text()}.
 *
 * @param schema the version of this document's shape, {@value #SCHEMA}
 * @param text the extracted text for HTML input; null for plain-text input (offsets then point
 *     into the caller's own text)
 */
public record Extraction(
        String schema,
        String id,
        String url,
        String published,
        String outlet,
        @JsonInclude(JsonInclude.Include.NON_NULL) String title,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text,
        List<Quote> quotes,
        List<Person> people,
        List<Organisation> organisations,
        List<Boilerplate> boilerplate) {
    public static final String SCHEMA = "onrecord/2";

    /**
     * Whether a document of {@code schema} reads as this record: version 2 only added to version 1
     * (stances, act, target, polarity, shape), so both read.
     */
    public static boolean readable(String schema) {
        return SCHEMA.equals(schema) || "onrecord/1".equals(schema);
    }

    public Extraction {
        Objects.requireNonNull(schema, "schema");
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        boilerplate = List.copyOf(boilerplate);
    }

    /** This extraction with its text field set (HTML input) or cleared (plain text). */
    public Extraction withText(String newText) {
        return new Extraction(schema, id, url, published, outlet, title, newText, quotes, people, organisations,
                boilerplate);
    }

    /** This extraction without the quotes whose confidence is below {@code min}. */
    public Extraction atLeast(double min) {
        if (min <= 0) {
            return this;
        }
        List<Quote> kept = quotes.stream().filter(q -> q.confidence() >= min).toList();
        return new Extraction(schema, id, url, published, outlet, title, text, kept, people, organisations, boilerplate);
    }

    /** The person with this id, or null. */
    public Person person(String personId) {
        for (Person person : people) {
            if (person.id().equals(personId)) {
                return person;
            }
        }
        return null;
    }
}
