package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onrecord.attribution.ReportedSpeech.Found;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Span;

/**
 * The one place attribution decides. Readers propose: a {@link Rule}'s reader an attribution for a
 * quotation, a {@link Shape}'s reader a reported clause. The runner walks the rules and shapes in
 * their order, skips the ones an {@link Ablation} switched off, keeps the first proposal, and
 * settles the conflicts between quotations in marks and reported clauses. Every attribution it
 * returns names the rule, and where there is one the shape, that decided it.
 */
final class RuleRunner {
    /**
     * A quotation as a rule sees it.
     *
     * @param quotes the article's quotations in marks, naming spans included
     * @param index its place among them
     * @param before the quotation before it, or null
     * @param found the attributions decided so far, by index (null where none is yet); null in the own-cue passes
     * @param previous the attribution of the last quotation that is not a fragment, or null
     */
    record Site(QuoteSpan quote, List<QuoteSpan> quotes, int index, QuoteSpan before, Attribution[] found, Attribution previous) {}

    private final Ablation off;

    RuleRunner(Ablation off) {
        this.off = off;
    }

    boolean allows(Rule rule) {
        return off.allows(rule);
    }

    boolean allows(Shape shape) {
        return off.allows(shape);
    }

    /**
     * The quotations in marks, in two passes: first each tries the rules that read a cue of its own
     * (a fragment only {@link Rule#FRAGMENT_CUE}); then, in text order, those left open try the
     * inheriting rules, which see the decisions before them. Fragments no cue attributes are dropped.
     * A title, nickname or scare quote ({@link QuoteSpan#naming()}) is never output, but it tries the
     * own-cue rules: the cue of its sentence still tells its paragraph's other quotations who speaks there.
     */
    List<Attribution> marked(Attributor attributor, List<QuoteSpan> quotes) {
        Attribution[] found = new Attribution[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            Site site = new Site(q, quotes, i, i > 0 ? quotes.get(i - 1) : null, null, null);
            found[i] = first(q.inline() && !q.naming() ? Rule.Pass.FRAGMENT : Rule.Pass.OWN_CUE, attributor, site);
        }
        List<Attribution> out = new ArrayList<>(quotes.size());
        Attribution previous = null;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            if (q.inline()) {
                if (found[i] != null && !q.naming()) {
                    out.add(found[i]);
                }
                continue;
            }
            Attribution a = found[i];
            if (a == null) {
                a = first(Rule.Pass.INHERITED, attributor, new Site(q, quotes, i, i > 0 ? quotes.get(i - 1) : null, found, previous));
            }
            if (a == null) {
                a = Attributor.undecided(q);
            }
            out.add(a);
            previous = a;
            found[i] = a.isAttributed() ? a : null;
        }
        return out;
    }

    /** The first proposal of the rules of {@code pass}; a proposal with no speaker ends the pass too. */
    private Attribution first(Rule.Pass pass, Attributor attributor, Site site) {
        for (Rule rule : Rule.of(pass)) {
            if (!off.allows(rule)) {
                continue;
            }
            Attribution a = rule.read(attributor, site);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * The first framing of {@code stage} that holds the sentence {@code start..end}.
     *
     * @param cut whether a quotation cuts the sentence: framings that need it whole are not read
     */
    Found firstFraming(Shape.Stage stage, FramedClauses reader, int start, int end, List<QuoteSpan> fragments, boolean cut) {
        for (Shape shape : Shape.of(stage)) {
            if (!off.allows(shape) || cut && shape.uncutOnly()) {
                continue;
            }
            Found f = shape.read(reader, start, end, fragments);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * Settles quotations in marks against reported clauses. A quotation inside a reported clause is
     * part of that clause's mixed quotation and goes; a clause that runs into a quotation its own
     * cue attributed takes that quotation's speaker, which the quotation's cue read best. Each
     * clause keeps its shape's rule and its shape.
     *
     * @param proposal the attribution a reported clause proposes by its own cue
     */
    List<Attribution> settle(List<Attribution> marked, List<Found> reported, Function<Found, Attribution> proposal) {
        if (reported.isEmpty()) {
            return marked;
        }
        List<Attribution> out = new ArrayList<>(marked.size() + reported.size());
        for (Attribution a : marked) {
            if (!insideAny(a.quote().content(), reported)) {
                out.add(a);
            }
        }
        Map<Integer, Attribution> quotations = new HashMap<>();
        for (Attribution a : marked) {
            if (!a.quote().inline() && a.isAttributed() && a.rule() != null && a.rule().readsCue()) {
                quotations.put(a.quote().content().start(), a);
            }
        }
        for (Found f : reported) {
            Attribution a = proposal.apply(f);
            Attribution own = ownQuotation(f, quotations);
            if (own != null) {
                out.add(new Attribution(a.quote(), a.type(), own.speaker(), own.match(), a.rule(), f.shape(), own.evidence(),
                        f.fragments(), own.modality()));
                continue;
            }
            out.add(new Attribution(a.quote(), a.type(), a.speaker(), a.match(), a.rule(), f.shape(), a.evidence(),
                    f.fragments(), a.modality()));
        }
        out.sort(Comparator.comparingInt(a -> a.quote().content().start()));
        return out;
    }

    /** The first quotation inside the clause that its own cue attributed, or null. */
    private static Attribution ownQuotation(Found f, Map<Integer, Attribution> quotations) {
        for (Span fragment : f.fragments()) {
            Attribution own = quotations.get(fragment.start());
            if (own != null) {
                return own;
            }
        }
        return null;
    }

    /** Whether a reported clause holds {@code s}; the clauses come in text order and do not overlap. */
    private static boolean insideAny(Span s, List<Found> reported) {
        int lo = 0;
        int hi = reported.size() - 1;
        while (lo <= hi) { // the last clause starting at or before s
            int mid = (lo + hi) >>> 1;
            if (reported.get(mid).content().start() <= s.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = hi; k >= 0 && k > hi - 3; k--) {
            if (reported.get(k).content().contains(s)) {
                return true;
            }
        }
        return false;
    }
}
