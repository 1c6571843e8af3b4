package org.onrecord.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.text.Chars;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;

/** Finds the quotations of a segmented document, in text order, in one pass over its characters. */
public final class QuoteScanner {
    private QuoteScanner() {}

    public static List<QuoteSpan> scan(Segmented doc) {
        String text = doc.text();
        SingleMarks singles = SingleMarks.of(doc);
        List<QuoteSpan> out = new ArrayList<>();
        boolean continuing = false;
        char carried = 0; // the opener of a quotation running on into this paragraph with no mark of its own
        int resumesIn = -1; // the paragraph a quotation resumes in past a caption or promo line, or -1
        for (Paragraph p : doc.paragraphs()) {
            if (!p.isContent()) {
                continue;
            }
            boolean inserted = p.index() < resumesIn;
            Run run = new Run(text, p, singles.primaryIn(p), out, continuing && !inserted);
            ScanState state = ScanState.OUTSIDE;
            if (carried != 0) {
                run.resume(carried);
                state = ScanState.INSIDE;
            }
            state = run.scan(state, p.start());
            if (inserted) {
                if (state == ScanState.INSIDE) {
                    run.endUnclosed(false); // the insert's own words in marks end with it
                }
                continue; // the quotation before it goes on after it
            }
            Paragraph next = doc.nextContent(p);
            boolean reopened = state == ScanState.INSIDE && next != null && reopens(text, next, run.opener);
            if (state == ScanState.INSIDE && !reopened && run.fallbackClose >= 0) {
                // the nested reading left the quotation unclosed: the first close was its end after all
                int at = run.fallbackClose;
                run.close(at);
                state = run.scan(ScanState.OUTSIDE, at + 1);
                reopened = state == ScanState.INSIDE && next != null && reopens(text, next, run.opener);
            }
            if (state == ScanState.INSIDE && !reopened && next != null) {
                Paragraph resumed = Inserts.resumedPast(doc, next);
                if (resumed != null && reopens(text, resumed, run.opener)) {
                    reopened = true; // "'…¶Back on: The soap is returning (caption)¶'Until everything …"
                    resumesIn = resumed.index();
                }
            }
            continuing = false;
            carried = 0;
            if (state == ScanState.INSIDE) {
                boolean runsOn = !reopened && next != null && RunOn.closesLater(doc, p, next, run.opener, singles);
                continuing = reopened || runsOn;
                carried = runsOn ? run.opener : 0;
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
                && MarkContext.canOpen(text, next.start(), next.start(), next.end())
                && !MarkContext.isApostrophe(text, next.start(), next.start(), next.end());
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
        int fallbackClose = -1; // the first close read as a nested quotation's, or -1
        private Boolean headline; // whether the paragraph is in headline case, read when first needed
        private SentenceCues cues; // read when first needed
        private final Map<Character, Integer> lastStrongClose = new HashMap<>(); // by opener, when first needed

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

        /** Reads the marks from {@code from} to the paragraph's end; gives the state at its end. */
        ScanState scan(ScanState state, int from) {
            for (int i = from; i < paragraphEnd; i++) {
                char c = text.charAt(i);
                if (!Chars.isQuoteMark(c)) {
                    continue;
                }
                if (isDoubledSingle(text, i, paragraphEnd)) {
                    width = 2;
                    state = state.read(this, i, '"'); // typewriter ''quotes'' stand for double marks
                    i++;
                } else {
                    width = 1;
                    state = state.read(this, i, c);
                }
            }
            return state;
        }

        void open(int i, char c) {
            openAt = i;
            opener = c;
            openWidth = width;
            depth = 0;
            fallbackClose = -1;
        }

        /** Goes on with a quotation the previous paragraph left open, though this one has no mark. */
        void resume(char carriedOpener) {
            openAt = paragraphStart;
            opener = carriedOpener;
            openWidth = 0;
            depth = 0;
            fallbackClose = -1;
        }

        void nestedClose(int i) {
            depth--;
            if (fallbackClose < 0) {
                fallbackClose = i;
            }
        }

        /**
         * A mark after {@code i} in this paragraph that surely closes the open quotation. The last
         * such mark for each opener is found once per paragraph (scanning to the paragraph's end
         * for every weak close was quadratic in a paragraph full of them).
         */
        boolean strongCloseAfter(int i) {
            return lastStrongClose.computeIfAbsent(opener, this::lastStrongClose) > i;
        }

        private int lastStrongClose(char opener) {
            for (int j = paragraphEnd - 1; j >= paragraphStart; j--) {
                char d = text.charAt(j);
                if (Chars.isQuoteMark(d) && !Chars.isDoubleQuote(d) && MarkContext.closes(opener, d)
                        && MarkContext.canClose(text, j, paragraphStart, paragraphEnd)
                        && !MarkContext.isApostrophe(text, j, paragraphStart, paragraphEnd)
                        && !MarkContext.isWeakClose(text, j, paragraphStart)) {
                    return j;
                }
            }
            return -1;
        }

        void close(int i) {
            emit(i, i, false);
        }

        /** Ends the open quotation, unclosed, before the opening mark at {@code i}, which opens the next. */
        void reopen(int i, char c) {
            emit(i, -1, false);
            open(i, c);
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
                boolean alone = continuesPrevious || continuesNext;
                QuoteSpan.Use use = alone || close < 0 ? QuoteSpan.Use.QUOTATION
                        : Naming.use(text, content, openAt, close, paragraphStart, paragraphEnd, this::cues);
                boolean inline = use != QuoteSpan.Use.QUOTATION || !alone && isInline(content);
                out.add(new QuoteSpan(content, openAt, close, paragraphIndex, continuesPrevious, continuesNext, inline,
                        use));
            }
            openAt = -1;
            fallbackClose = -1;
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
            // in a headline every word is capitalised, so a capital says nothing of a sentence start
            boolean upper = Character.isUpperCase(text.charAt(content.start())) && !headlineCase();
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

        private SentenceCues cues() {
            if (cues == null) {
                cues = SentenceCues.of(text, paragraphStart, paragraphEnd);
            }
            return cues;
        }

        private boolean headlineCase() {
            if (headline == null) {
                headline = Naming.isHeadline(text, paragraphStart, paragraphEnd);
            }
            return headline;
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
