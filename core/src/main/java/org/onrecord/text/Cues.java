package org.onrecord.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Verbs that introduce speech or writing ("said", "told", "wrote", "replied"), in every inflected
 * form, each mapped to its lemma. Built once per JVM from the lemma list and a few irregular forms.
 */
public final class Cues {
    private static final String[] REGULAR = {
        "add", "reply", "respond", "tweet", "post", "continue", "state", "declare", "explain", "note",
        "claim", "insist", "argue", "warn", "admit", "conclude", "ask", "answer", "announce", "confirm",
        "deny", "suggest", "remark", "recall", "observe", "acknowledge", "comment", "testify", "exclaim",
        "shout", "chant", "scream", "joke", "quip", "boast", "complain", "predict", "promise", "vow", "urge",
        "plead", "report", "describe", "assert", "maintain", "stress", "emphasise", "emphasize", "caution",
        "contend", "counter", "retort", "reason", "muse", "wonder", "mention", "demand", "cry",
        "yell", "whisper", "mutter", "sigh", "laugh", "lament", "concede", "acknowledge", "reiterate",
        "repeat", "echo", "interject", "interrupt", "inform", "advise", "recount", "relate", "elaborate",
        "clarify", "summarise", "summarize", "proclaim", "pronounce", "affirm", "allege",
        "accuse", "criticise", "criticize", "blast", "slam", "condemn", "praise", "hail",
        "apologise", "apologize", "agree", "disagree", "protest",
        "snap", "enthuse", "begin", "insist",
        "quote", "cite", "express",
        "call", "describe", "label", "brand", "dub", "characterise", "characterize",
        "tout", "trumpet", "thunder", "roar", "bellow", "murmur", "gasp", "scoff", "sneer",
        "mock", "tease", "taunt", "challenge", "query", "demur", "assure", "reassure", "pledge",
        "guarantee", "hint", "imply", "indicate", "explain", "share"
    };
    private static final String[][] IRREGULAR = {
        {"say", "said", "says", "saying"},
        {"tell", "told", "tells", "telling"},
        {"write", "wrote", "writes", "writing", "written"},
        {"read", "reads", "reading"},
        {"speak", "spoke", "speaks", "speaking", "spoken"},
        {"go on", "went on"},
        {"put", "puts"},
        {"tweet", "tweeted", "tweets", "tweeting"},
        {"sing", "sang", "sings", "singing"},
        {"swear", "swore", "swears", "sworn"},
        {"think", "thought", "thinks"},
        {"cry", "cried", "cries", "crying"},
        {"reply", "replied", "replies", "replying"},
        {"testify", "testified", "testifies", "testifying"},
        {"clarify", "clarified", "clarifies"},
        {"query", "queried", "queries"},
        {"deny", "denied", "denies", "denying"},
        {"begin", "began", "begins", "beginning", "begun"},
        {"snap", "snapped", "snaps"},
        {"quip", "quipped", "quips"},
        {"dub", "dubbed", "dubs"},
        {"slam", "slammed", "slams"},
        {"email", "emailed", "emails"},
        {"blog", "blogged", "blogs"},
        {"post", "posted", "posts", "posting"},
    };
    /**
     * Cues whose quoted object is a name for something rather than the words said: expressed
     * “solidarity”, called it “a disgrace”. A fragment right after one of these is a mixed quotation.
     */
    private static final java.util.Set<String> NAMING = java.util.Set.of(
            "express", "call", "describe", "label", "brand", "dub", "characterise", "characterize", "praise",
            "condemn", "criticise", "criticize", "blast", "slam", "hail", "accuse", "promise", "pledge", "vow",
            "urge", "demand", "warn", "predict", "deny", "admit", "acknowledge", "concede", "allege", "claim",
            "mention", "cite", "quote", "echo", "repeat", "reiterate", "stress", "emphasise", "emphasize");
    private static final Map<String, String> FORMS = build();

    private Cues() {}

    /** The lemma of a cue word ("told" gives "tell"), or null when the word is not a cue. */
    public static String lemma(String word) {
        String lemma = FORMS.get(word);
        return lemma != null ? lemma : FORMS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a quoted fragment right after this cue names something rather than reports words. */
    public static boolean namesItsObject(String word) {
        String lemma = lemma(word);
        return lemma != null && NAMING.contains(lemma);
    }

    public static boolean isCue(String word) {
        return FORMS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> build() {
        Map<String, String> forms = new HashMap<>();
        for (String lemma : REGULAR) {
            forms.put(lemma, lemma);
            forms.put(thirdPerson(lemma), lemma);
            forms.put(past(lemma), lemma);
            forms.put(gerund(lemma), lemma);
        }
        for (String[] row : IRREGULAR) {
            for (String form : row) {
                forms.put(form, row[0]);
            }
        }
        return Map.copyOf(forms);
    }

    private static String thirdPerson(String v) {
        if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("o")) {
            return v + "es";
        }
        return v + "s";
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v + "ed";
    }

    private static String gerund(String v) {
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return v + "ing";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
