package org.onrecord.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed. A PrintWriter only keeps that one did, so
 * {@code extract --jsonl big.jsonl > out.jsonl} on a full disk used to run to the end, write nothing
 * and exit 0; with this the run stops at the next batch and says "disk full" in one line.
 */
final class StandardOutput extends OutputStream {
    private static volatile IOException failure;
    private static volatile boolean reported;

    private final OutputStream out;

    private StandardOutput(OutputStream out) {
        this.out = out;
    }

    /** A writer on standard output, encoded as picocli's own default writer is. */
    static PrintWriter writer() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null ? Charset.forName(encoding) : Charset.defaultCharset();
        OutputStream stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, charset)), true);
    }

    /** Throws a one-line error when {@code out} could not be written, so that a run stops there. */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            reported = true;
            throw new UserError("standard output: cannot write: " + reason(failure));
        }
    }

    /** The exit status once a command is done: a failed write not yet reported is reported now. */
    static int finish(PrintWriter out, PrintWriter err, int exit) {
        if (!out.checkError() || reported) {
            return exit;
        }
        err.println("onrecord: standard output: cannot write: " + reason(failure));
        err.flush();
        return exit == 0 ? UserError.EXIT : exit;
    }

    /** A few words for an output failure: the operating system's message, as its C library words it. */
    static String reason(IOException e) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("no space left")) {
            return "disk full";
        }
        if (m.contains("disk quota")) {
            return "disk quota exceeded";
        }
        if (m.contains("broken pipe")) {
            return "the reading end of the pipe was closed";
        }
        if (m.contains("permission denied") || m.contains("read-only file system")) {
            return "permission denied (" + message + ")";
        }
        return message.isEmpty() ? "write failed" : message;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private static IOException remember(IOException e) {
        if (failure == null) {
            failure = e; // the first: later writes fail for the same reason, or for having failed
        }
        return e;
    }
}
