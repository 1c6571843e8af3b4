/**
 * Second stage: finds quotations by their marks. {@link org.onrecord.quote.QuoteScanner} walks each
 * paragraph with a small state machine ({@link org.onrecord.quote.ScanState}); marks are read by
 * their flanks ({@link org.onrecord.quote.MarkContext}) so that apostrophes, inches and stray marks do
 * not open quotations, and an unclosed quotation ends with its paragraph unless the next paragraph
 * reopens it (the news convention for quotations that run over several paragraphs).
 */
package org.onrecord.quote;
