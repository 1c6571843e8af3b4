package org.onrecord.eval;

/**
 * How one scored gold quote fared.
 *
 * @param coverage share of its letters and digits covered by predictions
 * @param best the prediction covering most of it, or null when none covers any
 * @param speakerOk whether {@code best} names the right speaker (true when the gold quote has no source)
 */
public record GoldOutcome(GoldDoc doc, GoldQuote quote, boolean found, double coverage, PredQuote best, boolean speakerOk) {}
