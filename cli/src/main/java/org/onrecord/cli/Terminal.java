package org.onrecord.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so that progress is drawn there. {@code System.console()}
 * is null as soon as standard output is redirected ({@code extract --jsonl … > out.jsonl}), which is
 * exactly when a progress bar on standard error is wanted; on Linux the descriptor's link says more.
 */
final class Terminal {
    private Terminal() {}

    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
