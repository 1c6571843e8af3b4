package org.onrecord.cli.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldOutcome;
import org.onrecord.eval.GoldQuote;
import org.onrecord.eval.PredOutcome;
import org.onrecord.eval.PredQuote;
import org.onrecord.eval.Scoring;
import org.onrecord.eval.Span;

/**
 * A self-contained page: the summary, then each article's gold quotes and predicted quotes side by
 * side, with missed, extra and wrongly attributed quotes highlighted. No scripts, no outside files.
 */
final class HtmlReport {
    private static final int FOUND = 1;
    private static final int MISSED = 2;
    private static final int OTHER = 4;
    private static final int RIGHT = 8;
    private static final int EXTRA = 16;
    private static final int WRONG = 32;
    private static final int SOURCE = 64;
    private static final String[] CLASSES = {"found", "missed", "other", "right", "extra", "wrong", "source"};

    private static final String STYLE = """
            body{font:14px/1.5 system-ui,sans-serif;margin:1em 2em;color:#222}
            pre.summary{background:#f6f6f6;padding:1em;overflow:auto}
            .doc{border-top:1px solid #ccc;margin-top:.5em}
            .cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}
            .cols>div{white-space:pre-wrap;font-family:Georgia,serif}
            .found,.right{background:#d9f2d9}
            .missed{background:#ffd0d0;outline:1px solid #e33}
            .extra{background:#ffe2b3;outline:1px solid #e90}
            .wrong{background:#e8d5ff;outline:1px solid #93c}
            .other{background:#eee}
            .source{border-bottom:2px solid #36c}
            sup{font:11px system-ui,sans-serif;color:#555;background:#fff;border:1px solid #ccc;padding:0 3px}
            sup.bad{color:#a00;border-color:#a00}
            .legend span{padding:0 .4em;margin-right:.5em}
            """;

    private HtmlReport() {}

    static String render(Scoring s, Map<String, GoldDoc> gold, String summary) {
        Map<String, List<GoldOutcome>> goldByDoc = new LinkedHashMap<>();
        s.gold().forEach(o -> goldByDoc.computeIfAbsent(o.doc().id(), k -> new ArrayList<>()).add(o));
        Map<String, List<PredOutcome>> predByDoc = new LinkedHashMap<>();
        s.pred().forEach(o -> predByDoc.computeIfAbsent(o.doc().id(), k -> new ArrayList<>()).add(o));
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>onrecord eval</title><style>")
                .append(STYLE).append("</style></head><body>\n<h1>onrecord eval</h1>\n<pre class=\"summary\">")
                .append(escape(summary)).append("</pre>\n<p class=\"legend\">Gold: <span class=\"found\">found</span>"
                        + "<span class=\"missed\">missed</span><span class=\"other\">not scored (other type)</span>"
                        + "<span class=\"source\">source</span> Predicted: <span class=\"right\">right</span>"
                        + "<span class=\"wrong\">wrong speaker</span><span class=\"extra\">extra</span></p>\n");
        for (GoldDoc doc : gold.values()) {
            List<GoldOutcome> g = goldByDoc.getOrDefault(doc.id(), List.of());
            List<PredOutcome> p = predByDoc.getOrDefault(doc.id(), List.of());
            long missed = g.stream().filter(o -> !o.found()).count();
            long wrong = g.stream().filter(o -> o.found() && !o.speakerOk()).count();
            long extra = p.stream().filter(o -> !o.correct()).count();
            long wrongPredicted = p.stream().filter(o -> o.correct() && !o.speakerOk()).count();
            boolean errors = missed + wrong + extra + wrongPredicted > 0;
            h.append("<details class=\"doc\"").append(errors ? " open" : "").append("><summary>")
                    .append(escape(doc.id())).append(" (line ").append(doc.line()).append("): ")
                    .append(g.size()).append(" gold, ").append(p.size()).append(" predicted; ")
                    .append(missed).append(" missed, ").append(extra).append(" extra, ")
                    .append("wrong speaker on ").append(wrong).append(" gold and ").append(wrongPredicted)
                    .append(" predicted</summary>\n<div class=\"cols\"><div><h3>Gold</h3>");
            h.append(marked(doc, goldMarks(doc, g))).append("</div><div><h3>Predicted</h3>");
            h.append(marked(doc, predMarks(p))).append("</div></div></details>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** Flags to lay over the text, and labels to print where a quote ends. */
    private record Marks(List<int[]> spans, Map<Integer, List<String[]>> labels) {}

    private static Marks goldMarks(GoldDoc doc, List<GoldOutcome> outcomes) {
        Marks m = new Marks(new ArrayList<>(), new TreeMap<>());
        Map<GoldQuote, GoldOutcome> scored = new LinkedHashMap<>();
        outcomes.forEach(o -> scored.put(o.quote(), o));
        for (GoldQuote q : doc.quotes()) {
            GoldOutcome o = scored.get(q);
            int flag = o == null ? OTHER : o.found() ? FOUND : MISSED;
            for (Span s : q.scoredSpans()) {
                m.spans().add(new int[] {s.start(), s.end(), flag});
            }
            if (q.hasSpeakerSpan()) {
                m.spans().add(new int[] {q.speakerStart(), q.speakerEnd(), SOURCE});
            }
            boolean bad = o != null && (!o.found() || !o.speakerOk());
            label(m, q.end(), "— " + (q.hasSpeaker() ? q.speaker() : "no source"), bad);
        }
        return m;
    }

    private static Marks predMarks(List<PredOutcome> outcomes) {
        Marks m = new Marks(new ArrayList<>(), new TreeMap<>());
        for (PredOutcome o : outcomes) {
            PredQuote q = o.quote();
            int flag = !o.correct() ? EXTRA : o.speakerOk() ? RIGHT : WRONG;
            m.spans().add(new int[] {q.start(), q.end(), flag});
            if (q.mention() != null) {
                m.spans().add(new int[] {q.mention().start(), q.mention().end(), SOURCE});
            }
            String who = q.speakerName() == null ? "no speaker" : q.speakerName();
            label(m, q.end(), "— " + who + " · " + Breakdown.ruleAndShape(q), flag != RIGHT);
        }
        return m;
    }

    private static void label(Marks m, int at, String text, boolean bad) {
        m.labels().computeIfAbsent(at, k -> new ArrayList<>()).add(new String[] {text, bad ? "bad" : ""});
    }

    private static String marked(GoldDoc doc, Marks marks) {
        int[] cps = doc.text().codePoints().toArray();
        int[] flags = new int[cps.length + 1];
        for (int[] s : marks.spans()) {
            for (int i = Math.max(0, s[0]); i < Math.min(cps.length, s[1]); i++) {
                flags[i] |= s[2];
            }
        }
        StringBuilder out = new StringBuilder(cps.length * 2);
        int open = 0;
        for (int i = 0; i <= cps.length; i++) {
            List<String[]> labels = marks.labels().get(i);
            int want = i < cps.length ? flags[i] : 0;
            if (open != 0 && (want != open || labels != null)) {
                out.append("</span>");
                open = 0;
            }
            if (labels != null) {
                for (String[] l : labels) {
                    out.append("<sup").append(l[1].isEmpty() ? "" : " class=\"bad\"").append('>')
                            .append(escape(l[0])).append("</sup>");
                }
            }
            if (i == cps.length) {
                break;
            }
            if (want != 0 && want != open) {
                out.append("<span class=\"").append(classes(want)).append("\">");
                open = want;
            }
            switch (cps[i]) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.appendCodePoint(cps[i]);
            }
        }
        return out.toString();
    }

    private static String classes(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < CLASSES.length; b++) {
            if ((flags & (1 << b)) != 0) {
                sb.append(sb.length() == 0 ? "" : " ").append(CLASSES[b]);
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
