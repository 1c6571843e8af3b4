package org.onrecord.attribution;

import java.util.Locale;
import java.util.Set;
import org.onrecord.entity.Words;
import org.onrecord.text.Chars;
import org.onrecord.text.Cues;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Reads cue phrases around a quotation: the cue word, its source (a name, pronoun or description
 * before or after it) and its addressee. Works on tokens only; resolving the source to a person is
 * {@link SpeakerResolver}'s job.
 */
final class CueReader {
    private static final Set<String> SKIPPABLE = setOf(
            "also", "then", "later", "has", "had", "have", "was", "is", "will", "would", "once", "again", "just",
            "further", "recently", "separately", "subsequently", "earlier", "additionally", "finally", "simply",
            "previously", "reportedly", "had", "has", "did", "does", "who", "quickly", "famously", "repeatedly",
            "publicly", "privately", "bluntly", "flatly", "angrily", "told", "had", "even", "often", "always",
            "never", "not", "first", "last", "memorably", "tearfully", "proudly", "calmly", "cheerfully", "shortly",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "recently", "now", "since");
    private static final Set<String> ADDRESSED = setOf(
            "tell", "ask", "inform", "assure", "reassure", "warn", "urge", "advise", "remind", "thank", "promise");
    private static final Set<String> DETERMINERS = setOf(
            "the", "a", "an", "this", "one", "another", "its", "his", "her", "their", "our", "some", "two",
            "three", "several", "many", "both");
    private static final Set<String> CONNECTIVES = setOf(
            "however", "but", "and", "yet", "so", "meanwhile", "still", "then", "also", "now", "instead", "indeed");
    private static final Set<String> OPENERS = setOf(
            "in", "after", "when", "before", "as", "while", "during", "on", "at", "later", "following", "since",
            "although", "though", "if", "because", "despite", "with", "under", "for", "from", "by", "speaking",
            "asked", "earlier", "last", "writing", "responding", "sharing", "addressing", "shortly", "once",
            "having", "given", "amid", "among", "over", "like", "unlike", "outside", "inside", "at", "upon");
    /** "shot back", "hit back": speech only with "back". */
    private static final Set<String> BACK_VERBS = setOf(
            "shot", "shoots", "fired", "fires", "hit", "hits", "snapped", "struck", "pushed", "bit");
    private static final Set<String> PREPOSITIONS = setOf("of", "for", "at", "in", "on", "from", "with");
    private static final Set<String> OBJECT_PREPOSITIONS = setOf(
            "through", "in", "at", "on", "to", "for", "with", "from", "into", "over", "under", "about", "across",
            "against", "toward", "towards", "onto", "by", "around", "near", "outside", "inside", "after", "before");
    private static final int MAX_NP = 9;

    private final Tokens tokens;

    CueReader(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * A cue right after a closing mark: “…,” she said / “…,” said Smith / “…” Brafman said.
     * {@code from} is the first token after the mark.
     */
    CueMatch trailing(int from) {
        int i = from;
        boolean dash = false;
        while (isPunct(i, ",") || isDash(i)) {
            dash |= isDash(i);
            i++;
        }
        if (!tokens.sameParagraph(from - 1, i)) {
            return null;
        }
        Token t = tokens.at(i);
        if (t == null) {
            return null;
        }
        if (isAccordingTo(i)) {
            Source after = sourceAfter(i + 2);
            return after == null ? null
                    : new CueMatch(new Span(t.start(), tokens.get(i + 1).end()), after, null);
        }
        boolean sentenceDone = endsWithSentence(from - 1);
        if (isCue(i) && !isParticipleForm(i) || isSpeechLikeVerb(i) && isCapWord(i + 1) && !sentenceDone) {
            Source after = sourceAfter(i + 1);
            if (after != null) {
                return new CueMatch(cueSpan(i), after, addressee(i, after.mention().end()));
            }
            return null;
        }
        Source before = sourceFrom(i);
        if (before == null) {
            return null;
        }
        // “… win.” She noted …: after a finished sentence only a name (“Why now?” Trump asked) or a
        // lower-case pronoun (“Why now?” he asked) starts an attribution
        if (sentenceDone && Character.isUpperCase(t.first()) && before.kind() != Source.Kind.NAME) {
            return null;
        }
        int j = tokens.firstAtOrAfter(before.mention().end());
        if (dash && before.kind() == Source.Kind.NAME && endsSentence(j)) {
            return new CueMatch(null, before, null); // “…” ― Carla Sanchez
        }
        for (int skips = 0; skips < 3 && !isCue(j); skips++) {
            int next = skipAppositive(j); // "Scott Pruitt, the attorney general of Oklahoma, one of the states …, said"
            if (next == j) {
                break;
            }
            j = next;
        }
        j = skipPrepositionalPhrase(j); // "Mr. Morgan of the Sierra Club said"
        while (tokens.at(j) != null && isSkippable(j)) {
            j++;
        }
        boolean cue = isCue(j) && !isParticipleForm(j)
                || isSpeechLikeVerb(j) && before.kind() != Source.Kind.DESCRIPTION && !sentenceDone;
        if (cue && tokens.sameParagraph(i, j) && !startsNewStatement(j + 1)) {
            return new CueMatch(cueSpan(j), before, addressee(j, tokens.get(j).end()));
        }
        return null;
    }

    /** Skips "of the Sierra Club" or "from Cheyenne" when a cue follows it; otherwise stays. */
    private int skipPrepositionalPhrase(int j) {
        Token t = tokens.at(j);
        if (t == null || !t.isWord() || !PREPOSITIONS.contains(t.text())) {
            return j;
        }
        for (int k = j + 1; k < tokens.size() && k <= j + 7 && tokens.sameParagraph(j, k); k++) {
            if (isCue(k)) {
                return k;
            }
            Token w = tokens.get(k);
            if (!(w.isWord() && (Character.isUpperCase(w.first()) || isDeterminer(k) || isParticle(k)))
                    && !w.is(",")) {
                return j;
            }
        }
        return j;
    }

    /** The quotation that ends at the mark {@code close} ends with a full stop, "?" or "!". */
    private boolean endsWithSentence(int close) {
        Token before = tokens.at(close - 1);
        return before != null && before.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(before.first());
    }

    private boolean isParticipleForm(int i) {
        return tokens.get(i).text().endsWith("ing");
    }

    /**
     * After a trailing cue, a colon, "that" or a subject pronoun starts the next statement
     * (“…” She noted that …; Kasich said he would …), so the cue is not this quotation's.
     */
    private boolean startsNewStatement(int i) {
        Token t = tokens.at(i);
        if (t == null || !tokens.sameParagraph(i - 1, i)) {
            return false;
        }
        if (t.is(":")) {
            return true;
        }
        String w = t.lower();
        return t.isWord() && (w.equals("that") || w.equals("he") || w.equals("she") || w.equals("they")
                || w.equals("i") || w.equals("we") || w.equals("it") || w.equals("there"));
    }

    /**
     * A cue before an opening mark in the same sentence: She said: “…” / Graham, the secretary, said:
     * “…” / “A,” she said, “B”. {@code markToken} is the opening mark; {@code floor} the first token
     * the lead-in may use (after the previous quotation, or the sentence start).
     */
    CueMatch leading(int markToken, int floor) {
        boolean colon = isPunct(markToken - 1, ":");
        int stop = colon ? floor : Math.max(floor, markToken - 14);
        for (int c = markToken - 1; c >= stop; c--) {
            Token t = tokens.get(c);
            if (t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first()) || t.kind() == Token.Kind.QUOTE_MARK) {
                return null;
            }
            if (isAccordingTo(c)) {
                Source after = sourceAfter(c + 2);
                return after == null ? null : new CueMatch(new Span(t.start(), tokens.get(c + 1).end()), after, null);
            }
            if (isCue(c) && tokens.at(c + 1) != null && tokens.get(c + 1).is("by")) {
                Source agent = sourceAfter(c + 2);
                if (agent != null) {
                    return new CueMatch(cueSpan(c), agent, null);
                }
            }
            if (isCue(c)) {
                Source source = subjectOf(c, floor);
                if (source == null && c + 1 < markToken) {
                    source = sourceAfter(c + 1);
                }
                if (source != null) {
                    return new CueMatch(cueSpan(c), source, addressee(c, Math.max(tokens.get(c).end(),
                            source.mention().start() > tokens.get(c).start() ? source.mention().end() : 0)));
                }
                return null;
            }
        }
        return null;
    }

    /** A speaker named alone before a colon ("Gordon Martin:") at the end of the lead-in. */
    CueMatch label(int colonToken, int floor) {
        if (!isPunct(colonToken, ":")) {
            return null;
        }
        Source s = sourceBefore(colonToken - 1, floor);
        if (s == null || s.kind() != Source.Kind.NAME) {
            return null;
        }
        int first = tokens.firstAtOrAfter(s.mention().start());
        return first == floor ? new CueMatch(null, s, null) : null;
    }

    /** The nearest cue in the sentence around a fragment, read as for a leading cue. */
    CueMatch aroundFragment(int openToken, int closeToken, int sentenceStart, int sentenceEnd) {
        CueMatch after = closeToken + 1 < tokens.size() ? trailing(closeToken + 1) : null;
        if (after != null && tokens.get(closeToken + 1).start() < (sentenceEnd < tokens.size()
                ? tokens.get(sentenceEnd).end() : Integer.MAX_VALUE)) {
            return after; // “most people don’t know,” she said
        }
        boolean quoted = false;
        for (int c = openToken - 1; c >= sentenceStart; c--) {
            if (tokens.get(c).kind() == Token.Kind.QUOTE_MARK) {
                quoted = !quoted; // skip the words of an earlier quotation in the sentence
                continue;
            }
            if (!quoted && isCue(c)) {
                Source source = subjectOf(c, sentenceStart);
                if (!isPlainSource(source)) {
                    Source subject = sentenceSubject(c, sentenceStart);
                    source = subject != null ? subject : source;
                }
                return source == null ? null : new CueMatch(cueSpan(c), source, null);
            }
        }
        return null;
    }

    private boolean endsSentence(int i) {
        Token t = tokens.at(i);
        return t == null || !tokens.sameParagraph(i - 1, i)
                || t.kind() == Token.Kind.PUNCT && (Chars.isSentenceEnd(t.first()) || t.is(",") || t.is(";"));
    }

    private boolean isAccordingTo(int i) {
        Token t = tokens.at(i);
        Token next = tokens.at(i + 1);
        return t != null && next != null && t.isIgnoreCase("according") && next.is("to");
    }

    /**
     * Right next to a quotation, a past-tense verb with a name is speech even when it is no
     * listed cue: “…,” Trump barked / beamed Donald Hartley.
     */
    private boolean isSpeechLikeVerb(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord() || !Character.isLowerCase(t.first())) {
            return false;
        }
        String w = t.text();
        return w.length() > 4 && w.endsWith("ed") && !Words.isRoleNoun(w);
    }

    /** A name, a pronoun, or a short description with a determiner: not a stray run of words. */
    private boolean isPlainSource(Source s) {
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

    boolean isCue(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord() || Character.isUpperCase(t.first()) && !tokens.startsSentence(i)) {
            return false;
        }
        String lemma = Cues.lemma(t.text());
        if (lemma == null) {
            return BACK_VERBS.contains(t.text()) && tokens.at(i + 1) != null && tokens.get(i + 1).is("back");
        }
        return !usedAsNounOrAdjective(i, lemma);
    }

    /** "the said property", "a written statement", "a fundraising call", "a bitter dispute". */
    boolean usedAsNounOrAdjective(int i, String lemma) {
        String w = tokens.get(i).lower();
        Token prev = tokens.at(i - 1);
        if (prev != null && prev.isWord() && DETERMINERS.contains(prev.lower())) {
            return true;
        }
        Token prev2 = tokens.at(i - 2);
        boolean nounForm = w.equals(lemma) || w.equals(lemma + "s") || w.equals(lemma + "es");
        return nounForm && prev != null && prev2 != null && prev.isWord() && Character.isLowerCase(prev.first())
                && !isVerbLike(prev.text()) && !SKIPPABLE.contains(prev.text()) && !Words.isPronoun(prev.text())
                && prev2.isWord() && DETERMINERS.contains(prev2.lower());
    }

    /**
     * The source of the cue at {@code c}: the noun phrase before it, or, for a participle
     * (", saying") or a second verb ("… and said"), the source of an earlier cue in the sentence
     * (", Spicer said, adding") or else the sentence's subject.
     */
    Source subjectOf(int c, int floor) {
        if (!dependsOnSubject(c)) {
            return sourceBefore(c - 1, floor);
        }
        // ", Spicer said, adding" — an earlier cue of the sentence, even one before an earlier quotation
        int sentence = Math.min(floor, tokens.sentenceStart(c));
        if (sentence == c && c > 0 && tokens.sameParagraph(c - 1, c)) {
            sentence = tokens.sentenceStart(c - 1); // "… “wasn’t good.” Adding, “…”": the sentence before
        }
        for (int k = c - 1; k >= sentence; k--) {
            if (isCue(k) && !dependsOnSubject(k)) {
                Source earlier = sourceBefore(k - 1, tokens.sentenceStart(k));
                if (earlier != null) {
                    return earlier;
                }
            }
        }
        return sentenceSubject(c, floor);
    }

    private boolean dependsOnSubject(int c) {
        String w = tokens.get(c).lower();
        int p0 = c - 1;
        while (p0 >= 0 && isSkippable(p0)) {
            p0--; // "… and repeatedly says"
        }
        Token prev = tokens.at(p0);
        String p = prev == null ? "" : prev.lower();
        return w.endsWith("ing") || p.equals("and") || p.equals("to") || p.equals("by") || p.equals("upon")
                || p.equals("but") || p.equals("or");
    }

    Span cueSpan(int i) {
        Token t = tokens.get(i);
        int end = t.end();
        Token next = tokens.at(i + 1);
        if (next != null && next.isWord() && tokens.sameParagraph(i, i + 1)
                && (next.is("on") && t.text().startsWith("went") || next.is("out") || next.is("back"))) {
            end = next.end();
        }
        return new Span(t.start(), end);
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
            int open = appositiveStart(e, floor);
            if (open >= 0) {
                Source outer = sourceBefore(open - 1, floor);
                // "The port’s owner, Kessock Holdings, said": the name in the appositive says more
                Source inner = open + 1 < e ? nounPhraseEndingAt(e - 1, open + 1) : null;
                if (outer != null && outer.kind() == Source.Kind.DESCRIPTION && inner != null
                        && inner.kind() == Source.Kind.NAME
                        && tokens.firstAtOrAfter(inner.mention().start()) == open + 1) {
                    return inner;
                }
                return outer;
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

    /** The noun phrase that starts at token {@code start}: "he", "Smith", "the union chief". */
    Source sourceFrom(int start) {
        return sourceFrom(start, false);
    }

    /** With {@code subjectOnly}, a name ends before the first lower-case word: its verb. */
    private Source sourceFrom(int start, boolean subjectOnly) {
        Token t = tokens.at(start);
        if (t == null || !t.isWord()) {
            return null;
        }
        if (Words.isPronoun(t.text())) {
            return isPossessivePronoun(t.text()) ? null : new Source(t.span(), Source.Kind.PRONOUN);
        }
        boolean name = subjectOnly && Character.isUpperCase(t.first()) && !isDeterminer(start);
        int e = start;
        while (tokens.at(e + 1) != null && e - start < MAX_NP && tokens.sameParagraph(start, e + 1)
                && continuesPhrase(e + 1)) {
            Token next = tokens.get(e + 1);
            if (name && next.isWord() && Character.isLowerCase(next.first()) && !isParticle(e + 1)) {
                break; // "Carson took the stage": a name, then its verb
            }
            e++;
        }
        return classify(start, e);
    }

    private static boolean isPossessivePronoun(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("his") || l.equals("her") || l.equals("their") || l.equals("its") || l.equals("our")
                || l.equals("my") || l.equals("your");
    }

    /** A noun phrase after an inverted cue: said Smith / said the spokesman / says he. */
    Source sourceAfter(int start) {
        Token t = tokens.at(start);
        if (t == null || !t.isWord() && t.kind() != Token.Kind.NUMBER || t.is("that")) {
            return null;
        }
        if (Words.isPronoun(t.text())) {
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
        if (s != null && s.kind() == Source.Kind.DESCRIPTION && isPluralSource(tokens.get(e).lower())) {
            return s; // "according to staff", "said officials"
        }
        if (s == null || s.kind() == Source.Kind.DESCRIPTION && !DETERMINERS.contains(t.lower())) {
            return s != null && s.kind() != Source.Kind.DESCRIPTION ? s : nameWithin(start, 6);
        }
        return s;
    }

    /** The first run of capitalised words within {@code reach} tokens, before any punctuation. */
    private Source nameWithin(int start, int reach) {
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

    private boolean continuesPhrase(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.POSSESSIVE) {
            return true;
        }
        if (!t.isWord() && !t.is("&") && !t.is("-")) {
            return false;
        }
        String w = t.lower();
        if (Character.isLowerCase(t.first()) && (isVerbLike(w) || w.endsWith("s") && !w.endsWith("ss") && i > 0
                && tokens.get(i - 1).isWord() && Character.isUpperCase(tokens.get(i - 1).first()))
                && !Words.isRoleNoun(w) && !isPluralSource(w)) {
            return false;
        }
        if (PREPOSITIONS.contains(w)) {
            // "a spokesperson for Network Rail" holds its complement; "Cameron Easley for Morning Consult" ends at the name
            Token prev = tokens.get(i - 1);
            return prev.isWord() && Character.isLowerCase(prev.first()) && !isVerbLike(prev.text());
        }
        return !isCue(i) && !(SKIPPABLE.contains(w) && Character.isLowerCase(t.first())) && !w.equals("and") && !w.equals("that") && !w.equals("to")
                && !w.equals("as") && !w.equals("after")
                && !w.equals("when") && !w.equals("while") && !w.equals("who") && !w.equals("because");
    }

    private Source nounPhraseEndingAt(int e, int floor) {
        Token t = tokens.get(e);
        if (!t.isWord() && t.kind() != Token.Kind.NUMBER) {
            return null;
        }
        if (Words.isPronoun(t.text())) {
            return isPossessivePronoun(t.text()) ? null : new Source(t.span(), Source.Kind.PRONOUN);
        }
        int s = e;
        while (s - 1 >= floor && e - s < MAX_NP && tokens.sameParagraph(s - 1, e) && joinsLeft(s - 1)) {
            s--;
        }
        Source found = classify(s, e);
        if (found != null && found.kind() == Source.Kind.DESCRIPTION) {
            int first = tokens.firstAtOrAfter(found.mention().start());
            Token before = tokens.at(first - 1);
            if (before != null && first - 1 >= floor && before.isWord() && OBJECT_PREPOSITIONS.contains(before.text())) {
                return null; // "marching through the streets chanted": an object, not the subject
            }
        }
        return found;
    }

    private boolean joinsLeft(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.POSSESSIVE || t.is("-")) {
            return true;
        }
        if (!t.isWord() && t.kind() != Token.Kind.NUMBER) {
            return false;
        }
        String w = t.lower();
        if (isCue(i) || Words.isPronoun(w) && !w.equals("his") && !w.equals("her") && !w.equals("their")
                && !w.equals("its")) {
            return false;
        }
        return !(w.equals("and") || w.equals("that") || w.equals("but") || w.equals("as") || w.equals("when")
                || w.equals("while") || w.equals("after") || w.equals("before") || w.equals("because")
                || w.equals("if") || w.equals("so") || w.equals("than") || w.equals("where") || w.equals("which")
                || w.equals("who") || SKIPPABLE.contains(w) && !w.equals("first"))
                && !(Character.isLowerCase(t.first()) && isVerbLike(w) && !Words.isRoleNoun(w));
    }

    /** Crude, but enough to stop a subject at the verb before it ("… ordered his team"). */
    private static boolean isVerbLike(String w) {
        return w.endsWith("ed") && w.length() > 4 || w.equals("is") || w.equals("are") || w.equals("was")
                || w.equals("were") || w.equals("be") || w.equals("been") || w.equals("has") || w.equals("have");
    }

    /**
     * Decides what tokens {@code s..e} are: a name when they end in a capitalised word, a
     * description when they end in a noun with a determiner or role word, otherwise nothing.
     */
    private Source classify(int s, int e) {
        Token last = tokens.get(e);
        if (last.kind() == Token.Kind.POSSESSIVE) {
            return null;
        }
        // trim leading lowercase words that are not part of a description ("supporters Hillary")
        int first = s;
        boolean hasDeterminer = false;
        for (int i = s; i <= e; i++) {
            if (DETERMINERS.contains(tokens.get(i).lower())) {
                first = i;
                hasDeterminer = true;
                break;
            }
            if (tokens.get(i).kind() == Token.Kind.POSSESSIVE && i < e) {
                first = s; // "Hillary Clinton’s right-hand woman", "Clinton’s team"
                hasDeterminer = true;
                break;
            }
        }
        if (Character.isUpperCase(last.first()) && !Words.isRoleNoun(last.text())) {
            int ns = e;
            while (ns - 1 >= s && (isCapWord(ns - 1) || isParticle(ns - 1))) {
                ns--;
            }
            while (ns < e && !isCapWord(ns)) {
                ns++; // a run starts with a name, not with "the" or "of"
            }
            Token prev = tokens.at(ns - 1);
            boolean complement = prev != null && ns - 1 > s && (prev.is("for") || prev.is("of") || prev.is("at"))
                    && tokens.at(ns - 2) != null && Words.isRoleNoun(tokens.get(ns - 2).text());
            if (complement) {
                int ds = hasDeterminer ? first : ns - 2;
                return new Source(new Span(tokens.get(ds).start(), last.end()), Source.Kind.DESCRIPTION);
            }
            if (isAllLower(tokens.get(ns).text())) {
                return null;
            }
            return new Source(new Span(tokens.get(ns).start(), last.end()), Source.Kind.NAME);
        }
        String head = last.text().toLowerCase(Locale.ROOT);
        boolean nounHead = Words.isRoleNoun(head) || Words.DOCUMENT_NOUNS.contains(head) || isPluralSource(head)
                || Character.isUpperCase(last.first())
                || hasDeterminer && first < e && !isVerbLike(head) && !Words.isPronoun(head)
                || head.equals("one") || head.equals("another");
        if (!nounHead) {
            return null;
        }
        int ds = hasDeterminer ? first : firstDescriptive(s, e);
        return new Source(new Span(tokens.get(ds).start(), last.end()), Source.Kind.DESCRIPTION);
    }

    private int firstDescriptive(int s, int e) {
        int i = e;
        while (i - 1 >= s && (tokens.get(i - 1).isWord() || tokens.get(i - 1).kind() == Token.Kind.NUMBER
                || tokens.get(i - 1).kind() == Token.Kind.POSSESSIVE || tokens.get(i - 1).is("-"))) {
            i--;
        }
        return i;
    }

    private static boolean isPluralSource(String w) {
        return w.equals("sources") || w.equals("officials") || w.equals("critics") || w.equals("supporters")
                || w.equals("protesters") || w.equals("experts") || w.equals("analysts") || w.equals("aides")
                || w.equals("residents") || w.equals("witnesses") || w.equals("police") || w.equals("voters")
                || w.equals("people") || w.equals("staff") || w.equals("insiders") || w.equals("allies")
                || w.equals("democrats") || w.equals("republicans") || w.equals("lawmakers") || w.equals("workers")
                || w.equals("members") || w.equals("organisers") || w.equals("organizers") || w.equals("campaigners");
    }

    /** The subject of the sentence that starts at {@code start}, read no further than {@code limit}. */
    Source subjectAt(int start, int limit) {
        return sentenceSubject(limit, start);
    }

    /** For a participial cue (", saying"), the subject that opens the sentence. */
    private Source sentenceSubject(int cue, int floor) {
        if (cue <= 0 || cue <= floor) {
            return null;
        }
        int s = cue - 1;
        while (s > floor && !tokens.startsSentence(s)) {
            s--;
        }
        // "However, X…", "But X…": a connective; "In response to …, X…": an opening phrase up to its comma
        while (s < cue && tokens.get(s).isWord() && CONNECTIVES.contains(tokens.get(s).lower())) {
            s++;
            if (isPunct(s, ",")) {
                s++;
            }
        }
        if (s < cue && tokens.get(s).isWord() && OPENERS.contains(tokens.get(s).lower())) {
            // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush": the name before a verb
            for (int i = s + 1; i < cue; i++) {
                if (!isPunct(i - 1, ",")) {
                    continue;
                }
                Source src = sourceFrom(i, true);
                if (src != null && src.kind() != Source.Kind.DESCRIPTION) {
                    int after = tokens.firstAtOrAfter(src.mention().end());
                    Token next = tokens.at(after);
                    if (next != null && next.isWord() && Character.isLowerCase(next.first()) && !isParticle(after)) {
                        return src;
                    }
                }
            }
            return null;
        }
        return s < cue ? sourceFrom(s, true) : null;
    }

    /** Skips back over ", the general secretary of Unite the Union," to the comma that opens it. */
    private int appositiveStart(int close, int floor) {
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

    private boolean isDescriptionEnd(int i, int floor) {
        Token t = tokens.get(i);
        if (!t.isWord() || !Character.isLowerCase(t.first())) {
            return false;
        }
        Source s = nounPhraseEndingAt(i, floor);
        return s != null && s.kind() == Source.Kind.DESCRIPTION;
    }

    private int skipAppositive(int j) {
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

    /** "told The National", "told reporters", "replied to Graham": the addressee after a cue. */
    Span addressee(int cue, int after) {
        String lemma = Cues.lemma(tokens.get(cue).text());
        int i = tokens.firstAtOrAfter(after);
        if (lemma == null) {
            return null;
        }
        if (tokens.at(i) == null || !tokens.sameParagraph(cue, i)) {
            return null;
        }
        if ((lemma.equals("reply") || lemma.equals("write") || lemma.equals("say") || lemma.equals("speak")
                || lemma.equals("explain") || lemma.equals("tweet") || lemma.equals("respond")) && tokens.get(i).is("to")) {
            i++;
        } else if (!ADDRESSED.contains(lemma)) {
            return null;
        }
        Source s = sourceFrom(i);
        if (s == null) {
            Token t = tokens.at(i);
            return t != null && t.isWord() && isPluralSource(t.lower())
                    || t != null && t.isWord() && (t.is("reporters") || t.is("journalists")) ? t.span() : null;
        }
        return s.mention();
    }

    private boolean isSkippable(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord()) {
            return false;
        }
        String w = t.lower();
        return SKIPPABLE.contains(w) && !w.equals("told") || w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(t.first())
                && !Words.isRoleNoun(w);
    }

    private boolean isPunct(int i, String p) {
        Token t = tokens.at(i);
        return t != null && t.kind() == Token.Kind.PUNCT && t.is(p);
    }

    private boolean isDash(int i) {
        Token t = tokens.at(i);
        return t != null && t.kind() == Token.Kind.PUNCT && Chars.isDash(t.first());
    }

    private boolean isCapWord(int i) {
        Token t = tokens.at(i);
        return t != null && t.isWord() && Character.isUpperCase(t.first());
    }

    private boolean isDeterminer(int i) {
        Token t = tokens.at(i);
        return t != null && DETERMINERS.contains(t.lower());
    }

    private boolean isPronounToken(int i) {
        Token t = tokens.at(i);
        return t != null && t.isWord() && Words.isPronoun(t.text());
    }

    private boolean isParticle(int i) {
        Token t = tokens.get(i);
        return t.isWord() && (t.is("de") || t.is("van") || t.is("von") || t.is("al") || t.is("bin") || t.is("of")
                || t.is("the") && isCapWord(i + 1) && i + 1 < tokens.size()) || t.is("&");
    }

    private static boolean isAllLower(String w) {
        return w.toLowerCase(Locale.ROOT).equals(w);
    }

    /** A set from a word list that may repeat itself. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
