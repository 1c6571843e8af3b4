package org.onrecord.attribution;

import java.util.Locale;
import java.util.Set;
import org.onrecord.entity.Words;
import org.onrecord.text.Chars;
import org.onrecord.text.Cues;
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

    static final Set<String> SKIPPABLE = setOf(
            "also", "then", "later", "has", "had", "have", "was", "is", "will", "would", "once", "again", "just",
            "further", "recently", "separately", "subsequently", "earlier", "additionally", "finally", "simply",
            "previously", "reportedly", "had", "has", "did", "does", "who", "quickly", "famously", "repeatedly",
            "publicly", "privately", "bluntly", "flatly", "angrily", "told", "had", "even", "often", "always",
            "never", "not", "first", "last", "memorably", "tearfully", "proudly", "calmly", "cheerfully", "shortly",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "recently", "now", "since", "already", "herself", "himself", "themselves", "itself");
    static final Set<String> DETERMINERS = setOf(
            "the", "a", "an", "this", "one", "another", "its", "his", "her", "their", "our", "some", "two",
            "three", "several", "many", "both");
    static final Set<String> QUANTIFIERS = setOf("some", "many", "both", "several", "two", "three", "one", "another");
    /** Cue lemmas that are nouns as well ("a fundraising call", "the bitter dispute"). */
    static final Set<String> NOUN_CUES = setOf(
            "call", "claim", "report", "comment", "quote", "answer", "reply", "response", "promise", "pledge", "vow",
            "demand", "challenge", "protest", "query", "dispute", "echo", "boast", "complaint", "joke", "hint",
            "state", "note", "post", "tweet", "cry", "shout", "chant", "scream", "laugh", "sigh", "whisper",
            "mutter", "snap", "quip", "roar", "gasp", "sneer", "tease", "taunt", "mock", "praise", "blast", "slam",
            "hail", "label", "brand", "counter", "retort", "reason", "muse", "share", "email", "blog", "read",
            "caution", "repeat", "interrupt", "guarantee", "plea", "cite", "record", "remark", "request", "warning",
            "thunder", "bellow", "murmur", "scoff", "demur", "question", "advise", "express", "tout", "trumpet", "put",
            "begin", "sing", "swear", "reply", "relate", "summarise", "summarize", "describe", "observe");

    /** "went on", "goes on": speech only with "on". */
    static final Set<String> GO_ON = setOf("went", "goes", "go", "going");
    /** "shot back", "hit back": speech only with "back". */
    static final Set<String> BACK_VERBS = setOf(
            "shot", "shoots", "fired", "fires", "hit", "hits", "snapped", "struck", "pushed", "bit");

    boolean isParticipleForm(int i) {
        return tokens.get(i).text().endsWith("ing");
    }

    boolean endsSentence(int i) {
        Token t = tokens.at(i);
        return t == null || !tokens.sameParagraph(i - 1, i)
                || t.kind() == Token.Kind.PUNCT && (Chars.isSentenceEnd(t.first()) || t.is(",") || t.is(";"));
    }

    boolean isAccordingTo(int i) {
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
        return w.length() > 4 && w.endsWith("ed") && !Words.isRoleNoun(w);
    }

    boolean isCue(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord() || Character.isUpperCase(t.first()) && !tokens.startsSentence(i)) {
            return false;
        }
        String lemma = Cues.lemma(t.text());
        if (lemma == null) {
            Token next = tokens.at(i + 1);
            return next != null && (BACK_VERBS.contains(t.text()) && next.is("back")
                    || GO_ON.contains(t.lower()) && next.is("on")); // "shot back", "she went on"
        }
        return !usedAsNounOrAdjective(i, lemma);
    }

    /** "the said property", "a written statement", "a fundraising call", "a bitter dispute". */
    boolean usedAsNounOrAdjective(int i, String lemma) {
        String w = tokens.get(i).lower();
        Token prev = tokens.at(i - 1);
        if (prev != null && prev.isWord() && DETERMINERS.contains(prev.lower()) && !QUANTIFIERS.contains(prev.lower())) {
            return true; // "the said property"; but "Some said", "Many believe": quantifiers stand for people
        }
        Token prev2 = tokens.at(i - 2);
        // "a fundraising call", "the bitter disputes"; but "the campaign says" is a verb
        boolean nounForm = NOUN_CUES.contains(lemma) && (w.equals(lemma) || w.equals(lemma + "s") || w.equals(lemma + "es"));
        return nounForm && prev != null && prev2 != null && prev.isWord() && Character.isLowerCase(prev.first())
                && !isVerbLike(prev.text()) && !SKIPPABLE.contains(prev.text()) && !Words.isPronoun(prev.text())
                && prev2.isWord() && DETERMINERS.contains(prev2.lower());
    }

    /** Crude, but enough to stop a subject at the verb before it ("… ordered his team"). */
    static boolean isVerbLike(String w) {
        return w.endsWith("ed") && w.length() > 4 || w.equals("is") || w.equals("are") || w.equals("was")
                || w.equals("were") || w.equals("be") || w.equals("been") || w.equals("has") || w.equals("have");
    }

    static boolean isPluralSource(String w) {
        return w.equals("sources") || w.equals("officials") || w.equals("critics") || w.equals("supporters")
                || w.equals("protesters") || w.equals("experts") || w.equals("analysts") || w.equals("aides")
                || w.equals("residents") || w.equals("witnesses") || w.equals("police") || w.equals("voters")
                || w.equals("people") || w.equals("staff") || w.equals("insiders") || w.equals("allies")
                || w.equals("democrats") || w.equals("republicans") || w.equals("lawmakers") || w.equals("workers")
                || w.equals("members") || w.equals("organisers") || w.equals("organizers") || w.equals("campaigners");
    }

    boolean isSkippable(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord()) {
            return false;
        }
        String w = t.lower();
        return SKIPPABLE.contains(w) && !w.equals("told") || w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(t.first())
                && !Words.isRoleNoun(w);
    }

    boolean isPunct(int i, String p) {
        Token t = tokens.at(i);
        return t != null && t.kind() == Token.Kind.PUNCT && t.is(p);
    }

    boolean isDash(int i) {
        Token t = tokens.at(i);
        return t != null && t.kind() == Token.Kind.PUNCT && Chars.isDash(t.first());
    }

    boolean isCapWord(int i) {
        Token t = tokens.at(i);
        return t != null && t.isWord() && Character.isUpperCase(t.first());
    }

    boolean isDeterminer(int i) {
        Token t = tokens.at(i);
        return t != null && DETERMINERS.contains(t.lower());
    }

    boolean isPronounToken(int i) {
        Token t = tokens.at(i);
        return t != null && t.isWord() && Words.isPronoun(t.text());
    }

    boolean isParticle(int i) {
        Token t = tokens.get(i);
        return t.isWord() && (t.is("de") || t.is("van") || t.is("von") || t.is("al") || t.is("bin") || t.is("of")
                || t.is("the") && isCapWord(i + 1) && i + 1 < tokens.size()) || t.is("&");
    }

    static boolean isAllLower(String w) {
        return w.toLowerCase(Locale.ROOT).equals(w);
    }

    /** A set from a word list that may repeat itself. */
    static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
