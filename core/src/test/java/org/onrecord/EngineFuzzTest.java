package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;

/**
 * Property-based fuzzing of the engine (issue #12): on any text it returns, within its deadline, an
 * extraction that keeps every {@link Invariants invariant} (offsets inside the text among them). The
 * texts are built from the shapes that once made it slow or fragile, repeated to any length and mixed
 * with arbitrary characters: lone surrogates, control characters, every kind of quotation mark.
 *
 * <p>The deadline turns a stall into a failure rather than a hang: an input that costs super-linear
 * time shows as an {@link ExtractionDeadlineException}, and jqwik shrinks it to a small example. A
 * build runs each property {@code jqwik.tries.default} times (200, in
 * {@code junit-platform.properties}); docs/FUZZING.md gives the long run.
 */
class EngineFuzzTest {
    /** The longest text tried, in UTF-16 units; the long run raises it. */
    static final int MAX_CHARS = Integer.getInteger("onrecord.fuzz.maxChars", 8_000);

    /** Generous beside the milliseconds a text of {@link #MAX_CHARS} costs, so that only a stall reaches it. */
    private static final Duration DEADLINE = Duration.ofMillis(Long.getLong("onrecord.fuzz.deadlineMs", 10_000));

    private static final Engine ENGINE = Engine.create(EngineOptions.defaults().withDeadline(DEADLINE));

    /** Pieces of text that, repeated, once made the engine slow, or that its readers treat specially. */
    private static final List<String> PIECES = List.of(
            "Words ", "\u201Cx\u201D", "a\"b\u201Cc\u201Dd", "\u201Cx,\u201D he said ", "Mr Smith said \u201Cx\u201D ",
            "Smith, ", "\u2018x\u2019 ", "He said \u201Cx\u201D. It said \u201Cy\u201D. ", "\u201CWe will win.\u201D ",
            "\u201Cx\n\n", "x\n", "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "\u00AB", "\u00BB", "\u201E", "\u201A",
            "\u2039", "\u203A", "\u300C", "\u300D", "``", "''", "(", ")", "[", "]", " ", "  ", "\n", "\n\n", "\r\n", "\r",
            "\t", "\u00A0", "\u2028", "\u0000", "\u0007", "\u001B", "\u007F", "\uFEFF", "\u200B", "\uD83D\uDE00",
            "\uD800", "\uDC00", "\uDBFF\uDFFF", ". ", ", ", ": ", "; ", "? ", "! ", "...", "\u2014", "-", "said ",
            "says ", "told reporters ", "according to ", "added ", "he ", "she ", "they ", "It ", "The ",
            "Jane Smith ", "John O'Neil ", "Dr. ", "Mr ", "Ms. ", "President ", "Acme Rail ", "spokesman ",
            "the minister ", "Smith's ", "Smiths' ", "and ", "in a statement. ", "wrote on Twitter ", "-- ",
            "<p>", "</p>", "<br>", "&amp;", "&#x201C;", "http://x.y/z ", "@smith ", "#tag ", "1,000 ", "3.5 ",
            "2024 ", "WORDS ", "a", "A", "x", "\u0301", "\u00E9", "\u4E2D\u6587", "\u0627\u0644", "\u05D0");

    @Property
    void any_text_is_read_within_the_deadline_keeping_every_invariant(@ForAll("texts") String text) {
        Extraction x = ENGINE.extract(Article.ofText("fuzz", text));
        Invariants.check(x, text);
    }

    /**
     * The work bound: a few pieces repeated to between half and all of {@link #MAX_CHARS}, so that
     * every try is long (the runs above are mostly short) and super-linear work meets the deadline.
     */
    @Property
    void long_repetitions_are_read_within_the_deadline_keeping_every_invariant(@ForAll("longTexts") String text) {
        Invariants.check(ENGINE.extract(Article.ofText("fuzz", text)), text);
    }

    @Property
    void any_page_is_read_within_the_deadline_keeping_every_invariant(@ForAll("pages") String html) {
        Extraction x = ENGINE.extract(Article.ofHtml("fuzz", html));
        assertThat(x.text()).as("an HTML article's extraction carries its text").isNotNull();
        Invariants.check(x, x.text());
    }

    @Property
    void any_string_at_all_is_read_keeping_every_invariant(@ForAll("anyString") String text) {
        Invariants.check(ENGINE.extract(Article.ofText("fuzz", text)), text);
    }

    /** Runs of the pieces, each repeated up to thousands of times, and runs of arbitrary characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> times = Arbitraries.integers().between(1, 2_000)
                .withDistribution(RandomDistribution.biased());
        Arbitrary<String> run = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(Arbitraries.of(PIECES), times).as(String::repeat)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(PIECES).list().ofMinSize(2).ofMaxSize(6),
                        times).as((pieces, n) -> String.join("", pieces).repeat(n))),
                net.jqwik.api.Tuple.of(1, anyString()));
        return run.list().ofMaxSize(12).map(runs -> cap(String.join("", runs)));
    }

    @Provide
    Arbitrary<String> longTexts() {
        return Combinators.combine(Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(MAX_CHARS / 2, MAX_CHARS))
                .as((pieces, chars) -> {
                    String unit = String.join("", pieces);
                    return cap(unit.repeat(chars / unit.length() + 1));
                });
    }

    /** The same texts inside markup, with the tags a page puts round an article. */
    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> tag = Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<blockquote>", "</blockquote>",
                "<script>", "</script>", "<nav>", "</nav>", "<h1>", "</h1>", "<title>", "</title>", "<br/>",
                "<a href=\"x\">", "</a>", "<!--", "-->", "<q>", "</q>", "&ldquo;", "&rdquo;", "&quot;", "<");
        return Combinators.combine(tag.list().ofMaxSize(20), texts().list().ofMaxSize(4))
                .as((tags, texts) -> {
                    StringBuilder page = new StringBuilder("<html><body>");
                    for (int i = 0; i < Math.max(tags.size(), texts.size()); i++) {
                        page.append(i < tags.size() ? tags.get(i) : "").append(i < texts.size() ? texts.get(i) : "");
                    }
                    return cap(page.append("</body></html>").toString());
                });
    }

    /** Any UTF-16 units, lone surrogates and control characters included. */
    @Provide
    Arbitrary<String> anyString() {
        return Arbitraries.strings().all().ofMaxLength(2_000);
    }

    private static String cap(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
