package org.onrecord.quote;

import org.onrecord.text.Chars;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;

/**
 * Whether a quotation left open at a paragraph's end runs on into the next paragraphs though they
 * do not reopen it: the next mark of its kind there, past at most two whole paragraphs with no
 * mark, can only close it ("First part.¶Second part.¶Third part,” she said.), or, across plain
 * line breaks inside one paragraph, a later line closes it — unless that line is a pull quote's
 * credit ("Rep. Jim Smith.”).
 */
final class RunOn {
    private static final int MAX_LINES_WITHOUT_MARKS = 4;
    private static final int MAX_CREDIT_WORDS = 8;
    /** Whole paragraphs with no mark a quotation may run over when a later one can only close it. */
    private static final int MAX_PARAGRAPHS_WITHOUT_MARKS = 2;

    private RunOn() {}

    static boolean closesLater(Segmented doc, Paragraph open, Paragraph next, char opener, SingleMarks singles) {
        String text = doc.text();
        Paragraph before = open;
        Paragraph here = next;
        int markless = 0;
        for (int hops = 0; here != null && hops <= MAX_LINES_WITHOUT_MARKS; hops++) {
            int mark = firstMarkOfKind(text, here, opener, singles.primaryIn(here) || !Chars.isDoubleQuote(opener));
            boolean plain = plainLineBreak(text, before, here);
            if (mark >= 0) {
                return MarkContext.canClose(text, mark, here.start(), here.end())
                        && !MarkContext.canOpen(text, mark, here.start(), here.end())
                        && !(plain && endsSentence(text, before) && mark + 1 >= here.end()
                        && isCredit(text, here.start(), mark));
            }
            if (!plain && ++markless > MAX_PARAGRAPHS_WITHOUT_MARKS) {
                return false; // a run of whole paragraphs with no mark ends the quotation
            }
            before = here;
            here = doc.nextContent(here);
        }
        return false;
    }

    /** The first mark in the paragraph of the opener's kind (double or single), apostrophes left out. */
    private static int firstMarkOfKind(String text, Paragraph p, char opener, boolean singlesCount) {
        boolean wantDouble = Chars.isDoubleQuote(opener);
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (!Chars.isQuoteMark(c)) {
                continue;
            }
            boolean doubled = QuoteScanner.isDoubledSingle(text, i, p.end());
            boolean isDouble = doubled || Chars.isDoubleQuote(c);
            if (isDouble == wantDouble && (isDouble || singlesCount)
                    && !MarkContext.isApostrophe(text, i, p.start(), p.end())
                    && !(!isDouble && MarkContext.isWeakClose(text, i, p.start()))) {
                return doubled ? i + 1 : i;
            }
            if (doubled) {
                i++;
            }
        }
        return -1;
    }

    /**
     * The line ends a sentence. A quotation closed at the very end of a line that follows such a
     * line is more often a credit folded into a pull quote ("…for her.¶Rep. Jim Smith.”) than
     * the wrapped rest of the quotation, which goes on mid-sentence or carries its cue.
     */
    private static boolean endsSentence(String text, Paragraph line) {
        int e = line.end() - 1;
        while (e > line.start() && Chars.isQuoteMark(text.charAt(e))) {
            e--;
        }
        return Chars.isSentenceEnd(text.charAt(e));
    }

    /**
     * A credit line: a short line that opens with a name of two capitalised words or more and a
     * comma ("Jane Doe, teacher."), or ends with one ("Rep. Jim Smith.", "Former NAACP president
     * Ben Jealous."); not a sentence of the quotation ("It will take two years.").
     */
    private static boolean isCredit(String text, int start, int end) {
        if (Words.count(text, start, end) > MAX_CREDIT_WORDS) {
            return false;
        }
        int comma = start;
        while (comma < end && text.charAt(comma) != ',') {
            comma++; // within the line: String.indexOf would search on to the end of the text
        }
        boolean opensWithName = comma > start && comma < end && capitalisedRun(text, start, comma, true) >= 2;
        return opensWithName || capitalisedRun(text, start, end, false) >= 2;
    }

    /**
     * How many capitalised words end the stretch (or, {@code fromStart}, open it); every word
     * before them, or with {@code fromStart} every word, must be capitalised too or, from the
     * start, a word for an office ("Former NAACP president Ben Jealous"): else 0.
     */
    private static int capitalisedRun(String text, int start, int end, boolean fromStart) {
        int run = 0;
        int i = start;
        while (i < end) {
            while (i < end && !Chars.isWordChar(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Chars.isWordChar(text.charAt(i))) {
                i++;
            }
            if (i == s) {
                break;
            }
            if (Character.isUpperCase(text.charAt(s))) {
                run++;
            } else if (fromStart || !QuoteWords.isRole(text.substring(s, i))) {
                return 0;
            } else {
                run = 0;
            }
        }
        return run;
    }

    /** Only one line break, and no boilerplate, between two paragraphs: lines of one paragraph. */
    private static boolean plainLineBreak(String text, Paragraph a, Paragraph b) {
        if (b.index() != a.index() + 1) {
            return false;
        }
        int breaks = 0;
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < b.start() && text.charAt(i + 1) == '\n') {
                continue;
            }
            breaks += Chars.isLineBreak(c) ? 1 : 0;
        }
        return breaks == 1;
    }
}
