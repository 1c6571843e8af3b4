package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attribution rules, in the order {@link RuleRunner} tries them within each {@link Pass}. Each
 * names how sure it is when it decides, whether it reads a cue of its own, and (for quotations in
 * marks) the reader that proposes its attribution.
 */
public enum Rule {
    /** A quoted fragment inside a sentence with a cue: expressed “solidarity”. */
    FRAGMENT_CUE(0.85, Pass.FRAGMENT, true, Attributor::fragment),
    /** “…,” she said / “…,” said the minister: the cue follows the quotation. */
    TRAILING_CUE(0.95, Pass.OWN_CUE, true, Attributor::trailingCue),
    /** She said: “…” / “A,” she said, “B”: the cue precedes the quotation in its paragraph. */
    LEADING_CUE(0.95, Pass.OWN_CUE, true, Attributor::leadingCue),
    /** The paragraph before ends in a cue and a colon, or names the speaker alone on its line. */
    CUE_LINE_BEFORE(0.9, Pass.OWN_CUE, true, Attributor::cueLineBefore),
    /** The lead-in ends in a colon with no cue: the source is the name before it, or the sentence's subject. */
    COLON_SUBJECT(0.7, Pass.OWN_CUE, true, Attributor::colonSubject),
    /** ‘The time has come’: Ardern apologises — a headline's opening quotation, its speaker the name after the colon. */
    HEADLINE_LABEL(0.8, Pass.OWN_CUE, true, Attributor::headlineLabel),
    /**
     * A part of a quotation that runs on over lines or paragraphs: the speaker a later part names by
     * its own cue, else that of the part before, which left it open.
     */
    MULTI_PARAGRAPH(0.9, Pass.INHERITED, false, Attributor::multiParagraph),
    /** Another quotation in the same paragraph has a cue: “A,” she said. “B.” */
    SAME_PARAGRAPH(0.85, Pass.INHERITED, false, Attributor::sameParagraph),
    /** A bare quoted paragraph right after one attributed quotation continues that speaker. */
    CONTINUATION(0.75, Pass.INHERITED, false, Attributor::continuation),
    /**
     * A quoted paragraph, whole and closed, right before a paragraph that opens with a quotation its
     * own cue attributes: “We will rebuild the library.”¶“It will take years,” the mayor said.
     */
    NEXT_QUOTATION(0.75, Pass.INHERITED, false, Attributor::nextQuotation),
    /**
     * A bare quotation after narrative: the speaker of the last cue earlier in its paragraph (shape
     * {@link Shape#EARLIER_CUE}), else of the paragraph before's last cue, else that paragraph's first person.
     */
    PREVIOUS_SUBJECT(0.55, Pass.INHERITED, false, Attributor::previousSubject),
    /** Nothing better: the person last named in the narrative just before. */
    NEAREST_PERSON(0.4, Pass.INHERITED, false, Attributor::nearestPerson),
    /** A clause reported by a cue without quotation marks: Starmer ordered his team not to join. */
    REPORTED_CLAUSE(0.7, Pass.REPORTED, true, null),
    /** An expectation or appearance the article reports without naming whose: Trump is expected to win. */
    UNSOURCED(0.5, Pass.REPORTED, true, null);

    /** When a rule is tried. */
    enum Pass {
        /** A quoted fragment inside a sentence: only a cue of its sentence attributes it. */
        FRAGMENT,
        /** A quotation of its own, by a cue of its own; every quotation tries these first. */
        OWN_CUE,
        /** A quotation left open after every own-cue rule, in text order, from its neighbours. */
        INHERITED,
        /** Speech without quotation marks, read by {@link ReportedSpeech} in its {@link Shape}s. */
        REPORTED
    }

    /** Proposes an attribution of the quotation at {@code site} by {@code self}, or null to pass. */
    @FunctionalInterface
    interface Reader {
        Attribution read(Attributor attributor, RuleRunner.Site site, Rule self);
    }

    private static final Map<Pass, List<Rule>> BY_PASS = new EnumMap<>(Pass.class);

    static {
        for (Rule r : values()) {
            BY_PASS.computeIfAbsent(r.pass, p -> new ArrayList<>()).add(r);
        }
        BY_PASS.replaceAll((p, rules) -> List.copyOf(rules));
    }

    private final double confidence;
    private final Pass pass;
    private final boolean readsCue;
    private final Reader reader;

    Rule(double confidence, Pass pass, boolean readsCue, Reader reader) {
        this.confidence = confidence;
        this.pass = pass;
        this.readsCue = readsCue;
        this.reader = reader;
    }

    public double confidence() {
        return confidence;
    }

    /** Whether the rule read its own cue (rather than inheriting another quotation's speaker). */
    public boolean readsCue() {
        return readsCue;
    }

    Pass pass() {
        return pass;
    }

    Attribution read(Attributor attributor, RuleRunner.Site site) {
        return reader.read(attributor, site, this);
    }

    /** The rules of {@code pass}, in the order they are tried. */
    static List<Rule> of(Pass pass) {
        return BY_PASS.getOrDefault(pass, List.of());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule with this label ("trailing-cue"), or null. */
    public static Rule byLabel(String label) {
        for (Rule r : values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        return null;
    }
}
