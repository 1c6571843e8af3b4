package org.onrecord.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists reported speech reads by: verbs of speech, thought and stance with their forms,
 * and the small words that open, join and end clauses. Built once per JVM.
 */
final class ReportedWords {
    private ReportedWords() {}

    /** Verbs that double their last consonant before -ed and -ing. */
    static final Set<String> DOUBLING = Set.of(
            "admit", "commit", "regret", "plan", "refer", "prefer", "submit", "omit", "permit", "ban", "rebut", "abet",
            "rip", "chat", "jab", "rap");

    /** Verbs of thought and evidence that report a clause as well as the speech cues do. */
    static final Map<String, String> COGNITION = forms(
            "believe", "think", "show", "find", "expect", "hope", "fear", "know", "feel", "worry", "estimate",
            "doubt", "suspect", "reckon", "understand", "learn", "determine", "realize", "realise", "decide",
            "order", "condemn", "instruct", "want", "plan", "intend", "refuse", "decline", "endorse", "support",
            "oppose", "seem", "appear", "argue", "propose", "recommend", "indicate", "suggest", "reveal",
            // stance: PolNeAR attributes what a source supports, attacks or seeks as well as what it says
            "defend", "praise", "criticize", "criticise", "attack", "back", "reject", "dismiss", "blame",
            "welcome", "seek", "refer", "cite", "point", "describe", "discuss", "mention", "question", "denounce",
            "slam", "blast", "applaud", "celebrate", "credit", "fault", "mock", "ridicule", "vow", "pledge",
            "promise", "threaten", "demand", "urge", "consider", "acknowledge", "concede", "dispute", "challenge",
            "note", "stress", "emphasize", "emphasise", "highlight", "insist", "contend", "assert", "allege",
            "predict", "forecast", "project", "estimate", "calculate", "rank", "rate", "favor", "favour",
            "prefer", "like", "love", "hate", "dislike", "agree", "disagree", "accept", "admit", "deny",
            "confirm", "explain", "describe", "detail", "outline", "summarize", "summarise", "mean", "imply",
            // chosen by their precision as cues on the PolNeAR train split
            "offer", "seek", "push", "deem", "voice", "decry", "thank", "remind", "portray", "assail", "reference",
            "champion", "bemoan", "liken", "invoke", "lambaste", "rebuke", "deride", "speculate", "disclose",
            "signal", "request", "encourage", "convince", "persuade", "admit", "refer", "prefer", "regret", "commit",
            "charge", "identify", "list", "nominate", "sound", "title", "press", "view", "ignore",
            "promote", "remember", "approve", "rule", "present", "embrace", "recognize", "recognise", "retweet",
            "attribute", "document", "avoid", "distance", "balk", "unveil", "knock", "congratulate", "imagine",
            "disavow", "articulate", "debate", "advocate", "allude", "rebuff", "authorize", "authorise", "justify",
            "react", "negotiate", "sign", "name",
            "release", "issue", "publish", "file", "deliver", "aim", "launch", "introduce", "adopt", "devote",
            "anger", "rattle", "expose", "appoint", "restrict", "sponsor", "boo", "notice", "attempt",
            "block", "regard", "cheer", "dedicate", "opt", "pivot", "acquiesce", "single", "enjoy", "coin",
            "compare", "mull", "unleash", "resist", "downplay", "rip", "interpret", "sue", "pitch", "paint",
            "display", "shrug", "reaffirm", "chide", "startle", "brag", "utter", "opine", "dwell",
            "underscore", "envision", "vouch", "contradict", "frame", "resonate", "author", "impose", "assume", "see",
            "anticipate", "herald", "intimate", "lament", "jab", "rap", "chat", "fret", "grumble", "gripe", "muse");

    /** Forms that report less often than they mislead on the PolNeAR train split ("the debate", "continues to"). */
    static final Set<String> NOT_REPORTING_FORMS = Set.of(
            "find", "continue", "continues", "continuing", "continued", "maintain", "maintains", "maintained", "debate",
            "debates", "debated", "avoid", "avoided", "list", "listed", "rules", "signal", "shares", "showing", "sought",
            "push", "pushed", "sign", "signs", "signed", "state", "states", "deemed", "embraced", "favored", "detailed",
            "challenge", "nominate", "nominated", "celebrated", "presents", "presented", "preferred", "point", "sound",
            "authorized", "plan", "name", "decide", "view", "determine", "remarks", "approve", "highlight", "add",
            "issues", "compared", "delivered", "deliver", "filed", "launched", "attack", "author", "thanks", "single",
            "cheered", "attempts", "adopted", "present", "attempt", "rebuffed", "written", "unleashed", "cheer",
            "comments", "names", "dedicated", "documents", "protests", "issue", "backing", "back");

    static final Set<String> NOT_REPORTING = Set.of(
            "wonder", "laugh", "sigh", "smile", "open", "close", "sing", "cry", "yell", "scream", "shout",
            "chant", "read", "speak", "post", "text", "email", "message", "type", "caption", "print", "publish",
            "like", "begin", "put", "rate", "rank", "mean", "go on", "learn", "appear", "start", "end", "finish");

    /** Lemmas that are nouns as often as verbs in their plain and -s forms. */
    static final Set<String> NOUN_TOO = Set.of(
            "attack", "question", "support", "back", "state", "point", "call", "report", "claim", "promise",
            "pledge", "demand", "challenge", "credit", "fault", "vow", "fear", "hope", "doubt", "estimate", "project",
            "forecast", "plan", "order", "decline", "show", "comment", "note", "answer", "reply", "response",
            "warning", "warn", "charge", "blast", "slam", "praise", "quote", "cite", "mention", "echo", "boast",
            "complaint", "complain", "accept", "dispute", "favor", "favour", "detail", "outline", "love", "hate", "share",
            "highlight", "stress", "want", "need", "continue", "rule", "agree", "deny", "tweet", "post", "add");

    static final Set<String> AUXILIARIES = Set.of(
            "will", "would", "could", "can", "may", "might", "should", "must", "to", "do", "does", "did", "not",
            "also", "still", "never", "always", "often", "who", "that", "which", "and");

    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "recently", "today", "yesterday", "tonight", "earlier", "later", "again", "also");

    static final Set<String> NOUN_BEFORE = Set.of(
            "in", "of", "for", "from", "with", "at", "on", "by", "about", "into", "the", "a", "an", "his", "her",
            "their", "its", "our", "my", "your", "this", "these", "those");

    /** Auxiliaries and modals: a clause has begun when one of these is read. */
    static final Set<String> FINITE = Set.of(
            "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must",
            "has", "have", "had", "does", "did", "do", "shall");

    /** Words that open an adjunct after a closing cue: "said on Tuesday", "said in a statement". */
    static final Set<String> ADJUNCT_OPENERS = Set.of(
            "on", "in", "at", "during", "after", "before", "while", "from", "via", "last", "this", "late",
            "early", "when", "as", "earlier", "later", "recently", "previously", "then", "afterward", "afterwards",
            "here", "there", "outside", "inside", "through", "with", "told", "under", "over", "following");

    static final Set<String> BE = Set.of("is", "are", "was", "were", "am", "been", "be", "'s", "’s", "'re", "’re");

    static final Set<String> APPEARANCE = Set.of("appears", "appeared", "appear", "seems", "seemed", "seem");

    static final Set<String> RELATIVES = Set.of("who", "which", "that", "what");

    /** "by saying", "after saying": a participle that reports what its sentence's subject said. */
    static final Set<String> AFTER_PREPOSITION = Set.of("by", "after", "while", "before", "without", "when");

    /** Words that open a clause of their own after an object: "… the wall when he launched". */
    static final Set<String> OBJECT_ENDS = Set.of(
            "when", "because", "while", "after", "before", "as", "since", "although", "though", "which", "who",
            "whom", "whose", "but", "despite", "until", "unless", "whereas", "saying", "adding", "according");

    /** Words that join a second clause to the first: "…, but the groups say …". */
    static final Set<String> CLAUSE_JOINS = Set.of(
            "but", "while", "and", "after", "because", "as", "when", "though", "although", "whereas", "since", "yet");

    static final Set<String> SHORT_ADJUNCTS = Set.of("in", "on", "from", "of", "for", "with", "by", "at", "during");

    static final Set<String> POLL_NOUNS = Set.of("poll", "polls", "survey", "surveys", "polling");

    /** "Trump is expected to win", "Priebus was said to be furious": a stance held by no one named. */
    static final Set<String> PASSIVE_STANCES = Set.of(
            "expected", "believed", "thought", "said", "reported", "rumored", "rumoured", "alleged", "understood");

    /** Verbs that frame a sentence after "As": "As the Courier reported, …" (not "As he spoke, …"). */
    static final Set<String> AS_FRAMING = Set.of(
            "say", "report", "note", "write", "explain", "tell", "point", "put", "add", "observe", "argue", "claim",
            "suggest", "predict", "acknowledge", "warn", "state", "announce", "describe", "recall", "reveal",
            "reiterate", "stress", "emphasise", "emphasize", "insist", "concede", "admit", "confirm", "tweet", "post");
    static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are", "being");

    /** Labels that open a line before a colon without being anyone's words. */
    static final Set<String> NOT_SOURCES = Set.of(
            "update", "updated", "breaking", "exclusive", "watch", "photos", "photo", "video", "note", "editor",
            "correction", "related", "read", "more", "see", "also", "listen", "source", "sources", "credit",
            "pictured", "image", "advertisement", "transcript", "question", "answer", "q", "a", "name", "age",
            "city", "job", "pay", "warning", "analysis", "opinion", "comment", "live", "latest", "timeline");

    static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "them", "us", "you");

    /** Stance verbs whose object alone is what the source holds ("endorsed Rubio", "backs Clinton"). */
    static final Set<String> STANCE = Set.of(
            "endorse", "support", "back", "oppose", "praise", "criticize", "criticise", "attack", "defend", "blame",
            "condemn", "slam", "blast", "reject", "dismiss", "welcome", "applaud", "denounce", "mock", "credit");

    static final int MIN_WORDS = 3;

    static final int FRAGMENT_REACH = 80;

    static Map<String, String> forms(String... lemmas) {
        Map<String, String> out = new HashMap<>();
        for (String l : lemmas) {
            if (DOUBLING.contains(l)) {
                String doubled = l + l.charAt(l.length() - 1); // "admitted", "referring"
                out.put(doubled + "ed", l);
                out.put(doubled + "ing", l);
            }
            String stem = l.endsWith("e") ? l.substring(0, l.length() - 1) : l;
            out.put(l, l);
            out.put(l.endsWith("y") ? l.substring(0, l.length() - 1) + "ies" : l + "s", l);
            out.put(l.endsWith("e") ? l + "d" : l.endsWith("y") ? stem.substring(0, stem.length() - 1) + "ied" : l + "ed", l);
            out.put(stem + "ing", l);
        }
        out.put("thought", "think");
        out.put("found", "find");
        out.put("knew", "know");
        out.put("felt", "feel");
        out.put("understood", "understand");
        out.put("learnt", "learn");
        out.put("shown", "show");
        out.put("sought", "seek");
        out.put("saw", "see");
        out.put("seen", "see");
        return Map.copyOf(out);
    }
}
