package org.onrecord.eval;

/**
 * How one scored prediction fared.
 *
 * @param correct whether at least {@code cover} of it lies inside gold content of any type
 * @param best the gold quote it overlaps most, or null when it is not correct
 * @param speakerOk whether its speaker is right for {@code best} (false when not correct)
 */
public record PredOutcome(GoldDoc doc, PredQuote quote, boolean correct, GoldQuote best, boolean speakerOk) {}
