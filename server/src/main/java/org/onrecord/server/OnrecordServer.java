package org.onrecord.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Objects;
import org.onrecord.Engine;
import org.onrecord.json.ExtractionJson;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.store.BadQueryException;
import org.onrecord.store.QuoteStore;
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
 */
public final class OnrecordServer implements AutoCloseable {
    /** Largest request body accepted: a long article as HTML fits; anything bigger is refused with 413. */
    public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(OnrecordServer.class);
    /** Scripts, styles and data only from this server: a quote that slips past escaping still cannot run. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;

    private OnrecordServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving; port 0 picks a free port (see {@link #port()}). */
    public static OnrecordServer start(QuoteStore store, Engine engine, String host, int port) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(engine, "engine");
        ObjectMapper json = ExtractionJson.mapper();
        WebAssets assets = WebAssets.load();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = "application/json; charset=utf-8";
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        assets.byPath().forEach((path, asset) -> app.get(path, ctx -> {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(asset.contentType()).result(asset.bytes());
        }));
        app.get("/api/quotes", ctx -> send(ctx, json, store.search(RequestParams.search(ctx))));
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
            Extraction x = engine.extract(article(ctx, json));
            ctx.contentType("application/json; charset=utf-8").result(ExtractionJson.toLine(x));
        });
        app.exception(BadQueryException.class, (e, ctx) -> error(ctx, json, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, json, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, json, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, json, 404, "no such page: " + ctx.path());
            }
        });
        app.error(405, ctx -> error(ctx, json, 405, ctx.method() + " is not allowed on " + ctx.path()));
        app.start(host, port);
        return new OnrecordServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The article in a request: JSON {@code {"text"|"html", "id"?, "url"?, "published"?, "outlet"?}}, or the raw body. */
    private static Article article(Context ctx, ObjectMapper json) {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadQueryException("the request body is empty: send JSON {\"text\": \"…\"} or {\"html\": \"…\"}, "
                    + "or the article itself as text/plain or text/html");
        }
        if (type.startsWith("text/html")) {
            return Article.ofHtml(null, body);
        }
        if (!type.startsWith("application/json")) {
            return Article.ofText(null, body);
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadQueryException("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadQueryException("the body must be a JSON object");
        }
        String text = field(node, "text");
        String html = field(node, "html");
        if ((text == null) == (html == null)) {
            throw new BadQueryException("give exactly one of \"text\" or \"html\"");
        }
        Article a = text != null ? Article.ofText(field(node, "id"), text) : Article.ofHtml(field(node, "id"), html);
        return a.withMetadata(field(node, "url"), field(node, "published"), field(node, "outlet"));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadQueryException("field \"" + name + "\" must be a string");
        }
        return v.asText();
    }

    private static void send(Context ctx, ObjectMapper json, Object body) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }

    private static void error(Context ctx, ObjectMapper json, int status, String message) {
        ctx.status(status);
        try {
            send(ctx, json, new ApiError(status, message));
        } catch (JsonProcessingException e) {
            ctx.result("{\"status\":" + status + "}");
        }
    }
}
