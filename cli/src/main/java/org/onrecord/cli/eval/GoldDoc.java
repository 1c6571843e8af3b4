package org.onrecord.cli.eval;

import java.util.List;

/** One gold document: its text and every annotated quotation. {@code line} is where it was read. */
record GoldDoc(String id, String text, List<GoldQuote> quotes, int line) {
    GoldDoc {
        quotes = List.copyOf(quotes);
    }
}
