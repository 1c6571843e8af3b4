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
    /** The paragraph before ends in a cue and a colon, or names the speaker alone on its line. */
    CUE_LINE_BEFORE(0.9),
    /** A quotation running on from the previous paragraph, which left it open. */
    MULTI_PARAGRAPH(0.9),
    /** A bare quoted paragraph right after one attributed quotation continues that speaker. */
    CONTINUATION(0.75),
    /** Nothing better: the person last named in the narrative just before. */
    NEAREST_PERSON(0.4);

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
