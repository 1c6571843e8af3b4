package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.onrecord.Engine;
import org.onrecord.server.OnrecordServer;
import org.onrecord.server.ServerOptions;
import org.onrecord.store.QuoteStore;
import org.onrecord.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code onrecord serve}: the JSON API and the web page over a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a quote store: the web page at /, the JSON API under /api (described at /api/openapi.json)."},
        footer = {"%nExamples:",
            "  onrecord serve --db news.db                 (then open http://127.0.0.1:8080/)",
            "  onrecord serve --db news.db --port 0        (any free port; the address is printed)",
            "  onrecord serve --db news.db --host 0.0.0.0 --allow-host quotes.example.org"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store, made by onrecord index.")
    Path db;

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = {"A host name clients may use to reach the server, besides localhost, IP addresses and --host"
                    + " (repeatable; * allows any). Other names are refused, against DNS rebinding."})
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = EngineArgs.DEADLINE_OPTION, paramLabel = "MS", description = {EngineArgs.DEADLINE_HELP,
        "POST /api/extract answers 503 for such an article."})
    long deadlineMs = EngineArgs.DEFAULT_DEADLINE_MS;

    @Option(names = "--extract-threads", paramLabel = "N", description = {"Extractions run at once for POST /api/extract"
            + " (default: one fewer than the cores, at least one: a core is left to searches). More wait their turn;"
            + " past the wait, 503 with Retry-After."})
    int extractThreads = ServerOptions.defaultExtractThreads();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new UserError("--port: expected 0 to 65535 (0: any free port), got " + port);
        }
        if (extractThreads < 1) {
            throw new UserError("--extract-threads: expected 1 or more, got " + extractThreads);
        }
        Engine engine = EngineArgs.engine(List.of(), 0, deadlineMs);
        QuoteStore store;
        try {
            store = QuoteStore.openReadOnly(db);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
        OnrecordServer server;
        try {
            server = OnrecordServer.start(store, engine, host, port,
                    ServerOptions.defaults().withAllowedHosts(allowedHosts).withExtractThreads(extractThreads));
        } catch (RuntimeException e) {
            store.close();
            throw new UserError("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "onrecord-stop"));
        var stats = store.stats();
        out.printf("Serving %s (%,d articles, %,d quotes) at http://%s:%d/  (Ctrl-C to stop)%n", db, stats.articles(),
                stats.quotes(), host.contains(":") ? "[" + host + "]" : host, server.port());
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
