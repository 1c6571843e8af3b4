package org.onrecord.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.CorpusPeople;
import org.onrecord.model.Extraction;
import org.onrecord.model.Mention;
import org.onrecord.model.NameKey;
import org.onrecord.model.Person;
import org.onrecord.model.Quote;
import org.onrecord.model.Speaker;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The row the engine gives for one input record: the article's columns, its quotes nested, and
 * (when asked) its extraction JSON. The output tables are projections of these rows.
 */
final class Results {
    static final String OK = "ok";
    static final String ERROR = "error";
    static final String SKIPPED = "skipped";
    /** A WARC record that holds no article: counted, in no output table. */
    static final String OTHER = "other";

    static final StructType QUOTE = createStructType(List.of(
            createStructField("quote_index", IntegerType, false),
            createStructField("start", IntegerType, false),
            createStructField("end", IntegerType, false),
            createStructField("text", StringType, false),
            createStructField("type", StringType, false),
            createStructField("speaker", StringType, true),
            createStructField("person", StringType, true),
            createStructField("role", StringType, true),
            createStructField("organisation", StringType, true),
            createStructField("cue", StringType, true),
            createStructField("addressee", StringType, true),
            createStructField("confidence", DoubleType, false),
            createStructField("rule", StringType, true),
            createStructField("modality", StringType, true),
            createStructField("speaker_aliases", createArrayType(StringType, false), false),
            // the engine's local id of the speaker ("p2"): joined to the corpus-wide people, then dropped
            createStructField("person_local", StringType, true)));

    /** One person as one article gives them: what {@link CorpusPeople} needs to place them in the corpus. */
    static final StructType PERSON = createStructType(List.of(
            createStructField("local_id", StringType, false),
            createStructField("name", StringType, false),
            createStructField("aliases", createArrayType(StringType, false), false),
            createStructField("roles", createArrayType(StringType, false), false),
            createStructField("gender", StringType, false)));

    static final StructType ROW = createStructType(List.of(
            createStructField("id", StringType, true),
            createStructField("url", StringType, true),
            createStructField("outlet", StringType, true),
            createStructField("published", StringType, true),
            createStructField("title", StringType, true),
            createStructField("authors", createArrayType(StringType, false), false),
            createStructField("language", StringType, true),
            createStructField("quote_count", IntegerType, false),
            createStructField("status", StringType, false),
            createStructField("error", StringType, true),
            createStructField("source", StringType, true),
            createStructField("quotes", createArrayType(QUOTE, false), false),
            createStructField("extraction", StringType, true),
            createStructField("people", createArrayType(PERSON, false), false)));

    private Results() {}

    static Row ok(Article article, Extraction x, String source, boolean withExtraction) {
        List<Row> quotes = new ArrayList<>(x.quotes().size());
        for (int i = 0; i < x.quotes().size(); i++) {
            quotes.add(quote(i, x.quotes().get(i), x));
        }
        String json = withExtraction ? ExtractionJson.toLine(withText(x, article)) : null;
        List<Row> people = new ArrayList<>(x.people().size());
        for (Person p : x.people()) {
            people.add(RowFactory.create(p.id(), p.name(), seq(p.aliases()), seq(p.roles()), p.gender().label()));
        }
        return RowFactory.create(x.id(), x.url(), x.outlet(), x.published(), x.title(), seq(x.authors()), x.language(),
                quotes.size(), OK, null, source, seq(quotes), json, seq(people));
    }

    /** A record that is not an article, or not one to extract (a skipped WARC response). */
    static Row notExtracted(String status, SourceRecord r, String outlet, String message, boolean withExtraction) {
        return row(status, r.idForErrors(), r.url(), outlet, r.published(), r.where(), message, withExtraction);
    }

    /** An article the engine failed on. */
    static Row failed(Article a, String source, String message, boolean withExtraction) {
        return row(ERROR, a.id(), a.url(), a.outlet(), a.published(), source, message, withExtraction);
    }

    private static Row row(String status, String id, String url, String outlet, String published, String source,
            String message, boolean withExtraction) {
        String json = withExtraction && ERROR.equals(status) ? errorLine(id, url, message) : null;
        return RowFactory.create(id, url, outlet, published, null, seq(List.of()), null, 0, status, message, source,
                seq(List.of()), json, seq(List.of()));
    }

    private static Row quote(int index, Quote q, Extraction x) {
        Speaker s = q.speaker();
        Person p = s == null || s.personId() == null ? null : x.person(s.personId());
        Set<String> aliases = new LinkedHashSet<>();
        if (p != null) {
            aliases.add(p.name());
            aliases.addAll(p.aliases());
        }
        return RowFactory.create(index, q.start(), q.end(), q.text(), q.type().label(),
                s == null ? null : s.name(), p == null ? null : personKey(p.name()),
                s == null ? null : s.role(), s == null ? null : s.organisation(),
                text(q.cue()), text(q.addressee()), q.confidence(), q.rule(),
                q.modality() == null ? null : q.modality().label(), seq(List.copyOf(aliases)), p == null ? null : p.id());
    }

    /** Spark's rows take Scala sequences for arrays. */
    private static <T> Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    private static String text(Mention m) {
        return m == null ? null : m.text();
    }

    /** The extraction with the article's text in it, so that a reader of the line needs nothing else. */
    static Extraction withText(Extraction x, Article article) {
        if (x.text() != null || article.text() == null) {
            return x;
        }
        return new Extraction(x.schema(), x.id(), x.url(), x.published(), x.outlet(), x.authors(), x.language(), x.title(),
                article.text(), x.quotes(), x.people(), x.organisations(), x.boilerplate());
    }

    /** The error line of {@code onrecord extract --jsonl}, with the record's URL. */
    static String errorLine(String id, String url, String message) {
        var node = ExtractionJson.mapper().createObjectNode();
        node.put("schema", Extraction.SCHEMA);
        node.put("id", id);
        if (url != null) {
            node.put("url", url);
        }
        node.put("error", message);
        return node.toString();
    }

    /** The corpus-wide key of a person, as the store merges people; null when the name has no letters. */
    private static String personKey(String name) {
        String key = NameKey.of(name);
        return key.isEmpty() ? null : key;
    }
}
