package org.onrecord.attribution;

import static org.onrecord.attribution.ReportedWords.*;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.attribution.ReportedSpeech.Found;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Chars;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * What the readers of reported speech share: whether a word reports, where the clause after a cue
 * starts and who its source is, and how a clause becomes a {@link ReportedSpeech.Found}.
 */
class ClauseReader {
    final Tokens tokens;
    final CueReader cues;
    final RuleRunner runner;
    // counts of the tokens before each index that are words (or numbers), and that are verbs: the
    // readers ask "how many words, is there a verb, from here to there" once per cue and comma, and
    // counting anew each time cost the sentence's length squared
    private final int[] wordsBefore;
    private final int[] verbsBefore;

    ClauseReader(Tokens tokens, CueReader cues, RuleRunner runner) {
        this.tokens = tokens;
        this.cues = cues;
        this.runner = runner;
        this.wordsBefore = new int[tokens.size() + 1];
        this.verbsBefore = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            wordsBefore[i + 1] = wordsBefore[i] + (t.isWord() || t.kind() == Token.Kind.NUMBER ? 1 : 0);
            verbsBefore[i + 1] = verbsBefore[i] + (isVerb(t) ? 1 : 0);
        }
    }

    /** A reader of the same tokens sharing {@code shared}'s counts, which were counted once. */
    ClauseReader(ClauseReader shared) {
        this.tokens = shared.tokens;
        this.cues = shared.cues;
        this.runner = shared.runner;
        this.wordsBefore = shared.wordsBefore;
        this.verbsBefore = shared.verbsBefore;
    }

    /** An auxiliary, or a lower-case word in -ed or -s: enough of a verb to tell a clause from a name. */
    boolean hasVerb(int from, int to) {
        int first = from + 1;
        return to >= first && verbsBefore[to + 1] - verbsBefore[first] > 0;
    }

    private static boolean isVerb(Token t) {
        if (!t.isWord() || !Chars.isLowerCase(t.first())) {
            return false;
        }
        if (t.is(Word.FINITE)) {
            return true;
        }
        // asked of every token: the endings are read as the last two characters, not by endsWith
        String w = t.lower();
        int n = w.length();
        if (n <= 3) {
            return false;
        }
        char last = w.charAt(n - 1);
        char before = w.charAt(n - 2);
        return last == 'd' && before == 'e'
                || last == 's' && before != 's' && before != 'u' && before != 'i' && !t.is(Word.ROLE);
    }

    /**
     * The source before the cue: a name, pronoun or description; for a relative clause ("Barkley,
     * who said") the noun it hangs on; else the few words before the cue ("Sixty-six percent said").
     */
    Source source(int c, int s) {
        Token prev = tokens.at(c - 1);
        if (tokens.get(c).lower().endsWith("ing") && prev != null && c - 1 >= s && prev.isWord()
                && (Character.isUpperCase(prev.first()) && !tokens.startsSentence(c - 1) || prev.is(Word.PRONOUN)
                && !TokenView.isPossessivePronoun(prev))) {
            Source own = cues.sourceBefore(c - 1, s); // "with Trump calling for a ban", "Ryan saying he was encouraged"
            if (own != null) {
                return own;
            }
        }
        int rel = c - 1;
        while (rel > s && !tokens.get(rel).is(Word.RELATIVE)
                && (cues.isSkippable(rel) || tokens.get(rel).isWord() && tokens.get(rel).is(Word.AUXILIARY))) {
            rel--; // "who publicly declared", "who have long argued"
        }
        if (rel > s && tokens.get(rel).isWord() && (tokens.get(rel).is("who") || tokens.get(rel).is("which"))) {
            // "Barkley, who said", "senators who wanted to attend": the pronoun attributes, its noun is the speaker
            Source head = cues.sourceBefore(tokens.get(rel - 1).is(",") ? rel - 2 : rel - 1, s);
            if (head != null) {
                return head.through(tokens.get(rel).span());
            }
            return new Source(tokens.get(rel).span(), Source.Kind.PRONOUN);
        }
        Source source = cues.subjectOf(c, s);
        if (source != null && tokens.firstAtOrAfter(source.mention().start()) < c) {
            Source relativeSubject = tokens.firstAtOrAfter(source.mention().start()) > tokens.sentenceStart(c)
                    ? subjectOfRelative(c, s) : null;
            return relativeSubject != null ? relativeSubject : source; // "A man who kicked the door said": not "the door"
        }
        int k = c - 1;
        if (k > s && tokens.get(k).is(",")) {
            // "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said": the name in the aside
            for (int p = k - 1; p > s && k - p < 14; p--) {
                if (tokens.get(p).is(",")) {
                    Source aside = cues.sourceFrom(p + 1, true);
                    if (aside != null && aside.kind() == Source.Kind.NAME) {
                        return aside;
                    }
                    Source named = aside != null && aside.kind() == Source.Kind.DESCRIPTION && p - 1 > s
                            ? cues.sourceBefore(p - 1, s) : null;
                    if (named != null && named.kind() == Source.Kind.NAME) {
                        return named; // "Rep. Gregory W. Meeks (D-N.Y.), chairman of the Caucus PAC, said": the name the role is given to
                    }
                    if (aside != null && aside.kind() == Source.Kind.DESCRIPTION && holdsName(aside.mention())) {
                        return aside; // the role and the body it names, when the name before is out of reach
                    }
                    break;
                }
            }
            Source subject = cues.sentenceSubject(c, s);
            if (subject != null) {
                return subject;
            }
        }
        int past = k;
        while (past > s && (cues.isSkippable(past) || isTimeAdjunct(past))) {
            past -= isTimeAdjunct(past) && tokens.get(past - 1).isWord()
                    && tokens.get(past - 1).is(Word.ADJUNCT_OPENER) ? 2 : 1;
        }
        if (past < k && past >= s) {
            Source subject = cues.sourceBefore(past, s); // "Sanders on Saturday criticized", "520 delegates have publicly said"
            if (subject != null) {
                return subject;
            }
        }
        if (k < s || !(tokens.get(k).isWord() || tokens.get(k).kind() == Token.Kind.NUMBER)) {
            return null;
        }
        Source relativeSubject = subjectOfRelative(c, s);
        if (relativeSubject != null) {
            return relativeSubject;
        }
        int from = k;
        if (c - s <= 8 && allWords(s, k)) {
            from = s; // the whole short subject: "Other figures from the left of the party"
        }
        while (from - 1 >= s && c - from < 4
                && (tokens.get(from - 1).isWord() || tokens.get(from - 1).kind() == Token.Kind.NUMBER)) {
            from--;
        }
        for (int i = from; i <= k && i <= from + 1; i++) {
            if (cues.isOpeningPreposition(i)) {
                return null; // "At the press launch, …": the words before the noun read as a verb are an adjunct
            }
        }
        return new Source(new Span(tokens.get(from).start(), tokens.get(k).end()), Source.Kind.DESCRIPTION);
    }

    /**
     * "A man who smashed a window and stomped on her head said …": the noun phrase that opens the
     * sentence and a relative clause runs on from, with no comma before the cue, is the cue's
     * subject, read through its "who"; else null.
     */
    private Source subjectOfRelative(int c, int s) {
        int sentence = tokens.sentenceStart(c);
        if (sentence < s) {
            return null;
        }
        for (int i = sentence + 1; i < c - 1; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() && t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.POSSESSIVE) {
                return null; // a comma or a mark: the clause may have closed
            }
            if (t.is("who")) {
                Source head = cues.sourceFrom(sentence);
                return head != null && head.kind() == Source.Kind.DESCRIPTION
                        && tokens.lastEndingBy(head.mention().end()) == i - 1 ? head.through(t.span()) : null;
            }
        }
        return null;
    }

    private boolean holdsName(Span m) {
        for (int i = tokens.firstAtOrAfter(m.start()) + 1; i < tokens.size() && tokens.get(i).end() <= m.end(); i++) {
            if (cues.isCapWord(i)) {
                return true;
            }
        }
        return false;
    }

    /** "Saturday", "week", "morning": the last word of "on Saturday", "last week", "Tuesday morning". */
    boolean isTimeAdjunct(int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        return t.isWord() && (t.is(Word.TIME_WORD) || w.equals("week") || w.equals("month") || w.equals("year")
                || w.equals("morning") || w.equals("night") || w.equals("evening") || w.equals("afternoon"));
    }

    boolean allWords(int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.POSSESSIVE)) {
                return false;
            }
        }
        return true;
    }

    /** "supporting Jane Smith met on Monday": a name, then a lower-case word, ends the object at the name. */
    boolean endsName(int last, int next) {
        Token t = tokens.get(last);
        Token n = tokens.get(next);
        return t.isWord() && Character.isUpperCase(t.first()) && n.isWord() && Character.isLowerCase(n.first())
                && !n.is(Word.PREPOSITION) && !n.is("and");
    }

    /** Punctuation or a word that opens a clause of its own ends an object. */
    boolean endsObject(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.QUOTE_MARK) {
            return false;
        }
        if (t.kind() == Token.Kind.PUNCT) {
            return !t.is("-") && !t.is("/") && !t.is("&") && !t.is("$") && !t.is("%");
        }
        return t.isWord() && t.is(Word.OBJECT_END);
    }

    /**
     * Where the reported clause starts after a cue: after a "that" within a few words ("said in a
     * statement on Tuesday that …"), else past an addressee or a time word; -1 when nothing follows.
     */
    int clauseStart(int after, int end, boolean asks) {
        if (after <= end && tokens.get(after).is(",")) {
            after++; // "Still, he said, officials have to decide …"
        }
        boolean quotedObject = after <= end && tokens.get(after).kind() == Token.Kind.QUOTE_MARK
                && tokens.at(after + 1) != null && tokens.get(after + 1).isWord()
                && Character.isLowerCase(tokens.get(after + 1).first());
        int marks = 0;
        for (int k = after; k <= end && k < after + 9; k++) {
            Token t = tokens.get(k);
            marks += t.kind() == Token.Kind.QUOTE_MARK ? 1 : 0;
            if (t.is("that") && quotedObject && marks >= 2) {
                break; // "referenced “political tensions” in advanced economies that are …": the quoted words are the object, "that" a relative
            }
            if (t.is(",") && k + 1 <= end && tokens.get(k + 1).isWord() && tokens.get(k + 1).lower().endsWith("ing")
                    && isReporting(k + 1)) {
                break; // "criticised the absence of systems, noting that …": the "that" is the participle's
            }
            if (t.is("that")) {
                Token next = tokens.at(k + 1);
                if (k > after && next != null && next.isWord() && next.isLowerCase(Word.FINITE)) {
                    break; // "said the politics that is happening … is not": "that" opens a relative clause, not what was said
                }
                return k + 1 <= end ? k + 1 : -1;
            }
            if (t.kind() == Token.Kind.PUNCT && !t.is(",")
                    || t.isWord() && (t.is(Word.FINITE) || t.kind() == Token.Kind.WORD && k > after
                    && tokens.get(k - 1).kind() == Token.Kind.POSSESSIVE && Character.isLowerCase(t.first()))) {
                // "said HLN's coverage would resemble that of …": the clause has begun, "that" is its own;
                // but "told CBS's Face the Nation on Sunday that …" names whom it told
                break;
            }
        }
        int i = after;
        int skipped = 0;
        while (i <= end && skipped < 4) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (t.isWord() && (t.is(Word.TIME_WORD) || t.is(Word.OBJECT_PRONOUN) && !possessiveHer(i, end, after) || w.equals("reporters")
                    || w.equals("journalists")
                    || w.equals("to") && skipped == 0)) {
                i++;
                skipped++;
                continue;
            }
            break;
        }
        int named = i - 1 >= after ? cues.afterNamedAddressee(i - 1, end) : -1;
        if (named >= 0) {
            i = named; // "confirmed to TimesLIVE the structure is …": the addressee named, then what was said
        }
        int told = afterAddressee(i, end, after);
        if (told >= 0) {
            i = told; // "told the court she saw the car": whom it told, then what was said
        }
        if (i > end || tokens.get(i).kind() == Token.Kind.PUNCT || tokens.get(i).is("whether")
                || tokens.get(i).is("if") && asks) {
            return -1; // "asked whether …": a question, not what anyone said
        }
        if (timeThenCircumstance(i, end)) {
            return -1; // "…, Jaishankar said on Tuesday as the two sides held talks": when, not what
        }
        return i;
    }

    /**
     * Whom the cue at {@code c} addresses: the noun phrase that {@link #afterAddressee} read between
     * the cue and the clause at {@code from} ("told the court she saw": the cue reader reads "the court
     * she saw the car" as one phrase), else the cue reader's addressee; {@link Addressees} decides
     * whether it is reported.
     */
    Span addressee(int c, Span cue, int from, int end) {
        int after = tokens.firstAtOrAfter(cue.end());
        if (from > after && afterAddressee(after, end, after) == from) {
            return new Span(tokens.get(after).start(), tokens.get(addresseeEnd(after, end, after) - 1).end());
        }
        return cues.addressee(c, cue.end());
    }

    /**
     * A time ("on Tuesday", "last week", "yesterday") and then a conjunction of circumstance ("as",
     * "after", "while", "when", "because", "since", not "and" or "but") open the words at {@code i}:
     * they say when and why, not what was said.
     */
    private boolean timeThenCircumstance(int i, int end) {
        int k = i;
        if (k <= end && (tokens.get(k).is("on") || tokens.get(k).is("last") || tokens.get(k).is("this")
                || tokens.get(k).is("early") || tokens.get(k).is("late"))) {
            k++;
        }
        int times = 0;
        while (k <= end && tokens.get(k).isWord() && tokens.get(k).is(Word.TIME_WORD)) {
            k++;
            times++;
        }
        Token t = tokens.at(k);
        return times > 0 && k <= end && t.isWord() && Character.isLowerCase(t.first()) && t.is(Word.CLAUSE_JOIN)
                && !t.is("and") && !t.is("but") && !t.is("yet")
                && !(t.is("as") && tokens.at(k + 1) != null && tokens.get(k + 1).is("of")); // "said on Tuesday as of next week …"
    }

    /** Words a noun phrase naming whom one tells may hold: "the jury", "a prison psychologist", "her husband". */
    private static final int ADDRESSEE_WORDS = 4;

    /**
     * After a verb that takes its hearer as object ("told", "assured", "warned"), with no "that": the
     * token after a short noun phrase at {@code i} (and a time: "on Monday") when a clause opens there,
     * a subject pronoun or a noun phrase with its finite verb ("told the court she saw", "told the BBC
     * the plan would fail", "told her husband she was leaving"), so that what was said starts after
     * whom it was said to; else -1 ("warned the plan would fail", "told the story of", "urged the
     * council to act", "asked why").
     */
    private int afterAddressee(int i, int end, int after) {
        int k = addresseeEnd(i, end, after);
        if (k < 0) {
            return -1;
        }
        k = pastTime(k, end);
        if (k > end) {
            return -1;
        }
        if (subjectPronoun(k, end)) {
            return k; // "she saw the car", "they were wrong"
        }
        Token first = tokens.get(k);
        if (!first.isWord() || !(first.isLowerCase(Word.DETERMINER) || Character.isUpperCase(first.first()))
                || first.is(Word.PRONOUN)) {
            return -1;
        }
        for (int j = k + 1; j <= end && j <= k + 4 && tokens.get(j).isWord(); j++) {
            Token t = tokens.get(j);
            if (Character.isLowerCase(t.first()) && (t.is(Word.FINITE) || t.is(Word.BE))) {
                return k; // "the plan would fail", "Lozina had also been convicted"
            }
        }
        return -1;
    }

    /**
     * The token after the noun phrase at {@code i} naming whom the cue addresses: the longest when a
     * subject pronoun follows it ("warned new Cabinet ministers they could"), else the one that ends
     * where the case changes ("told the court Lozina had"); -1 when there is none.
     */
    private int addresseeEnd(int i, int end, int after) {
        int whole = phraseEnd(i, end, after, false);
        return whole >= 0 && subjectPronoun(pastTime(whole, end), end) ? whole : phraseEnd(i, end, after, true);
    }

    /** Past a time after an addressee: "on Monday", "this weekend", "yesterday". */
    private int pastTime(int k, int end) {
        if (k + 1 <= end && (tokens.get(k).is("on") || tokens.get(k).is("this") || tokens.get(k).is("last"))
                && tokens.get(k + 1).is(Word.TIME_WORD)) {
            k++; // "told the court on Monday she …", "told African-Americans this weekend he would …"
        }
        while (k <= end && tokens.get(k).isWord() && tokens.get(k).is(Word.TIME_WORD)) {
            k++;
        }
        return k;
    }

    /** A subject pronoun with a word after it opens a clause at {@code k}: "she saw", "they were". */
    private boolean subjectPronoun(int k, int end) {
        Token t = tokens.at(k);
        return t != null && k + 1 <= end && t.isWord() && t.is(Word.PRONOUN) && !t.is(Word.OBJECT_PRONOUN)
                && !TokenView.isPossessivePronoun(t) && tokens.get(k + 1).isWord();
    }

    /**
     * The token after the short noun phrase at {@code i} that a verb taking its hearer as object (the
     * cue ending at token {@code after - 1}) may name as whom it addresses: a determiner or possessive,
     * then up to four words, no adverb or verb among them, and with {@code caseBreak} of one case
     * ("told the court Lozina had"; without it, "warned new Cabinet ministers they could"); -1 when the
     * cue is no such verb or no word follows.
     */
    private int phraseEnd(int i, int end, int after, boolean caseBreak) {
        Token cue = tokens.at(after - 1);
        if (i > end || cue == null || !cue.isWord() || cue.cue() == null || !cue.cue().has(Verb.ADDRESSED)) {
            return -1;
        }
        int k = i;
        if (tokens.get(k).isWord() && (tokens.get(k).isLowerCase(Word.DETERMINER) || TokenView.isPossessivePronoun(tokens.get(k)))) {
            k++;
        }
        int words = 0;
        while (k <= end && words < ADDRESSEE_WORDS && tokens.sameParagraph(i, k)
                && (namesHearer(tokens.get(k)) && !(caseBreak && words > 0 && caseChanges(k))
                        || words > 0 && tokens.get(k).kind() == Token.Kind.POSSESSIVE)) {
            k++;
            words++;
        }
        return words == 0 || k > end || !tokens.sameParagraph(i, k) ? -1 : k;
    }

    /**
     * A word a noun phrase naming whom one tells may hold: no determiner, pronoun, verb, preposition,
     * joining or time word, adverb, "that", "too", "here", "there", nor an "-thing" word ("tell the
     * I.R.S. anything it doesn't know": what, not whom).
     */
    private static boolean namesHearer(Token t) {
        return t.isWord() && !t.is(Word.DETERMINER) && !t.is(Word.PRONOUN)
                && !t.is(Word.FINITE) && !t.is(Word.BE) && !t.is(Word.PREPOSITION)
                && !t.is(Word.OBJECT_PREPOSITION) && !t.is(Word.CLAUSE_JOIN)
                && !t.is(Word.RELATIVE) && !t.is("that") && !t.is("and")
                && !t.is("or") && !t.is(Word.TIME_WORD) && !t.is(Word.CONTENT_OPENER)
                && !t.is(Word.SKIPPABLE) && !t.is("too") && !t.is("here")
                && !t.is("there") && !t.lower().endsWith("ly") && !t.lower().endsWith("thing")
                && !(Character.isLowerCase(t.first()) && TokenView.isVerbLike(t.lower()));
    }

    /**
     * The word at {@code k} and the word before it differ in case: a name after a noun in lower case
     * opens the clause ("told the court Lozina had"), a word in lower case after a name is its object
     * ("tell the I.R.S. anything it …").
     */
    private boolean caseChanges(int k) {
        return tokens.get(k - 1).isWord() && Character.isUpperCase(tokens.get(k).first()) != Character.isUpperCase(tokens.get(k - 1).first());
    }

    boolean asks(int c) {
        String lemma = lemmaOf(c);
        return lemma.equals("ask") || lemma.equals("wonder") || lemma.equals("question") || lemma.equals("query");
    }

    private static final int SUBJECT_REACH = 7; // words back to a subject's head: "documents from his 1995 tax return"

    boolean isReporting(int c) {
        Token t = tokens.get(c);
        Lemma cue = t.cue();
        boolean headline = !Character.isLowerCase(t.first()) && cue != null && !cue.has(Verb.NOUN_TOO) && inTitleCase(c);
        if (!Character.isLowerCase(t.first()) && !headline) {
            return false;
        }
        Lemma verb = t.entry().verb(); // the speech verb, else the verb of thought
        if (verb == null || verb.has(Verb.NOT_REPORTING) || t.is(Word.NOT_REPORTING_FORM)
                || t.text().endsWith("ing") && !isAfterComma(c) && !isProgressive(c) && !afterNoun(c, verb)) {
            return false;
        }
        String lemma = verb.text();
        Token prev = tokens.at(c - 1);
        Token next = tokens.at(c + 1);
        if (cues.offNotCue(c)) {
            return false; // "showed off her figure": a verb of display, not of thought
        }
        if (t.isCue(Verb.NAMING) && t.lower().endsWith("ed") && next != null && cues.isCapWord(c + 1) && namesIndefinite(c)) {
            return false; // "a jihadist group called Lakurawa", "a black tabby called Chit Chat": a name given
        }
        String w = t.lower();
        boolean evidenceVerb = lemma.equals("show") && prev != null && prev.isWord()
                && Character.isLowerCase(prev.first()) && !prev.is(Word.NOUN_BEFORE) && !prev.is(Word.PRONOUN)
                && (!w.equals(lemma) || pluralBefore(c)); // "photos show", but "a game show", "the Today show"
        if (verb.has(Verb.NOUN_TOO) && next != null && next.isWord() && Character.isLowerCase(next.first())
                && (next.is(Word.FINITE) || isPast(next))) {
            // "A Chennai report said", "New details have emerged", "social snaps showed": the noun of a
            // subject; only a word that can be a noun ("which Musk has said could …" is a verb)
            return false;
        }
        boolean pluralSubject = w.equals(lemma) && prev != null && prev.isWord() && Character.isLowerCase(prev.first())
                && prev.lower().endsWith("s") && !prev.lower().endsWith("ss") && !prev.is(Word.NOUN_BEFORE)
                && !prev.is(Word.PRONOUN); // "Legal observers note …", "Partisans warn …"
        boolean thatFollows = next != null && next.is("that") && !(prev != null && prev.isWord() && prev.is(Word.NOUN_BEFORE));
        if ((w.equals(lemma) || isPlusS(w, lemma)) && verb.has(Verb.NOUN_TOO) && (!hasVerbSubject(prev) || afterSingularName(c, w, lemma))
                && !evidenceVerb && !pluralSubject && !thatFollows) {
            // "swing states", "his attacks on", "support for": nouns unless a subject stands before; but
            // "polls show" is an evidence verb after its noun, and "Sanders, meanwhile, hopes that …" a verb
            return false;
        }
        if (prev != null && prev.isWord() && (prev.is(Word.NOUN_BEFORE) || prev.is(Word.PASSIVE))
                || next != null && next.is("by") || cues.usedAsNounOrAdjective(c, verb)) {
            return false; // "in states with …", "was announced on …", "a memo reported by": no reporting verb
        }
        if (next != null && next.is(",") && prev != null && (prev.is(Word.PRONOUN) && t.is("see")
                || prev.isIgnoreCase("that") && t.is("said"))) {
            return false; // "You see, …", "That said, …"
        }
        return cues.isCue(c) || t.entry().thought() != null || headline;
    }

    /**
     * "appeared on reality TV show Big Brother": a plain form ({@code w} is its {@code lemma}) after a
     * singular name does not agree with it, so it is a noun; unless the names are several or an
     * auxiliary carries the agreement, a clause follows (a collective's plural agreement), or the
     * name is an agent.
     */
    private boolean afterSingularName(int c, String w, String lemma) {
        Token prev = tokens.at(c - 1);
        if (!w.equals(lemma) || prev == null || !prev.isWord() || !Character.isUpperCase(prev.first())
                || tokens.startsSentence(c - 1) || prev.is(Word.PRONOUN) || prev.lower().endsWith("s")
                || prev.is(Word.PLURAL_SOURCE) || pluralOrInverted(c - 1)) {
            return false;
        }
        int before = beforeCapitalised(c - 1, false);
        return !clauseFollows(c, before) && !agentBefore(before);
    }

    /**
     * The token before the run of capitalised words (and, with {@code dots}, full stops: "Mr.
     * Clarke") that ends at {@code last}, at most eight tokens back.
     */
    private int beforeCapitalised(int last, boolean dots) {
        int k = last;
        while (k > 0 && last - k < 8 && (cues.isCapWord(k) || dots && tokens.get(k).is("."))) {
            k--;
        }
        return k;
    }

    /** "Figures obtained by the Manifesto Club show": the name after token {@code before} is an agent, the figures show. */
    private boolean agentBefore(int before) {
        int k = before;
        if (k > 0 && tokens.get(k).is("the")) {
            k--;
        }
        return tokens.get(k).is("by");
    }

    /**
     * "The Sun claim United are looking …", "King's College London estimate there are …": a clause
     * with a finite verb follows, so the plain form is a verb (a collective's plural agreement); but
     * not after a determiner in lower case ({@code before}, the token before the name), "their TV
     * show KUWTK had just debuted", a noun phrase.
     */
    private boolean clauseFollows(int c, int before) {
        Token b = tokens.get(before);
        if (b.isWord() && Character.isLowerCase(b.first()) && cues.isDeterminer(before)) {
            return false;
        }
        Token next = tokens.at(c + 1);
        if (next == null || !next.isWord() || next.is(Word.PREPOSITION) || next.is(Word.OBJECT_PREPOSITION)
                || next.is(Word.RELATIVE) || next.is(Word.CLAUSE_JOIN)) {
            return false;
        }
        for (int i = c + 2; i < tokens.size() && i - c <= 6 && tokens.get(i).isWord(); i++) {
            Token t = tokens.get(i);
            if (Character.isLowerCase(t.first()) && (t.is(Word.FINITE) || t.is(Word.BE) || t.lower().endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "China and Russia support", "would someone like Mr. Clarke want": the name ending at
     * {@code last} is one of several, or an auxiliary before it carries the agreement.
     */
    private boolean pluralOrInverted(int last) {
        int k = beforeCapitalised(last, true);
        if (tokens.get(k).is("and") || tokens.get(k).is("or") || tokens.get(k).is("&")) {
            return true;
        }
        for (int i = k; i >= 0 && k - i < 5 && tokens.get(i).isWord(); i--) {
            if (tokens.get(i).is(Word.AUXILIARY) && tokens.get(i).is(Word.FINITE)) { // "would", "did"
                return true;
            }
        }
        return false;
    }

    /**
     * "announced her daughter had died", "reveals her ongoing pain": "her" before a noun is the
     * possessive that opens what was said, not the one told ("told her the plan was …").
     */
    private boolean possessiveHer(int i, int end, int after) {
        Token next = tokens.at(i + 1);
        Token cue = tokens.at(after - 1);
        Lemma lemma = cue == null || !cue.isWord() ? null : cue.cue();
        if (!tokens.get(i).is("her") || next == null || i + 1 > end || !next.isWord()
                || lemma != null && lemma.has(Verb.ADDRESSED)) {
            return false; // "told her Instagram followers": whom a verb of telling addresses
        }
        return !(next.is(Word.DETERMINER) || next.is(Word.PRONOUN) || next.is(Word.PREPOSITION)
                || next.is(Word.OBJECT_PREPOSITION) || next.is(Word.RELATIVE) || next.is(Word.CLAUSE_JOIN)
                || next.is("to") || next.is("that") || next.is("if") || next.is("whether") || next.is("how")
                || next.is("what") || next.is("why") || next.is(Word.TIME_WORD));
    }

    /** "a jihadist group called": an indefinite noun phrase in lower case ends right before the verb at {@code c}. */
    private boolean namesIndefinite(int c) {
        for (int k = c - 1; k >= 0 && c - k <= 4; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || !Character.isLowerCase(t.first()) || t.is(Word.PRONOUN) || TokenView.isVerbLike(t.lower())) {
                return false;
            }
            if (k < c - 1 && (t.is("a") || t.is("an"))) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb's past form ("said", "showed", "found"): neither its lemma, nor "-s", nor "-ing". */
    private static boolean isPast(Token t) {
        Lemma verb = t.entry().verb();
        String w = t.lower();
        return verb != null && !w.equals(verb.text()) && !isPlusS(w, verb.text()) && !w.endsWith("ing");
    }

    /**
     * A plural noun heads the words before the verb at {@code c}, within its clause: "photos show",
     * "leaked documents from his 1995 tax return show", "data show"; not "the competition show".
     */
    private boolean pluralBefore(int c) {
        for (int i = c - 1; i >= 0 && i >= c - SUBJECT_REACH && tokens.sameParagraph(i, c); i--) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.POSSESSIVE) {
                continue; // "his 1995 tax return", "Kendrick's cave"
            }
            if (!t.isWord()) {
                return false;
            }
            String w = t.lower();
            if (!t.is(Word.DETERMINER) && !t.is(Word.PRONOUN) && !t.is(Word.FINITE)
                    && (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") || t.is(Word.PLURAL_SOURCE))) {
                return true;
            }
        }
        return false;
    }

    /** {@code w} is {@code lemma} + "s", tested without building the string. */
    static boolean isPlusS(String w, String lemma) {
        return w.length() == lemma.length() + 1 && w.endsWith("s") && w.startsWith(lemma);
    }

    /** A pronoun, a name or an auxiliary right before a present-tense verb: "they support", "will back". */
    static boolean hasVerbSubject(Token prev) {
        if (prev == null || !prev.isWord()) {
            return false;
        }
        String p = prev.lower();
        return prev.is(Word.PRONOUN) && !p.equals("his") && !p.equals("her") && !p.equals("their") && !p.equals("its")
                || Character.isUpperCase(prev.first()) || prev.is(Word.AUXILIARY);
    }

    String lemmaOf(int c) {
        Lemma verb = tokens.get(c).entry().verb();
        return verb != null ? verb.text() : "";
    }

    /** Whether token {@code c} is a form of a verb (speech, else thought) with {@code flag}. */
    boolean verbHas(int c, Verb flag) {
        Lemma verb = tokens.get(c).entry().verb();
        return verb != null && verb.has(flag);
    }

    /** "endorsed Marco Rubio": the object is a name, short as it is. */
    boolean isCapitalisedRun(int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() && Character.isUpperCase(t.first()) || t.kind() == Token.Kind.POSSESSIVE)) {
                return false;
            }
        }
        return true;
    }

    /** "Bernie Sanders Says He’s Already Started Writing": a headline, where every word is capitalised. */
    boolean inTitleCase(int c) {
        if (c == 0 || tokens.startsSentence(c)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int i = tokens.sentenceStart(c); i < tokens.size() && tokens.sameParagraph(c, i) && words < 30; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitalised += Character.isUpperCase(t.first()) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised == words;
    }

    /** A stance verb in -ing right after a noun: "voters supporting her", "a group backing Bush". */
    boolean isStanceParticiple(int c) {
        Token t = tokens.get(c);
        String w = t.lower();
        if (!w.endsWith("ing") || !Character.isLowerCase(t.first()) || !verbHas(c, Verb.STANCE) || t.is(Word.NOT_REPORTING_FORM)) {
            return false;
        }
        Token prev = tokens.at(c - 1);
        return prev != null && prev.isWord() && (Character.isLowerCase(prev.first()) && !prev.is(Word.NOUN_BEFORE)
                && !prev.is(Word.AUXILIARY) && !prev.lower().endsWith("ly") || Character.isUpperCase(prev.first()))
                || isProgressive(c);
    }

    /** "a statement saying …", "911 calls reporting …": a speech participle right after the noun it tells of. */
    boolean afterNoun(int c, Lemma lemma) {
        Token prev = tokens.at(c - 1);
        return tokens.get(c).cue() != null && prev != null && prev.isWord()
                && Character.isLowerCase(prev.first()) && !prev.is(Word.NOUN_BEFORE)
                && !prev.is(Word.AUXILIARY) && !prev.is(Word.FINITE) && !prev.lower().endsWith("ly")
                && !prev.lower().endsWith("ing") && !TokenView.isVerbLike(prev.lower()) && !lemma.is("begin");
    }

    /** "are quietly saying", "is calling for": a form of "be" before the participle. */
    boolean isProgressive(int c) {
        int p = c - 1;
        while (p >= 0 && tokens.get(p).isWord() && (tokens.get(p).lower().endsWith("ly") || tokens.get(p).is("not"))
                && c - p < 3) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        Token be = tokens.get(p);
        String w = be.lower().replace('’', '\'');
        return be.isWord() && (be.is(Word.BE) || w.equals("isn't") || w.equals("aren't") || w.equals("wasn't")
                || w.equals("weren't")) || be.kind() == Token.Kind.POSSESSIVE
                || be.isWord() && be.is(Word.AFTER_PREPOSITION) || be.kind() == Token.Kind.PUNCT && cues.isDash(p);
    }

    boolean isAfterComma(int c) {
        return c > 0 && tokens.get(c - 1).is(",");
    }

    /** The clause {@code from..to} proposed in {@code shape}, or null where it is no clause or the shape is off. */
    Found found(int from, int to, List<QuoteSpan> fragments, CueMatch match, Shape shape) {
        if (!runner.allows(shape)) {
            return null;
        }
        if (words(from, to) <= 4 && tokens.get(from).isWord() && tokens.get(from).is(Word.SHORT_ADJUNCT)
                && !hasVerb(from, to)) {
            return null; // "said in an interview", "said from his office": where, not what
        }
        Span content = new Span(tokens.get(from).start(), tokens.get(to).end());
        List<Span> inside = within(fragments, content);
        if (!inside.isEmpty() && tokens.firstAtOrAfter(inside.get(0).start()) - from > FRAGMENT_REACH) {
            return null; // the quoted words stand far from the cue: leave them as a quotation of their own
        }
        return new Found(content, inside, match, shape);
    }

    /** "and threatened a tax", "and his administration has made": a verb of its own within a few words. */
    boolean newPredicate(int from, int to) {
        for (int i = from; i <= to && i - from < 6; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCT) {
                return false;
            }
            String w = t.lower();
            if (t.isWord() && Character.isLowerCase(t.first()) && (t.is(Word.FINITE) || w.length() > 4 && w.endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    /** The contents of the quotations (in text order) that lie inside {@code content}. */
    static List<Span> within(List<QuoteSpan> quotations, Span content) {
        List<Span> inside = new ArrayList<>(0);
        for (int k = firstAtOrAfter(quotations, content.start() - 2); k < quotations.size(); k++) { // its mark may precede the clause
            QuoteSpan q = quotations.get(k);
            if (q.open() >= content.end()) {
                break;
            }
            if (content.contains(q.content())) {
                inside.add(q.content());
            }
        }
        return inside;
    }

    /** The index of the first quotation that opens at or after {@code offset}: a binary search. */
    static int firstAtOrAfter(List<QuoteSpan> quotations, int offset) {
        int lo = 0;
        int hi = quotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).open() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last token from {@code floor} to {@code to} that is no punctuation, a closing bracket kept. */
    int beforePunctuation(int to, int floor) {
        while (to > floor && tokens.get(to).kind() == Token.Kind.PUNCT && !tokens.get(to).is(")")) {
            to--;
        }
        return to;
    }

    /** The last token from {@code floor} to {@code to} that is no punctuation at all. */
    int beforeAnyPunctuation(int to, int floor) {
        while (to > floor && tokens.get(to).kind() == Token.Kind.PUNCT) {
            to--;
        }
        return to;
    }

    /** The words and numbers among tokens {@code from} to {@code to}, both included. */
    int words(int from, int to) {
        int last = Math.min(to, tokens.size() - 1);
        return last < from ? 0 : wordsBefore[last + 1] - wordsBefore[from];
    }
}
