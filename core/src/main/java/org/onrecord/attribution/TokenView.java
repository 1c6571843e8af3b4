package org.onrecord.attribution;

import org.onrecord.text.Chars;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * What a token is, for the readers of source phrases and cues: punctuation, names, determiners,
 * adverbs to skip, and cue words used as verbs rather than nouns or adjectives.
 */
class TokenView {
    final Tokens tokens;

    TokenView(Tokens tokens) {
        this.tokens = tokens;
    }

    boolean isParticipleForm(int i) {
        return tokens.get(i).text().endsWith("ing");
    }

    boolean endsSentence(int i) {
        Token t = tokens.at(i);
        return t == null || !tokens.sameParagraph(i - 1, i)
                || t.kind() == Token.Kind.PUNCT && (Chars.isSentenceEnd(t.first()) || t.is(",") || t.is(";"));
    }

    /** A role or a noun for one person, of either gender: "minister", "mum", "youngster". */
    static boolean isPersonNoun(Token t) {
        return t.is(Word.ROLE) || t.is(Word.PERSON) || t.is(Word.PERSON_MALE) || t.is(Word.PERSON_FEMALE);
    }

    /** "his", "her", "their", "its", "our", "my", "your": a pronoun that owns what follows it. */
    static boolean isPossessivePronoun(Token t) {
        String l = t.lower();
        return l.equals("his") || l.equals("her") || l.equals("their") || l.equals("its") || l.equals("our")
                || l.equals("my") || l.equals("your");
    }

    boolean isAccordingTo(int i) {
        return accordingTo(tokens, i);
    }

    /**
     * Tokens {@code i} and {@code i + 1} are "according to", the phrase that attributes a clause to
     * the source after it. The one place that knows its words: readers that frame, resolve or type
     * such a clause all ask here.
     */
    static boolean accordingTo(Tokens tokens, int i) {
        Token t = tokens.at(i);
        Token next = tokens.at(i + 1);
        return t != null && next != null && t.isIgnoreCase("according") && next.is("to");
    }

    /**
     * Right next to a quotation, a past-tense verb with a name is speech even when it is no
     * listed cue: “…,” Trump barked / beamed Donald Hartley.
     */
    boolean isSpeechLikeVerb(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord() || !Character.isLowerCase(t.first())) {
            return false;
        }
        String w = t.text();
        return w.length() > 4 && w.endsWith("ed") && !t.is(Word.ROLE);
    }

    /**
     * "said", "recalls": a lower-case speech verb in a finite form, not the "-ing" form nor the bare
     * form, which after a name or before a colon is as often a noun ("Facebook post", "the deleted post:").
     */
    static boolean isInflectedCue(Token t) {
        return t.isWord() && Character.isLowerCase(t.first()) && t.cue() != null && !t.lower().endsWith("ing")
                && !t.cue().is(t.lower());
    }

    boolean isCue(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord() || Character.isUpperCase(t.first()) && !tokens.startsSentence(i)) {
            return false;
        }
        Lemma lemma = t.cue();
        if (lemma == null) {
            Token next = tokens.at(i + 1);
            return next != null && (t.isLowerCase(Word.BACK_VERB) && next.is("back")
                    || t.is(Word.GO_ON) && next.is("on")); // "shot back", "she went on"
        }
        return !offNotCue(i) && !usedAsNounOrAdjective(i, lemma);
    }

    /** "showed off her figure", "called off the strike": with "off" after it the word is no cue. */
    boolean offNotCue(int i) {
        Token next = tokens.at(i + 1);
        return next != null && next.is("off") && tokens.get(i).is(Word.OFF_NOT_CUE);
    }

    /** "the said property", "a written statement", "a fundraising call", "a bitter dispute". */
    boolean usedAsNounOrAdjective(int i, Lemma lemma) {
        String w = tokens.get(i).lower();
        Token prev = tokens.at(i - 1);
        if (prev != null && prev.isWord() && prev.is(Word.DETERMINER) && !prev.is(Word.QUANTIFIER)) {
            return true; // "the said property"; but "Some said", "Many believe": quantifiers stand for people
        }
        if (prev != null && prev.isWord() && prev.is(Word.DEGREE) && w.endsWith("ing")) {
            return true; // "the most revealing conversation", "very telling"
        }
        Token prev2 = tokens.at(i - 2);
        // "a fundraising call", "the bitter disputes"; but "the campaign says" is a verb
        boolean nounForm = lemma.has(Verb.NOUN_CUE) && isPlainNoun(w, lemma.text());
        return nounForm && prev != null && prev2 != null && prev.isWord() && Character.isLowerCase(prev.first())
                && !isVerbLike(prev.text()) && !prev.isLowerCase(Word.SKIPPABLE) && !prev.is(Word.PRONOUN)
                && prev2.isWord() && prev2.is(Word.DETERMINER);
    }

    /** {@code w} is {@code lemma}, or it + "s" or "es", tested without building the strings. */
    private static boolean isPlainNoun(String w, String lemma) {
        int extra = w.length() - lemma.length();
        return (extra == 0 || extra == 1 && w.endsWith("s") || extra == 2 && w.endsWith("es")) && w.startsWith(lemma);
    }

    /** Crude, but enough to stop a subject at the verb before it ("… ordered his team"). */
    static boolean isVerbLike(String w) {
        return w.endsWith("ed") && w.length() > 4 || w.equals("is") || w.equals("are") || w.equals("was")
                || w.equals("were") || w.equals("be") || w.equals("been") || w.equals("has") || w.equals("have");
    }


    boolean isSkippable(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord()) {
            return false;
        }
        String w = t.lower();
        // the list holds "told" for the phrase readers; here it is a cue, never skipped
        return t.is(Word.SKIPPABLE) && !w.equals("told") || w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(t.first())
                && !t.is(Word.ROLE);
    }

    boolean isPunct(int i, String p) {
        Token t = tokens.at(i);
        return t != null && t.kind() == Token.Kind.PUNCT && t.is(p);
    }

    boolean isDash(int i) {
        Token t = tokens.at(i);
        return t != null && t.kind() == Token.Kind.PUNCT && Chars.isDash(t.first());
    }

    /**
     * The apostrophe of a plural possessive, which the tokenizer leaves a quotation mark: glued to
     * a word ending in s and followed, one space on, by a word ("the students’ union", "the
     * Smiths' lawyer").
     */
    boolean isPluralPossessive(int i) {
        Token t = tokens.at(i);
        Token before = tokens.at(i - 1);
        Token after = tokens.at(i + 1);
        if (t == null || before == null || after == null || t.kind() != Token.Kind.QUOTE_MARK || t.text().length() != 1
                || !Chars.isApostrophe(t.first()) || !before.isWord() || before.end() != t.start()
                || !after.isWord() || after.start() != t.end() + 1 || !tokens.sameParagraph(i - 1, i + 1)) {
            return false;
        }
        char last = before.text().charAt(before.text().length() - 1);
        return last == 's' || last == 'S';
    }

    /** A social media handle's last token, or {@code i}: {@link Tokens#handleEnd}. */
    int handleEnd(int i) {
        return tokens.handleEnd(i);
    }

    /** The "@" of the handle whose last token is {@code e}, or -1 when {@code e} ends none. */
    int handleStart(int e) {
        Token t = tokens.at(e);
        if (t == null || !t.isWord()) {
            return -1;
        }
        int k = e;
        while (k - 1 >= 0 && tokens.get(k - 1).end() == tokens.get(k).start()
                && (tokens.get(k - 1).isWord() || tokens.get(k - 1).is("_"))) {
            k--;
        }
        Token next = tokens.at(e + 1);
        boolean ends = next == null || next.start() != t.end() || !(next.isWord() || next.is("_"));
        return k - 1 >= 0 && ends && handleEnd(k - 1) == e ? k - 1 : -1;
    }

    boolean isCapWord(int i) {
        Token t = tokens.at(i);
        return t != null && t.isWord() && (Character.isUpperCase(t.first()) || particleJoined(t));
    }

    /** "al-Maliki": a name particle joined by a hyphen to a capitalised word, as {@link Lexicon#isParticleJoined}. */
    boolean particleJoined(Token t) {
        return tokens.lexicon().isParticleJoined(t.text());
    }

    boolean isDeterminer(int i) {
        Token t = tokens.at(i);
        return t != null && t.is(Word.DETERMINER);
    }

    boolean isPronounToken(int i) {
        Token t = tokens.at(i);
        return t != null && t.isWord() && t.is(Word.PRONOUN);
    }

    boolean isParticle(int i) {
        Token t = tokens.get(i);
        return t.isWord() && (t.is("de") || t.is("van") || t.is("von") || t.is("al") || t.is("bin") || t.is("of")
                || t.is("the") && isCapWord(i + 1) && i + 1 < tokens.size()) || t.is("&");
    }

    static boolean isAllLower(Token t) {
        return t.lower().equals(t.text());
    }
}
