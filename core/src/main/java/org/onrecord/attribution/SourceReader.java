package org.onrecord.attribution;

import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Reads the noun phrase that gives a source: a name, a pronoun or a description, before a cue,
 * after an inverted cue, or opening a sentence; appositives and bracketed asides are stepped over.
 * The readings of a title or description beside a name are {@link Appositives}'; those of a phrase
 * saying when, where or how, stepped over to the source, are {@link Adjuncts}'; those of a phrase
 * that goes on past its head noun are {@link Complements}'. This class proposes the phrase and
 * orders those readings: the first that reads a source gives it.
 */
class SourceReader extends TokenView {
    final Appositives appositives;
    private final Adjuncts adjuncts;
    private final Complements complements;

    SourceReader(Tokens tokens) {
        super(tokens);
        this.appositives = new Appositives(this, tokens);
        this.adjuncts = new Adjuncts(this, tokens);
        this.complements = new Complements(this, tokens);
    }

    static final int MAX_NP = 9;

    /** A name, a pronoun, or a short description with a determiner: not a stray run of words. */
    boolean isPlainSource(Source s) {
        if (s == null) {
            return false;
        }
        if (s.kind() != Source.Kind.DESCRIPTION) {
            return true;
        }
        int first = tokens.firstAtOrAfter(s.mention().start());
        int last = tokens.lastEndingBy(s.mention().end());
        return last - first < 6 && (isDeterminer(first) || tokens.get(first).isWord()
                && Character.isUpperCase(tokens.get(first).first()));
    }

    /** The noun phrase that ends at token {@code end}, not reaching before {@code floor}. */
    Source sourceBefore(int end, int floor) {
        int e = end;
        while (e >= floor && isSkippable(e)) {
            e--;
        }
        if (e < floor) {
            return null;
        }
        if (isPunct(e, ",") || isDash(e) || isPunct(e, ")")) {
            Source beforeAdjunct = adjuncts.beforeCommaAdjunct(e, floor);
            if (beforeAdjunct != null) {
                return beforeAdjunct;
            }
            Source titled = appositives.namedAfterTitle(e, floor);
            if (titled != null) {
                return titled;
            }
            int open = appositives.appositiveStart(e, floor);
            if (open >= 0) {
                Source outer = sourceBefore(open - 1, floor);
                Source inner = open + 1 < e ? nounPhraseEndingAt(e - 1, open + 1) : null;
                if (appositives.nameInsideSpeaks(outer, inner, open, e) || appositives.namesAnother(inner, open, e)) {
                    return inner; // "The port’s owner, Kessock Holdings, said": the name in the appositive says more
                }
                Source afterAdjunct = adjuncts.afterOpeningAdjunct(outer, inner, open);
                if (afterAdjunct != null) {
                    return afterAdjunct;
                }
                Source named = outer == null ? null : appositives.nameBeforeRole(outer, floor);
                return named != null ? named : outer;
            }
            return appositives.nameBeforeBracket(e, floor);
        }
        return nounPhraseEndingAt(e, floor);
    }

    /** The noun phrase that starts at token {@code start}: "he", "Smith", "the union chief". */
    Source sourceFrom(int start) {
        return sourceFrom(start, false);
    }

    /** With {@code subjectOnly}, a name ends before the first lower-case word: its verb. */
    Source sourceFrom(int start, boolean subjectOnly) {
        Source handle = handleAt(start);
        if (handle != null) {
            return handle;
        }
        Token t = tokens.at(start);
        if (t == null || !t.isWord()) {
            return null;
        }
        if (t.isContractionOfI()) {
            return new Source(t.span(), Source.Kind.PRONOUN); // "I’d say it’s harder": the writer
        }
        if (t.is(Word.PRONOUN) && !(isPossessivePronoun(t) && tokens.at(start + 1) != null
                && tokens.get(start + 1).isWord() && tokens.sameParagraph(start, start + 1))) {
            return isPossessivePronoun(t) ? null : new Source(t.span(), Source.Kind.PRONOUN);
        }
        boolean name = subjectOnly && Character.isUpperCase(t.first()) && !isDeterminer(start);
        int e = start;
        while (tokens.at(e + 1) != null && e - start < MAX_NP && tokens.sameParagraph(start, e + 1)
                && continuesPhrase(e + 1)) {
            Token next = tokens.get(e + 1);
            if (name && next.isWord() && Character.isLowerCase(next.first()) && !isParticle(e + 1) && !particleJoined(next)
                    && !roleBeforeName(e + 1)) {
                break; // "Carson took the stage": a name, then its verb
            }
            if (next.kind() == Token.Kind.POSSESSIVE || isPluralPossessive(e + 1)) {
                name = false; // "Ryan’s campaign": a description headed by what follows
            }
            e++;
        }
        return classify(start, e);
    }

    /**
     * A lower-case role noun between a body's name and a person's: "IFP president Velenkosini
     * Hlabisa", "ANC spokesperson Mahlengi Bhengu"; the role is no verb, the phrase goes on.
     */
    private boolean roleBeforeName(int i) {
        Token role = tokens.get(i);
        return role.is(Word.ROLE) && !role.is(Word.FINITE) && role.cue() == null && isCapWord(i + 1)
                && tokens.sameParagraph(i, i + 1);
    }

    /**
     * A possessive that ends a phrase right before a cue or the sentence's end owns nothing: it is
     * the end of a name written with one ("a spokesman for McDonald's said", "said a spokesman for
     * Aunt Bessie's.").
     */
    private boolean ownsNothing(int e) {
        Token after = tokens.at(e + 1);
        Token owner = tokens.get(e - 1);
        // a brand's capitalised word ("McDonald's"), not "Let's say" nor a contraction ("It's said")
        boolean brand = owner.isWord() && Character.isUpperCase(owner.first()) && !owner.isIgnoreCase("let")
                && !owner.is(Word.PRONOUN) && !owner.is(Word.DETERMINER) && !owner.is(Word.RELATIVE);
        return brand && (after == null || !tokens.sameParagraph(e, e + 1) || after.is(".") || after.is(",")
                || after.cue() != null && !after.lower().endsWith("ed") && !after.isCue(Verb.NOUN_TOO)
                && !after.isCue(Verb.NOUN_CUE)); // "said", "told"; not "alleged", "continued" nor "post", "claims"
    }

    /** The phrase up to a possessive that {@link #ownsNothing}, read as a source, with the possessive kept in its mention. */
    private static Source withPossessive(Source owner, Token possessive) {
        return owner == null || owner.kind() == Source.Kind.PRONOUN ? null
                : new Source(new Span(owner.mention().start(), possessive.end()), owner.kind());
    }

    /** The social media handle starting at the "@" at {@code start}, as a name; null when none does. */
    Source handleAt(int start) {
        int end = handleEnd(start);
        return end > start ? new Source(new Span(tokens.get(start).start(), tokens.get(end).end()), Source.Kind.NAME) : null;
    }

    /** A noun phrase after an inverted cue: said Smith / said the spokesman / says he. */
    Source sourceAfter(int start) {
        Source handle = handleAt(start);
        if (handle != null) {
            return handle;
        }
        Token t = tokens.at(start);
        if (t == null || !t.isWord() && t.kind() != Token.Kind.NUMBER || t.is("that")
                || (t.is(Word.PREPOSITION) || t.is(Word.OBJECT_PREPOSITION)) && !t.is("by")) {
            return null; // "saying to Finnerty, “…”": the name after a preposition is the hearer; after "by", the agent speaks
        }
        if (t.is(Word.PRONOUN) && !(isPossessivePronoun(t) && tokens.at(start + 1) != null && tokens.sameParagraph(start, start + 1)
                && (tokens.get(start + 1).is(Word.PERSON) || tokens.get(start + 1).is(Word.ROLE)))) { // "says his mother Arlene"
            String w = t.lower();
            return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("i") || w.equals("we")
                    ? new Source(t.span(), Source.Kind.PRONOUN) : null;
        }
        int e = start;
        while (tokens.at(e + 1) != null && e - start < MAX_NP && tokens.sameParagraph(start, e + 1)
                && continuesPhrase(e + 1) && !isCue(e + 1)) {
            e++;
        }
        Source s = classify(start, e);
        if (s != null && s.kind() == Source.Kind.DESCRIPTION && tokens.get(e).is(Word.PLURAL_SOURCE)) {
            return s; // "according to staff", "said officials"
        }
        if (s != null && s.kind() == Source.Kind.DESCRIPTION && e == start && t.is(Word.ROLE) && endsSentence(e + 1)) {
            return s; // a headline's bare role: Union ‘ready to strike’, says leader
        }
        if (s == null || s.kind() == Source.Kind.DESCRIPTION && !t.is(Word.DETERMINER)) {
            return s != null && s.kind() != Source.Kind.DESCRIPTION ? s : nameWithin(start, 6);
        }
        return s;
    }

    /**
     * "news agency ANI quoted him as saying", "Reuters quoted Smith as saying": the one who relays
     * is no speaker; the object of "quoted" (or "cited") before "as" is. Null when the cue at
     * {@code cue} is not read that way.
     */
    Source quotedAs(int cue) {
        Token t = tokens.get(cue);
        String w = t.lower();
        if (!t.isWord() || !(w.equals("quoted") || w.equals("cited")) || tokens.at(cue + 1) == null
                || !tokens.sameParagraph(cue, cue + 1)) {
            return null;
        }
        Token o = tokens.get(cue + 1);
        String ow = o.lower();
        Source object = o.isWord() && (ow.equals("him") || ow.equals("her") || ow.equals("them"))
                ? new Source(o.span(), Source.Kind.PRONOUN) : sourceAfter(cue + 1);
        if (object == null) {
            return null;
        }
        int after = tokens.firstAtOrAfter(object.mention().end());
        Token as = tokens.at(after);
        return as != null && as.isWord() && as.lower().equals("as") && tokens.sameParagraph(cue, after) ? object : null;
    }

    /**
     * After "according to" any noun phrase is a source, down to "his Facebook profile" or
     * "ouest-france.fr": the words up to the next punctuation, when no plainer source reads.
     */
    Source sourceOfAccordingTo(int start) {
        Token only = tokens.at(start);
        Token after = tokens.at(start + 1);
        if (only != null && only.isWord() && (only.is("him") || only.is("her") || only.is("them"))
                && (after == null || !after.isWord())) {
            return new Source(only.span(), Source.Kind.PRONOUN); // "According to him, …": the "he" of the narrative
        }
        Source plain = sourceAfter(start);
        if (plain != null) {
            return plain;
        }
        int e = start - 1;
        while (tokens.at(e + 1) != null && e + 1 - start < 2 * MAX_NP && tokens.sameParagraph(start, e + 1)
                && (tokens.get(e + 1).isWord() || tokens.get(e + 1).kind() == Token.Kind.NUMBER
                || tokens.get(e + 1).kind() == Token.Kind.POSSESSIVE)) {
            e++;
        }
        return e < start ? null : new Source(new Span(tokens.get(start).start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
    }

    /** The first run of capitalised words within {@code reach} tokens, before any punctuation. */
    Source nameWithin(int start, int reach) {
        for (int i = start; i < tokens.size() && i < start + reach && tokens.sameParagraph(start, i); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCT && !t.is("/") && !t.is("-")) {
                return null;
            }
            if (isCapWord(i)) {
                int e = i;
                while (isCapWord(e + 1) && tokens.sameParagraph(i, e + 1)) {
                    e++;
                }
                return new Source(new Span(tokens.get(start).start(), tokens.get(e).end()), Source.Kind.NAME);
            }
        }
        return null;
    }

    boolean continuesPhrase(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.POSSESSIVE || isPluralPossessive(i)) {
            return true;
        }
        if (!t.isWord() && !t.is("&") && !t.is("-")) {
            return false;
        }
        String w = t.lower();
        if (Character.isLowerCase(t.first()) && (isVerbLike(w) || w.endsWith("s") && !w.endsWith("ss") && i > 0
                && tokens.get(i - 1).isWord() && Character.isUpperCase(tokens.get(i - 1).first())
                && !pluralAfterThe(i)
                && !beforeRole(i)) // "Australian sevens coach Andy Friend": a modifier, not "Labour says"
                && !t.is(Word.ROLE) && !t.is(Word.PLURAL_SOURCE)) {
            return false;
        }
        if (t.is(Word.PREPOSITION)) {
            // "a spokesperson for Network Rail" holds its complement; "Cameron Easley for Morning Consult" ends at the name
            Token prev = tokens.get(i - 1);
            return prev.isWord() && Character.isLowerCase(prev.first()) && !isVerbLike(prev.text());
        }
        // all of the skippable list, "told" too: a cue ends the phrase
        return !isCue(i) && !(t.is(Word.SKIPPABLE) && Character.isLowerCase(t.first())) && !w.equals("and") && !w.equals("that") && !w.equals("to")
                && !w.equals("as") && !w.equals("after")
                && !w.equals("when") && !w.equals("while") && !w.equals("who") && !w.equals("because");
    }

    /**
     * "The farmers also questioned", "The researchers found": a plural noun after a sentence's
     * "The", when what follows it is plainly where a verb begins (an adverb or auxiliary the phrase
     * skips, a cue, a verb form); not "The scenes come", whose noun and verb the phrase cannot tell apart.
     */
    private boolean pluralAfterThe(int i) {
        Token next = tokens.at(i + 1);
        return tokens.get(i - 1).is(Word.DETERMINER) && next != null && next.isWord() && tokens.sameParagraph(i, i + 1)
                && (next.is(Word.SKIPPABLE) || next.is(Word.AUXILIARY) || isCue(i + 1) || isVerbLike(next.lower()));
    }

    private boolean beforeRole(int i) {
        Token next = tokens.at(i + 1);
        return next != null && next.isWord() && next.is(Word.ROLE) && tokens.sameParagraph(i, i + 1);
    }

    /**
     * The noun phrase that ends at token {@code e}, read back no further than {@code floor}. Once the
     * words are classified, the readings that take a longer phrase or another name in its place are
     * tried in turn: a complement's head, a name before its origin or unclosed role; a preposition's
     * object is no phrase.
     */
    Source nounPhraseEndingAt(int e, int floor) {
        int at = handleStart(e);
        if (at >= floor && at >= 0) {
            return handleAt(at); // "@lk-jord commented": the handle is all the phrase
        }
        Token t = tokens.get(e);
        if (t.kind() == Token.Kind.POSSESSIVE && e - 1 > floor && ownsNothing(e)) {
            return withPossessive(nounPhraseEndingAt(e - 1, floor), t); // "A spokesman for Sainsbury's said:"
        }
        if (!t.isWord() && t.kind() != Token.Kind.NUMBER) {
            return null;
        }
        if (t.is(Word.PRONOUN) || t.isContractionOfI()) {
            return isPossessivePronoun(t) ? null : new Source(t.span(), Source.Kind.PRONOUN);
        }
        String w = t.lower();
        if (isJoiningWord(w) && !w.equals("that") && !w.equals("which") && !w.equals("who")) {
            return null; // "left the meeting rather than apologise": a phrase never ends in "than" (a relative is read elsewhere)
        }
        int s = e;
        while (s - 1 >= floor && e - s < MAX_NP && tokens.sameParagraph(s - 1, e) && joinsLeft(s - 1)
                && !adjuncts.nounBeforeDeterminer(s)) {
            s--;
        }
        Source found = classify(s, e);
        Source longer = found == null || found.kind() == Source.Kind.PRONOUN ? null
                : complements.headBefore(tokens.firstAtOrAfter(found.mention().start()), e, floor);
        if (longer != null) {
            return longer;
        }
        if (found != null && found.kind() == Source.Kind.NAME) {
            Source origin = appositives.nameBeforeOrigin(tokens.firstAtOrAfter(found.mention().start()), floor);
            if (origin != null) {
                return origin;
            }
            Source head = appositives.nameBeforeUnclosedRole(tokens.firstAtOrAfter(found.mention().start()), floor);
            if (head != null) {
                return head;
            }
        }
        if (found != null && found.kind() == Source.Kind.DESCRIPTION && complements.holdsLowerPreposition(found.mention())) {
            // "Mallikarjun Kharge, LoP in Rajya Sabha also wrote": the role's complement ends an unclosed appositive
            Source head = appositives.nameBeforeRoleComplement(found, floor);
            if (head != null) {
                return head;
            }
        }
        return found != null && adjuncts.isObjectOfAdjunct(found, e, floor) ? null : found;
    }

    boolean joinsLeft(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.POSSESSIVE || t.is("-") || isPluralPossessive(i)) {
            return true;
        }
        if (!t.isWord() && t.kind() != Token.Kind.NUMBER) {
            return false;
        }
        String w = t.lower();
        if (isCue(i) || t.is(Word.PRONOUN) && !w.equals("his") && !w.equals("her") && !w.equals("their")
                && !w.equals("its")) {
            return false;
        }
        return !(isJoiningWord(w) || t.is(Word.SKIPPABLE) && !w.equals("first"))
                && !(Character.isLowerCase(t.first()) && isVerbLike(w) && !t.is(Word.ROLE));
    }

    /** A conjunction or relative that joins clauses: no noun phrase runs across it or ends in it. */
    static boolean isJoiningWord(String w) {
        return w.equals("and") || w.equals("that") || w.equals("but") || w.equals("as") || w.equals("when")
                || w.equals("while") || w.equals("after") || w.equals("before") || w.equals("because")
                || w.equals("if") || w.equals("so") || w.equals("than") || w.equals("where") || w.equals("which")
                || w.equals("who");
    }

    /**
     * Decides what tokens {@code s..e} are: a name when they end in a capitalised word, a
     * description when they end in a noun with a determiner or role word, otherwise nothing.
     */
    Source classify(int s, int e) {
        Token last = tokens.get(e);
        if (last.kind() == Token.Kind.POSSESSIVE) {
            return e > s && ownsNothing(e) ? withPossessive(classify(s, e - 1), last) : null;
        }
        if (s == e && last.isIgnoreCase("another")) {
            return new Source(last.span(), Source.Kind.DESCRIPTION); // "Another added:": capitalised, but no name
        }
        Source headed = complements.headedByComplement(s, e);
        if (headed != null) {
            return headed;
        }
        // trim leading lowercase words that are not part of a description ("supporters Hillary")
        int first = s;
        boolean hasDeterminer = false;
        for (int i = s; i <= e; i++) {
            if (tokens.get(i).is(Word.DETERMINER)) {
                first = i;
                hasDeterminer = true;
                break;
            }
            if ((tokens.get(i).kind() == Token.Kind.POSSESSIVE || isPluralPossessive(i)) && i < e) {
                first = s; // "Hillary Clinton’s right-hand woman", "Clinton’s team"
                hasDeterminer = true;
                break;
            }
        }
        if ((Character.isUpperCase(last.first()) || particleJoined(last)) && !last.is(Word.ROLE)) {
            int ns = e;
            while (ns - 1 >= s && (isCapWord(ns - 1) || isParticle(ns - 1))) {
                ns--;
            }
            while (ns < e && !isCapWord(ns)) {
                ns++; // a run starts with a name, not with "the" or "of"
            }
            while (ns < e && tokens.startsSentence(ns) && tokens.get(ns).is(Word.CONNECTIVE)) {
                ns++; // "However the RSPCA said", "However Trump has vowed": the sentence's connective, no name's
                while (ns < e && !isCapWord(ns)) {
                    ns++;
                }
            }
            Token prev = tokens.at(ns - 1);
            boolean complement = prev != null && ns - 1 > s && (prev.is("for") || prev.is("of") || prev.is("at"))
                    && tokens.at(ns - 2) != null && tokens.get(ns - 2).is(Word.ROLE);
            if (complement) {
                int ds = hasDeterminer ? first : ns - 2;
                return new Source(new Span(tokens.get(ds).start(), last.end()), Source.Kind.DESCRIPTION);
            }
            if (isAllLower(tokens.get(ns))) {
                return null;
            }
            if (!namesSomeone(ns, e)) {
                return null; // "That", "Even", "Wednesday", a dateline: capitalised, but no one's name
            }
            return new Source(new Span(tokens.get(ns).start(), last.end()), Source.Kind.NAME);
        }
        String head = last.lower();
        boolean nounHead = last.is(Word.ROLE) || last.is(Word.DOCUMENT) || last.is(Word.PLURAL_SOURCE)
                || Character.isUpperCase(last.first())
                || hasDeterminer && first < e && !isVerbLike(head) && !last.is(Word.PRONOUN)
                || head.equals("one") || head.equals("another");
        if (!nounHead) {
            return null;
        }
        int ds = hasDeterminer ? first : firstDescriptive(s, e);
        return new Source(new Span(tokens.get(ds).start(), last.end()), Source.Kind.DESCRIPTION);
    }

    int firstDescriptive(int s, int e) {
        int i = e;
        while (i - 1 >= s && (tokens.get(i - 1).isWord() || tokens.get(i - 1).kind() == Token.Kind.NUMBER
                || tokens.get(i - 1).kind() == Token.Kind.POSSESSIVE || tokens.get(i - 1).is("-"))) {
            i--;
        }
        return i;
    }

    /** The subject of the sentence that starts at {@code start}, read no further than {@code limit}. */
    Source subjectAt(int start, int limit) {
        return sentenceSubject(limit, start);
    }

    /** Not every word of the run is a capitalised common word, and it is no dateline. */
    private boolean namesSomeone(int from, int to) {
        if (from == to && isDateline(from)) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (!tokens.get(i).is(Word.NOT_NAME)) {
                return true;
            }
        }
        return false;
    }

    /** A dateline opens a paragraph: "WASHINGTON," or "LONDON (Reuters) —". */
    private boolean isDateline(int i) {
        Token t = tokens.get(i);
        if (!(isUpperWord(t) && (i == 0 || !tokens.sameParagraph(i - 1, i)))) {
            return false;
        }
        int j = i + 1;
        while (j < i + 4 && tokens.at(j) != null && isUpperWord(tokens.get(j))) {
            j++; // "NEW YORK,"
        }
        Token next = tokens.at(j);
        return next != null && (next.is(",") || next.is("(") || isDash(j));
    }

    private static boolean isUpperWord(Token t) {
        return t.isWord() && t.text().length() > 2 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** For a participial cue (", saying"), the subject that opens the sentence. */
    Source sentenceSubject(int cue, int floor) {
        if (cue <= 0 || cue <= floor) {
            return null;
        }
        int s = tokens.sentenceStart(cue - 1, floor);
        if (isDateline(s)) {
            int dash = s;
            while (dash < cue && !isDash(dash)) {
                dash++;
            }
            s = dash < cue ? dash + 1 : s; // "WASHINGTON, Dec. 8 (UPI) — Clinton's aide rallied …"
        }
        // "However, X…", "But X…": a connective; "In response to …, X…": an opening phrase up to its comma
        while (s < cue && tokens.get(s).isWord() && tokens.get(s).is(Word.CONNECTIVE)) {
            s++;
            if (isPunct(s, ",")) {
                s++;
            }
        }
        boolean participle = s < cue && tokens.get(s).isWord() && !tokens.get(s).is(Word.OPENER) && adjuncts.opensWithParticiple(s, cue);
        if (s < cue && tokens.get(s).isWord() && (tokens.get(s).is(Word.OPENER) || participle)) {
            // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush": the name before a verb
            Source subject = adjuncts.subjectAfterOpening(s, cue);
            if (subject != null) {
                return subject;
            }
            if (!participle) {
                return null;
            }
        }
        return s < cue ? sourceFrom(s, true) : null;
    }
}
