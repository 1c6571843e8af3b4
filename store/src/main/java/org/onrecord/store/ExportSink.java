package org.onrecord.store;

import java.io.IOException;

/** Where {@link QuoteStore#export} sends a search's results: told the count first, then given them in order. */
public interface ExportSink {
    /**
     * Called once, before any result.
     *
     * @param total how many quotes match the search
     * @param count how many of them follow: {@code total}, or {@link SearchQuery#MAX_EXPORT} when there are more
     */
    void begin(long total, int count) throws IOException;

    /** One result, in search order. */
    void hit(QuoteHit hit) throws IOException;
}
