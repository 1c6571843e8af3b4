package org.onrecord.attribution;

import org.onrecord.lexicon.Word;
import org.onrecord.text.Chars;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Phrases that say when, where or how something was said, and stand between the source and its
 * cue or open the sentence before the source: "Biden, 81, in a post on X, said", "In a statement
 * the council said", "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush". Their
 * nouns are no speakers: these readings step over them to the source. Each reading answers for
 * one shape and returns null (or false) otherwise; {@link SourceReader} orders them.
 */
final class Adjuncts {
    private final SourceReader reader;
    private final Tokens tokens;

    Adjuncts(SourceReader reader, Tokens tokens) {
        this.reader = reader;
        this.tokens = tokens;
    }

    /**
     * "in", "on", "via" or "through": the prepositions that say where or how words were given ("in a
     * post on X", "via a spokesman"), so the phrase they open is an adjunct, never the speaker.
     */
    static boolean opensMedium(Token prep) {
        return prep.is("in") || prep.is("on") || prep.is("via") || prep.is("through");
    }

    /**
     * "Biden, 81, in a post on X, said", "The ministry, in a statement, said": the words between the
     * two commas before the cue are an adjunct that opens with "in", "on", "via" or "through"; the
     * source stands before them. Null when they are not.
     */
    Source beforeCommaAdjunct(int close, int floor) {
        if (!reader.isPunct(close, ",")) {
            return null;
        }
        int open = close - 1;
        while (open > floor && close - open <= 8 && !reader.isPunct(open, ",") && tokens.get(open).kind() != Token.Kind.QUOTE_MARK
                && !(tokens.get(open).kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(tokens.get(open).first()))) {
            open--;
        }
        Token prep = tokens.at(open + 1);
        if (open <= floor || !reader.isPunct(open, ",") || open + 2 >= close || prep == null || !prep.isWord()
                || !opensMedium(prep)) {
            return null;
        }
        for (int k = open + 2; k < close; k++) {
            if ((reader.isCue(k) && !reader.isDeterminer(k - 1)) || TokenView.isVerbLike(tokens.get(k).lower())) {
                return null; // "in turn said", "on hearing that": a clause, not an adjunct ("in a post" is one)
            }
        }
        if (open - 3 >= floor && tokens.get(open - 1).kind() == Token.Kind.NUMBER && reader.isPunct(open - 2, ",")) {
            open -= 2; // "Biden, 81, in a post on X, said": the age between commas goes with the name
        }
        return reader.sourceBefore(open - 1, floor);
    }

    /**
     * "On his part, Ali Bin Jerais, Chief Executive Officer of …, said", "Parading the suspects in
     * Asaba, the state Commissioner of Police, Mohammed Ali, said": the phrase {@code outer} before
     * the first comma (at {@code open}) says when, where or how; what follows it speaks: the name
     * after the comma, or the name a role after it is given ({@code inner}, the phrase that ends
     * the appositive). Null when {@code outer} opens no adjunct or no such source follows it.
     */
    Source afterOpeningAdjunct(Source outer, Source inner, int open) {
        if (outer == null || outer.kind() == Source.Kind.PRONOUN || !opensAdjunct(outer)) {
            return null;
        }
        Source lead = reader.sourceFrom(open + 1, true);
        int after = lead == null ? -1 : tokens.firstAtOrAfter(lead.mention().end());
        if (lead != null && outer.kind() == Source.Kind.DESCRIPTION && lead.kind() == Source.Kind.NAME
                && reader.isPunct(after, ",")) {
            return lead;
        }
        int innerFirst = inner == null ? -1 : tokens.firstAtOrAfter(inner.mention().start());
        if (lead != null && outer.kind() == Source.Kind.NAME && lead.kind() == Source.Kind.DESCRIPTION
                && reader.isDeterminer(open + 1) && tokens.get(tokens.lastEndingBy(lead.mention().end())).is(Word.ROLE)
                && inner != null && inner.kind() == Source.Kind.NAME && innerFirst - 1 > open
                && reader.isPunct(innerFirst - 1, ",")) {
            return inner; // a role, then the name it is given
        }
        return null;
    }

    /** The phrase is the object of a preposition or a participle: "On his part", "Using the platform". */
    private boolean opensAdjunct(Source phrase) {
        Token before = tokens.at(tokens.firstAtOrAfter(phrase.mention().start()) - 1);
        return before != null && before.isWord() && (before.is(Word.PREPOSITION) || before.is(Word.OBJECT_PREPOSITION)
                || before.lower().endsWith("ing"));
    }

    /**
     * A determiner at {@code s} right after a lower-case noun: "In a statement the course said" lost
     * its comma, and the phrase starts at the determiner. Not after a preposition, quantifier or
     * determiner ("of the", "all the").
     */
    boolean nounBeforeDeterminer(int s) {
        Token det = tokens.get(s);
        Token prev = tokens.at(s - 1);
        return det.isWord() && det.isLowerCase(Word.DETERMINER) && !det.is("that") && prev != null && prev.isWord()
                && Character.isLowerCase(prev.first()) && prev.text().length() > 3 && !prev.is(Word.SKIPPABLE) && !prev.is(Word.PRONOUN)
                && !prev.is(Word.TIME_WORD) && !prev.is("moment") && !prev.is("way") // "the moment the proceedings began"
                && !prev.is(Word.DETERMINER) && !prev.is(Word.QUANTIFIER) && !prev.is(Word.PREPOSITION)
                && !prev.is(Word.OBJECT_PREPOSITION) && !SourceReader.isJoiningWord(prev.lower()) && prev.cue() == null
                && !TokenView.isVerbLike(prev.lower()) && !prev.lower().endsWith("ing");
    }

    /**
     * The phrase {@code found}, read back from token {@code e}, is the object of a preposition
     * before it, not the subject of the cue after it: a description after an object preposition
     * ("marching through the streets chanted"), or a name that stops short of {@code e} after any
     * preposition.
     */
    boolean isObjectOfAdjunct(Source found, int e, int floor) {
        boolean adjunctCut = found.kind() == Source.Kind.NAME && found.mention().end() < tokens.get(e).end();
        if (found.kind() != Source.Kind.DESCRIPTION && !adjunctCut) {
            return false;
        }
        int first = tokens.firstAtOrAfter(found.mention().start());
        Token before = tokens.at(first - 1);
        // "marching through the streets chanted": an object, not the subject; but "left after
        // the owners said": "after" opens a clause, and the phrase is the subject of its verb
        return before != null && first - 1 >= floor && before.isWord() && (before.isLowerCase(Word.OBJECT_PREPOSITION)
                || adjunctCut && before.isLowerCase(Word.PREPOSITION))
                && !(SourceReader.isJoiningWord(before.lower()) && reader.isCue(e + 1));
    }

    /**
     * "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush": after a sentence's
     * opening phrase (an opener at {@code s}, or a participle phrase), the name or pronoun after one
     * of its commas that a lower-case word, its verb, follows before the cue at {@code cue}. Null
     * when none does.
     */
    Source subjectAfterOpening(int s, int cue) {
        for (int i = s + 1; i < cue; i++) {
            if (!reader.isPunct(i - 1, ",")) {
                continue;
            }
            Token first = tokens.get(i);
            if (first.isWord() && Character.isLowerCase(first.first()) && !reader.isDeterminer(i) && !first.is(Word.PRONOUN)) {
                continue; // "…, Mr R Kumaramangalam, allayed apprehensions": a verb phrase, no subject
            }
            Source src = reader.sourceFrom(i, true);
            if (src != null && src.kind() != Source.Kind.DESCRIPTION && src.mention().end() <= tokens.get(cue).start()) {
                int after = tokens.firstAtOrAfter(src.mention().end());
                Token next = tokens.at(after);
                if (next != null && next.isWord() && Character.isLowerCase(next.first()) && !reader.isParticle(after)) {
                    return src;
                }
            }
        }
        return null;
    }

    /**
     * "Teasing the holiday album, she appeared …": an "-ing" word before a determiner, a possessive
     * or a preposition opens a participle phrase, not a name ("King said", "Manning, the …").
     */
    boolean opensWithParticiple(int s, int cue) {
        Token t = tokens.get(s);
        Token next = tokens.at(s + 1);
        return s + 1 < cue && t.text().length() > 5 && t.lower().endsWith("ing") && next.isWord()
                && Character.isLowerCase(next.first())
                && (next.is(Word.DETERMINER) || next.is(Word.PREPOSITION) || next.is(Word.OBJECT_PREPOSITION)
                || TokenView.isPossessivePronoun(next));
    }
}
