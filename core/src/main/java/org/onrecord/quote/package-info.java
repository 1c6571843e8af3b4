/**
 * Second stage: finds quotations by their marks. {@link org.onrecord.quote.QuoteScanner} walks each
 * paragraph with a small state machine ({@link org.onrecord.quote.ScanState}); marks are read by
 * their flanks ({@link org.onrecord.quote.MarkContext}) so that apostrophes, elisions ('Tis, rock
 * 'n' roll), inches and stray marks do not open quotations. Single marks are quotation marks where
 * {@link org.onrecord.quote.SingleMarks} finds an article or a paragraph using them so (British
 * house styles, headlines). A quotation nested in one with the same mark does not close it, unless
 * that leaves it unclosed. An unclosed quotation ends with its paragraph unless the next paragraph
 * reopens it (the news convention) or, without reopening, closes it ({@link
 * org.onrecord.quote.RunOn}), which also carries quotations over plain line breaks. {@link
 * org.onrecord.quote.Naming} tells what marks are used for: titles, nicknames and scare quotes are
 * kept as fragments ({@link org.onrecord.quote.QuoteSpan.Use}) but are not quotations.
 */
package org.onrecord.quote;
