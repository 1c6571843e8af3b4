package org.onrecord.server;

import org.onrecord.Engine;
import org.onrecord.store.QuoteStore;

/**
 * A real server on a real store, on a free port of the loopback address, for one test class:
 * opened in its {@code @BeforeAll}, closed (server, then store) in its {@code @AfterAll}.
 */
record ServedStore(QuoteStore store, OnrecordServer server, HttpApi http) implements AutoCloseable {
    static ServedStore of(QuoteStore store, Engine engine) {
        OnrecordServer server = OnrecordServer.start(store, engine, "127.0.0.1", 0);
        return new ServedStore(store, server, new HttpApi(server.port()));
    }

    /** With a stand-in for the engine and options of the test's own. */
    static ServedStore of(QuoteStore store, Extractor extractor, ServerOptions options) {
        OnrecordServer server = OnrecordServer.start(store, extractor, "127.0.0.1", 0, options);
        return new ServedStore(store, server, new HttpApi(server.port()));
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
