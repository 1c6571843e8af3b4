package org.onrecord.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference metric ({@code shared/tools/score.py}) in Java, decision for decision, so that
 * {@code onrecord eval} prints the same figures the scorer does. Quotes are compared by coverage of
 * their letters and digits; see docs/EVAL-FORMAT.md.
 */
public final class Scorer {
    public static final double DEFAULT_COVER = 0.5;

    private final Set<String> goldTypes;
    private final Set<String> predTypes;
    private final double cover;
    private final boolean byName;
    private final Set<String> acts;

    public Scorer(Set<String> goldTypes, Set<String> predTypes, double cover) {
        this(goldTypes, predTypes, cover, false);
    }

    /** @param byName a speaker counts only when its name agrees with the gold name (score.py --by-name) */
    public Scorer(Set<String> goldTypes, Set<String> predTypes, double cover, boolean byName) {
        this(goldTypes, predTypes, cover, byName, Set.of());
    }

    private Scorer(Set<String> goldTypes, Set<String> predTypes, double cover, boolean byName, Set<String> acts) {
        this.goldTypes = Set.copyOf(goldTypes);
        this.predTypes = Set.copyOf(predTypes);
        this.cover = cover;
        this.byName = byName;
        this.acts = Set.copyOf(acts);
    }

    /**
     * This scorer counting only reported quotes (mixed, indirect) of these acts, on both sides, as
     * types are counted: a gold quote of another act is out of recall but still makes an overlapping
     * prediction correct. A quote whose act is not given (PolNeAR's gold) stays in.
     */
    public Scorer onlyActs(Set<String> acts) {
        return new Scorer(goldTypes, predTypes, cover, byName, acts);
    }

    private boolean actScored(String act) {
        return acts.isEmpty() || act == null || acts.contains(act);
    }

    public Scoring score(Map<String, GoldDoc> gold, Map<String, PredDoc> predicted) {
        Counts c = new Counts();
        List<GoldOutcome> goldOut = new ArrayList<>();
        List<PredOutcome> predOut = new ArrayList<>();
        for (GoldDoc doc : gold.values()) {
            PredDoc p = predicted.get(doc.id());
            if (p == null) {
                c.missing++;
            }
            List<PredQuote> pq = new ArrayList<>();
            for (PredQuote q : p == null ? List.<PredQuote>of() : p.quotes()) {
                if (q.type() != null && predTypes.contains(q.type()) && actScored(q.act())) {
                    pq.add(q);
                }
            }
            scoreDoc(doc, pq, c, goldOut, predOut);
        }
        Figures f = new Figures(c.gold, c.pred, c.found, c.correct, c.speakerOk, c.speakerN, c.e2eRecall,
                c.e2ePrecision, c.missing);
        return new Scoring(f, goldOut, predOut);
    }

    private void scoreDoc(GoldDoc doc, List<PredQuote> pq, Counts c, List<GoldOutcome> goldOut,
            List<PredOutcome> predOut) {
        int[] cps = doc.text().codePoints().toArray();
        BitSet alnum = Alnum.of(cps);
        List<GoldQuote> gall = doc.quotes();
        BitSet[] gsets = new BitSet[gall.size()];
        BitSet goldAny = new BitSet();
        for (int gi = 0; gi < gsets.length; gi++) {
            gsets[gi] = new BitSet();
            for (Span s : gall.get(gi).scoredSpans()) {
                gsets[gi].or(Alnum.within(alnum, cps.length, s.start(), s.end()));
            }
            goldAny.or(gsets[gi]);
        }
        BitSet[] psets = new BitSet[pq.size()];
        int[] owner = new int[cps.length];
        Arrays.fill(owner, -1);
        for (int j = 0; j < psets.length; j++) {
            psets[j] = Alnum.within(alnum, cps.length, pq.get(j).start(), pq.get(j).end());
            for (int i = psets[j].nextSetBit(0); i >= 0; i = psets[j].nextSetBit(i + 1)) {
                if (owner[i] < 0) {
                    owner[i] = j;
                }
            }
        }
        for (int gi = 0; gi < gall.size(); gi++) {
            GoldQuote q = gall.get(gi);
            if (!goldTypes.contains(q.type()) || !actScored(q.act()) || gsets[gi].isEmpty()) {
                continue;
            }
            c.gold++;
            int[] counts = new int[pq.size()];
            int covered = 0;
            // The scorer keeps the first owner it meets among equal counts; meeting them in text
            // order is its order too unless a set's hash table wraps around (ties are rare).
            int best = -1;
            for (int i = gsets[gi].nextSetBit(0); i >= 0; i = gsets[gi].nextSetBit(i + 1)) {
                if (owner[i] >= 0) {
                    counts[owner[i]]++;
                    covered++;
                }
            }
            for (int i = gsets[gi].nextSetBit(0); i >= 0; i = gsets[gi].nextSetBit(i + 1)) {
                int o = owner[i];
                if (o >= 0 && (best < 0 || counts[o] > counts[best])) {
                    best = o;
                }
            }
            double coverage = (double) covered / gsets[gi].cardinality();
            if (coverage < cover) {
                goldOut.add(new GoldOutcome(doc, q, false, coverage, best < 0 ? null : pq.get(best), false));
                continue;
            }
            c.found++;
            boolean ok = speakerOk(q, pq.get(best), byName);
            if (q.hasSpeaker()) {
                c.speakerN++;
                c.speakerOk += ok ? 1 : 0;
            }
            c.e2eRecall += ok ? 1 : 0;
            goldOut.add(new GoldOutcome(doc, q, true, coverage, pq.get(best), ok));
        }
        for (int j = 0; j < pq.size(); j++) {
            if (psets[j].isEmpty()) {
                continue;
            }
            c.pred++;
            BitSet inside = (BitSet) psets[j].clone();
            inside.and(goldAny);
            if ((double) inside.cardinality() / psets[j].cardinality() < cover) {
                predOut.add(new PredOutcome(doc, pq.get(j), false, null, false));
                continue;
            }
            c.correct++;
            int best = -1;
            int bestN = 0;
            for (int gi = 0; gi < gsets.length; gi++) {
                BitSet both = (BitSet) psets[j].clone();
                both.and(gsets[gi]);
                if (both.cardinality() > bestN) {
                    best = gi;
                    bestN = both.cardinality();
                }
            }
            boolean ok = speakerOk(gall.get(best), pq.get(j), byName);
            c.e2ePrecision += ok ? 1 : 0;
            predOut.add(new PredOutcome(doc, pq.get(j), true, gall.get(best), ok));
        }
    }

    static boolean speakerOk(GoldQuote gold, PredQuote pred) {
        return speakerOk(gold, pred, false);
    }

    /**
     * The prediction names the gold source: its mention overlaps the source span (unless
     * {@code byName}), or its name agrees.
     */
    static boolean speakerOk(GoldQuote gold, PredQuote pred, boolean byName) {
        if (!gold.hasSpeaker()) {
            return true;
        }
        if (pred.speakerName() == null && pred.mention() == null) {
            return false;
        }
        if (!byName && pred.mention() != null && gold.hasSpeakerSpan()
                && pred.mention().overlaps(gold.speakerStart(), gold.speakerEnd())) {
            return true;
        }
        return pred.speakerName() != null && !pred.speakerName().isEmpty()
                && NameMatch.matches(gold.speaker(), pred.speakerName());
    }

    private static final class Counts {
        int gold;
        int pred;
        int found;
        int correct;
        int speakerOk;
        int speakerN;
        int e2eRecall;
        int e2ePrecision;
        int missing;
    }
}
