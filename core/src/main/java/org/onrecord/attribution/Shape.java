package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onrecord.attribution.ReportedSpeech.Found;
import org.onrecord.quote.QuoteSpan;

/**
 * The shapes a decision of one {@link Rule} can take, named so that output and evaluation can tell
 * them apart: the framings of reported speech (all {@code reported-clause} or {@code unsourced}) and
 * the cue earlier in a quotation's paragraph ({@code previous-subject}).
 *
 * <p>Within a {@link Stage} the constants are in the order they are tried; the first that proposes
 * a clause wins. The framings of {@link Stage#FRAMING} and {@link Stage#FALLBACK} carry their reader;
 * the others are read where their stage is (see {@link ReportedSpeech}).
 */
public enum Shape {
    /** "NY Daily News: Paris attacks highlight threat posed by NRA.": a source before a headline's colon. */
    LABELLED(Rule.REPORTED_CLAUSE, Stage.PARAGRAPH),
    /** “…,” said Rice, noting that old episodes sell: a participle going on after a quotation's cue. */
    PARTICIPLE_AFTER_QUOTE(Rule.REPORTED_CLAUSE, Stage.AFTER_QUOTATION),
    /** Swers said because Obama is popular, “he's a very good surrogate”: a clause running into a quotation. */
    INTO_QUOTATION(Rule.REPORTED_CLAUSE, Stage.INTO_QUOTATION),
    /** "Talks have failed, the union said on Tuesday.": a cue closing the sentence, read when no quotation cuts it. */
    TRAILING_ATTRIBUTION(Rule.REPORTED_CLAUSE, Stage.FRAMING, true, false,
            (r, s, e, f, shape) -> r.trailingAttribution(s, e, f)),
    /** "In a poll released Monday, 50 percent chose Clinton": a poll or survey framing the sentence. */
    POLL_FRAMING(Rule.REPORTED_CLAUSE, Stage.FRAMING, false, true, (r, s, e, f, shape) -> r.inDocument(s, e, f, shape)),
    /** "As Breitbart News reported, the White House was refusing …". */
    AS_REPORTED(Rule.REPORTED_CLAUSE, Stage.FRAMING, false, false, (r, s, e, f, shape) -> r.asReported(s, e, f)),
    /** "O’Malley’s move was first reported by MSNBC": a passive cue, its agent the source. */
    REPORTED_BY(Rule.REPORTED_CLAUSE, Stage.FRAMING, false, false, (r, s, e, f, shape) -> r.reportedBy(s, e, f)),
    /** "according to X, CLAUSE" or "CLAUSE, according to X". */
    ACCORDING_TO(Rule.REPORTED_CLAUSE, Stage.CLAUSE),
    /** "talked about the Southern border", "his criticism of the deal": the object of a cue phrase. */
    OBJECT_CUE(Rule.REPORTED_CLAUSE, Stage.CLAUSE),
    /** "pastors supporting Mr. Cruz": the stance of the noun before a participle. */
    STANCE_PARTICIPLE(Rule.REPORTED_CLAUSE, Stage.CLAUSE),
    /** "endorsed her", "backed Hillary Clinton": a stance verb with a short or named object. */
    STANCE_OBJECT(Rule.REPORTED_CLAUSE, Stage.CLAUSE),
    /** "Starmer ordered his team not to join": the clause after a reporting verb. */
    CLAUSE_AFTER_CUE(Rule.REPORTED_CLAUSE, Stage.CLAUSE),
    /** "The union, he said, will appeal." / "Talks have failed, she said.": the clause before its cue. */
    CLAUSE_BEFORE_CUE(Rule.REPORTED_CLAUSE, Stage.CLAUSE),
    /** "In the report, investigators found …": any document framing a sentence no clause of which has a source. */
    IN_DOCUMENT(Rule.REPORTED_CLAUSE, Stage.FALLBACK, false, false, (r, s, e, f, shape) -> r.inDocument(s, e, f, shape)),
    /** "Sanders has led Clinton in just about every statewide poll": a finding from the poll it names. */
    IN_POLL(Rule.REPORTED_CLAUSE, Stage.FALLBACK, false, false, (r, s, e, f, shape) -> r.inPoll(s, e, f)),
    /** "Trump is expected to win": a clause held by no one the article names. */
    UNSOURCED(Rule.UNSOURCED, Stage.FALLBACK, false, false, (r, s, e, f, shape) -> r.unsourced(s, e, f)),
    /** A bare quotation after narrative whose paragraph has a cue earlier on: its source speaks. */
    EARLIER_CUE(Rule.PREVIOUS_SUBJECT, Stage.INHERITED);

    /** Where a shape is read. */
    enum Stage {
        /** A whole paragraph, before its sentences are read. */
        PARAGRAPH,
        /** The narrative after a quotation in its sentence. */
        AFTER_QUOTATION,
        /** A sentence whose narrative runs into the quotation that ends it. */
        INTO_QUOTATION,
        /** A framing that holds the whole sentence, tried before its clauses. */
        FRAMING,
        /** One clause of a sentence, read at its cue, left to right. */
        CLAUSE,
        /** A framing tried when no clause of the sentence has a source. */
        FALLBACK,
        /** A quotation in marks that inherits its speaker. */
        INHERITED
    }

    /** Reads one framing of the sentence {@code start..end}, or null. */
    @FunctionalInterface
    interface Framing {
        Found read(FramedClauses reader, int start, int end, List<QuoteSpan> fragments, Shape shape);
    }

    private static final Map<Stage, List<Shape>> BY_STAGE = new EnumMap<>(Stage.class);

    static {
        for (Shape s : values()) {
            BY_STAGE.computeIfAbsent(s.stage, k -> new ArrayList<>()).add(s);
        }
        BY_STAGE.replaceAll((k, shapes) -> List.copyOf(shapes));
    }

    private final Rule family;
    private final Stage stage;
    private final boolean uncutOnly;
    private final boolean pollsOnly;
    private final Framing framing;

    Shape(Rule family, Stage stage) {
        this(family, stage, false, false, null);
    }

    Shape(Rule family, Stage stage, boolean uncutOnly, boolean pollsOnly, Framing framing) {
        this.family = family;
        this.stage = stage;
        this.uncutOnly = uncutOnly;
        this.pollsOnly = pollsOnly;
        this.framing = framing;
    }

    /** The rule this shape is a way of deciding by: what the JSON {@code rule} names. */
    public Rule family() {
        return family;
    }

    Stage stage() {
        return stage;
    }

    /** Whether the framing is read only in a sentence no quotation cuts. */
    boolean uncutOnly() {
        return uncutOnly;
    }

    /** Whether a document framing reads only polls and surveys (they come before any verb of the sentence). */
    boolean pollsOnly() {
        return pollsOnly;
    }

    Found read(FramedClauses reader, int start, int end, List<QuoteSpan> fragments) {
        return framing.read(reader, start, end, fragments, this);
    }

    /** The shapes read at {@code stage}, in the order they are tried. */
    static List<Shape> of(Stage stage) {
        return BY_STAGE.getOrDefault(stage, List.of());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The shape with this label ("according-to"), or null. */
    public static Shape byLabel(String label) {
        for (Shape s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }
}
