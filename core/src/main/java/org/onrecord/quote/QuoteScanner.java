package org.onrecord.quote;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.text.Chars;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;

/** Finds the quotations of a segmented document, in text order, in one pass over its characters. */
public final class QuoteScanner {
    private QuoteScanner() {}

    public static List<QuoteSpan> scan(Segmented doc) {
        String text = doc.text();
        boolean singles = singlesArePrimary(doc);
        List<QuoteSpan> out = new ArrayList<>();
        boolean continuing = false;
        for (Paragraph p : doc.paragraphs()) {
            if (!p.isContent()) {
                continue;
            }
            Run run = new Run(text, p, singles, out, continuing);
            ScanState state = ScanState.OUTSIDE;
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                if (!Chars.isQuoteMark(c)) {
                    continue;
                }
                if (isDoubledSingle(text, i, p.end())) {
                    run.width = 2;
                    state = state.read(run, i, '"'); // typewriter ''quotes'' stand for double marks
                    i++;
                } else {
                    run.width = 1;
                    state = state.read(run, i, c);
                }
            }
            continuing = false;
            if (state == ScanState.INSIDE) {
                Paragraph next = doc.nextContent(p);
                continuing = next != null && reopens(text, next, run.opener);
                run.endUnclosed(continuing);
            }
        }
        return out;
    }

    /** Two single marks in a row ('' or ’’) used as one double mark. */
    static boolean isDoubledSingle(String text, int i, int end) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '\u2018') && i + 1 < end && text.charAt(i + 1) == c;
    }

    private static boolean reopens(String text, Paragraph next, char opener) {
        char c = isDoubledSingle(text, next.start(), next.end()) ? '"' : text.charAt(next.start());
        return Chars.isQuoteMark(c) && Chars.isDoubleQuote(c) == Chars.isDoubleQuote(opener)
                && MarkContext.canOpen(text, next.start(), next.start(), next.end());
    }

    /**
     * Single marks open quotations only in texts that use them as their primary marks (many British
     * tabloids): no double marks in the content, and at least one single mark that opens.
     */
    static boolean singlesArePrimary(Segmented doc) {
        String text = doc.text();
        int singleOpeners = 0;
        for (Paragraph p : doc.paragraphs()) {
            if (!p.isContent()) {
                continue;
            }
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                if (Chars.isDoubleQuote(c) || isDoubledSingle(text, i, p.end())) {
                    return false;
                }
                if ((c == '\u2018' || c == '\'') && MarkContext.canOpen(text, i, p.start(), p.end())
                        && !MarkContext.isApostrophe(text, i, p.start(), p.end())) {
                    singleOpeners++;
                }
            }
        }
        return singleOpeners > 0;
    }

    /** The state of one paragraph's scan. */
    static final class Run {
        final String text;
        final int paragraphStart;
        final int paragraphEnd;
        private final int paragraphIndex;
        private final boolean singles;
        private final List<QuoteSpan> out;
        private boolean continuing;
        int openAt = -1;
        char opener;
        int width = 1; // of the mark being read
        private int openWidth = 1;
        int depth;

        Run(String text, Paragraph p, boolean singles, List<QuoteSpan> out, boolean continuing) {
            this.text = text;
            this.paragraphStart = p.start();
            this.paragraphEnd = p.end();
            this.paragraphIndex = p.index();
            this.singles = singles;
            this.out = out;
            this.continuing = continuing;
        }

        boolean counts(char c) {
            return Chars.isDoubleQuote(c) || singles;
        }

        void open(int i, char c) {
            openAt = i;
            opener = c;
            openWidth = width;
            depth = 0;
        }

        void close(int i) {
            emit(i, i, false);
        }

        void endUnclosed(boolean continuesNext) {
            emit(paragraphEnd, -1, continuesNext);
        }

        private void emit(int contentEnd, int close, boolean continuesNext) {
            int s = openAt + openWidth;
            int e = contentEnd;
            while (s < e && Chars.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            boolean continuesPrevious = continuing && openAt == paragraphStart;
            continuing = false;
            if (e > s && hasWord(s, e)) {
                Span content = new Span(s, e);
                boolean inline = !continuesPrevious && isInline(content);
                out.add(new QuoteSpan(content, openAt, close, paragraphIndex, continuesPrevious, continuesNext, inline));
            }
            openAt = -1;
        }

        private boolean hasWord(int s, int e) {
            for (int i = s; i < e; i++) {
                if (Chars.isWordChar(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A fragment inside a sentence rather than a quotation that stands alone: it follows a word
         * (or a comma) rather than the paragraph's start or a colon, and is too short, or too
         * unlike a sentence, to be one.
         */
        private boolean isInline(Span content) {
            int b = openAt - 1;
            while (b >= paragraphStart && Chars.isSpace(text.charAt(b))) {
                b--;
            }
            if (b < paragraphStart) {
                return false;
            }
            char before = text.charAt(b);
            if (before == ':' || Chars.isSentenceEnd(before) || Chars.isQuoteMark(before) && b < openAt - 1) {
                return false; // it starts a sentence of its own
            }
            int words = countWords(content);
            boolean upper = Character.isUpperCase(text.charAt(content.start()));
            char last = text.charAt(content.end() - 1);
            boolean sentenceEnd = Chars.isSentenceEnd(last) || last == ',' && upper;
            if (before == ',') {
                return words < 5 && !(upper && sentenceEnd);
            }
            if (!upper) {
                return true; // thanked Obama for “taking these steps to make us safer”
            }
            return !(words >= 8 || sentenceEnd && words >= 3);
        }

        private int countWords(Span s) {
            int words = 0;
            boolean in = false;
            for (int i = s.start(); i < s.end(); i++) {
                boolean w = Chars.isWordChar(text.charAt(i));
                if (w && !in) {
                    words++;
                }
                in = w;
            }
            return words;
        }
    }
}
