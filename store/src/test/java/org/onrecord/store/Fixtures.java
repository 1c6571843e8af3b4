package org.onrecord.store;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.model.Gender;
import org.onrecord.model.Mention;
import org.onrecord.model.Person;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;
import org.onrecord.model.Speaker;

/** Articles for the store's tests: real engine output for prose, hand-made extractions for exact cases. */
final class Fixtures {
    static final String RAIL_STRIKE = """
            Rail strike talks collapse as union vows to fight on

            Jane Smith, the chief executive of Acme Rail, said: “We will not back down. The offer on the table is fair.”

            Mick Lynch, general secretary of the RMT union, said: “Our members have been left with no choice but to strike.”

            “This is a company that refuses to negotiate,” Lynch said. He added that picket lines would go up on Monday.
            """;

    private static final Engine ENGINE = Engine.create();

    private Fixtures() {}

    static ArticleEntry engine(String id, String published, String outlet, String text) {
        Extraction x = ENGINE.extract(Article.ofText(id, text).withMetadata("https://news.example/" + id, published, outlet));
        return new ArticleEntry(id, text, "hash-" + text.hashCode(), x);
    }

    /**
     * An article whose text is "Name said: “words”" once a paragraph, for each (name, words) pair,
     * with every name a person of its own (aliases: the last word, when the name has two or more).
     */
    static ArticleEntry said(String id, String published, String... nameThenWords) {
        StringBuilder text = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < nameThenWords.length; i += 2) {
            String name = nameThenWords[i];
            String words = nameThenWords[i + 1];
            String personId = null;
            for (Person p : people) {
                if (p.name().equals(name)) {
                    personId = p.id();
                }
            }
            if (personId == null) {
                personId = "p" + (people.size() + 1);
                String[] parts = name.split(" ");
                List<String> aliases = parts.length > 1 ? List.of(parts[parts.length - 1]) : List.of();
                people.add(new Person(personId, name, aliases, List.of(), List.of(), Gender.UNKNOWN));
            }
            int nameStart = text.codePointCount(0, text.length());
            text.append(name).append(" said: “");
            int start = text.codePointCount(0, text.length());
            text.append(words);
            int end = text.codePointCount(0, text.length());
            text.append("”\n\n");
            int nameEnd = nameStart + name.codePointCount(0, name.length());
            Speaker speaker = new Speaker(name, new Mention(nameStart, nameEnd, name), null, null, personId);
            Mention cue = new Mention(nameEnd + 1, nameEnd + 5, "said");
            quotes.add(new Quote(start, end, words, QuoteType.DIRECT, speaker, cue, null, 0.95, "leading-cue", null,
                    "“said” with “" + name + "” (name)", List.of(), null));
        }
        Extraction x = new Extraction(Extraction.SCHEMA, id, null, published, null, null, null, quotes, people, List.of(),
                List.of());
        return new ArticleEntry(id, text.toString(), "hash-" + text.toString().hashCode(), x);
    }
}
