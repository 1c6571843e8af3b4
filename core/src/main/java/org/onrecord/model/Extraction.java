package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine found in one article. All offsets are Unicode code points into the
 * article's text: the input text exactly as given, or for HTML input the extracted {@link #text()}.
 *
 * @param schema the version of this document's shape, {@value #SCHEMA}
 * @param url the caller's, else the page's canonical address
 * @param published the caller's, else the page's publication time (ISO 8601)
 * @param outlet the caller's, else the page's site name
 * @param authors the page's authors, in its order; empty when it names none and for plain text
 * @param language the page's language as a BCP 47 tag, or null
 * @param title the page's headline; absent for plain text
 * @param text the extracted text for HTML input; null for plain-text input (offsets then point
 *     into the caller's own text)
 */
public record Extraction(
        String schema,
        String id,
        String url,
        String published,
        String outlet,
        List<String> authors,
        String language,
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
        // absent from documents written before authors were read: an onrecord/2 document still reads
        authors = authors == null ? List.of() : List.copyOf(authors);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        boilerplate = List.copyOf(boilerplate);
    }

    /** An extraction that says nothing of authors or language, as before they were read from pages. */
    public Extraction(String schema, String id, String url, String published, String outlet, String title, String text,
            List<Quote> quotes, List<Person> people, List<Organisation> organisations, List<Boilerplate> boilerplate) {
        this(schema, id, url, published, outlet, List.of(), null, title, text, quotes, people, organisations, boilerplate);
    }

    /** This extraction with its outlet set, for a front end that guesses one (from the URL) when nothing gave it. */
    public Extraction withOutlet(String newOutlet) {
        return new Extraction(schema, id, url, published, newOutlet, authors, language, title, text, quotes, people,
                organisations, boilerplate);
    }

    /** This extraction with its text field set (HTML input) or cleared (plain text). */
    public Extraction withText(String newText) {
        return new Extraction(schema, id, url, published, outlet, authors, language, title, newText, quotes, people,
                organisations, boilerplate);
    }

    /** This extraction without the quotes whose confidence is below {@code min}. */
    public Extraction atLeast(double min) {
        if (min <= 0) {
            return this;
        }
        List<Quote> kept = quotes.stream().filter(q -> q.confidence() >= min).toList();
        return new Extraction(schema, id, url, published, outlet, authors, language, title, text, kept, people,
                organisations, boilerplate);
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
