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
 * Two engines' CPU time per article on the same corpus, in one process, taking turns: for a change
 * that should be faster, on a machine too busy for wall-clock figures (load swings hit both jars
 * alike). Each jar gets its own class loader (its own JIT-compiled code); each chunk of articles
 * (20, AB_CHUNK) runs through both, in A B then B A order, after AB_WARM (6) warm-up passes. Every
 * article is read from its JSONL line, extracted and written as JSON, as {@code extract --jsonl}
 * does (AB_MODE=nojson: extraction only). Prints CPU ms and KB allocated per article for each jar,
 * and B/A over the whole run and per chunk (median, quartiles).
 *
 * <pre>java scripts/AbCpu.java CORPUS.jsonl ROUNDS A.jar B.jar</pre>
 */
public class AbCpu {
    static final class E {
        final String name; final Object engine; final Method parse, extract, toLine;
        E(String jar) throws Exception {
            name = jar;
            ClassLoader cl = new URLClassLoader(new URL[]{Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> eng = cl.loadClass("org.onrecord.Engine");
            Class<?> art = cl.loadClass("org.onrecord.model.Article");
            engine = eng.getMethod("create").invoke(null);
            parse = cl.loadClass("org.onrecord.json.ArticleJson").getMethod("parse", String.class, String.class);
            extract = eng.getMethod("extract", art);
            toLine = cl.loadClass("org.onrecord.json.ExtractionJson").getMethod("toLine", cl.loadClass("org.onrecord.model.Extraction"));
        }
        long pass(List<String> lines, boolean json) throws Exception {
            long h = 0;
            for (String l : lines) {
                Object a = parse.invoke(null, l, "x");
                Object x = extract.invoke(engine, a);
                if (json) h += ((String) toLine.invoke(null, x)).length(); else h += x.hashCode() & 1;
            }
            return h;
        }
    }
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java scripts/AbCpu.java CORPUS.jsonl ROUNDS A.jar B.jar");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        boolean json = !"nojson".equals(System.getenv("AB_MODE"));
        List<E> es = new ArrayList<>();
        for (int i = 2; i < args.length; i++) es.add(new E(args[i]));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = Integer.parseInt(System.getenv().getOrDefault("AB_WARM", "6"));
        for (int w = 0; w < warm; w++) for (E e : es) e.pass(lines, json);
        int chunk = Integer.parseInt(System.getenv().getOrDefault("AB_CHUNK", "20"));
        com.sun.management.ThreadMXBean amx = (com.sun.management.ThreadMXBean) mx;
        long tid = Thread.currentThread().getId();
        int n = es.size();
        double[] tot = new double[n];
        double[] alloc = new double[n];
        List<Double> ratios = new ArrayList<>();
        int articles = 0;
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < lines.size(); c += chunk) {
                List<String> part = lines.subList(c, Math.min(lines.size(), c + chunk));
                double[] t = new double[n];
                for (int k = 0; k < n; k++) {
                    int i = ((r + c / chunk) % 2 == 0) ? k : n - 1 - k;
                    long a0 = amx.getThreadAllocatedBytes(tid);
                    long t0 = mx.getCurrentThreadCpuTime();
                    es.get(i).pass(part, json);
                    t[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
                    alloc[i] += amx.getThreadAllocatedBytes(tid) - a0;
                    tot[i] += t[i];
                }
                if (n > 1) ratios.add(t[1] / t[0]);
                articles += part.size();
            }
        }
        for (int i = 0; i < n; i++) {
            System.out.printf("%-28s %.4f CPU ms/article, %.1f KB allocated/article%n", es.get(i).name, tot[i] / articles, alloc[i] / articles / 1024);
        }
        if (n > 1) {
            Collections.sort(ratios);
            int m = ratios.size();
            System.out.printf("B/A total %.3f; chunk ratios: median %.3f, quartiles %.3f-%.3f (%d chunks)%n", tot[1] / tot[0], ratios.get(m / 2), ratios.get(m / 4), ratios.get(3 * m / 4), m);
        }
    }
}
