package org.onrecord.quote;

import org.onrecord.text.Span;

/**
 * A stretch of text inside quotation marks.
 *
 * @param content the quoted words, without marks and surrounding white space
 * @param open index of the opening mark, or the paragraph's start when the quotation runs on into it
 *     from the paragraph before with no mark of its own
 * @param close index of the closing mark, or -1 when the paragraph ended first
 * @param paragraph index of the paragraph that holds it
 * @param continuesPrevious the previous paragraph's quotation runs on into this one
 * @param continuesNext it runs on into the next paragraph (which reopens it with a mark, or not)
 * @param inline it sits inside a sentence (a fragment such as expressed “solidarity”) rather than
 *     standing as a quotation of its own
 * @param use what the marks are used for: someone's words, or a title, nickname or scare quote; a
 *     span that is not a quotation is also inline, so it can stay part of a reported clause, but is
 *     never a quotation by itself
 */
public record QuoteSpan(
        Span content, int open, int close, int paragraph, boolean continuesPrevious, boolean continuesNext,
        boolean inline, Use use) {
    /** What a pair of quotation marks is used for. */
    public enum Use {
        /** Someone's words. */
        QUOTATION,
        /** The title of a work, a show or a campaign: the film “Jaws”, a scheme called “Homes First”. */
        TITLE,
        /** A nickname: Dwayne “The Rock” Johnson. */
        NICKNAME,
        /** A word or two held at a distance, in a sentence with no speech cue: the so-called “green jobs”. */
        SCARE_QUOTE
    }

    public QuoteSpan(Span content, int open, int close, int paragraph, boolean continuesPrevious, boolean continuesNext,
            boolean inline) {
        this(content, open, close, paragraph, continuesPrevious, continuesNext, inline, Use.QUOTATION);
    }

    /** The marks name something or keep a word at a distance: not anyone's words on record. */
    public boolean naming() {
        return use != Use.QUOTATION;
    }

    /** The marks hold a name (a title or a nickname), which reads as plain words in a reported clause. */
    public boolean holdsName() {
        return use == Use.TITLE || use == Use.NICKNAME;
    }

    /** Reported speech: content with no quotation marks around it. */
    public static QuoteSpan unmarked(Span content, int paragraph) {
        return new QuoteSpan(content, -1, -1, paragraph, false, false, true);
    }

    public boolean isMarked() {
        return open >= 0;
    }

    public boolean isClosed() {
        return close >= 0;
    }

    /** Index just after the closing mark, or the content's end when there is none. */
    public int after() {
        return close >= 0 ? close + 1 : content.end();
    }
}
