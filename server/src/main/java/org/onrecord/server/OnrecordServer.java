package org.onrecord.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Objects;
import org.onrecord.Engine;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Extraction;
import org.onrecord.store.BadQueryException;
import org.onrecord.store.QuoteStore;
import org.onrecord.store.SearchPage;
import org.onrecord.store.StoreBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of a quote store: a JSON API under {@code /api} (described by {@code /api/openapi.json})
 * and the web page at {@code /}.
 *
 * <pre>{@code
 * try (OnrecordServer server = OnrecordServer.start(store, Engine.create(), "127.0.0.1", 0)) {
 *     int port = server.port();
 * }
 * }</pre>
 *
 * <p>No client can hold it up for long (docs/STORE.md, "Limits"): searches are bounded and timed by the
 * store; request bodies are read as streams with a size limit, a minimum rate and a deadline, a few at a
 * time; extraction runs on threads of its own with a deadline, requests waiting their turn for a
 * bounded time; requests naming another host, and posts
 * from other sites' pages, are refused.
 */
public final class OnrecordServer implements AutoCloseable {
    /** Largest request body accepted: a long article as HTML fits; anything bigger is refused with 413. */
    public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    /** Request bodies read at once; more wait their turn (as {@link FairTurns}), rather than each holding a request thread. */
    static final int MAX_UPLOADS = 16;
    /**
     * Requests that may wait for a body to be read, and how long: a burst of ordinary posts waits a moment
     * instead of being refused, while slow bodies (cut off by the rate check in {@link RequestBody}) can hold
     * only these few request threads more; past either bound, 503 at once.
     */
    static final int MAX_UPLOADS_WAITING = 32;
    static final java.time.Duration UPLOAD_WAIT = java.time.Duration.ofSeconds(2);
    /** How long a blocked read or write may wait for the client (a body's minimum rate is checked in {@link RequestBody}). */
    static final int IO_IDLE_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(OnrecordServer.class);
    /** Scripts, styles and data only from this server: a quote that slips past escaping still cannot run. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final ExtractionRunner extractions;
    private final FairTurns uploads;

    private OnrecordServer(Javalin app, ExtractionRunner extractions, FairTurns uploads) {
        this.app = app;
        this.extractions = extractions;
        this.uploads = uploads;
    }

    /** Starts serving with {@link ServerOptions#defaults()}; port 0 picks a free port (see {@link #port()}). */
    public static OnrecordServer start(QuoteStore store, Engine engine, String host, int port) {
        return start(store, engine, host, port, ServerOptions.defaults());
    }

    public static OnrecordServer start(QuoteStore store, Engine engine, String host, int port, ServerOptions options) {
        Objects.requireNonNull(engine, "engine");
        return start(store, engine::extract, host, port, options);
    }

    static OnrecordServer start(QuoteStore store, Extractor engine, String host, int port, ServerOptions options) {
        Objects.requireNonNull(store, "store");
        ObjectMapper json = ExtractionJson.mapper();
        WebAssets assets = WebAssets.load();
        HostGuard guard = new HostGuard(host, options.allowedHosts());
        ExtractionRunner extractions = new ExtractionRunner(engine, options.extractTimeLimit(),
                options.extractQueueWait(), options.extractThreads());
        FairTurns uploads = new FairTurns(MAX_UPLOADS, MAX_UPLOADS_WAITING, Long.MAX_VALUE,
                "too many request bodies are being read at once and %d more wait",
                "too many request bodies were being read at once for %s");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(IO_IDLE_MILLIS);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
        });
        app.before(ctx -> {
            Timing.start(ctx);
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            guard.checkHost(ctx);
        });
        assets.byPath().forEach((path, asset) -> app.get(path, ctx -> {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(asset.contentType()).result(asset.bytes());
        }));
        app.get("/api/quotes", ctx -> {
            var format = SearchExport.format(ctx);
            if (format == null) {
                SearchPage page = store.search(RequestParams.search(ctx));
                send(ctx, json, SearchAnswer.of(page, store.spreads(page.hits().stream().map(h -> h.quote().id()).toList())));
            } else {
                SearchExport.send(ctx, store, RequestParams.search(ctx), format);
            }
        });
        app.get("/api/quotes/{id}/cluster", ctx -> {
            long id = RequestParams.pathId(ctx);
            long cluster = store.clusterOfQuote(id).orElseThrow(() -> new HttpResponseException(404,
                    "quote " + id + " is in no cluster: there is no such quote, or it is not a direct or mixed quote"));
            send(ctx, json, store.cluster(cluster).orElseThrow(() -> new HttpResponseException(404,
                    "quote " + id + " is in no cluster: it was re-indexed meanwhile")));
        });
        app.get("/api/clusters/{id}", ctx -> {
            long id = RequestParams.pathId(ctx);
            send(ctx, json, store.cluster(id).orElseThrow(() -> new HttpResponseException(404, "no cluster " + id)));
        });
        app.get("/api/facets", ctx -> send(ctx, json, store.facets(RequestParams.search(ctx))));
        app.get("/api/people/{id}", ctx -> {
            long id = RequestParams.pathId(ctx);
            send(ctx, json, store.person(id).orElseThrow(() -> new HttpResponseException(404, "no person " + id)));
        });
        app.get("/api/articles/{id}", ctx -> {
            long id = RequestParams.pathId(ctx);
            send(ctx, json, store.article(id).orElseThrow(() -> new HttpResponseException(404, "no article " + id)));
        });
        app.get("/api/stats", ctx -> send(ctx, json, store.stats()));
        app.post("/api/extract", ctx -> {
            guard.checkSameOrigin(ctx);
            String type = RequestBody.mediaType(ctx);
            RequestBody body;
            uploads.acquire(UPLOAD_WAIT, 0);
            try {
                body = RequestBody.read(ctx, type, MAX_REQUEST_BYTES);
            } finally {
                uploads.release();
            }
            Extraction x = extractions.extract(ExtractRequest.article(body, json), Timing.of(ctx));
            ctx.contentType("application/json; charset=utf-8").result(ExtractionJson.toLine(x));
        });
        app.after(ctx -> Timing.of(ctx).send(ctx));
        app.exception(BadQueryException.class, (e, ctx) -> error(ctx, json, 400, e.getMessage()));
        app.exception(StoreBusyException.class, (e, ctx) -> error(ctx, json, 503, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, json, e.getStatus(),
                e.getStatus() == 405 ? notAllowed(ctx) : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, json, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, json, 404, "no such page: " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (!ctx.res().isCommitted()) {
                error(ctx, json, 405, notAllowed(ctx));
            }
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            extractions.close();
            throw e;
        }
        return new OnrecordServer(app, extractions, uploads);
    }

    public int port() {
        return app.port();
    }

    /** Extraction requests waiting for a thread now: lets a test line requests up. */
    int extractionsWaiting() {
        return extractions.waiting();
    }

    /** Requests waiting for their body to be read now. */
    int uploadsWaiting() {
        return uploads.waiting();
    }

    @Override
    public void close() {
        app.stop();
        extractions.close();
    }

    private static String notAllowed(Context ctx) {
        return ctx.method() + " is not allowed on " + ctx.path() + ": the API is read-only but for POST /api/extract";
    }

    private static void send(Context ctx, ObjectMapper json, Object body) throws JsonProcessingException {
        // Straight to UTF-8 bytes: through a String first, each search page was copied twice more (about a
        // tenth of what the server allocated under load).
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
    }

    private static void error(Context ctx, ObjectMapper json, int status, String message) {
        ctx.status(status);
        if (status == 503) {
            ctx.header("Retry-After", "1");
        }
        String body;
        try {
            body = json.writeValueAsString(new ApiError(status, message));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.contentType("application/json; charset=utf-8");
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        if (hasBody && !ctx.res().isCommitted()) {
            answerNow(ctx, body);
        } else {
            ctx.result(body);
        }
    }

    /**
     * Sends the answer at once and closes the connection, for a request whose body may be partly unread.
     * Left to the end of the request, Jetty would first read on (and discard) whatever the client keeps
     * sending, tens of megabytes from a fast one, before answering.
     */
    private static void answerNow(Context ctx, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ctx.header("Connection", "close");
        ctx.res().setContentLength(bytes.length);
        try {
            ctx.res().getOutputStream().write(bytes);
            ctx.res().flushBuffer();
        } catch (java.io.IOException e) {
            LOG.debug("client gone before its error answer: {}", e.toString());
        }
    }
}
