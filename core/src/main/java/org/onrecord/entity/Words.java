package org.onrecord.entity;

import java.util.Locale;
import java.util.Set;

/** Closed word lists that name finding and role reading depend on. Compiled once per JVM. */
public final class Words {
    private Words() {}

    /** Titles that precede a name and tell nothing of a role ("Mr", "Dr"), with the gender they imply. */
    static final Set<String> MALE_TITLES = setOf("mr", "mr.", "sir", "lord", "messrs", "messrs.");
    static final Set<String> FEMALE_TITLES = setOf("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "mme", "mme.");
    static final Set<String> NEUTRAL_TITLES = setOf("dr", "dr.", "prof", "prof.", "rev", "rev.", "mx", "mx.");

    /** Role nouns: the head of a description of a person ("the union chief", "the Scottish Labour MSP"). */
    public static final Set<String> ROLE_NOUNS = setOf(
            "leader", "chancellor", "secretary", "minister", "mp", "msp", "mep", "senator", "sen.",
            "congressman", "congresswoman", "representative", "rep.", "spokesman", "spokeswoman", "spokesperson",
            "organiser", "organizer", "president", "chairman", "chairwoman", "chair", "chairperson", "chief",
            "director", "executive", "officer", "governor", "gov.", "mayor", "candidate", "nominee", "adviser",
            "advisor", "aide", "official", "commissioner", "judge", "justice", "attorney", "lawyer", "ambassador",
            "councillor", "councilor", "councilman", "councilwoman", "professor", "analyst", "economist",
            "reporter", "editor", "correspondent", "columnist", "founder", "ceo", "cfo", "coo", "manager", "head",
            "member", "whip", "strategist", "pollster", "campaigner", "activist", "boss", "general",
            "commander", "lieutenant", "colonel", "captain", "sergeant", "detective", "inspector", "superintendent",
            "constable", "sheriff", "prosecutor", "solicitor", "barrister", "doctor", "nurse", "surgeon",
            "scientist", "researcher", "expert", "author", "writer", "historian", "commentator", "host", "anchor",
            "presenter", "chef", "coach", "manager", "player", "striker", "captain", "owner", "investor",
            "businessman", "businesswoman", "entrepreneur", "billionaire", "millionaire", "banker", "trader",
            "treasurer", "deputy", "vice", "premier", "king", "queen", "prince", "princess", "pope", "bishop",
            "archbishop", "cardinal", "priest", "rabbi", "imam", "pastor", "vicar", "chaplain", "convener",
            "convenor", "steward", "negotiator", "mediator", "envoy", "diplomat", "consul", "delegate", "lobbyist",
            "regulator", "auditor", "inspector", "ombudsman", "coroner", "magistrate", "clerk", "registrar",
            "dean", "principal", "headteacher", "teacher", "lecturer", "student", "chairs", "speaker", "peer",
            "baroness", "baron", "lord", "dame", "tsar", "czar", "staffer", "operative", "insider", "source",
            "spokespeople", "officials", "sources", "campaign", "director-general", "secretary-general",
            "chancellor", "premier", "legislator", "lawmaker", "politician", "congressmen", "senators",
            "mps", "msps", "councillors", "leaders", "ministers", "republican", "democrat", "candidate");

    /** Words that, at the end of a capitalised sequence, make it an organisation rather than a person. */
    static final Set<String> ORG_WORDS = setOf(
            "party", "union", "unions", "rail", "railway", "railways", "news", "times", "post", "herald", "journal",
            "telegraph", "guardian", "tribune", "gazette", "express", "mail", "mirror", "press", "council",
            "committee", "department", "ministry", "government", "office", "association", "institute",
            "university", "college", "school", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd",
            "ltd.", "plc", "llc", "group", "agency", "bank", "network", "service", "services", "commission",
            "court", "congress", "senate", "house", "parliament", "assembly", "foundation", "trust", "fund",
            "society", "federation", "league", "board", "authority", "police", "army", "navy", "force", "forces",
            "campaign", "coalition", "alliance", "organisation", "organization", "center", "centre", "club",
            "church", "hospital", "airways", "airlines", "motors", "media", "channel", "tv", "radio", "magazine",
            "review", "weekly", "daily", "online", "reuters", "bureau", "administration", "cabinet", "caucus",
            "watch", "labs", "systems", "technologies", "partners", "holdings", "industries", "international",
            "stores", "republicans", "democrats", "labour", "tories", "conservatives", "rmt", "unite", "aslef",
            "scotrail", "politicshome", "nhs", "bbc", "cnn", "fbi", "cia", "nato", "eu", "un", "gop", "dnc", "rnc");

    /**
     * Capitalised words that start sentences or headings and are never part of a name. The check is
     * case-insensitive, so the list holds lower case.
     */
    static final Set<String> NOT_NAMES = setOf(
            "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "to", "of", "for", "from", "by", "with",
            "as", "is", "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we",
            "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "what",
            "when", "where", "why", "how", "which", "while", "after", "before", "since", "however", "meanwhile",
            "yet", "so", "also", "still", "then", "now", "today", "yesterday", "tomorrow", "tonight", "last",
            "next", "other", "another", "some", "many", "most", "more", "all", "every", "each", "both", "no", "not",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
            "third", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "mr", "mrs", "ms", "dr", "sir", "read", "according", "asked", "speaking", "writing",
            "although", "though", "because", "despite", "during", "under", "over", "about", "around", "into",
            "out", "up", "down", "just", "only", "even", "well", "yes", "oh", "ok", "okay", "please", "thank",
            "thanks", "dear", "hello", "former", "late", "new", "old", "other", "such", "again", "instead",
            "indeed", "perhaps", "maybe", "earlier", "later", "once", "already", "now", "soon", "let", "do",
            "does", "did", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can",
            "could", "should", "must", "shall", "might", "said", "says", "told", "added", "in", "among", "amid",
            "like", "unlike", "whether", "either", "neither", "nor", "than", "until", "unless", "whose", "whom",
            "according", "via", "per", "through", "throughout", "without", "within", "against", "toward",
            "towards", "upon", "across", "behind", "beyond", "near", "off", "onto", "sources", "officials",
            "people", "everyone", "someone", "anyone", "nobody", "everybody", "somebody", "anybody");

    static final Set<String> PRONOUNS_MALE = setOf("he", "him", "his", "himself");
    static final Set<String> PRONOUNS_FEMALE = setOf("she", "her", "hers", "herself");
    static final Set<String> PRONOUNS_PLURAL = setOf("they", "them", "their", "themselves", "we", "us", "our");

    /** Nouns for documents and messages that can be quoted as if they spoke ("The memo said"). */
    public static final Set<String> DOCUMENT_NOUNS = setOf(
            "memo", "letter", "statement", "report", "email", "e-mail", "tweet", "post", "message", "note",
            "document", "release", "filing", "complaint", "lawsuit", "ruling", "order", "directive", "briefing",
            "dossier", "study", "survey", "poll", "review", "paper", "article", "editorial", "op-ed", "column",
            "blog", "website", "site", "ad", "advert", "advertisement", "petition", "motion", "bill", "text",
            "transcript", "notice", "guidance", "leaflet", "manifesto", "speech", "video", "headline", "book",
            "caption", "sign", "placard", "banner", "card", "indictment", "verdict", "judgment", "judgement");

    /** Organisations known by one word that is also in {@link #ORG_WORDS} ("Labour", "Reuters"). */
    private static final Set<String> ONE_WORD_ORGANISATIONS = setOf(
            "labour", "tories", "conservatives", "reuters", "unite", "aslef", "scotrail", "politicshome", "republicans",
            "democrats");

    static boolean isKnownOrganisation(String word) {
        return ONE_WORD_ORGANISATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PRONOUNS_MALE.contains(w) || PRONOUNS_FEMALE.contains(w) || PRONOUNS_PLURAL.contains(w)
                || w.equals("i") || w.equals("me") || w.equals("my") || w.equals("it") || w.equals("you");
    }

    public static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isOrgWord(String word) {
        return ORG_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isNotName(String word) {
        return NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A set from a word list that may repeat itself. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
