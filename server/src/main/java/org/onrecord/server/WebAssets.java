package org.onrecord.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The web page's files, read once from the classpath (they are small) so a shaded jar serves them too. */
final class WebAssets {
    record Asset(byte[] bytes, String contentType) {}

    private static final String ROOT = "/org/onrecord/server/web/";

    private final Map<String, Asset> byPath;

    private WebAssets(Map<String, Asset> byPath) {
        this.byPath = byPath;
    }

    static WebAssets load() {
        return new WebAssets(Map.of(
                "/", asset("index.html", "text/html; charset=utf-8"),
                "/app.js", asset("app.js", "text/javascript; charset=utf-8"),
                "/app.css", asset("app.css", "text/css; charset=utf-8"),
                "/api/openapi.json", asset("openapi.json", "application/json; charset=utf-8")));
    }

    Map<String, Asset> byPath() {
        return byPath;
    }

    private static Asset asset(String name, String contentType) {
        try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing web asset " + ROOT + name + " (a broken build)");
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
