package org.onrecord.server;

import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.onrecord.store.BadQueryException;
import org.onrecord.store.ExportSink;
import org.onrecord.store.ExportWriter;
import org.onrecord.store.QuoteHit;
import org.onrecord.store.QuoteStore;
import org.onrecord.store.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/quotes?format=csv} (or {@code jsonl}): every result of the search as a download, written
 * as it is read, a page of quotes at a time ({@link QuoteStore#export}), capped at
 * {@link SearchQuery#MAX_EXPORT} as paging is. Errors found before the first byte (a bad query, a busy
 * store) are the API's usual JSON errors; one after it cannot change the status any more, so the
 * connection is cut instead, and the client sees a failed download rather than a file that looks whole.
 */
final class SearchExport {
    private static final Logger LOG = LoggerFactory.getLogger(SearchExport.class);

    private SearchExport() {}

    /** The export format the request asks for, or null for the JSON page of results. */
    static ExportWriter.Format format(Context ctx) {
        String value = ctx.queryParam("format");
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("json")) {
            return null;
        }
        try {
            return ExportWriter.Format.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("parameter format: \"" + value + "\" is not json, csv or jsonl");
        }
    }

    static void send(Context ctx, QuoteStore store, SearchQuery query, ExportWriter.Format format) throws IOException {
        boolean[] started = new boolean[1];
        try {
            ExportWriter[] writer = new ExportWriter[1];
            store.export(query, new ExportSink() {
                @Override
                public void begin(long total, int count) throws IOException {
                    ctx.status(200);
                    ctx.contentType(format.contentType());
                    ctx.header("Content-Disposition", "attachment; filename=\"onrecord-quotes." + format.extension() + "\"");
                    ctx.header("X-Total-Count", Long.toString(total));
                    ctx.header("X-Export-Count", Integer.toString(count));
                    ctx.header("Cache-Control", "no-store");
                    started[0] = true;
                    writer[0] = ExportWriter.open(format, ctx.outputStream());
                }

                @Override
                public void hit(QuoteHit hit) throws IOException {
                    writer[0].hit(hit);
                }
            });
            writer[0].close();
        } catch (IOException | RuntimeException e) {
            if (!started[0]) {
                throw e;
            }
            // The status and part of the body are sent: an error body now would be read as more of the file.
            LOG.warn("export of {} cut short: {}", ctx.queryString(), e.toString());
            Request.getBaseRequest(ctx.req()).getHttpChannel().abort(e);
        }
    }
}
