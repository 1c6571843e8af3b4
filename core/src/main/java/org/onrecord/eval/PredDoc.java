package org.onrecord.eval;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.model.Extraction;
import org.onrecord.model.Quote;

/** The predicted quotations of one document. */
public record PredDoc(String id, List<PredQuote> quotes) {
    public PredDoc {
        quotes = List.copyOf(quotes);
    }

    /** The engine's quotations of one extraction in the scorer's terms. */
    public static PredDoc of(String id, Extraction x) {
        List<PredQuote> quotes = new ArrayList<>();
        for (Quote q : x.quotes()) {
            String name = q.speaker() == null ? null : q.speaker().name();
            Span mention = q.speaker() == null || q.speaker().mention() == null ? null
                    : new Span(q.speaker().mention().start(), q.speaker().mention().end());
            quotes.add(new PredQuote(q.start(), q.end(), q.type().label(), name, mention, q.rule(), q.shape(),
                    q.act() == null ? null : q.act().label()));
        }
        return new PredDoc(id, quotes);
    }
}
