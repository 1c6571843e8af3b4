package org.onrecord.attribution;

import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Whether a source mention is one a reader could take for a speaker: a name, a description ("the
 * union chief", "analysts"), a document ("the memo") or a pronoun — never a clause fragment ("a
 * series of", "The clip has faced"), a lone function word ("it", "which") or an adverb
 * ("repeatedly"). Word classes come from the lexicon; only lower-case words are judged by class, so
 * that "Theresa May" and "Will Smith" stay names.
 */
final class SpeakerForm {
    static final int MAX_WORDS = 8;

    private SpeakerForm() {}

    /**
     * Why the words at {@code mention} are no speaker, or null when they may be one.
     *
     * @param resolved whether the mention was resolved to a named person (a "who" or "it" that
     *     stands for someone is then acceptable)
     */
    static String why(Tokens tokens, Span mention, boolean resolved) {
        int from = tokens.firstAtOrAfter(mention.start());
        int to = tokens.lastEndingBy(mention.end());
        while (to > from && !isWordLike(tokens.get(to))) {
            to--;
        }
        if (from > to || from >= tokens.size()) {
            return null;
        }
        int words = 0;
        for (int i = from; i <= to; i++) {
            words += isWordLike(tokens.get(i)) ? 1 : 0;
        }
        Token first = tokens.get(from);
        Token last = tokens.get(to);
        if (first.kind() == Token.Kind.POSSESSIVE || words == 0) {
            return "“" + first.text() + "” is a possessive mark, not a source";
        }
        if (words == 1) {
            if (resolved) {
                return null;
            }
            Token next = tokens.at(to + 1);
            boolean verbNext = next != null && next.isWord() && next.cue() != null && tokens.sameParagraph(to, to + 1);
            if (first.is(Word.NUMBER_WORD) && (isLower(first) || tokens.startsSentence(from)) && !verbNext) {
                return "“" + first.text() + "” is a number, not a source"; // "Forty years on, …"; "Seven announce" names a network
            }
            if (first.lower().endsWith("ing") && Character.isUpperCase(first.first()) && tokens.startsSentence(from)
                    && next != null && tokens.sameParagraph(to, to + 1)
                    && (next.isWord() && (next.isLowerCase(Word.PREPOSITION) || next.isLowerCase(Word.OBJECT_PREPOSITION)
                    || opensObject(next) || next.is("that")
                    || first.is(Word.OPENER) && Character.isLowerCase(next.first())) || next.is(":"))) {
                // "Relying on this assurance, …", "Having seen the founder, …", "Adding: ‘…’",
                // "Explaining the structure of the increase, …", "Maintaining that he would not …"
                return "“" + first.text() + "” opens a participle clause, not a source";
            }
            if (first.isIgnoreCase("there") || first.is(Word.DEGREE)
                    || first.is(Word.NEGATION) && !(next != null && next.is("."))) {
                return "“" + first.text() + "” names no one"; // "There has been speculation that", "No doubt …", "Much of …"
            }
            // "it" is the one personal pronoun that never stands for a speaker on its own here: the
            // resolver gives people, and "it said" of an organisation is left unresolved
            if (isFunctionWord(first) || first.is(Word.RELATIVE) || first.isIgnoreCase("it")
                    || first.is(Word.OPENER) && first.is(Word.NOT_NAME)) { // "Beyond concerns about …", "Amid
                return "“" + first.text() + "” names no one";
            }
            if (first.is(Word.TIME_WORD) || first.isIgnoreCase("now")) {
                return "“" + first.text() + "” is a time, not a source";
            }
            return isAdverb(first) ? "“" + first.text() + "” is an adverb" : null;
        }
        if (words > MAX_WORDS) {
            return "more than " + MAX_WORDS + " words: a clause, not a source";
        }
        if (first.is(Word.CLAUSE_JOIN) || first.is(Word.SHORT_ADJUNCT) || first.is(Word.OBJECT_PREPOSITION)
                || first.is(Word.RELATIVE) || first.isIgnoreCase("there") || first.isIgnoreCase("if")) {
            return "starts with “" + first.text() + "”: a clause, not a source";
        }
        if (isLower(first) && (first.is(Word.FINITE) || first.is(Word.BE) || first.is(Word.AUXILIARY)
                || first.is(Word.NEGATION) || isAdverb(first))) {
            return "starts with “" + first.text() + "”: a clause, not a source"; // "were most", "maliciously made …"
        }
        if (isLower(first) && isVerbForm(first) && !namesSpeakers(first, tokens) && opensObject(tokens.get(from + 1))) {
            return "starts with the verb “" + first.text() + "” and its object: a clause, not a source"; // "stomped on her head", "urges the BMA"
        }
        if (first.is(Word.PRONOUN) && !TokenView.isPossessivePronoun(first) && tokens.get(from + 1).isWord()
                && !tokens.get(from + 1).is(Word.PRONOUN)) {
            return "a pronoun and more words (“" + first.text() + " " + tokens.get(from + 1).text() + "”): a clause, not a source";
        }
        if (words <= 3 && (isLower(first) || tokens.startsSentence(from)) && isLower(last) && last.is(Word.TIME_WORD)
                && (first.is(Word.DETERMINER) || first.is(Word.OPENER) || first.is(Word.TIME_WORD))) {
            return "“" + tokens.get(from).text() + " … " + last.text() + "” is a time, not a source"; // "this year", "last month"
        }
        if (isLower(last) && (isFunctionWord(last) || isAdverb(last) || last.is(Word.NEGATION) || last.is(Word.OPENER))) {
            return "ends with “" + last.text() + "”: a fragment, not a source";
        }
        for (int i = from + 1; i <= to; i++) {
            Token t = tokens.get(i);
            if (isLower(t) && t.is(Word.FINITE)) {
                return "holds the verb “" + t.text() + "”: a clause, not a source";
            }
        }
        return null;
    }

    /**
     * Whether a source's last word can head a source: a capitalised name, a pronoun, a number, or a
     * noun the lexicon knows for people, bodies, documents or polls ("the union chief", "officials",
     * "the report", "a poll"), plural forms read as their singular.
     */
    static boolean headCanSpeak(Tokens tokens, Span mention) {
        int first = tokens.firstAtOrAfter(mention.start());
        int last = tokens.lastEndingBy(mention.end());
        for (int i = first + 1; i <= last; i++) {
            Token t = tokens.get(i);
            if (isLower(t) && (t.is(Word.PREPOSITION) || t.is(Word.RELATIVE) || t.is(Word.PRONOUN))) {
                last = i - 1; // "one GOP source in the room", "the experts I interviewed": the head comes first
                break;
            }
        }
        while (last > first && !isWordLike(tokens.get(last))) {
            last--;
        }
        if (last < 0 || last < first) {
            return true;
        }
        Token head = tokens.get(last);
        if (!head.isWord() || !isLower(head) || head.is(Word.PRONOUN) || head.is(Word.RELATIVE) || head.is(Word.QUANTIFIER)) {
            return true; // a name, a number, "percent" after one, "many", "he"
        }
        return head.lower().equals("percent") || head.lower().equals("per") || namesSpeakers(head, tokens);
    }

    /**
     * A noun the lexicon itself knows for people or bodies, a plural read as its singular ("lawyer",
     * "stylist", "insiders"): stricter than {@link #namesSpeakers}, whose agent suffixes also take
     * adjectives ("silver", "different").
     */
    static boolean knownSpeaker(Token noun, Tokens tokens) {
        return Phrases.canSpeak(noun) || singularSource(noun, tokens) != null;
    }

    /**
     * Whether a lower-case noun names people, a body or a document that can speak: a noun the
     * lexicon knows for them, or an agent noun ("leaders", "scientists", "residents"), plural
     * forms read as their singular.
     */
    static boolean namesSpeakers(Token t, Tokens tokens) {
        String w = t.lower();
        if (sourceNoun(t.entry()) || AGENT.matcher(w).find()) {
            return true;
        }
        return singularSource(t, tokens) != null;
    }

    /**
     * The lexicon entry of a plural's singular when that singular names speakers ("bodies" → body,
     * "officials" → official, "bosses" → boss, "speeches" → speech), else null.
     */
    static Entry singularSource(Token t, Tokens tokens) {
        String w = t.lower();
        String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                : w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : null;
        if (singular != null && sourceNoun(tokens.lexicon().entry(singular))) {
            return tokens.lexicon().entry(singular);
        }
        // "bosses", "coaches", "witnesses": the plural in "-es" of a noun in s, ch, sh or x
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            Entry e = tokens.lexicon().entry(w.substring(0, w.length() - 2));
            return sourceNoun(e) ? e : null;
        }
        return null;
    }

    /** Agent nouns: people named by what they do ("environmentalists", "questioner", "administrators", "citizens"). */
    private static final java.util.regex.Pattern AGENT =
            java.util.regex.Pattern.compile("(?:ist|er|or|ian|ant|ent|zen)s?$");

    private static boolean sourceNoun(Entry e) {
        return e.is(Word.ROLE) || e.is(Word.PERSON) || e.is(Word.ORGANISATION) || e.is(Word.KNOWN_ORGANISATION)
                || e.is(Word.DOCUMENT) || e.is(Word.POLL) || e.is(Word.PLURAL_SOURCE) || e.is(Word.ROLE_MODIFIER);
    }

    /**
     * The source phrase a fragment starts with, or null: "The clip has faced" gives "The clip",
     * "returns from 1995 that" gives "returns from 1995". The mention is cut before its first
     * lower-case finite verb, relative or conjunction, then stripped of trailing function words; the
     * rest must be a speaker by {@link #why}.
     */
    static Span trim(Tokens tokens, Span mention) {
        int from = tokens.firstAtOrAfter(mention.start());
        int to = tokens.lastEndingBy(mention.end());
        if (from >= tokens.size() || from > to) {
            return null;
        }
        Token first = tokens.get(from);
        if (first.is(Word.PRONOUN) && !TokenView.isPossessivePronoun(first)) {
            to = from; // "They can't", "He made the criticism while showing": the pronoun is the source
        }
        for (int i = from + 1; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || isLower(t) && (t.is(Word.FINITE) || t.is(Word.RELATIVE) || t.is(Word.CLAUSE_JOIN))) {
                to = i - 1;
                break;
            }
        }
        while (to > from && (!isWordLike(tokens.get(to))
                || isLower(tokens.get(to)) && (isFunctionWord(tokens.get(to)) || isAdverb(tokens.get(to))))) {
            to--;
        }
        Span trimmed = new Span(tokens.get(from).start(), tokens.get(to).end());
        return why(tokens, trimmed, false) == null ? trimmed : null;
    }

    /** A speech verb, or a lower-case past form in -ed. */
    private static boolean isVerbForm(Token t) {
        return t.cue() != null || t.lower().length() > 4 && t.lower().endsWith("ed");
    }

    /** A word that opens a verb's object or adjunct: a determiner, a possessive pronoun, a preposition. */
    private static boolean opensObject(Token t) {
        return t.isWord() && isLower(t) && (t.is(Word.DETERMINER) || t.is(Word.PREPOSITION) || t.is(Word.OBJECT_PREPOSITION)
                || TokenView.isPossessivePronoun(t) || t.is(Word.OBJECT_PRONOUN));
    }

    private static boolean isWordLike(Token t) {
        return t.isWord() || t.kind() == Token.Kind.NUMBER;
    }

    private static boolean isLower(Token t) {
        return t.isWord() && !Character.isUpperCase(t.first());
    }

    private static boolean isFunctionWord(Token t) {
        return t.is(Word.DETERMINER) || t.is(Word.PREPOSITION) || t.is(Word.SHORT_ADJUNCT) || t.is(Word.CLAUSE_JOIN)
                || t.is(Word.RELATIVE) || t.is(Word.FINITE) || t.is(Word.AUXILIARY) || t.is(Word.BE)
                || t.is(Word.NOUN_BEFORE);
    }

    /** A lower-case -ly word that is no noun the lexicon knows ("family" and "ally" are nouns). */
    private static boolean isAdverb(Token t) {
        return isLower(t) && t.lower().length() > 4 && t.lower().endsWith("ly") && !t.is(Word.ROLE)
                && !t.is(Word.PLURAL_SOURCE);
    }
}
