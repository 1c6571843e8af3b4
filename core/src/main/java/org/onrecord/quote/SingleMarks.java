package org.onrecord.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onrecord.text.Chars;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;

/**
 * Where single marks are quotation marks. A whole article uses them so when its single-quoted
 * spans clearly outnumber its double-quoted ones at the top level (British, Irish and Australian
 * house styles, with “double” marks nested inside); otherwise a paragraph does when it has no
 * double-quoted span and a single-quoted one that looks like speech (headlines everywhere:
 * Union ‘ready to strike’, says leader). Elsewhere single marks are apostrophes or nested marks.
 */
final class SingleMarks {
    private static final SingleMarks NONE = new SingleMarks(false, Set.of());

    private final boolean wholeArticle;
    private final Set<Integer> paragraphs;

    private SingleMarks(boolean wholeArticle, Set<Integer> paragraphs) {
        this.wholeArticle = wholeArticle;
        this.paragraphs = paragraphs;
    }

    boolean primaryIn(Paragraph p) {
        return wholeArticle || paragraphs.contains(p.index());
    }

    static SingleMarks of(Segmented doc) {
        String text = doc.text();
        int singleSpans = 0;
        int doubleSpans = 0;
        Set<Integer> speechParagraphs = new HashSet<>();
        boolean firstContent = true;
        Set<Integer> withSingles = new HashSet<>();
        for (Paragraph p : doc.paragraphs()) {
            if (p.isContent() && hasSingleMark(text, p)) {
                withSingles.add(p.index());
            }
        }
        if (withSingles.isEmpty()) {
            return NONE; // most news in double marks: nothing to decide
        }
        for (Paragraph p : doc.paragraphs()) {
            if (!p.isContent() || !withSingles.contains(p.index())) {
                doubleSpans += p.isContent() ? countDoubleOpeners(text, p) : 0;
                firstContent &= !p.isContent();
                continue;
            }
            List<QuoteSpan> trial = new ArrayList<>();
            QuoteScanner.Run run = new QuoteScanner.Run(text, p, true, trial, false);
            run.scan(ScanState.OUTSIDE, p.start());
            int singles = 0;
            int doubles = 0;
            boolean speech = false;
            boolean first = firstContent;
            firstContent = false;
            for (QuoteSpan q : trial) {
                if (isDouble(text, q.open(), p.end())) {
                    doubles++;
                } else {
                    singles++;
                    speech |= looksLikeSpeech(text, q, p, first);
                }
            }
            singleSpans += singles;
            doubleSpans += doubles;
            if (doubles == 0 && speech) {
                speechParagraphs.add(p.index());
            }
        }
        boolean wholeArticle = singleSpans > 0 && singleSpans > 2 * doubleSpans;
        return new SingleMarks(wholeArticle, Set.copyOf(speechParagraphs));
    }

    private static boolean isDouble(String text, int open, int end) {
        return Chars.isDoubleQuote(text.charAt(open)) || QuoteScanner.isDoubledSingle(text, open, end);
    }

    /**
     * A single mark that could open a quotation (not the apostrophe of "don’t" or "'90s"): only
     * such paragraphs need a trial scan, as a single-quoted span needs an opening mark.
     */
    private static boolean hasSingleMark(String text, Paragraph p) {
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (c != '\u2018' && c != '\'' && c != '\u2019' && c != '\u201B' && c != '\u201A') {
                continue;
            }
            if (QuoteScanner.isDoubledSingle(text, i, p.end())) {
                i++; // a typewriter double mark
            } else if (MarkContext.canOpen(text, i, p.start(), p.end())
                    && !MarkContext.isApostrophe(text, i, p.start(), p.end())) {
                return true;
            }
        }
        return false;
    }

    /** Double marks that could open, a cheap stand-in for the spans of a paragraph with no single marks. */
    private static int countDoubleOpeners(String text, Paragraph p) {
        int n = 0;
        for (int i = p.start(); i < p.end(); i++) {
            if (Chars.isDoubleQuote(text.charAt(i)) && MarkContext.canOpen(text, i, p.start(), p.end())) {
                n++;
            }
        }
        return n;
    }

    /**
     * A speech cue right beside it (Union ‘ready to strike’, says leader), a name and a colon
     * before it (Warren: ‘You should resign’), or three words or more in the article's first line,
     * its headline. A line that is nothing but a quoted phrase is a subhead, not speech.
     */
    private static boolean looksLikeSpeech(String text, QuoteSpan q, Paragraph p, boolean headline) {
        String after = Words.after(text, q.close() + 1, p.end());
        String before = Words.before(text, q.open(), p.start());
        if (after != null && QuoteWords.isCue(after) || before != null && QuoteWords.isCue(before)) {
            return true;
        }
        int b = q.open();
        while (b > p.start() && Chars.isSpace(text.charAt(b - 1))) {
            b--;
        }
        if (b > p.start() && text.charAt(b - 1) == ':') {
            return true;
        }
        return headline && Words.count(text, q.content().start(), q.content().end()) >= 3;
    }
}
