package org.onrecord.quote;

import java.util.Locale;
import org.onrecord.text.Chars;
import org.onrecord.text.Span;

/**
 * Quotation marks that name something rather than report words: titles of books, films, songs,
 * shows and campaigns (the film “Fire and Fury”, a scheme called “Back to Work”), nicknames
 * (Dwayne “The Rock” Johnson), and one- or two-word scare quotes in a sentence with no speech
 * cue. Such spans stay fragments, so a reported clause with a cue can still hold them.
 */
final class Naming {
    private static final int MAX_TITLE_WORDS = 12;
    private static final int MAX_UNCUED_TITLE_WORDS = 8;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_CUE_LENGTH = 16; // "characterizing"; longer words are never cues

    private Naming() {}

    /**
     * @param cues the paragraph's sentence ends and cue words, read once for all its marks and only
     *     when a span needs them (most quotations are told by their words alone)
     */
    static QuoteSpan.Use use(String text, Span content, int open, int close, int paragraphStart, int paragraphEnd,
            java.util.function.Supplier<SentenceCues> cues) {
        int words = Words.count(text, content.start(), content.end());
        if (words == 0) {
            return QuoteSpan.Use.QUOTATION;
        }
        boolean titleCase = isTitleCase(text, content);
        if (titleCase && isNickname(text, content, open, close, paragraphStart, paragraphEnd, words)) {
            return QuoteSpan.Use.NICKNAME;
        }
        if (titleCase && words <= MAX_TITLE_WORDS && followsTitleCue(text, open, paragraphStart)) {
            return QuoteSpan.Use.TITLE;
        }
        if (words > 2 && !titleCase || cues.get().hasCue(open, close)) {
            return QuoteSpan.Use.QUOTATION;
        }
        char last = text.charAt(content.end() - 1);
        if (words <= 2) { // “No.” and “Never!” are answers
            return Chars.isSentenceEnd(last) ? QuoteSpan.Use.QUOTATION : QuoteSpan.Use.SCARE_QUOTE;
        }
        boolean title = titleCase && words <= MAX_UNCUED_TITLE_WORDS && last != '.' && capitalised(text, content) >= 2;
        return title ? QuoteSpan.Use.TITLE : QuoteSpan.Use.QUOTATION;
    }

    /** Every word starts with a capital or a digit, but the small words Title Case leaves alone. */
    static boolean isTitleCase(String text, Span content) {
        boolean first = true;
        int i = content.start();
        while (i < content.end()) {
            while (i < content.end() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < content.end() && (Chars.isWordChar(text.charAt(i)) || Chars.isApostrophe(text.charAt(i)))) {
                i++;
            }
            if (i == s) {
                break;
            }
            char c = text.charAt(s);
            boolean small = isSmallWord(text, s, i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || small && !first)) {
                return false;
            }
            first = false;
        }
        return true;
    }

    private static boolean isSmallWord(String text, int s, int e) {
        return e - s <= QuoteWords.LONGEST_SMALL_WORD
                && QuoteWords.isTitleSmallWord(text.substring(s, e));
    }

    /** A short line whose words are nearly all capitalised: a headline or a subhead. */
    static boolean isHeadline(String text, int start, int end) {
        int words = 0;
        int capitals = 0;
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Chars.isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > s && !isSmallWord(text, s, i)) {
                if (++words > MAX_HEADLINE_WORDS) {
                    return false;
                }
                capitals += Character.isUpperCase(text.charAt(s)) || Character.isDigit(text.charAt(s)) ? 1 : 0;
            }
        }
        return words >= 3 && words <= MAX_HEADLINE_WORDS && capitals * 10 >= words * 8;
    }

    private static int capitalised(String text, Span content) {
        int n = 0;
        for (int i = content.start(); i < content.end(); i++) {
            boolean wordStart = i == content.start() || !Chars.isWordChar(text.charAt(i - 1));
            if (wordStart && Character.isUpperCase(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A capitalised word right before and right after, one space apart: Dwayne “The Rock” Johnson. */
    private static boolean isNickname(String text, Span content, int open, int close, int paragraphStart,
            int paragraphEnd, int words) {
        if (words > 3 || open - 2 < paragraphStart || close + 2 >= paragraphEnd) {
            return false;
        }
        for (int i = content.start(); i < content.end(); i++) {
            char c = text.charAt(i);
            if (c == ',' || Chars.isSentenceEnd(c) || c == ':' || c == ';') {
                return false;
            }
        }
        String before = Words.before(text, open, paragraphStart);
        String after = Words.after(text, close + 1, paragraphEnd);
        return text.charAt(open - 1) == ' ' && text.charAt(close + 1) == ' ' && before != null && after != null
                && Character.isUpperCase(before.charAt(0)) && Character.isUpperCase(after.charAt(0))
                && Character.isLetter(text.charAt(open - 2)) && Character.isLetter(text.charAt(close + 2));
    }

    /**
     * A genre noun, a naming verb or a possessive right before the mark, or a comma or "of" apart:
     * ABC’s “This Week”, his book, “Tidewater”, an episode of “Harbour Lights”.
     */
    private static boolean followsTitleCue(String text, int open, int paragraphStart) {
        int e = open;
        while (e > paragraphStart && (Chars.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e - 2 >= paragraphStart && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                && Chars.isApostrophe(text.charAt(e - 2))) {
            return true;
        }
        String word = Words.before(text, e, paragraphStart);
        if (word == null || e == 0 || !Character.isLetter(text.charAt(e - 1))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("of")) {
            String noun = Words.before(text, e - word.length(), paragraphStart);
            return noun != null && QuoteWords.isTitleCue(noun);
        }
        return QuoteWords.isTitleCue(lower);
    }

    /**
     * A sentence ends at {@code i}: a full stop, question or exclamation mark before a space, but
     * not the full stop of a short capitalised abbreviation or an initial (Mr., Sen., U.S.).
     */
    static boolean endsSentenceAt(String text, int i, int paragraphStart, int paragraphEnd) {
        char c = text.charAt(i);
        if (!Chars.isSentenceEnd(c) || i + 1 < paragraphEnd && !Chars.isSpace(text.charAt(i + 1))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int w = i;
        while (w > paragraphStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        boolean abbreviation = i - w >= 1 && i - w <= 3 && Character.isUpperCase(text.charAt(w));
        return !abbreviation;
    }

    /**
     * The letters [s, e) are a speech cue word, unless the word's first letter follows a dash
     * after {@code start} ("so-called" is no cue). Longer words than any cue are never cues.
     */
    private static final String ACCORDING = "according";

    static boolean isCueWord(String text, int s, int e, int start) {
        boolean cueLength = e - s >= 2 && e - s <= MAX_CUE_LENGTH;
        if (cueLength && !(s > start && Chars.isDash(text.charAt(s - 1)))) {
            return QuoteWords.isCue(text, s, e) || e - s == ACCORDING.length() && text.regionMatches(true, s, ACCORDING, 0, e - s);
        }
        return false;
    }
}
