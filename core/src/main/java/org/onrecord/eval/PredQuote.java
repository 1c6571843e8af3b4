package org.onrecord.eval;

/**
 * One predicted quotation in the scorer's terms.
 *
 * @param type "direct", "mixed", "indirect", "stance", or null when the prediction gave a null type
 * @param speakerName the predicted speaker's name, or null
 * @param mention the attributing mention, or null
 * @param rule the attribution rule that decided the speaker, or null
 * @param shape the shape of that rule's decision ("according-to"), or null
 * @param act for a reported quote, what it reports ("speech", "thought", "finding"), or null
 */
public record PredQuote(int start, int end, String type, String speakerName, Span mention, String rule, String shape,
        String act) {
    public PredQuote(int start, int end, String type, String speakerName, Span mention, String rule, String shape) {
        this(start, end, type, speakerName, mention, rule, shape, null);
    }
}
