package org.onrecord.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line, as a test sees it: exit code, standard output and standard error. */
record Run(int exit, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
