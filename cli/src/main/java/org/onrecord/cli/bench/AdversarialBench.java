package org.onrecord.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onrecord.Engine;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;

/**
 * {@code bench --adversarial}: the time per KB at each length for real news and for each
 * {@link AdversarialText} shape. A linear engine keeps the per-KB time flat as the text grows.
 * Times are the measuring thread's CPU time (the median of at least three runs), so other work
 * on a shared machine disturbs them less than wall time would.
 */
final class AdversarialBench {
    /** One shape's figures: the points measured, and whether larger sizes were left out as too slow. */
    record Row(String shape, List<LengthPoint> points, boolean cutShort) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Engine engine;
    private volatile Object sink; // keeps results reachable so the JIT cannot drop the work

    AdversarialBench(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param news real news text, cycled and cut to each length
     * @param maxNanos a shape is not run at a size its last size's time, scaled linearly, says would take
     *     longer than this; a run that alone takes longer is not repeated
     */
    List<Row> run(String news, List<Integer> kilobytes, long warmupNanos, long minNanos, long maxNanos) {
        List<AdversarialText> shapes = new ArrayList<>();
        shapes.add(new AdversarialText("news", bytes -> prefix(news, bytes)));
        shapes.addAll(AdversarialText.SHAPES);
        long start = cpu();
        do { // every shape's paths, compiled before anything is timed
            for (AdversarialText s : shapes) {
                sink = engine.extract(Article.ofText("warm-up", s.text().apply(20_000)));
            }
        } while (cpu() - start < warmupNanos);
        List<Row> rows = new ArrayList<>();
        for (AdversarialText s : shapes) {
            List<LengthPoint> points = new ArrayList<>();
            boolean cutShort = false;
            for (int k = 0; k < kilobytes.size(); k++) {
                LengthPoint p = measure(s.text().apply(kilobytes.get(k) * 1000), minNanos, maxNanos);
                points.add(p);
                // the next size would take at least this long if the engine were linear
                boolean next = k + 1 < kilobytes.size();
                if (next && (double) p.medianNanos() * kilobytes.get(k + 1) / kilobytes.get(k) > maxNanos) {
                    cutShort = true;
                    break;
                }
            }
            rows.add(new Row(s.name(), points, cutShort));
        }
        return rows;
    }

    /** At least three runs filling {@code minNanos}, or one when it alone takes longer than {@code maxNanos}. */
    private LengthPoint measure(String text, long minNanos, long maxNanos) {
        Article a = Article.ofText("length", text);
        List<Long> times = new ArrayList<>();
        long start = cpu();
        while (!(times.size() == 1 && times.get(0) > maxNanos) && (times.size() < 3 || cpu() - start < minNanos)) {
            long t0 = cpu();
            sink = engine.extract(a);
            times.add(cpu() - t0);
        }
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        return new LengthPoint(Corpus.utf8(text), Stats.median(t), t.length);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The text repeated as needed (paragraph break between copies) and cut to at least {@code bytes} UTF-8 bytes. */
    static String prefix(String text, int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 16);
        int have = 0;
        while (have < bytes) {
            for (int i = 0; i < text.length() && have < bytes; i++) {
                char c = text.charAt(i);
                sb.append(c);
                have += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a pair: 2 + 2 bytes
            }
            if (have < bytes) {
                sb.append("\n\n");
                have += 2;
            }
        }
        if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1); // never end on half a pair
        }
        return sb.toString();
    }

    static void print(List<Row> rows, List<Integer> kilobytes, PrintWriter out) {
        out.println("µs per KB against length (CPU time of one thread, median of >= 3 runs; news: the corpus texts"
                + " joined, the rest generated):");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-16s", "shape"));
        for (int kb : kilobytes) {
            head.append(String.format(Locale.ROOT, " %11s", kb + " KB"));
        }
        for (int k = 1; k < kilobytes.size(); k++) {
            head.append(String.format(Locale.ROOT, " %11s", kilobytes.get(k) + "/" + kilobytes.get(0)));
        }
        out.println(head);
        for (Row r : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", r.shape()));
            for (int k = 0; k < kilobytes.size(); k++) {
                line.append(k < r.points().size()
                        ? String.format(Locale.ROOT, " %11.1f", r.points().get(k).microsPerKilobyte())
                        : String.format(Locale.ROOT, " %11s", "not run"));
            }
            for (int k = 1; k < kilobytes.size(); k++) {
                line.append(k < r.points().size()
                        ? String.format(Locale.ROOT, " %10.2f×", r.points().get(k).ratioTo(r.points().get(0)))
                        : String.format(Locale.ROOT, " %11s", "-"));
            }
            out.println(line);
        }
    }

    static String json(List<Row> rows) {
        ObjectNode o = ExtractionJson.mapper().createObjectNode();
        ArrayNode shapes = o.putArray("adversarial");
        for (Row r : rows) {
            ObjectNode s = shapes.addObject();
            s.put("shape", r.shape());
            s.put("cut_short", r.cutShort());
            ArrayNode points = s.putArray("lengths");
            for (LengthPoint p : r.points()) {
                ObjectNode n = points.addObject();
                n.put("bytes", p.bytes());
                n.put("median_ms", p.medianNanos() / 1e6);
                n.put("us_per_kb", p.microsPerKilobyte());
                n.put("ratio_to_smallest", p.ratioTo(r.points().get(0)));
                n.put("runs", p.runs());
            }
        }
        return o.toString();
    }
}
