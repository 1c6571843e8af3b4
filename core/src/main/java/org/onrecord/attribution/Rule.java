package org.onrecord.attribution;

import java.util.Locale;

/** The attribution rules, in the order they are tried. Each names how sure it is when it decides. */
public enum Rule {
    /** “…,” she said / “…,” said the minister: the cue follows the quotation. */
    TRAILING_CUE(0.95),
    /** She said: “…” / “A,” she said, “B”: the cue precedes the quotation in its paragraph. */
    LEADING_CUE(0.95),
    /** A quoted fragment inside a sentence with a cue: expressed “solidarity”. */
    FRAGMENT_CUE(0.85),
    /** A clause reported by a cue without quotation marks: Starmer ordered his team not to join. */
    REPORTED_CLAUSE(0.7),
    /** An expectation or appearance the article reports without naming whose: Trump is expected to win. */
    UNSOURCED(0.5),
    /** The paragraph before ends in a cue and a colon, or names the speaker alone on its line. */
    CUE_LINE_BEFORE(0.9),
    /** The lead-in ends in a colon with no cue: the source is the name before it, or the sentence's subject. */
    COLON_SUBJECT(0.7),
    /** A quotation running on from the previous paragraph, which left it open. */
    MULTI_PARAGRAPH(0.9),
    /** Another quotation in the same paragraph has a cue: “A,” she said. “B.” */
    SAME_PARAGRAPH(0.85),
    /** A bare quoted paragraph right after one attributed quotation continues that speaker. */
    CONTINUATION(0.75),
    /** A bare quoted paragraph after narrative: the speaker of that paragraph's cue, or its subject. */
    PREVIOUS_SUBJECT(0.55),
    /** Nothing better: the person last named in the narrative just before. */
    NEAREST_PERSON(0.4);

    /** Whether the rule read its own cue (rather than inheriting another quotation's speaker). */
    public boolean readsCue() {
        return this == TRAILING_CUE || this == LEADING_CUE || this == FRAGMENT_CUE || this == CUE_LINE_BEFORE
                || this == COLON_SUBJECT || this == REPORTED_CLAUSE || this == UNSOURCED;
    }

    private final double confidence;

    Rule(double confidence) {
        this.confidence = confidence;
    }

    public double confidence() {
        return confidence;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
