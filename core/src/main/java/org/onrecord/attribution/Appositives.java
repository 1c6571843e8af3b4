package org.onrecord.attribution;

import org.onrecord.lexicon.Word;
import org.onrecord.text.Chars;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * A title or description set beside a name, between commas, dashes or brackets: "Steve Richards,
 * CEO of Parkdean Resorts, said", "The Chief Actuary of SSNIT, Evelyn Adjei, said", "The port’s
 * owner, Kessock Holdings, said", "Glen, from Dublin, says". These readings find where such an
 * appositive opens and closes and tell which side of it is the one who speaks: most often the
 * name, which says more than the role. Each answers for one shape and returns null (or -1, or
 * false) otherwise; {@link SourceReader} orders them.
 */
final class Appositives {
    private final SourceReader reader;
    private final Tokens tokens;

    Appositives(SourceReader reader, Tokens tokens) {
        this.reader = reader;
        this.tokens = tokens;
    }

    /** Skips back over ", the general secretary of Unite the Union," to the comma that opens it. */
    int appositiveStart(int close, int floor) {
        Token closing = tokens.get(close);
        boolean dash = closing.kind() == Token.Kind.PUNCT && Chars.isDash(closing.first());
        boolean bracket = closing.is(")");
        for (int i = close - 1; i >= floor && close - i < 22; i--) {
            Token t = tokens.get(i);
            if (bracket ? t.is("(") : dash ? reader.isDash(i) : t.is(",") && !reader.isCapWord(i + 1) || t.is(",") && reader.isDeterminer(i + 1)) {
                return i - 1 >= floor && (reader.isCapWord(i - 1) || reader.isPunct(i - 1, ")") || reader.isPronounToken(i - 1)) ? i : -1;
            }
            if (!bracket && !dash && t.is(",") && reader.isCapWord(i + 1) && i - 1 >= floor
                    && (isDescriptionEnd(i - 1, floor) || opensWithAnother(i - 1))) {
                return i; // "The port’s owner, Kessock Holdings, said", "Another, Kaew, said"
            }
            if (t.kind() == Token.Kind.QUOTE_MARK || t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A description ends at {@code i}: a lower-case head ("The port’s owner") or a role's
     * capitalised complement ("Deputy chief medical officer for England").
     */
    private boolean isDescriptionEnd(int i, int floor) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return false;
        }
        Source s = reader.nounPhraseEndingAt(i, floor);
        return s != null && s.kind() == Source.Kind.DESCRIPTION
                && (Character.isLowerCase(t.first()) || roleComplementEnds(s, i));
    }

    /** The description {@code s} is a role, "for"/"of"/"at", and a capitalised complement ending at {@code i}. */
    private boolean roleComplementEnds(Source s, int i) {
        int first = tokens.firstAtOrAfter(s.mention().start());
        for (int k = i - 1; k > first; k--) {
            Token t = tokens.get(k);
            if (t.is("for") || t.is("of") || t.is("at")) {
                return tokens.get(k - 1).is(Word.ROLE) && Character.isLowerCase(tokens.get(k - 1).first());
            }
            if (!reader.isCapWord(k) && !reader.isDeterminer(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Skips forward over ", the attorney general of Oklahoma," that opens at {@code j}, to the token
     * after its closing comma, dash or bracket; {@code j} when none opens there or it does not close
     * before a quotation mark or the sentence's end.
     */
    int skipAppositive(int j) {
        if (!reader.isPunct(j, ",") && !reader.isDash(j) && !reader.isPunct(j, "(")) {
            return j;
        }
        boolean dash = reader.isDash(j);
        boolean bracket = reader.isPunct(j, "(");
        for (int i = j + 1; i < tokens.size() && i - j < 22 && tokens.sameParagraph(i, j); i++) {
            if (bracket ? reader.isPunct(i, ")") : dash ? reader.isDash(i) : reader.isPunct(i, ",")) {
                return i + 1;
            }
            Token t = tokens.get(i);
            boolean sentenceEnd = t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first())
                    && !reader.isPunct(i + 1, ",") && !(t.is(".") && i > 0 && tokens.get(i - 1).end() == t.start()
                    && tokens.get(i - 1).text().length() <= 3);
            if (t.kind() == Token.Kind.QUOTE_MARK || !bracket && sentenceEnd) {
                return j;
            }
        }
        return j;
    }

    /**
     * "Gov. John Kasich (R-OH), said": the name before a bracketed aside that the comma or bracket
     * at {@code e} closes; null when none stands there.
     */
    Source nameBeforeBracket(int e, int floor) {
        int bracketed = reader.isPunct(e, ",") && reader.isPunct(e - 1, ")") ? e - 1 : reader.isPunct(e, ")") ? e : -1;
        if (bracketed >= 0) {
            int o = bracketed - 1; // "Gov. John Kasich (R-OH), said"
            while (o > floor && !reader.isPunct(o, "(") && bracketed - o < 12) {
                o--;
            }
            if (reader.isPunct(o, "(") && o - 1 >= floor && reader.isCapWord(o - 1)) {
                return reader.nounPhraseEndingAt(o - 1, floor);
            }
        }
        return null;
    }

    /**
     * "The port’s owner, Kessock Holdings, said": the name {@code inner} that fills the appositive
     * from the comma at {@code open} to the one at {@code close} says more than the description
     * {@code outer} before it.
     */
    boolean nameInsideSpeaks(Source outer, Source inner, int open, int close) {
        // "The mayor of Rochester, New York, has asked": after a capitalised complement the
        // appositive may be a place; only a name right before the cue is the one who speaks
        boolean nameSpeaks = Character.isLowerCase(tokens.get(open - 1).first()) || reader.isCue(close + 1);
        return outer != null && outer.kind() == Source.Kind.DESCRIPTION && inner != null
                && inner.kind() == Source.Kind.NAME && nameSpeaks
                && tokens.firstAtOrAfter(inner.mention().start()) == open + 1;
    }

    /**
     * "Another, Kaew, said:", "One, Jane Smith, added": a sentence opening with "another" or "one"
     * alone, then a name between commas right before the cue; the name is who speaks.
     */
    boolean namesAnother(Source inner, int open, int close) {
        return inner != null && inner.kind() == Source.Kind.NAME && opensWithAnother(open - 1) && reader.isCue(close + 1)
                && tokens.firstAtOrAfter(inner.mention().start()) == open + 1;
    }

    /** Token {@code i} is "Another" or "One" alone opening its sentence. */
    private boolean opensWithAnother(int i) {
        Token t = tokens.at(i);
        return t != null && tokens.startsSentence(i) && (t.isIgnoreCase("another") || t.isIgnoreCase("one"));
    }

    /**
     * "Steve Richards, CEO of Parkdean Resorts, which owns Trecco Bay, said": the appositive before the
     * cue was a relative clause, and the phrase before it a role set off from the name that opens the
     * sentence; that name speaks. Null when the phrase is no role after a comma and a sentence-opening name.
     */
    Source nameBeforeRole(Source phrase, int floor) {
        int first = tokens.firstAtOrAfter(phrase.mention().start());
        int role = reader.isDeterminer(first) ? first + 1 : first; // "the CEO of …"
        if (phrase.kind() == Source.Kind.PRONOUN || first - 2 < floor || !reader.isPunct(first - 1, ",")
                || !tokens.sameParagraph(first - 2, first) || !tokens.get(role).isWord() || !tokens.get(role).is(Word.ROLE)) {
            return null; // "CEO of Parkdean Resorts", "the chief executive of …": a role opens the phrase
        }
        Source name = reader.nounPhraseEndingAt(first - 2, floor);
        return name != null && name.kind() == Source.Kind.NAME
                && tokens.sentenceStart(first - 2) == tokens.firstAtOrAfter(name.mention().start()) ? name : null;
    }

    /**
     * "The Chief Actuary of SSNIT, Evelyn Adjei, said", "Explaining the increase, the Minister of
     * Finance, Ken Ofori-Atta, said": a post's capitalised title that opens the sentence (or follows
     * its opening adjunct), then the name of who holds it, alone between commas; the name speaks.
     * Null when the words before {@code close} are not so: the other appositive readings apply.
     */
    Source namedAfterTitle(int close, int floor) {
        int open = close - 1;
        while (open > floor && (reader.isCapWord(open) || reader.isPunct(open, "."))) {
            open--; // "Prof. Peter Quartey"
        }
        if (open <= floor || open == close - 1 || !reader.isPunct(open, ",") || !reader.isCapWord(open + 1)) {
            return null;
        }
        int the = titleStart(open - 1, floor);
        if (the < 0 || !opensSentenceOrAdjunct(the)) {
            return null;
        }
        Source name = reader.nounPhraseEndingAt(close - 1, open + 1);
        return name != null && name.kind() == Source.Kind.NAME ? name : null;
    }

    /** "The" opens the sentence, or follows the comma closing a sentence-opening adjunct ("Later,", "Explaining the increase,"). */
    private boolean opensSentenceOrAdjunct(int the) {
        int start = tokens.sentenceStart(the);
        if (start == the) {
            return true;
        }
        Token first = tokens.get(start);
        return reader.isPunct(the - 1, ",") && first.isWord() && (first.is(Word.PREPOSITION) || first.is(Word.OPENER)
                || first.lower().endsWith("ing") || first.lower().endsWith("ly"));
    }

    /**
     * The "the" of a post's capitalised title ending at {@code i}, with its body after "of", "for" or
     * "at" if it names one ("the Chief Actuary", "The Minister of Finance", "the Chief Actuary of
     * SSNIT"); -1 when none ends there. A person's name takes no article; a title holds a word for a
     * post ("Minister", "Chief").
     */
    private int titleStart(int i, int floor) {
        int k = beforeCapitalised(i, floor);
        if (k > floor && k < i && (tokens.get(k).is("of") || tokens.get(k).is("for") || tokens.get(k).is("at"))) {
            k = beforeCapitalised(k - 1, floor);
        }
        if (k < floor || k + 1 > i || !tokens.get(k).isIgnoreCase("the")) {
            return -1;
        }
        for (int w = k + 1; w <= i; w++) {
            if (reader.isCapWord(w) && (tokens.get(w).is(Word.ROLE) || tokens.get(w).is(Word.ROLE_MODIFIER))) {
                return k;
            }
        }
        return -1;
    }

    /** The token before the run of capitalised words (other than "The") that ends at {@code i}; {@code floor - 1} at most. */
    private int beforeCapitalised(int i, int floor) {
        int k = i;
        while (k >= floor && reader.isCapWord(k) && !tokens.get(k).isIgnoreCase("the")) {
            k--;
        }
        return k;
    }

    /**
     * "Glen, from Dublin, says": where the phrase at {@code first} follows "NAME, from", the source
     * is the name and the place says where they are from; else null.
     */
    Source nameBeforeOrigin(int first, int floor) {
        int from = first - 1;
        int comma = first - 2;
        if (comma - 1 < floor || !tokens.get(from).isWord() || !tokens.get(from).lower().equals("from")
                || !tokens.get(comma).is(",") || !tokens.sameParagraph(comma - 1, first) || !reader.isCapWord(comma - 1)) {
            return null;
        }
        int s = comma - 1;
        while (s - 1 >= floor && reader.isCapWord(s - 1) && tokens.sameParagraph(s - 1, s) && comma - s < 4) {
            s--;
        }
        Source name = reader.classify(s, comma - 1);
        return name != null && name.kind() == Source.Kind.NAME ? name : null;
    }

    /**
     * "Susan Aitken, the leader of Glasgow City Council said": the name before an unclosed
     * appositive whose role ends {@code description} with its capitalised complement, as
     * {@link #nameBeforeUnclosedRole}; null when none. The description holds a lower-case
     * preposition: the walk to it stops there.
     */
    Source nameBeforeRoleComplement(Source description, int floor) {
        int p = tokens.firstAtOrAfter(description.mention().start());
        while (!tokens.get(p).isLowerCase(Word.PREPOSITION) && !tokens.get(p).isLowerCase(Word.OBJECT_PREPOSITION)) {
            p++;
        }
        // "LoP in Rajya Sabha", "the leader of Glasgow City Council": a role before its capitalised complement
        return reader.isCapWord(p + 1) && (reader.isCapWord(p - 1) || tokens.get(p - 1).is(Word.ROLE)) ? nameBeforeUnclosedRole(p + 1, floor) : null;
    }

    /**
     * "Mallikarjun Kharge, LoP in Rajya Sabha also wrote": an appositive role left unclosed before
     * the cue; the name at {@code first} is the role's complement ("in Rajya Sabha"), and the name
     * that opens the sentence before the comma speaks. Null when the words do not read so.
     */
    Source nameBeforeUnclosedRole(int first, int floor) {
        int prep = first - 1;
        if (prep - 2 < floor || !tokens.get(prep).isLowerCase(Word.PREPOSITION) || !tokens.sameParagraph(prep, first)) {
            return null;
        }
        int comma = prep - 1;
        while (comma > floor && prep - comma <= 4 && tokens.get(comma).isWord()) {
            comma--;
        }
        if (comma == prep - 1 || !reader.isPunct(comma, ",") || !reader.isCapWord(comma - 1)) {
            return null;
        }
        int s = comma - 1;
        while (s - 1 >= floor && reader.isCapWord(s - 1) && tokens.sameParagraph(s - 1, s) && comma - s < 4) {
            s--;
        }
        if (tokens.sentenceStart(s) != s && s != floor) {
            return null; // "In Washington, the head of …": the comma closes an opening phrase, no name
        }
        Source name = reader.classify(s, comma - 1);
        return name != null && name.kind() == Source.Kind.NAME ? name : null;
    }
}
