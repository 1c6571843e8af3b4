package org.onrecord.eval;

import java.util.List;

/** One gold document: its text and every annotated quotation. {@code line} is where it was read. */
public record GoldDoc(String id, String text, List<GoldQuote> quotes, int line) {
    public GoldDoc {
        quotes = List.copyOf(quotes);
    }
}
