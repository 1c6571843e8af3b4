package org.onrecord.cli.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.onrecord.eval.Figures;
import org.onrecord.eval.GoldOutcome;
import org.onrecord.eval.PredOutcome;
import org.onrecord.eval.Scoring;

/** The eval result for a terminal: headline figures, breakdowns, then errors with their context. */
final class TextReport {
    private static final int CONTEXT = 60;

    private TextReport() {}

    static void print(Scoring s, String header, int errors, PrintWriter out) {
        Figures f = s.figures();
        out.println(header);
        out.println();
        out.printf(Locale.ROOT, "%-18s %8s %8s %8s%n", "", "P", "R", "F1");
        out.printf(Locale.ROOT, "%-18s %8.4f %8.4f %8.4f   (%d gold, %d predicted)%n", "quotes",
                f.precision(), f.recall(), f.f1(), f.gold(), f.pred());
        out.printf(Locale.ROOT, "%-18s %8.4f %8.4f %8.4f%n", "end-to-end", f.e2ePrecisionRate(), f.e2eRecallRate(), f.e2eF1());
        out.printf(Locale.ROOT, "%-18s %8.4f   (%d of %d found gold quotes with a source)%n", "speaker accuracy",
                f.speakerAccuracy(), f.speakerOk(), f.speakerN());
        if (f.missingDocs() > 0) {
            out.println("documents without predictions: " + f.missingDocs());
        }
        printSpeakerForms(s, out);
        out.println();
        out.println("score.py: " + f.scorerLine());
        out.println();
        out.println("By gold type");
        out.printf(Locale.ROOT, "  %-10s %7s %7s %7s %12s %9s%n", "type", "gold", "found", "recall", "with source", "spk acc");
        for (Breakdown.GoldTypeRow r : Breakdown.byGoldType(s)) {
            out.printf(Locale.ROOT, "  %-10s %7d %7d %7.4f %12d %9.4f%n", r.type(), r.gold(), r.found(),
                    Figures.ratio(r.found(), r.gold()), r.speakerN(), Figures.ratio(r.speakerOk(), r.speakerN()));
        }
        out.println("By predicted type");
        out.printf(Locale.ROOT, "  %-10s %7s %7s %9s %9s%n", "type", "pred", "correct", "precision", "e2e P");
        for (Breakdown.PredTypeRow r : Breakdown.byPredType(s)) {
            out.printf(Locale.ROOT, "  %-10s %7d %7d %9.4f %9.4f%n", r.type(), r.pred(), r.correct(),
                    Figures.ratio(r.correct(), r.pred()), Figures.ratio(r.speakerRight(), r.pred()));
        }
        out.println("By attribution rule (pred: predicted quotes it attributed; spk right: of the correct ones,");
        out.println("  right speaker; gold: found gold quotes with a source whose covering quote it attributed)");
        printRules(Breakdown.byRule(s), "rule", out);
        out.println("By rule and shape (rule/shape where the decision names a shape)");
        printRules(Breakdown.byShape(s), "rule/shape", out);
        if (errors > 0) {
            printErrors(s, errors, out);
        }
        out.flush();
    }

    private static void printRules(List<Breakdown.RuleRow> rules, String heading, PrintWriter out) {
        int width = rules.stream().mapToInt(r -> r.rule().length()).max().orElse(0);
        String name = "  %-" + Math.max(20, width) + "s";
        out.printf(Locale.ROOT, name + " %6s %9s %9s %9s %6s %9s%n", heading, "pred", "precision", "spk right", "e2e P",
                "gold", "spk acc");
        for (Breakdown.RuleRow r : rules) {
            out.printf(Locale.ROOT, name + " %6d %9.4f %9.4f %9.4f %6d %9.4f%n", r.rule(), r.pred(),
                    Figures.ratio(r.correct(), r.pred()), Figures.ratio(r.speakerRight(), r.correct()),
                    Figures.ratio(r.speakerRight(), r.pred()), r.goldN(), Figures.ratio(r.goldOk(), r.goldN()));
        }
    }

    /** How many predicted speakers are junk (clause fragments) or bare pronouns, by {@link JunkSpeakers}. */
    private static void printSpeakerForms(Scoring s, PrintWriter out) {
        int speakers = 0;
        int junk = 0;
        int pronouns = 0;
        for (PredOutcome o : s.pred()) {
            String name = o.quote().speakerName();
            if (name == null) {
                continue;
            }
            speakers++;
            junk += JunkSpeakers.why(name) != null ? 1 : 0;
            pronouns += JunkSpeakers.isPersonalPronoun(name) ? 1 : 0;
        }
        out.printf(Locale.ROOT, "%-18s %d of %d predicted speakers (%.2f%%); bare pronouns %d (%.2f%%)%n", "junk speakers",
                junk, speakers, 100.0 * Figures.ratio(junk, speakers), pronouns, 100.0 * Figures.ratio(pronouns, speakers));
    }

    private static void printErrors(Scoring s, int max, PrintWriter out) {
        List<GoldOutcome> missed = s.gold().stream().filter(Predicate.not(GoldOutcome::found)).toList();
        List<PredOutcome> extra = s.pred().stream().filter(Predicate.not(PredOutcome::correct)).toList();
        List<GoldOutcome> speaker = s.gold().stream()
                .filter(o -> o.found() && o.quote().hasSpeaker() && !o.speakerOk()).toList();
        out.println();
        out.printf("Missed quotes (%d, first %d)%n", missed.size(), Math.min(max, missed.size()));
        missed.stream().limit(max).forEach(o -> out.printf(Locale.ROOT, "  MISSED  %s (line %d) cover %.2f, source %s%n      %s%n",
                o.doc().id(), o.doc().line(), o.coverage(), quoted(o.quote().speaker()),
                Texts.context(o.doc().text(), o.quote().start(), o.quote().end(), CONTEXT)));
        out.printf("Extra quotes (%d, first %d)%n", extra.size(), Math.min(max, extra.size()));
        extra.stream().limit(max).forEach(o -> out.printf("  EXTRA   %s (line %d) speaker %s, rule %s%n      %s%n",
                o.doc().id(), o.doc().line(), quoted(o.quote().speakerName()), Breakdown.ruleAndShape(o.quote()),
                Texts.context(o.doc().text(), o.quote().start(), o.quote().end(), CONTEXT)));
        List<PredOutcome> junk = s.pred().stream().filter(o -> JunkSpeakers.why(o.quote().speakerName()) != null).toList();
        out.printf("Junk speakers (%d, first %d)%n", junk.size(), Math.min(max, junk.size()));
        junk.stream().limit(max).forEach(o -> out.printf("  JUNK    %s (line %d) speaker %s (%s), rule %s%n      %s%n",
                o.doc().id(), o.doc().line(), quoted(o.quote().speakerName()), JunkSpeakers.why(o.quote().speakerName()),
                Breakdown.rule(o.quote()), Texts.context(o.doc().text(), o.quote().start(), o.quote().end(), CONTEXT)));
        out.printf("Wrong speakers (%d, first %d)%n", speaker.size(), Math.min(max, speaker.size()));
        speaker.stream().limit(max).forEach(o -> out.printf("  SPEAKER %s (line %d) gold %s, predicted %s%s, rule %s%n      %s%n",
                o.doc().id(), o.doc().line(), quoted(o.quote().speaker()), quoted(o.best().speakerName()),
                o.best().mention() == null ? "" : " at " + quoted(Texts.cut(o.doc().text(), o.best().mention().start(), o.best().mention().end())),
                Breakdown.ruleAndShape(o.best()), Texts.context(o.doc().text(), o.quote().start(), o.quote().end(), CONTEXT)));
    }

    private static String quoted(String s) {
        return s == null ? "none" : "\"" + s + "\"";
    }
}
