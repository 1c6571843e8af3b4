package org.onrecord.attribution;

import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;

/**
 * A quotation with what attribution decided for it.
 *
 * @param speaker the resolved speaker, or null when no rule decided
 * @param match the cue the speaker was read from, or null for inherited attributions
 * @param rule the rule that decided, or null
 */
public record Attribution(
        QuoteSpan quote, QuoteType type, ResolvedSpeaker speaker, CueMatch match, Rule rule, String evidence) {
    public boolean isAttributed() {
        return speaker != null;
    }

    /** This attribution's speaker, handed on to another quotation by an inheriting rule. */
    Attribution inheritBy(QuoteSpan other, Rule by, String why) {
        return new Attribution(other, QuoteType.DIRECT, speaker, null, by, why);
    }
}
