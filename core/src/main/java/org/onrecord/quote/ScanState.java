package org.onrecord.quote;

import org.onrecord.text.Chars;

/** The quote scanner's states; each reads one quotation mark and says which state follows. */
enum ScanState {
    OUTSIDE {
        @Override
        ScanState read(QuoteScanner.Run run, int i, char c) {
            if (!run.counts(c) || MarkContext.isApostrophe(run.text, i, run.paragraphStart, run.paragraphEnd)) {
                return this;
            }
            if (MarkContext.canOpen(run.text, i, run.paragraphStart, run.paragraphEnd)
                    || MarkContext.isSpacedStraight(run.text, i, run.paragraphStart, run.paragraphEnd)
                    && MarkContext.textFollows(run.text, i, run.paragraphEnd)) {
                run.open(i, c);
                return INSIDE;
            }
            return this;
        }
    },
    INSIDE {
        @Override
        ScanState read(QuoteScanner.Run run, int i, char c) {
            if (!run.counts(c) || MarkContext.isApostrophe(run.text, i, run.paragraphStart, run.paragraphEnd)) {
                return this;
            }
            char opener = run.opener;
            if (Chars.isDoubleQuote(c) != Chars.isDoubleQuote(opener)) {
                return this; // single marks inside double quotes (and the reverse) are nested quotations
            }
            // a straight mark with space on both sides (" It was bad, " he said) closes what it can
            boolean canClose = MarkContext.canClose(run.text, i, run.paragraphStart, run.paragraphEnd)
                    || MarkContext.isSpacedStraight(run.text, i, run.paragraphStart, run.paragraphEnd)
                    || run.depth == 0 && MarkContext.isGluedClose(run.text, i, run.paragraphStart);
            boolean canOpen = MarkContext.canOpen(run.text, i, run.paragraphStart, run.paragraphEnd);
            if (canOpen && !canClose && (MarkContext.isOpeningOnly(c) || MarkContext.isStraight(c))) {
                if (run.depth == 0 && run.fallbackClose < 0 && Chars.isDoubleQuote(c)
                        && MarkContext.followsSentenceEnd(run.text, i, run.paragraphStart)) {
                    // “It was cool. “It'll be fun,” he said: paragraphs run together in the source,
                    // so the mark that reopened the quotation in the next paragraph starts a new one
                    // (not for single marks, where an apostrophe may have hidden the close, nor once a
                    // nested close was read, which may have been this quotation's own)
                    run.reopen(i, c);
                    return this;
                }
                run.depth++; // "He told me "go home" and left": the same mark nested
                return this;
            }
            if (canClose && MarkContext.closes(opener, c)) {
                if (run.depth > 0) {
                    run.nestedClose(i);
                    return this;
                }
                if (!Chars.isDoubleQuote(opener) && MarkContext.isWeakClose(run.text, i, run.paragraphStart)
                        && run.strongCloseAfter(i)) {
                    return this; // ‘a fight for the nurses’ pay,’ she said: a possessive, not the close
                }
                run.close(i);
                return OUTSIDE;
            }
            return this;
        }
    };

    /** Reads the mark at {@code i}; {@code c} is what it counts as (a doubled '' counts as "). */
    abstract ScanState read(QuoteScanner.Run run, int i, char c);
}
