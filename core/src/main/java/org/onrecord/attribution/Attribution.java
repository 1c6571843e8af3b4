package org.onrecord.attribution;

import java.util.List;
import org.onrecord.model.Act;
import org.onrecord.model.Modality;
import org.onrecord.model.Polarity;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Span;

/**
 * A quotation with what attribution decided for it.
 *
 * @param speaker the resolved speaker, or null when no rule decided
 * @param match the cue the speaker was read from, or null for inherited attributions
 * @param rule the rule that decided, or null
 * @param shape the shape of the rule's decision (a reported clause's framing), or null where the rule has one shape
 * @param fragments for a reported clause, the quoted words inside it
 * @param modality negation or hedging of its cue, or null
 * @param act for a reported clause, what its cue reports (speech, thought, finding), else null
 * @param target for a stance, what it is towards, else null
 * @param polarity for a stance, which way it points, else null
 */
public record Attribution(
        QuoteSpan quote, QuoteType type, ResolvedSpeaker speaker, CueMatch match, Rule rule, Shape shape,
        String evidence, List<Span> fragments, Modality modality, Act act, Span target, Polarity polarity) {
    public Attribution {
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
    }

    Attribution(QuoteSpan quote, QuoteType type, ResolvedSpeaker speaker, CueMatch match, Rule rule, Shape shape,
            String evidence, List<Span> fragments, Modality modality) {
        this(quote, type, speaker, match, rule, shape, evidence, fragments, modality, null, null, null);
    }

    Attribution(QuoteSpan quote, QuoteType type, ResolvedSpeaker speaker, CueMatch match, Rule rule, String evidence) {
        this(quote, type, speaker, match, rule, null, evidence, List.of(), null);
    }

    public boolean isAttributed() {
        return speaker != null;
    }

    /** This reported clause, saying what kind of act its cue reports. */
    Attribution reporting(Act what) {
        return new Attribution(quote, type, speaker, match, rule, shape, evidence, fragments, modality, what, null, null);
    }

    /** This reported clause as a stance towards its content. */
    Attribution asStance(Polarity which) {
        return new Attribution(quote, QuoteType.STANCE, speaker, match, rule, shape, evidence, fragments, modality, null,
                quote.content(), which);
    }

    /** This attribution with another source, and why. */
    Attribution withSource(ResolvedSpeaker source, String why) {
        return new Attribution(quote, type, source, match, rule, shape, why, fragments, modality, act, target, polarity);
    }

    /** This quotation with no source, no cue and no rule, and why none was acceptable. */
    Attribution unattributed(String why) {
        return new Attribution(quote, type, null, null, null, null, why, fragments, null, act, target, polarity);
    }

    /**
     * This attribution's speaker and cue, handed on to another quotation by an inheriting rule: the
     * second part of “We tried,” she said. “It failed.” was said as much as the first, so it names
     * the same cue (and addressee); its rule still says the cue is not its own.
     */
    Attribution inheritBy(QuoteSpan other, Rule by, String why) {
        return new Attribution(other, QuoteType.DIRECT, speaker, match, by, why);
    }
}
