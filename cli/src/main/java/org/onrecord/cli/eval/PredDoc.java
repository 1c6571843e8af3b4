package org.onrecord.cli.eval;

import java.util.List;

/** The predicted quotations of one document. */
record PredDoc(String id, List<PredQuote> quotes) {
    PredDoc {
        quotes = List.copyOf(quotes);
    }
}
