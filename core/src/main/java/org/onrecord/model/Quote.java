package org.onrecord.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One quotation. Offsets are Unicode code points into the article text, {@code [start, end)}, and
 * cover the quoted content without its quotation marks.
 *
 * @param speaker who said it, or null when no source could be found
 * @param cue the word or phrase that introduces the quote ("said", "told", "wrote"), or null
 * @param addressee who it was said to ("The National" in "he told The National"), or null
 * @param confidence how sure the deciding rule is, from 0 to 1
 * @param rule the attribution rule that decided the speaker, or null when none did
 * @param shape the shape of that rule's decision ("according-to" for a reported clause), or null where
 *     the rule has one shape; see {@code docs/SCHEMA.md}
 * @param evidence a short human-readable account of why the rule decided as it did
 * @param fragments for mixed quotes, the parts inside quotation marks; empty otherwise
 * @param modality negation or hedging of the cue ("did not say", "reportedly said"), or null
 * @param act for indirect and mixed quotes, what the cue reports: speech, thought or a finding; else null
 * @param target for a stance, what it is towards ("the strikers" in "backs the strikers"); else null
 * @param polarity for a stance, whether the source supports or opposes its target; else null
 */
public record Quote(
        int start,
        int end,
        String text,
        QuoteType type,
        Speaker speaker,
        Mention cue,
        Mention addressee,
        double confidence,
        String rule,
        String shape,
        String evidence,
        List<Mention> fragments,
        Modality modality,
        @JsonInclude(JsonInclude.Include.NON_NULL) Act act,
        @JsonInclude(JsonInclude.Include.NON_NULL) Mention target,
        @JsonInclude(JsonInclude.Include.NON_NULL) Polarity polarity) {
    public Quote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
        if ((type == QuoteType.STANCE) != (polarity != null)) {
            throw new IllegalArgumentException("a stance, and only a stance, has a polarity");
        }
    }

    /** A quotation in marks or a reported clause, with no stance fields. */
    public Quote(int start, int end, String text, QuoteType type, Speaker speaker, Mention cue, Mention addressee,
            double confidence, String rule, String shape, String evidence, List<Mention> fragments, Modality modality) {
        this(start, end, text, type, speaker, cue, addressee, confidence, rule, shape, evidence, fragments, modality, null,
                null, null);
    }
}
