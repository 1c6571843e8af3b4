package org.onrecord.attribution;

import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Chars;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Reads cue phrases around a quotation: the cue word, its source (a name, pronoun or description
 * before or after it) and its addressee. Works on tokens only; resolving the source to a person is
 * {@link SpeakerResolver}'s job; reading the source phrases is {@link SourceReader}'s.
 */
final class CueReader extends SourceReader {
    CueReader(Tokens tokens) {
        super(tokens);
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
            Source after = sourceOfAccordingTo(i + 2);
            return after == null ? null
                    : new CueMatch(new Span(t.start(), tokens.get(i + 1).end()), after, null);
        }
        boolean sentenceDone = endsWithSentence(from - 1);
        // an inverted verb right after the mark is speech even after "!" or "?": “Fantastic!” beamed Donald Hartley
        if (isCue(i) && !isParticipleForm(i) || isSpeechLikeVerb(i) && isCapWord(i + 1)) {
            Source after = sourceAfter(i + 1);
            if (after != null) {
                return new CueMatch(cueSpan(i), after, addressee(i, after.mention().end()));
            }
            return null;
        }
        Source before = sourceFrom(i);
        if (before == null) {
            return conjoinedName(i, i, sentenceDone);
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
            int next = appositives.skipAppositive(j); // "Scott Pruitt, the attorney general of Oklahoma, one of the states …, said"
            if (next == j) {
                break;
            }
            if (skips == 0) {
                before = namedInAppositive(before, j, next - 1);
            }
            j = next;
        }
        int beforeComplement = j;
        j = skipPrepositionalPhrase(j); // "Mr. Morgan of the Sierra Club said"
        if (j != beforeComplement) {
            before = roleWithComplement(before, j);
        }
        j = skipConjoinedDescription(j); // "the Florida senator and Republican presidential candidate said"
        while (tokens.at(j) != null && isSkippable(j)) {
            j++;
        }
        boolean cue = isCue(j) && !isParticipleForm(j)
                || isSpeechLikeVerb(j) && before.kind() != Source.Kind.DESCRIPTION && !sentenceDone;
        if (cue && tokens.sameParagraph(i, j) && !startsNewStatement(j + 1)
                && !(sentenceDone && (hasOwnClause(j + 1) || opensClause(j + 1) || objectAfterAddressee(j)))) {
            Source relayed = quotedAs(j);
            if (relayed != null) {
                return new CueMatch(cueSpan(j), relayed, null); // “…,” news agency ANI quoted him as saying
            }
            return new CueMatch(cueSpan(j), before, addressee(j, tokens.get(j).end()));
        }
        return conjoinedName(j, i, sentenceDone);
    }

    /**
     * “…,” Minister for the Arts Don Harwin said: a capitalised role alone, its complement and the
     * name that ends it before the cue at {@code cue} are one name, the person's (the entity stage
     * splits the name from the complement); else {@code before} as read.
     */
    private Source roleWithComplement(Source before, int cue) {
        int first = tokens.firstAtOrAfter(before.mention().start());
        Token role = tokens.get(first);
        if (before.kind() != Source.Kind.DESCRIPTION || tokens.lastEndingBy(before.mention().end()) != first
                || !role.is(Word.ROLE) || !Character.isUpperCase(role.first()) || !isCapWord(cue - 1) || !isCapWord(cue - 2)) {
            return before;
        }
        return new Source(new Span(role.start(), tokens.get(cue - 1).end()), Source.Kind.NAME);
    }

    /**
     * “…,” the Martins’ next-door neighbour, Mark Graham, said: a description whose appositive is a
     * name alone is that person, as in {@link #sourceBefore}. {@code open} and {@code close} are the
     * appositive's punctuation.
     */
    private Source namedInAppositive(Source before, int open, int close) {
        if (before.kind() != Source.Kind.DESCRIPTION || !isPunct(open, ",") || close - open < 2) {
            return before;
        }
        Source inner = nounPhraseEndingAt(close - 1, open + 1);
        return inner != null && inner.kind() == Source.Kind.NAME
                && tokens.firstAtOrAfter(inner.mention().start()) == open + 1 ? inner : before;
    }

    /**
     * “Amazing,” Denver Nuggets guard and fellow Canadian Jamal Murray said: two descriptions joined
     * by "and", the second ending in the name right before the cue. The name speaks.
     */
    private CueMatch conjoinedName(int j, int i, boolean sentenceDone) {
        boolean joined = false;
        int k = j;
        for (; k < tokens.size() && k <= j + 8 && tokens.sameParagraph(i, k) && tokens.get(k).isWord() && !isCue(k); k++) {
            joined |= tokens.get(k).is("and");
        }
        if (!joined || tokens.at(k) == null || !isCue(k) || isParticipleForm(k) || startsNewStatement(k + 1)
                || sentenceDone && hasOwnClause(k + 1)) {
            return null; // "…sweep.” Maile and Nciza said Lesufi was ready": their own statement, not this one's cue
        }
        Source named = sourceBefore(k - 1, j);
        return named == null || named.kind() != Source.Kind.NAME ? null
                : new CueMatch(cueSpan(k), named, addressee(k, tokens.get(k).end()));
    }

    /** Skips "of the Sierra Club" or "from Cheyenne" when a cue follows it; otherwise stays. */
    int skipPrepositionalPhrase(int j) {
        Token t = tokens.at(j);
        if (t == null || !t.isWord() || !t.isLowerCase(Word.PREPOSITION)) {
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

    /** Skips "and Republican presidential candidate" when a cue follows it; otherwise stays. */
    private int skipConjoinedDescription(int j) {
        if (tokens.at(j) == null || !tokens.get(j).is("and")) {
            return j;
        }
        for (int k = j + 1; k < tokens.size() && k <= j + 6 && tokens.sameParagraph(j, k); k++) {
            if (isCue(k)) {
                return k;
            }
            if (!tokens.get(k).isWord()) {
                return j;
            }
        }
        return j;
    }

    /**
     * “… it won't happen.” The co-operative says on its website that …: after a finished quotation,
     * a cue followed by a prepositional phrase and "that" brings a statement of its own. ("Bass told
     * the site as he admitted that …" is no such phrase: the cue's own object and clause stay.)
     */
    private boolean hasOwnClause(int i) {
        Token first = tokens.at(i);
        if (first == null || !first.isWord() || !first.isLowerCase(Word.PREPOSITION) || first.is("to")
                || !tokens.sameParagraph(i - 1, i)) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k < i + 6 && tokens.sameParagraph(i, k); k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return true;
            }
            if (!t.isWord() || isVerbLike(t.lower()) || t.is("as") || t.is("and") || t.is("while")
                    || t.is("when") || isPronounToken(k) && !TokenView.isPossessivePronoun(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * “… I must sweep.” Samantha Graham said the country wanted …: after a finished quotation, a cue
     * followed by a subject and its verb ("the country wanted", "Lesufi was") reports a clause of its
     * own, so it is not this quotation's cue.
     */
    private boolean opensClause(int i) {
        Token first = tokens.at(i);
        if (first == null || !first.isWord() || !tokens.sameParagraph(i - 1, i)
                || !(first.isLowerCase(Word.DETERMINER) || Character.isUpperCase(first.first()))) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 4 && tokens.sameParagraph(i, k) && tokens.get(k).isWord(); k++) {
            Token t = tokens.get(k);
            if (Character.isLowerCase(t.first()) && (t.is(Word.FINITE) || t.is(Word.BE) || isVerbLike(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * “…available.” Macpherson confirmed to TimesLIVE the structure is in Pretoria: after a named
     * addressee, a noun phrase is what the cue reports, a statement of its own.
     */
    private boolean objectAfterAddressee(int cue) {
        return afterNamedAddressee(cue + 1, tokens.size() - 1) >= 0;
    }

    /**
     * "to TimesLIVE the structure is …": the token after the capitalised addressee (four words at
     * most) that the "to" at {@code to} opens, when a determiner or a further capitalised word follows
     * it in the paragraph no later than {@code end}, opening what was said; else -1.
     */
    int afterNamedAddressee(int to, int end) {
        if (tokens.at(to) == null || !tokens.get(to).is("to") || !isCapWord(to + 1)) {
            return -1;
        }
        int j = to + 1;
        while (j <= end && j - to <= 4 && isCapWord(j) && tokens.sameParagraph(to, j)) {
            j++;
        }
        return j <= end && tokens.sameParagraph(to, j) && tokens.get(j).isWord() && (isDeterminer(j) || isCapWord(j)) ? j : -1;
    }

    /** The quotation that ends at the mark {@code close} ends with a full stop, "?" or "!". */
    boolean endsWithSentence(int close) {
        Token before = tokens.at(close - 1);
        return before != null && before.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(before.first());
    }

    /**
     * After a trailing cue, a colon, "that" or a subject pronoun starts the next statement
     * (“…” She noted that …; Kasich said he would …), so the cue is not this quotation's.
     */
    boolean startsNewStatement(int i) {
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
                Source after = sourceOfAccordingTo(c + 2);
                return after == null ? null : new CueMatch(new Span(t.start(), tokens.get(c + 1).end()), after, null);
            }
            if (isCue(c) && tokens.at(c + 1) != null && tokens.get(c + 1).is("by")) {
                Source agent = sourceAfter(c + 2);
                if (agent != null) {
                    return new CueMatch(cueSpan(c), agent, null);
                }
            }
            if (isCue(c) && modifiesNoun(c, floor)) {
                continue; // "She said in a video shared on Twitter:": the participle describes the video
            }
            if (isCue(c)) {
                Source relayed = quotedAs(c);
                if (relayed != null) {
                    return new CueMatch(cueSpan(c), relayed, null); // ANI quoted him as saying: “…”
                }
                Source source = subjectOf(c, floor);
                if (source == null && c + 1 < markToken
                        && (t.cue() == null || !t.cue().has(Verb.ADDRESSED) && !t.cue().has(Verb.OBJECT_NOT_SOURCE))) {
                    source = sourceAfter(c + 1); // "said Smith: …"; but "told the council: …" names the hearer
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

    /**
     * The "-ed" cue at {@code c} follows a noun that a determiner opens, a preposition follows it and
     * another cue comes before it in the lead-in: "She said in a video shared on Twitter:". Without
     * the earlier cue it is the verb ("the pair joked in the caption:").
     */
    private boolean modifiesNoun(int c, int floor) {
        Token t = tokens.get(c);
        Token noun = tokens.at(c - 1);
        Token det = tokens.at(c - 2);
        Token next = tokens.at(c + 1);
        boolean earlierCue = false;
        for (int k = floor; k < c - 2 && !earlierCue; k++) {
            earlierCue = isCue(k) && Character.isLowerCase(tokens.get(k).first()) && !tokens.get(k).lower().endsWith("ing");
        }
        return c - 2 >= floor && earlierCue && next != null && next.isLowerCase(Word.PREPOSITION)
                && t.isWord() && t.lower().endsWith("ed") && noun.isWord()
                && Character.isLowerCase(noun.first()) && !noun.is(Word.BE) && !noun.is(Word.AUXILIARY)
                && !noun.is(Word.PRONOUN) && noun.cue() == null && det.isWord()
                && (det.isLowerCase(Word.DETERMINER) || isPossessivePronoun(det));
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
                Source agent = passiveAgent(c);
                if (agent != null) {
                    return new CueMatch(cueSpan(c), agent, null); // "described by friends as a ‘caring person’"
                }
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

    /**
     * "described by friends as a ‘caring person’", "branded by Tatler as a ‘feisty conversationalist’":
     * the agent of a passive cue, up to the "as" of what they called it; null when the cue at
     * {@code c} is not followed by "by" and such a phrase.
     */
    private Source passiveAgent(int c) {
        if (tokens.at(c + 1) == null || !tokens.get(c + 1).is("by") || !tokens.sameParagraph(c, c + 2)) {
            return null;
        }
        Source agent = sourceAfter(c + 2);
        if (agent != null) {
            Token next = tokens.at(tokens.firstAtOrAfter(agent.mention().end()));
            // "the measures, announced by President Nixon on Monday, as …": the agent of an action
            return tokens.get(c).isCue(Verb.NAMING) || next != null && next.is("as") ? agent : null;
        }
        for (int k = c + 2; k < tokens.size() && k <= c + 5 && tokens.get(k).isWord() && tokens.sameParagraph(c, k); k++) {
            if (tokens.get(k).is("as")) {
                return k == c + 2 ? null
                        : new Source(new Span(tokens.get(c + 2).start(), tokens.get(k - 1).end()), Source.Kind.DESCRIPTION);
            }
        }
        return null;
    }

    /**
     * The source of the cue at {@code c}: the noun phrase before it, or, for a participle
     * (", saying") or a second verb ("… and said"), the source of an earlier cue in the sentence
     * (", Spicer said, adding") or else the sentence's subject.
     */
    Source subjectOf(int c, int floor) {
        int rel = c - 1;
        while (rel > floor && isSkippable(rel) && !tokens.get(rel).is("who")) {
            rel--; // "who publicly declared"
        }
        if (rel - 1 >= floor && (tokens.get(rel).is("who") || tokens.get(rel).is("which"))) {
            // "from Mike Lee, who declared", "senators who said": the pronoun attributes, its noun speaks
            Source head = sourceBefore(tokens.get(rel - 1).is(",") ? rel - 2 : rel - 1, floor);
            if (head != null) {
                return head.through(tokens.get(rel).span());
            }
        }
        if (!dependsOnSubject(c)) {
            Source before = sourceBefore(c - 1, floor);
            Source head = before == null || !nextToCue(before, c) ? null
                    : unclosedRelativeHead(before, floor);
            if (head != null) {
                return head;
            }
            if (before != null && before.kind() == Source.Kind.DESCRIPTION && opensWithPreposition(before, floor)) {
                return null; // "At the press launch, Mr Mensah said": "launch" is the noun, not the verb of "the press"
            }
            Source aged = before != null && before.kind() == Source.Kind.NAME ? namedBeforeAgeAndPlace(before, floor) : null;
            if (aged != null) {
                return aged; // "Simon Garner, 48, from Ipswich said": the person, not the town
            }
            Source holder = before != null && before.kind() == Source.Kind.NAME ? describedBeforeObject(before, floor) : null;
            if (holder != null) {
                return holder; // "A lawyer representing Jane Smith said": the lawyer, not the client
            }
            if (before != null && before.kind() == Source.Kind.NAME && objectOfAdjunct(before, floor)) {
                // "The MEA spokesperson in a post on X said:": the name ends an adjunct; the phrase
                // that opens the sentence, up to the adjunct's first preposition, is the subject
                Source subject = subjectBeforeAdjunct(tokens.firstAtOrAfter(before.mention().start()), floor);
                if (subject != null) {
                    return subject;
                }
            }
            return before;
        }
        Source absolute = withNameParticiple(c, floor);
        if (absolute != null) {
            return absolute;
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

    /**
     * "S.R. Singh, who examined the site of the blast said": the phrase before the cue ends a
     * relative clause the writer did not close with a comma, so the noun the "who" hangs on is the
     * cue's subject; null when no such clause runs up to {@code phrase}.
     */
    private Source unclosedRelativeHead(Source phrase, int floor) {
        int first = tokens.firstAtOrAfter(phrase.mention().start());
        for (int i = first - 1; i - 2 >= floor && first - i <= 16; i--) {
            Token t = tokens.get(i);
            if (t.is("who")) {
                Token next = tokens.get(i + 1);
                // "Biden, who Trump called": "who" is the object, the name after it the subject
                boolean ownVerb = i + 1 < first && next.isWord() && Character.isLowerCase(next.first())
                        && !next.is(Word.PRONOUN) && !isDeterminer(i + 1);
                if (!ownVerb || !(isPunct(i - 1, ",") || isPunct(i - 1, ")"))) {
                    return null;
                }
                Source head = sourceBefore(i - 1, floor);
                return head != null ? head : sourceBefore(i - 2, floor);
            }
            if (!t.isWord() && t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.POSSESSIVE) {
                return null; // a comma or a mark: the clause was closed, or never opened
            }
            // "who resigned because Trump said": a clause of its own has its own subject; but "who
            // appeared before Judge Craigie said", "who served as Trump's secretary of state called"
            boolean roleAs = t.is("as") && i == first - 1 && phrase.kind() == Source.Kind.DESCRIPTION;
            if (t.isWord() && (t.is(Word.RELATIVE) || t.is(Word.CLAUSE_JOIN) && !t.is(Word.PREPOSITION)
                    && !t.is(Word.OBJECT_PREPOSITION) && !t.is("and") && !t.is("or") && !roleAs)) {
                return null;
            }
        }
        return null;
    }

    /** No relative pronoun stands in the phrase or after it: "the safety guidelines that warn" is a clause of its own. */
    private boolean nextToCue(Source phrase, int c) {
        for (int i = tokens.firstAtOrAfter(phrase.mention().start()); i < c; i++) {
            if (tokens.get(i).isWord() && tokens.get(i).is(Word.RELATIVE)) {
                return false;
            }
        }
        return true;
    }

    /** The phrase that opens the sentence and ends before the first preposition of the adjunct holding token {@code name}. */
    private Source subjectBeforeAdjunct(int name, int floor) {
        int start = Math.max(floor, tokens.sentenceStart(name));
        for (int k = name - 1; k > start; k--) {
            if (tokens.get(k).is(",")) {
                start = k + 1; // "Informing about his meeting, the Congress chief in a post on X wrote"
                break;
            }
        }
        int p = start + 1;
        while (p < name && !tokens.get(p).isLowerCase(Word.PREPOSITION)) {
            p++;
        }
        if (p >= name - 1 || name - p > 5) {
            return null;
        }
        for (int k = p; k < name; k++) {
            if (isCue(k) || isVerbLike(tokens.get(k).lower()) || !tokens.get(k).isWord()) {
                return null; // "News of the findings comes days after scientists on …": no adjunct, a clause
            }
        }
        Source subject = nounPhraseEndingAt(p - 1, start);
        return subject != null && tokens.firstAtOrAfter(subject.mention().start()) == start ? subject : null;
    }

    /** The phrase is the object of a preposition that opens the sentence: an adjunct, never the subject. */
    private boolean opensWithPreposition(Source phrase, int floor) {
        int first = tokens.firstAtOrAfter(phrase.mention().start());
        return first - 1 >= floor && isOpeningPreposition(first - 1);
    }

    /**
     * "At the press launch, …", "Speaking at the launch …": a preposition that opens the sentence, or
     * follows its opening participle, so the words after it are its object. Prepositions that also
     * join clauses ("after", "before", "since") may open a clause with its own subject, and those that
     * are also adjectives ("Outside analyses show") may open one: neither counts.
     */
    boolean isOpeningPreposition(int i) {
        Token t = tokens.get(i);
        int start = tokens.sentenceStart(i);
        boolean opens = i == start || i - 1 == start && tokens.get(start).is(Word.OPENER)
                && tokens.get(start).lower().endsWith("ing"); // "Speaking at the press launch, …"
        return opens && t.isWord() && t.is(Word.PREPOSITION) && t.is(Word.OBJECT_PREPOSITION) && !t.is(Word.CLAUSE_JOIN)
                && !t.is(Word.OBJECT_END);
    }

    /** "Simon Garner, 48, from Ipswich": the name before the age that the place follows; else null. */
    private Source namedBeforeAgeAndPlace(Source place, int floor) {
        int prep = tokens.firstAtOrAfter(place.mention().start()) - 1;
        if (prep - 4 < floor || !(tokens.get(prep).is("from") || tokens.get(prep).is("of"))
                || !isPunct(prep - 1, ",") || tokens.get(prep - 2).kind() != Token.Kind.NUMBER || !isPunct(prep - 3, ",")) {
            return null;
        }
        Source named = sourceBefore(prep - 4, floor);
        return named != null && named.kind() == Source.Kind.NAME ? named : null;
    }

    /** The name is the object of "on", "in", "via" or "through" inside the sentence: "in a post on X". */
    private boolean objectOfAdjunct(Source name, int floor) {
        int first = tokens.firstAtOrAfter(name.mention().start());
        Token prep = tokens.at(first - 1);
        return first - 1 > floor && prep != null && prep.isWord() && Character.isLowerCase(prep.first())
                && Adjuncts.opensMedium(prep);
    }

    /**
     * "A lawyer representing Jane Smith said", "A source close to Kate Middleton said", "The
     * administration of the region bordering Russia said": the name is the object of a participle
     * or of "close to" after a description that can speak, which is the cue's subject with it;
     * else null.
     */
    private Source describedBeforeObject(Source name, int floor) {
        int first = tokens.firstAtOrAfter(name.mention().start());
        Token link = tokens.at(first - 1);
        if (link == null || first - 2 <= floor || !link.isWord() || !Character.isLowerCase(link.first())) {
            return null;
        }
        int end;
        if (link.lower().endsWith("ing") && link.lower().length() > 5 && !isCue(first - 1)) {
            end = first - 2; // "representing", "bordering"
        } else if (link.is("to") && tokens.get(first - 2).isIgnoreCase("close")) {
            end = first - 3; // "close to"
        } else {
            return null;
        }
        Token head = tokens.get(end);
        Source holder = end >= floor && head.isWord() && SpeakerForm.knownSpeaker(head, tokens)
                ? nounPhraseEndingAt(end, floor) : null; // "A lawyer", "insiders"; not "The silver winning Magnani"
        if (holder == null || holder.kind() != Source.Kind.DESCRIPTION) {
            return null;
        }
        return new Source(new Span(holder.mention().start(), name.mention().end()), Source.Kind.DESCRIPTION);
    }

    /**
     * "…, with transport minister Phil Twyford describing it as …": a participle's own subject, the
     * name right before it that "with" opens; else null.
     */
    private Source withNameParticiple(int c, int floor) {
        if (!isParticipleForm(c) || c - 2 < floor) {
            return null;
        }
        Source named = sourceBefore(c - 1, floor);
        if (named == null || named.kind() != Source.Kind.NAME || tokens.lastEndingBy(named.mention().end()) != c - 1) {
            return phraseAfterWithOrBy(c, floor);
        }
        int first = tokens.firstAtOrAfter(named.mention().start());
        for (int k = first - 1; k >= floor && first - k <= 5 && tokens.get(k).isWord(); k--) {
            if (tokens.get(k).is("with")) {
                return named;
            }
        }
        return null;
    }

    /**
     * "with police saying he took his own life", "approached by a woman saying that": the few
     * words between "with" or "by" and the participle are its own subject; else null.
     */
    private Source phraseAfterWithOrBy(int c, int floor) {
        for (int k = c - 1; k >= floor && c - k <= 4; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || isCue(k) || isVerbLike(t.lower())) {
                return null;
            }
            if (k < c - 1 && (t.is("with") || t.is("by")) && Character.isLowerCase(t.first())) {
                // a person or a body, not "his progress announcing" or "by the door explaining"; nor
                // "with a tweet saying", whose author the sentence's subject already is
                Token head = tokens.get(c - 1);
                boolean speaks = (head.is(Word.ROLE) || head.is(Word.PLURAL_SOURCE) || head.is(Word.PERSON)
                        || head.is(Word.PERSON_MALE) || head.is(Word.PERSON_FEMALE) || head.is(Word.ORGANISATION)
                        || plural(head) && isSpeakingPlural(head)) // "with club bosses saying"
                        && !head.is(Word.DOCUMENT) && !head.is(Word.MESSAGE);
                Source s = new Source(new Span(tokens.get(k + 1).start(), head.end()), Source.Kind.DESCRIPTION);
                return speaks && (isPlainSource(s) || tokens.get(k + 1).is(Word.PLURAL_SOURCE)
                        || plural(head) && !tokens.anyIn(s.mention(), w -> !w.isWord() || !Character.isLowerCase(w.first())))
                        ? s : null; // "club bosses": a bare plural and its modifier
            }
        }
        return null;
    }

    /** A plural that names people or bodies, not documents: "club bosses", not "speeches". */
    private boolean isSpeakingPlural(Token head) {
        Entry singular = SpeakerForm.singularSource(head, tokens);
        return singular != null ? !singular.is(Word.DOCUMENT) : SpeakerForm.namesSpeakers(head, tokens);
    }

    /** A lower-case word in "-s" that is no possessive: "bosses", "officials". */
    private static boolean plural(Token t) {
        return t.isWord() && Character.isLowerCase(t.first()) && t.lower().endsWith("s") && !t.lower().endsWith("ss");
    }

    boolean dependsOnSubject(int c) {
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

    /** "told The National", "told reporters", "replied to Graham": the addressee after a cue. */
    Span addressee(int cue, int after) {
        Lemma lemma = tokens.get(cue).cue();
        int i = tokens.firstAtOrAfter(after);
        if (lemma == null) {
            return null;
        }
        if (tokens.at(i) == null || !tokens.sameParagraph(cue, i)) {
            return null;
        }
        if ((lemma.is("reply") || lemma.is("write") || lemma.is("say") || lemma.is("speak")
                || lemma.is("explain") || lemma.is("tweet") || lemma.is("respond")) && tokens.get(i).is("to")) {
            i++;
        } else if (!lemma.has(Verb.ADDRESSED)) {
            return null;
        }
        Source s = sourceFrom(i);
        if (s == null) {
            Token t = tokens.at(i);
            return t != null && t.isWord() && t.is(Word.PLURAL_SOURCE)
                    || t != null && t.isWord() && (t.is("reporters") || t.is("journalists")) ? t.span() : null;
        }
        return s.mention();
    }
}
