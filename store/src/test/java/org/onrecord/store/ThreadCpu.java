package org.onrecord.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind, read from {@code /proc/self/task/}: the engine's workers, the writer, the
 * collector's and the compiler's threads, which the JVM's own beans do not list (docs/PROVENANCE.md, session 12; Linux
 * only, empty elsewhere; a thread that ended between two snapshots is not counted). For the replay tools, not run by
 * the test suite.
 */
final class ThreadCpu {
    private static final double TICK_MS = 10; // USER_HZ is 100 on Linux

    private ThreadCpu() {}

    /** Ticks (user + system) by thread id, with the thread's name. */
    record Sample(String name, long ticks) {}

    static Map<String, Sample> snapshot() {
        Map<String, Sample> out = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (Stream<Path> s = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) s::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    // fields after the name: state is 3, utime 14, stime 15 (1-based in proc(5)), so 11 and 12 here
                    long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                    out.put(t.getFileName().toString(), new Sample(stat.substring(open + 1, close), ticks));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Milliseconds of CPU by kind of thread (the name without its digits) between two snapshots. */
    static Map<String, Long> since(Map<String, Sample> before, Map<String, Sample> after) {
        Map<String, Long> out = new TreeMap<>();
        for (var e : after.entrySet()) {
            Sample was = before.get(e.getKey());
            long ticks = e.getValue().ticks() - (was == null ? 0 : was.ticks());
            String kind = e.getValue().name().replaceAll("[0-9#]+", "").strip();
            out.merge(kind, Math.round(ticks * TICK_MS), Long::sum);
        }
        out.values().removeIf(v -> v == 0);
        return out;
    }

    static String json(Map<String, Long> byKind) {
        StringBuilder b = new StringBuilder("{");
        for (var e : byKind.entrySet()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(e.getKey().replace("\"", "")).append("\":").append(e.getValue());
        }
        return b.append('}').toString();
    }
}
