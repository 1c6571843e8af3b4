package org.onrecord.attribution;

import org.onrecord.lexicon.Word;
import org.onrecord.text.Chars;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Reads the noun phrase that gives a source: a name, a pronoun or a description, before a cue,
 * after an inverted cue, or opening a sentence; appositives and bracketed asides are stepped over.
 */
class SourceReader extends TokenView {
    private final Adjuncts adjuncts;

    SourceReader(Tokens tokens) {
        super(tokens);
        this.adjuncts = new Adjuncts(this, tokens);
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
            Source titled = namedAfterTitle(e, floor);
            if (titled != null) {
                return titled;
            }
            int open = appositiveStart(e, floor);
            if (open >= 0) {
                Source outer = sourceBefore(open - 1, floor);
                // "The port’s owner, Kessock Holdings, said": the name in the appositive says more
                Source inner = open + 1 < e ? nounPhraseEndingAt(e - 1, open + 1) : null;
                // "The mayor of Rochester, New York, has asked": after a capitalised complement the
                // appositive may be a place; only a name right before the cue is the one who speaks
                boolean nameSpeaks = Character.isLowerCase(tokens.get(open - 1).first()) || isCue(e + 1);
                if (outer != null && outer.kind() == Source.Kind.DESCRIPTION && inner != null
                        && inner.kind() == Source.Kind.NAME && nameSpeaks
                        && tokens.firstAtOrAfter(inner.mention().start()) == open + 1) {
                    return inner;
                }
                Source afterAdjunct = adjuncts.afterOpeningAdjunct(outer, inner, open);
                if (afterAdjunct != null) {
                    return afterAdjunct;
                }
                Source named = outer == null ? null : nameBeforeRole(outer, floor);
                return named != null ? named : outer;
            }
            int bracketed = isPunct(e, ",") && isPunct(e - 1, ")") ? e - 1 : isPunct(e, ")") ? e : -1;
            if (bracketed >= 0) {
                int o = bracketed - 1; // "Gov. John Kasich (R-OH), said"
                while (o > floor && !isPunct(o, "(") && bracketed - o < 12) {
                    o--;
                }
                if (isPunct(o, "(") && o - 1 >= floor && isCapWord(o - 1)) {
                    return nounPhraseEndingAt(o - 1, floor);
                }
            }
            return null;
        }
        return nounPhraseEndingAt(e, floor);
    }

    /**
     * "Steve Richards, CEO of Parkdean Resorts, which owns Trecco Bay, said": the appositive before the
     * cue was a relative clause, and the phrase before it a role set off from the name that opens the
     * sentence; that name speaks. Null when the phrase is no role after a comma and a sentence-opening name.
     */
    private Source nameBeforeRole(Source phrase, int floor) {
        int first = tokens.firstAtOrAfter(phrase.mention().start());
        int role = isDeterminer(first) ? first + 1 : first; // "the CEO of …"
        if (phrase.kind() == Source.Kind.PRONOUN || first - 2 < floor || !isPunct(first - 1, ",")
                || !tokens.sameParagraph(first - 2, first) || !tokens.get(role).isWord() || !tokens.get(role).is(Word.ROLE)) {
            return null; // "CEO of Parkdean Resorts", "the chief executive of …": a role opens the phrase
        }
        Source name = nounPhraseEndingAt(first - 2, floor);
        return name != null && name.kind() == Source.Kind.NAME
                && tokens.sentenceStart(first - 2) == tokens.firstAtOrAfter(name.mention().start()) ? name : null;
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
            if (name && next.isWord() && Character.isLowerCase(next.first()) && !isParticle(e + 1) && !particleJoined(next)) {
                break; // "Carson took the stage": a name, then its verb
            }
            if (next.kind() == Token.Kind.POSSESSIVE || isPluralPossessive(e + 1)) {
                name = false; // "Ryan’s campaign": a description headed by what follows
            }
            e++;
        }
        return classify(start, e);
    }

    /** The social media handle starting at the "@" at {@code start}, as a name; null when none does. */
    Source handleAt(int start) {
        int end = handleEnd(start);
        return end > start ? new Source(new Span(tokens.get(start).start(), tokens.get(end).end()), Source.Kind.NAME) : null;
    }

    static boolean isPossessivePronoun(Token t) {
        String l = t.lower();
        return l.equals("his") || l.equals("her") || l.equals("their") || l.equals("its") || l.equals("our")
                || l.equals("my") || l.equals("your");
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

    Source nounPhraseEndingAt(int e, int floor) {
        int at = handleStart(e);
        if (at >= floor && at >= 0) {
            return handleAt(at); // "@lk-jord commented": the handle is all the phrase
        }
        Token t = tokens.get(e);
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
                : headBefore(tokens.firstAtOrAfter(found.mention().start()), e, floor);
        if (longer != null) {
            return longer;
        }
        if (found != null && found.kind() == Source.Kind.NAME) {
            Source origin = nameBeforeOrigin(tokens.firstAtOrAfter(found.mention().start()), floor);
            if (origin != null) {
                return origin;
            }
            Source head = nameBeforeUnclosedRole(tokens.firstAtOrAfter(found.mention().start()), floor);
            if (head != null) {
                return head;
            }
        }
        if (found != null && found.kind() == Source.Kind.DESCRIPTION && holdsLowerPreposition(found.mention())) {
            // "Mallikarjun Kharge, LoP in Rajya Sabha also wrote": the role's complement ends an unclosed appositive
            int p = tokens.firstAtOrAfter(found.mention().start());
            while (!tokens.get(p).isLowerCase(Word.PREPOSITION) && !tokens.get(p).isLowerCase(Word.OBJECT_PREPOSITION)) {
                p++;
            }
            // "LoP in Rajya Sabha", "the leader of Glasgow City Council": a role before its capitalised complement
            Source head = isCapWord(p + 1) && (isCapWord(p - 1) || tokens.get(p - 1).is(Word.ROLE)) ? nameBeforeUnclosedRole(p + 1, floor) : null;
            if (head != null) {
                return head;
            }
        }
        return found != null && adjuncts.isObjectOfAdjunct(found, e, floor) ? null : found;
    }

    /**
     * The whole noun phrase when the phrase at tokens {@code first..e} is only the end of one: the
     * second of two names joined by "and" after a preposition ("community leaders in Echuca and
     * Moama"), or the object of a relative clause ("scientists who attended the scene"). Null
     * otherwise, and when the words before do not head a source.
     */
    private Source headBefore(int first, int e, int floor) {
        Token before = tokens.at(first - 1);
        if (before == null || first - 2 < floor || !tokens.sameParagraph(first - 2, e) || !before.isWord()) {
            return null;
        }
        if (before.is("and") && isCapWord(first) && isCapWord(first - 2)) {
            Source left = nounPhraseEndingAt(first - 2, floor);
            if (left != null && left.kind() == Source.Kind.DESCRIPTION && holdsLowerPreposition(left.mention())) {
                return new Source(new Span(left.mention().start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
            }
            return null;
        }
        Token rel = tokens.at(first - 2);
        boolean verb = Character.isLowerCase(before.first()) && (isVerbLike(before.lower()) || before.is(Word.FINITE))
                && !before.is(Word.BE) && !before.is(Word.AUXILIARY);
        if (verb && first - 3 >= floor && rel.isWord() && rel.is("who")) {
            Source head = nounPhraseEndingAt(first - 3, floor);
            Token h = tokens.get(first - 3);
            boolean speaks = isCommonNoun(first - 3) && SpeakerForm.namesSpeakers(h, tokens);
            if (speaks && (head == null || head.kind() != Source.Kind.PRONOUN)) {
                int from = head == null ? first - 3 : tokens.firstAtOrAfter(head.mention().start());
                return new Source(new Span(tokens.get(from).start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
            }
        }
        return null;
    }

    /** A lower-case word, or one capitalised only because it opens the sentence ("Residents in …"). */
    private boolean isCommonNoun(int i) {
        Token t = tokens.get(i);
        return t.isWord() && (Character.isLowerCase(t.first())
                || tokens.startsSentence(i) && !t.is(Word.ROLE) && SpeakerForm.namesSpeakers(t, tokens));
    }

    private boolean holdsLowerPreposition(Span m) {
        for (int i = tokens.firstAtOrAfter(m.start()); i < tokens.size() && tokens.get(i).end() <= m.end(); i++) {
            if (tokens.get(i).isLowerCase(Word.PREPOSITION) || tokens.get(i).isLowerCase(Word.OBJECT_PREPOSITION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Glen, from Dublin, says": where the phrase at {@code first} follows "NAME, from", the source
     * is the name and the place says where they are from; else null.
     */
    private Source nameBeforeOrigin(int first, int floor) {
        int from = first - 1;
        int comma = first - 2;
        if (comma - 1 < floor || !tokens.get(from).isWord() || !tokens.get(from).lower().equals("from")
                || !tokens.get(comma).is(",") || !tokens.sameParagraph(comma - 1, first) || !isCapWord(comma - 1)) {
            return null;
        }
        int s = comma - 1;
        while (s - 1 >= floor && isCapWord(s - 1) && tokens.sameParagraph(s - 1, s) && comma - s < 4) {
            s--;
        }
        Source name = classify(s, comma - 1);
        return name != null && name.kind() == Source.Kind.NAME ? name : null;
    }

    /**
     * "Mallikarjun Kharge, LoP in Rajya Sabha also wrote": an appositive role left unclosed before
     * the cue; the name at {@code first} is the role's complement ("in Rajya Sabha"), and the name
     * that opens the sentence before the comma speaks. Null when the words do not read so.
     */
    private Source nameBeforeUnclosedRole(int first, int floor) {
        int prep = first - 1;
        if (prep - 2 < floor || !tokens.get(prep).isLowerCase(Word.PREPOSITION) || !tokens.sameParagraph(prep, first)) {
            return null;
        }
        int comma = prep - 1;
        while (comma > floor && prep - comma <= 4 && tokens.get(comma).isWord()) {
            comma--;
        }
        if (comma == prep - 1 || !isPunct(comma, ",") || !isCapWord(comma - 1)) {
            return null;
        }
        int s = comma - 1;
        while (s - 1 >= floor && isCapWord(s - 1) && tokens.sameParagraph(s - 1, s) && comma - s < 4) {
            s--;
        }
        if (tokens.sentenceStart(s) != s && s != floor) {
            return null; // "In Washington, the head of …": the comma closes an opening phrase, no name
        }
        Source name = classify(s, comma - 1);
        return name != null && name.kind() == Source.Kind.NAME ? name : null;
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
            return null;
        }
        Source headed = headedByComplement(s, e);
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

    /**
     * "JoyNews sources at the chief's palace", "community leaders in Echuca", "four sources in know of
     * the matter", "the Budget Lab at Yale": a noun phrase that goes on with a preposition and its
     * object is headed by the noun before the preposition, so the source is the whole phrase, not
     * the object it ends in. A name followed by a lower-case adjunct ("Mahanagar Gas Ltd in
     * regulatory filings") is the name alone. Null when tokens {@code s..e} hold no such phrase: no
     * lower-case preposition before any determiner, or a head that is no speaker ("marching
     * through the streets").
     */
    private Source headedByComplement(int s, int e) {
        Token opening = tokens.get(s);
        if (!opening.isWord() || opening.isLowerCase(Word.PREPOSITION) || opening.isLowerCase(Word.OBJECT_PREPOSITION)) {
            return null; // "in Houston with his dressing-down of …": an adjunct, no phrase of its own
        }
        int p = -1;
        for (int i = s + 1; i < e; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.POSSESSIVE || t.is(Word.DETERMINER) || !t.isWord() && !t.is("-")) {
                return null; // "the spokesman for the union" reads as before: its determiner starts it
            }
            if (t.isLowerCase(Word.PREPOSITION) || t.isLowerCase(Word.OBJECT_PREPOSITION)) {
                p = i;
                break;
            }
        }
        if (p < 0 || tokens.get(p).is("to")) {
            return null;
        }
        Source head = classify(s, p - 1);
        if (head == null || head.kind() == Source.Kind.PRONOUN) {
            return null;
        }
        Token h = tokens.get(p - 1);
        boolean lowerHead = isCommonNoun(p - 1);
        if (!lowerHead && h.is(Word.ROLE)) {
            return null; // "Leader of Opposition in the Lok Sabha Rahul Gandhi": a title before a name, read as one
        }
        // "An analysis by the Budget Lab at Yale": a work and its author, who speaks through it
        boolean work = lowerHead && tokens.get(p).is("by") && isDeterminer(tokens.firstAtOrAfter(head.mention().start()));
        if (!work && (!SpeakerForm.headCanSpeak(tokens, head.mention()) || lowerHead && !SpeakerForm.namesSpeakers(h, tokens))) {
            return null; // "a series of", "the rest of": a noun that speaks for no one
        }
        boolean namedObject = false;
        for (int i = p + 1; i <= e; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLowerCase(t.first()) && (isVerbLike(t.lower()) || t.is(Word.FINITE)
                    || t.cue() != null || t.lower().endsWith("ing") && !SpeakerForm.namesSpeakers(t, tokens))) {
                return null; // "A group of pastors supporting Mr. Cruz met in Iowa": a clause, not one phrase
            }
            namedObject |= isCapWord(i);
        }
        if (!lowerHead && !namedObject) {
            return head; // "Mahanagar Gas Ltd in regulatory filings": the name, and where it said it
        }
        if (!lowerHead && head.kind() == Source.Kind.NAME && tokens.get(p).is("from") && p - 1 > s) {
            return head; // "Katia Loisel from Love Destination said": the person, and where they are from
        }
        Token prep = tokens.get(p);
        if (!lowerHead && !(prep.is("at") || prep.is("of") || prep.is("for"))) {
            return null; // "Houston with his dressing-down of Salem Radio's Hugh Hewitt": two names, no one phrase
        }
        return new Source(new Span(head.mention().start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
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

    /** Skips back over ", the general secretary of Unite the Union," to the comma that opens it. */
    int appositiveStart(int close, int floor) {
        Token closing = tokens.get(close);
        boolean dash = closing.kind() == Token.Kind.PUNCT && Chars.isDash(closing.first());
        boolean bracket = closing.is(")");
        for (int i = close - 1; i >= floor && close - i < 22; i--) {
            Token t = tokens.get(i);
            if (bracket ? t.is("(") : dash ? isDash(i) : t.is(",") && !isCapWord(i + 1) || t.is(",") && isDeterminer(i + 1)) {
                return i - 1 >= floor && (isCapWord(i - 1) || isPunct(i - 1, ")") || isPronounToken(i - 1)) ? i : -1;
            }
            if (!bracket && !dash && t.is(",") && isCapWord(i + 1) && i - 1 >= floor && isDescriptionEnd(i - 1, floor)) {
                return i; // "The port’s owner, Kessock Holdings, said"
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
    boolean isDescriptionEnd(int i, int floor) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return false;
        }
        Source s = nounPhraseEndingAt(i, floor);
        return s != null && s.kind() == Source.Kind.DESCRIPTION
                && (Character.isLowerCase(t.first()) || roleComplementEnds(s, i));
    }

    /**
     * "The Chief Actuary of SSNIT, Evelyn Adjei, said", "Explaining the increase, the Minister of
     * Finance, Ken Ofori-Atta, said": a post's capitalised title that opens the sentence (or follows
     * its opening adjunct), then the name of who holds it, alone between commas; the name speaks.
     * Null when the words before {@code close} are not so: the other appositive readings apply.
     */
    private Source namedAfterTitle(int close, int floor) {
        int open = close - 1;
        while (open > floor && (isCapWord(open) || isPunct(open, "."))) {
            open--; // "Prof. Peter Quartey"
        }
        if (open <= floor || open == close - 1 || !isPunct(open, ",") || !isCapWord(open + 1)) {
            return null;
        }
        int the = titleStart(open - 1, floor);
        if (the < 0 || !opensSentenceOrAdjunct(the)) {
            return null;
        }
        Source name = nounPhraseEndingAt(close - 1, open + 1);
        return name != null && name.kind() == Source.Kind.NAME ? name : null;
    }

    /** "The" opens the sentence, or follows the comma closing a sentence-opening adjunct ("Later,", "Explaining the increase,"). */
    private boolean opensSentenceOrAdjunct(int the) {
        int start = tokens.sentenceStart(the);
        if (start == the) {
            return true;
        }
        Token first = tokens.get(start);
        return isPunct(the - 1, ",") && first.isWord() && (first.is(Word.PREPOSITION) || first.is(Word.OPENER)
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
            if (isCapWord(w) && (tokens.get(w).is(Word.ROLE) || tokens.get(w).is(Word.ROLE_MODIFIER))) {
                return k;
            }
        }
        return -1;
    }

    /** The token before the run of capitalised words (other than "The") that ends at {@code i}; {@code floor - 1} at most. */
    private int beforeCapitalised(int i, int floor) {
        int k = i;
        while (k >= floor && isCapWord(k) && !tokens.get(k).isIgnoreCase("the")) {
            k--;
        }
        return k;
    }

    /** The description {@code s} is a role, "for"/"of"/"at", and a capitalised complement ending at {@code i}. */
    private boolean roleComplementEnds(Source s, int i) {
        int first = tokens.firstAtOrAfter(s.mention().start());
        for (int k = i - 1; k > first; k--) {
            Token t = tokens.get(k);
            if (t.is("for") || t.is("of") || t.is("at")) {
                return tokens.get(k - 1).is(Word.ROLE) && Character.isLowerCase(tokens.get(k - 1).first());
            }
            if (!isCapWord(k) && !isDeterminer(k)) {
                return false;
            }
        }
        return false;
    }

    int skipAppositive(int j) {
        if (!isPunct(j, ",") && !isDash(j) && !isPunct(j, "(")) {
            return j;
        }
        boolean dash = isDash(j);
        boolean bracket = isPunct(j, "(");
        for (int i = j + 1; i < tokens.size() && i - j < 22 && tokens.sameParagraph(i, j); i++) {
            if (bracket ? isPunct(i, ")") : dash ? isDash(i) : isPunct(i, ",")) {
                return i + 1;
            }
            Token t = tokens.get(i);
            boolean sentenceEnd = t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first())
                    && !isPunct(i + 1, ",") && !(t.is(".") && i > 0 && tokens.get(i - 1).end() == t.start()
                    && tokens.get(i - 1).text().length() <= 3);
            if (t.kind() == Token.Kind.QUOTE_MARK || !bracket && sentenceEnd) {
                return j;
            }
        }
        return j;
    }
}
