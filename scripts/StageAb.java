import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One stage's CPU time per article, two engines in one process taking turns, as {@code AbCpu.java}
 * does for the whole engine: for a change to one stage, whose effect the whole engine's noise on a
 * loaded machine hides. Each jar gets its own class loader; each article's inputs to the stage
 * (segmented text, quotes, tokens, entities) are computed once, by that jar, before timing. Then,
 * after 20 warm-up passes, chunks of articles (AB_CHUNK, 20) run through the stage of both jars in
 * A B then B A order. Stages: segment, quote, tokens, entity, attr. Attribution reuses each
 * article's tokens, whose per-article memo (police forces) is then filled after the first pass.
 *
 * <pre>java scripts/StageAb.java CORPUS.jsonl ROUNDS STAGE A.jar B.jar</pre>
 */
public class StageAb {
    static final class Engine {
        final Method segment;
        final Method scan;
        final Method tokens;
        final Method contents;
        final Method entities;
        final Method attribute;
        final List<Object[]> inputs = new ArrayList<>();

        Engine(String jar, List<String> lines) throws Exception {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> segmented = cl.loadClass("org.onrecord.text.Segmented");
            Class<?> tokensClass = cl.loadClass("org.onrecord.text.Tokens");
            Class<?> attributor = cl.loadClass("org.onrecord.attribution.Attributor");
            segment = cl.loadClass("org.onrecord.text.BoilerplateFinder").getMethod("segment", String.class);
            scan = cl.loadClass("org.onrecord.quote.QuoteScanner").getMethod("scan", segmented);
            tokens = tokensClass.getMethod("of", segmented);
            contents = attributor.getMethod("contents", List.class);
            entities = cl.loadClass("org.onrecord.entity.EntityFinder").getMethod("find", tokensClass, List.class);
            attribute = attributor.getMethod("attribute", segmented, tokensClass, cl.loadClass("org.onrecord.entity.Entities"), List.class);
            Method parse = cl.loadClass("org.onrecord.json.ArticleJson").getMethod("parse", String.class, String.class);
            Method text = cl.loadClass("org.onrecord.model.Article").getMethod("text");
            for (String line : lines) {
                String t = (String) text.invoke(parse.invoke(null, line, "corpus"));
                if (t == null || t.length() > 200_000) {
                    continue; // HTML, or longer than one window: not the stages' input as such
                }
                Object doc = segment.invoke(null, t);
                Object quotes = scan.invoke(null, doc);
                Object toks = tokens.invoke(null, doc);
                Object ents = entities.invoke(null, toks, contents.invoke(null, quotes));
                inputs.add(new Object[] {t, doc, quotes, toks, ents});
            }
        }

        long run(String stage, int from, int to) throws Exception {
            long h = 0;
            for (int i = from; i < to; i++) {
                Object[] in = inputs.get(i);
                Object out = switch (stage) {
                    case "segment" -> segment.invoke(null, in[0]);
                    case "quote" -> scan.invoke(null, in[1]);
                    case "tokens" -> tokens.invoke(null, in[1]);
                    case "entity" -> entities.invoke(null, in[3], contents.invoke(null, in[2]));
                    case "attr" -> attribute.invoke(null, in[1], in[3], in[4], in[2]);
                    default -> throw new IllegalArgumentException("no stage " + stage);
                };
                h += System.identityHashCode(out) & 1;
            }
            return h;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java scripts/StageAb.java CORPUS.jsonl ROUNDS segment|quote|tokens|entity|attr A.jar B.jar");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        String stage = args[2];
        Engine[] engines = {new Engine(args[3], lines), new Engine(args[4], lines)};
        int n = engines[0].inputs.size();
        for (int w = 0; w < 20; w++) {
            for (Engine e : engines) {
                e.run(stage, 0, n);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int chunk = Integer.parseInt(System.getenv().getOrDefault("AB_CHUNK", "20"));
        double[] total = new double[2];
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < n; c += chunk) {
                double[] t = new double[2];
                for (int k = 0; k < 2; k++) {
                    int i = (r + c / chunk) % 2 == 0 ? k : 1 - k;
                    long t0 = mx.getCurrentThreadCpuTime();
                    engines[i].run(stage, c, Math.min(n, c + chunk));
                    t[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
                    total[i] += t[i];
                }
                ratios.add(t[1] / t[0]);
            }
        }
        Collections.sort(ratios);
        int m = ratios.size();
        System.out.printf("%s: A %.4f CPU ms/article, B %.4f; B/A %.3f; chunk ratios: median %.3f, quartiles %.3f-%.3f (%d chunks)%n",
                stage, total[0] / ((double) n * rounds), total[1] / ((double) n * rounds), total[1] / total[0],
                ratios.get(m / 2), ratios.get(m / 4), ratios.get(3 * m / 4), m);
    }
}
