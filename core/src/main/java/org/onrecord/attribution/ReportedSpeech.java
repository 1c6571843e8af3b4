package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.entity.Words;
import org.onrecord.text.Chars;
import org.onrecord.text.Cues;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Finds reported speech: clauses that a source says, thinks or shows without quotation marks
 * ("Starmer ordered his team not to join", "only 10-15% of trains are running, according to staff").
 * One sentence gives at most one reported clause, read by the first reporting verb that yields
 * both a clause of three words or more and a source.
 */
final class ReportedSpeech {
    /** Verbs that double their last consonant before -ed and -ing. */
    private static final Set<String> DOUBLING = Set.of(
            "admit", "commit", "regret", "plan", "refer", "prefer", "submit", "omit", "permit", "ban", "rebut", "abet",
            "rip", "chat", "jab", "rap");
    /** Verbs of thought and evidence that report a clause as well as the speech cues do. */
    private static final Map<String, String> COGNITION = forms(
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
            "anger", "rattle", "expose", "appoint", "restrict", "weigh", "sponsor", "boo", "notice", "attempt",
            "block", "regard", "cheer", "dedicate", "opt", "pivot", "acquiesce", "single", "enjoy", "coin",
            "compare", "mull", "unleash", "resist", "downplay", "rip", "interpret", "sue", "pitch", "paint",
            "display", "shrug", "reaffirm", "chide", "startle", "brag", "utter", "opine", "dwell",
            "underscore", "envision", "vouch", "contradict", "frame", "resonate", "author", "impose", "assume", "see",
            "anticipate", "herald", "intimate", "lament", "jab", "rap", "chat", "fret", "grumble", "gripe", "muse");
    /** Forms that report less often than they mislead on the PolNeAR train split ("the debate", "continues to"). */
    private static final Set<String> NOT_REPORTING_FORMS = Set.of(
            "find", "continue", "continues", "continuing", "continued", "maintain", "maintains", "maintained", "debate",
            "debates", "debated", "avoid", "avoided", "list", "listed", "rules", "signal", "shares", "showing", "sought",
            "push", "pushed", "sign", "signs", "signed", "state", "states", "deemed", "embraced", "favored", "detailed",
            "challenge", "nominate", "nominated", "celebrated", "presents", "presented", "preferred", "point", "sound",
            "authorized", "plan", "name", "decide", "view", "determine", "remarks", "approve", "highlight", "add",
            "issues", "compared", "delivered", "deliver", "filed", "launched", "attack", "author", "thanks", "single",
            "cheered", "attempts", "adopted", "present", "attempt", "rebuffed", "written", "unleashed", "cheer",
            "comments", "names", "dedicated", "documents", "protests", "issue", "backing", "back");
    private static final Set<String> NOT_REPORTING = Set.of(
            "wonder", "laugh", "sigh", "smile", "open", "close", "sing", "cry", "yell", "scream", "shout",
            "chant", "read", "speak", "post", "text", "email", "message", "type", "caption", "print", "publish",
            "like", "begin", "put", "rate", "rank", "mean", "go on", "learn", "appear", "start", "end", "finish");
    /** Lemmas that are nouns as often as verbs in their plain and -s forms. */
    private static final Set<String> NOUN_TOO = Set.of(
            "attack", "question", "support", "back", "state", "point", "call", "report", "claim", "promise",
            "pledge", "demand", "challenge", "credit", "fault", "vow", "fear", "hope", "doubt", "estimate", "project",
            "forecast", "plan", "order", "decline", "show", "comment", "note", "answer", "reply", "response",
            "warning", "warn", "charge", "blast", "slam", "praise", "quote", "cite", "mention", "echo", "boast",
            "complaint", "complain", "accept", "dispute", "favor", "favour", "detail", "outline", "love", "hate", "share",
            "highlight", "stress", "want", "need", "continue", "rule", "agree", "deny", "tweet", "post", "add");
    private static final Set<String> AUXILIARIES = Set.of(
            "will", "would", "could", "can", "may", "might", "should", "must", "to", "do", "does", "did", "not",
            "also", "still", "never", "always", "often", "who", "that", "which", "and");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "recently", "today", "yesterday", "tonight", "earlier", "later", "again", "also");
    private static final Set<String> NOUN_BEFORE = Set.of(
            "in", "of", "for", "from", "with", "at", "on", "by", "about", "into", "the", "a", "an", "his", "her",
            "their", "its", "our", "my", "your", "this", "these", "those");
    /** Auxiliaries and modals: a clause has begun when one of these is read. */
    private static final Set<String> FINITE = Set.of(
            "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must",
            "has", "have", "had", "does", "did", "do", "shall");
    /** Words that open an adjunct after a closing cue: "said on Tuesday", "said in a statement". */
    private static final Set<String> ADJUNCT_OPENERS = Set.of(
            "on", "in", "at", "during", "after", "before", "while", "from", "via", "last", "this", "late",
            "early", "when", "as", "earlier", "later", "recently", "previously", "then", "afterward", "afterwards",
            "here", "there", "outside", "inside", "through", "with", "told", "under", "over", "following");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "am", "been", "be", "'s", "’s", "'re", "’re");
    private static final Set<String> APPEARANCE = Set.of("appears", "appeared", "appear", "seems", "seemed", "seem");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "what");
    /** "by saying", "after saying": a participle that reports what its sentence's subject said. */
    private static final Set<String> AFTER_PREPOSITION = Set.of("by", "after", "while", "before", "without", "when");
    /** Words that open a clause of their own after an object: "… the wall when he launched". */
    private static final Set<String> OBJECT_ENDS = Set.of(
            "when", "because", "while", "after", "before", "as", "since", "although", "though", "which", "who",
            "whom", "whose", "but", "despite", "until", "unless", "whereas", "saying", "adding", "according");
    /** Words that join a second clause to the first: "…, but the groups say …". */
    private static final Set<String> CLAUSE_JOINS = Set.of(
            "but", "while", "and", "after", "because", "as", "when", "though", "although", "whereas", "since", "yet");
    private static final Set<String> SHORT_ADJUNCTS = Set.of("in", "on", "from", "of", "for", "with", "by", "at", "during");
    private static final Set<String> POLL_NOUNS = Set.of("poll", "polls", "survey", "surveys", "polling");
    /** "Trump is expected to win", "Priebus was said to be furious": a stance held by no one named. */
    private static final Set<String> PASSIVE_STANCES = Set.of(
            "expected", "believed", "thought", "said", "reported", "rumored", "rumoured", "alleged", "understood");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are", "being");
    /** Labels that open a line before a colon without being anyone's words. */
    private static final Set<String> NOT_SOURCES = Set.of(
            "update", "updated", "breaking", "exclusive", "watch", "photos", "photo", "video", "note", "editor",
            "correction", "related", "read", "more", "see", "also", "listen", "source", "sources", "credit",
            "pictured", "image", "advertisement", "transcript", "question", "answer", "q", "a", "name", "age",
            "city", "job", "pay", "warning", "analysis", "opinion", "comment", "live", "latest", "timeline");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "them", "us", "you");
    /** Stance verbs whose object alone is what the source holds ("endorsed Rubio", "backs Clinton"). */
    private static final Set<String> STANCE = Set.of(
            "endorse", "support", "back", "oppose", "praise", "criticize", "criticise", "attack", "defend", "blame",
            "condemn", "slam", "blast", "reject", "dismiss", "welcome", "applaud", "denounce", "mock", "credit");
    private static final int MIN_WORDS = 3;
    private static final int FRAGMENT_REACH = 80;

    private final Tokens tokens;
    private final CueReader cues;

    ReportedSpeech(Tokens tokens, CueReader cues) {
        this.tokens = tokens;
        this.cues = cues;
    }

    /** A reported clause: its content span, the quoted fragments inside it, and its cue and source. */
    record Found(Span content, List<Span> fragments, CueMatch match) {}

    /**
     * The reported clauses of the document.
     *
     * @param quotations the quotation spans, in order: sentences inside a direct quotation report
     *     nothing, and fragments inside a reported clause become its quoted parts
     */
    List<Found> find(List<QuoteSpan> quotations) {
        boolean[] inDirect = new boolean[tokens.size()];
        List<QuoteSpan> fragments = new ArrayList<>();
        for (QuoteSpan q : quotations) {
            if (q.inline()) {
                fragments.add(q);
                continue;
            }
            int from = tokens.firstAtOrAfter(q.open());
            int to = q.isClosed() ? tokens.firstAtOrAfter(q.close()) : tokens.lastEndingBy(q.content().end());
            for (int i = from; i <= to && i < inDirect.length; i++) {
                inDirect[i] = true;
            }
        }
        List<Found> out = new ArrayList<>();
        int s = 0;
        while (s < tokens.size()) {
            int e = s;
            while (e + 1 < tokens.size() && tokens.sameParagraph(s, e + 1) && !tokens.startsSentence(e + 1)) {
                e++;
            }
            Found labelled = labelled(s, e, inDirect);
            if (labelled != null) {
                out.add(labelled);
                e = tokens.lastEndingBy(labelled.content().end());
            } else {
                out.addAll(sentence(s, e, inDirect, fragments, quotations));
            }
            s = e + 1;
        }
        return out;
    }

    /**
     * A headline or list item that gives its source before a colon ("NY Daily News: Paris attacks
     * highlight threat posed by NRA."): the rest of the paragraph is what the source says.
     */
    private Found labelled(int s, int colon, boolean[] inDirect) {
        if (!tokens.get(colon).is(":") || colon - s > 5 || colon == s || s > 0 && tokens.sameParagraph(s - 1, s)) {
            return null;
        }
        for (int i = s; i < colon; i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() && (Character.isUpperCase(t.first()) || t.is("of") || t.is("the")))) {
                return null;
            }
            if (NOT_SOURCES.contains(t.lower())) {
                return null;
            }
        }
        int end = colon + 1;
        while (end + 1 < tokens.size() && tokens.sameParagraph(colon, end + 1)) {
            end++;
        }
        for (int i = colon + 1; i <= end; i++) {
            if (inDirect[i]) {
                return null; // "Gordon Martin: “…”" is a direct quotation's label
            }
        }
        while (end > colon && tokens.get(end).kind() == Token.Kind.PUNCT) {
            end--;
        }
        if (words(colon + 1, end) < MIN_WORDS) {
            return null;
        }
        Source source = new Source(new Span(tokens.get(s).start(), tokens.get(colon - 1).end()), Source.Kind.NAME);
        Span content = new Span(tokens.get(colon + 1).start(), tokens.get(end).end());
        return new Found(content, List.of(), new CueMatch(null, source, null));
    }

    private List<Found> sentence(int s, int e, boolean[] inDirect, List<QuoteSpan> fragments, List<QuoteSpan> quotations) {
        if (tokens.get(e).is(":") && e + 1 < inDirect.length && inDirect[e + 1]) {
            return List.of(); // "Leonard wrote:" introduces the quotation that follows
        }
        int start = s;
        while (start <= e && inDirect[start]) {
            start++;
        }
        if (start > s) {
            // “…,” she said in a statement: the trailing attribution of a quotation reports nothing
            // more, unless a participle goes on: “…,” said Rice, noting that old episodes sell
            Found participle = start <= e ? afterQuotation(start, e, inDirect, fragments) : null;
            return participle == null ? List.of() : List.of(participle);
        }
        int end = start;
        while (end + 1 <= e && !inDirect[end + 1]) {
            end++; // the narrative before any direct quotation: “…,” she said, “…” reports nothing more
        }
        while (end > start && tokens.get(end).kind() == Token.Kind.PUNCT && !tokens.get(end).is(")")) {
            end--;
        }
        if (start > e || end - start < MIN_WORDS) {
            return List.of();
        }
        boolean cutByQuotation = end + 1 <= e && inDirect[end + 1] || endsBeforeQuotation(end, e, inDirect);
        if (cutByQuotation && (tokens.get(end + 1 <= e ? end + 1 : end).is(":") || endsWithLeadIn(start, e, inDirect))) {
            // "Leonard wrote:" introduces the quotation that follows, not a clause of its own; but in
            // "Sanders said the process could be “messy,” adding, “…”" the clause before ", adding" stands
            int lead = end;
            while (lead > start && !(tokens.get(lead).isWord() && cues.isCue(lead))) {
                lead--;
            }
            boolean commaBefore = lead - 2 >= start && (tokens.get(lead - 1).is(",")
                    || tokens.get(lead - 1).kind() == Token.Kind.QUOTE_MARK && tokens.get(lead - 2).is(",")); // ", adding" or "“messy,” adding"
            if (lead - 1 <= start + MIN_WORDS || !commaBefore || end - lead > 2) {
                Found intoQuotation = tokens.get(end + 1 <= e ? end + 1 : end).is(":") ? null
                        : clauseIntoQuotation(start, end, e, quotations);
                return intoQuotation == null ? List.of() : List.of(intoQuotation);
            }
            end = tokens.get(lead - 1).is(",") ? lead - 2 : lead - 1;
        }
        int sentenceStart = start;
        List<Found> found = new ArrayList<>(1);
        if (!cutByQuotation) {
            Found trailing = trailingAttribution(start, end, fragments);
            if (trailing != null) {
                found.add(trailing);
                return found;
            }
        }
        Found framed = inDocument(start, end, fragments, true);
        if (framed == null) {
            framed = asReported(start, end, fragments);
        }
        if (framed == null) {
            framed = reportedBy(start, end, fragments);
        }
        if (framed != null) {
            return List.of(framed);
        }
        found.addAll(clauses(start, end, fragments, !cutByQuotation));
        if (found.isEmpty()) {
            Found inDocument = inDocument(sentenceStart, end, fragments, false);
            if (inDocument == null) {
                inDocument = inPoll(sentenceStart, end, fragments);
            }
            if (inDocument == null) {
                inDocument = unsourced(sentenceStart, end, fragments);
            }
            if (inDocument != null) {
                found.add(inDocument);
            }
        }
        if (cutByQuotation) {
            found.addAll(afterLastQuotation(end, e, inDirect, fragments));
        }
        return found;
    }

    /**
     * "Talks have failed, the union said on Tuesday." / "…, said Christine Link, a lawyer.": the
     * clause before a comma, attributed by a cue that closes the sentence. The cue is read as for
     * a quotation's trailing cue; only adjuncts (a time, a place, an addressee) may follow it.
     */
    private Found trailingAttribution(int start, int end, List<QuoteSpan> fragments) {
        Source opening = cues.sourceFrom(start);
        int afterOpening = opening == null ? -1 : tokens.lastEndingBy(opening.mention().end()) + 1;
        if (opening != null && opening.kind() == Source.Kind.NAME && tokens.at(afterOpening + 1) != null
                && tokens.get(afterOpening).is(",") && (tokens.get(afterOpening + 1).isWord()
                && RELATIVES.contains(tokens.get(afterOpening + 1).lower()) || cues.isDeterminer(afterOpening + 1))) {
            return null; // "Cruz, who has seen his lead evaporate, challenged …": a subject and its aside
        }
        for (int k = start + MIN_WORDS; k <= end; k++) {
            boolean closingFragment = tokens.get(k).kind() == Token.Kind.QUOTE_MARK && tokens.get(k - 1).is(",");
            if (!tokens.get(k).is(",") && !isDashToken(k) && !closingFragment) {
                continue; // "…, he “made a strategic mistake,” said Lichtman": the comma inside the marks
            }
            if (words(start, k - 1) < MIN_WORDS) {
                continue;
            }
            if (!hasVerb(start, k - 1) || !opensAttribution(k + 1)) {
                continue; // "Mike Shields, president of the fund, said": a name and its appositive
            }
            int at = closingFragment ? k + 1 : k;
            boolean as = tokens.at(k + 1) != null && tokens.get(k + 1).is("as");
            CueMatch m = cues.trailing(as ? k + 2 : at);
            int cue = m == null || m.cue() == null ? -1 : tokens.firstAtOrAfter(m.cue().start());
            if (cue < 0 || Cues.lemma(tokens.get(cue).text()) == null && !cues.isAccordingTo(cue)) {
                continue;
            }
            int rest = tokens.lastEndingBy(Math.max(m.cue().end(), Math.max(m.source().mention().end(),
                    m.addressee() == null ? 0 : m.addressee().end()))) + 1;
            boolean inverted = m.source().mention().start() > m.cue().start();
            boolean according = cues.isAccordingTo(cue); // "…, according to an account she gave to the Beacon"
            if (rest <= end && !according && !onlyAdjuncts(rest, end) && !(inverted && tokens.get(rest).is(","))) {
                return null; // "…, Trump said the plan failed": the clause follows the cue
            }
            int to = closingFragment ? k : k - 1;
            while (to > start && tokens.get(to).kind() == Token.Kind.PUNCT && !tokens.get(to).is(")")) {
                to--;
            }
            return found(start, to, fragments, m);
        }
        return null;
    }

    /** A reporting verb with its own subject stands in {@code from..to}: the clause is its, not a trailing cue's. */
    private boolean cueBefore(int from, int to) {
        for (int c = from + 1; c < to; c++) {
            if (tokens.get(c).isWord() && isReporting(c) && clauseStart(tokens.firstAtOrAfter(cues.cueSpan(c).end()), to, asks(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "on Tuesday", "in a statement", "Wednesday morning on MSNBC", ", adding …": no clause of its own. */
    private boolean onlyAdjuncts(int from, int end) {
        Token first = tokens.get(from);
        if (first.is(",") || isDashToken(from)) {
            // ", adding that …" goes on with the same source; "…, he said, have involved …" is a parenthesis
            Token next = tokens.at(from + 1);
            return next == null || from + 1 > end || next.isWord() && next.lower().endsWith("ing");
        }
        if (!(first.isWord() && (ADJUNCT_OPENERS.contains(first.lower()) || TIME_WORDS.contains(first.lower())))) {
            return false;
        }
        int n = 0;
        for (int i = from; i <= end; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || isDashToken(i)) {
                return true;
            }
            if (t.isWord() && (FINITE.contains(t.lower()) || t.is("that"))) {
                return false;
            }
            if (++n > 8) {
                return false;
            }
        }
        return true;
    }

    /** After the comma: an inverted cue, a name, a pronoun or a determiner; not "as", "which", "leading". */
    private boolean opensAttribution(int i) {
        Token t = tokens.at(i);
        if (t == null || !t.isWord()) {
            return false;
        }
        String w = t.lower();
        if (cues.isAccordingTo(i) || cues.isCue(i) && !w.endsWith("ing")) {
            return true;
        }
        if (w.equals("as") && tokens.at(i + 1) != null && !tokens.get(i + 1).is("well")) {
            return true; // "…, as The New York Times reported on Tuesday"
        }

        return !(OBJECT_ENDS.contains(w) || CLAUSE_JOINS.contains(w) || ADJUNCT_OPENERS.contains(w) || w.endsWith("ing")
                || RELATIVES.contains(w) || FINITE.contains(w) || AUXILIARIES.contains(w) || w.equals("if")
                || w.equals("so") || w.equals("then") || w.equals("particularly") || w.equals("especially")
                || w.equals("including") || w.equals("even") || w.equals("not") || w.equals("or") || w.equals("nor"));
    }

    /** An auxiliary, or a lower-case word in -ed or -s: enough of a verb to tell a clause from a name. */
    private boolean hasVerb(int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !Character.isLowerCase(t.first())) {
                continue;
            }
            String w = t.lower();
            if (FINITE.contains(w) || w.length() > 3 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
                    && !w.endsWith("us") && !w.endsWith("is") && !Words.isRoleNoun(w))) {
                return true;
            }
        }
        return false;
    }

    private boolean isDashToken(int i) {
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.PUNCT && org.onrecord.text.Chars.isDash(t.first());
    }

    /**
     * "Trump is expected to win", "Enthusiasm appears to have plummeted", "He reportedly told aides …":
     * a clause held by no one the article names. The whole clause is the content; the source is null.
     */
    private Found unsourced(int s, int end, List<QuoteSpan> fragments) {
        for (int k = s + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !Character.isLowerCase(t.first())) {
                continue;
            }
            String w = t.lower();
            Token prev = tokens.get(k - 1);
            boolean expected = PASSIVE_STANCES.contains(w) && prev.isWord() && (BE.contains(prev.lower()) || prev.is("widely")
                    || prev.lower().endsWith("n't") || prev.is("not")) && tokens.get(k + 1).is("to");
            boolean appears = APPEARANCE.contains(w) && !(prev.isWord() && RELATIVES.contains(prev.lower()))
                    && (tokens.get(k + 1).is("to") || tokens.get(k + 1).is("that") || tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).lower().endsWith("ly") || prev.is("It") || prev.is("it"));
            boolean reportedly = w.equals("reportedly") && k > s;
            if (expected || appears || reportedly) {
                int from = s;
                while (from < k && tokens.get(from).isWord() && SourceReader.CONNECTIVES.contains(tokens.get(from).lower())) {
                    from++;
                    while (from < k && tokens.get(from).is(",")) {
                        from++;
                    }
                }
                return words(from, end) >= MIN_WORDS
                        ? found(from, end, fragments, new CueMatch(t.span(), null, null)) : null;
            }
        }
        return null;
    }

    /**
     * "The journalist, promoting his book “Sin Miedo”, downplayed his influence": narrative after
     * the sentence's last quotation, when no trailing cue of that quotation opens it, is read too.
     */
    private List<Found> afterLastQuotation(int end, int e, boolean[] inDirect, List<QuoteSpan> fragments) {
        int last = -1;
        for (int k = end + 1; k <= e; k++) {
            if (inDirect[k]) {
                last = k;
            }
        }
        int rest = last + 1;
        while (rest <= e && tokens.get(rest).kind() == Token.Kind.PUNCT && !Chars.isSentenceEnd(tokens.get(rest).first())) {
            rest++;
        }
        if (last < 0 || rest > e || words(rest, e) < MIN_WORDS + 1 || cues.trailing(last + 1) != null) {
            return List.of();
        }
        int to = e;
        while (to > rest && tokens.get(to).kind() == Token.Kind.PUNCT && !tokens.get(to).is(")")) {
            to--;
        }
        return clauses(rest, to, fragments, false);
    }

    /** The clauses of tokens {@code from..end}, read left to right: "X said A, while Y argued B". */
    private List<Found> clauses(int from, int end, List<QuoteSpan> fragments, boolean clauseBefore) {
        List<Found> found = new ArrayList<>(1);
        int start = from;
        for (int c = from; c <= end; c++) {
            Found f = at(c, start, from, end, fragments, clauseBefore);
            if (f != null) {
                f = beforeNextAttribution(f, fragments);
                found.addAll(splitAfterQuotedWords(f, fragments));
                c = Math.max(c, tokens.lastEndingBy(f.content().end())); // read on after the clause
                start = c + 1;
            }
        }
        return found;
    }

    private Found afterQuotation(int start, int e, boolean[] inDirect, List<QuoteSpan> fragments) {
        CueMatch trailing = cues.trailing(start);
        if (trailing == null || trailing.cue() == null) {
            return null;
        }
        int end = start;
        while (end + 1 <= e && !inDirect[end + 1]) {
            end++;
        }
        while (end > start && tokens.get(end).kind() == Token.Kind.PUNCT && !tokens.get(end).is(")")) {
            end--;
        }
        for (int c = tokens.lastEndingBy(trailing.cue().end()) + 1; c <= end; c++) {
            Token t = tokens.get(c);
            if (t.isWord() && t.lower().endsWith("ing") && isAfterComma(c) && isReporting(c)) {
                Span cue = cues.cueSpan(c);
                int from = clauseStart(tokens.firstAtOrAfter(cue.end()), end, asks(c));
                if (from < 0 || words(from, end) < MIN_WORDS) {
                    return null;
                }
                return found(from, end, fragments, new CueMatch(cue, trailing.source(), cues.addressee(c, cue.end())));
            }
        }
        return null;
    }

    /**
     * "Trump called to ban Muslims, but the groups say they are concerned": a clause ends where
     * another source begins an attribution of its own, which the caller then reads.
     */
    private Found beforeNextAttribution(Found f, List<QuoteSpan> fragments) {
        int from = tokens.firstAtOrAfter(f.content().start());
        int to = tokens.lastEndingBy(f.content().end());
        for (int b = from + MIN_WORDS; b < to; b++) {
            Token t = tokens.get(b);
            if (!(t.is(",") || t.is(";") || t.isWord() && CLAUSE_JOINS.contains(t.lower()))) {
                continue;
            }
            int j = b + 1;
            while (j < to && tokens.get(j).isWord() && CLAUSE_JOINS.contains(tokens.get(j).lower())) {
                j++; // ", but", ", while"
            }
            Source subject = cues.sourceFrom(j, true);
            if (subject == null && j + 1 < to && (tokens.get(j).kind() == Token.Kind.NUMBER
                    || tokens.get(j).isWord() && (TokenView.isPluralSource(tokens.get(j).lower())
                    || TokenView.QUANTIFIERS.contains(tokens.get(j).lower())))) {
                // "while 9 percent found", "after prosecutors determined", "but many say"
                int e = j;
                while (e + 1 < to && e - j < 3 && (tokens.get(e + 1).isWord() && !isReporting(e + 1)
                        && Character.isLowerCase(tokens.get(e + 1).first()) && !cues.isSkippable(e + 1)
                        && !AUXILIARIES.contains(tokens.get(e + 1).lower()))) {
                    e++;
                }
                subject = new Source(new Span(tokens.get(j).start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
            }
            if (subject == null || subject.kind() == Source.Kind.DESCRIPTION && !cues.isDeterminer(j)
                    && !(tokens.get(j).kind() == Token.Kind.NUMBER || tokens.get(j).isWord()
                    && (TokenView.isPluralSource(tokens.get(j).lower()) || TokenView.QUANTIFIERS.contains(tokens.get(j).lower())))) {
                continue;
            }
            int v = tokens.lastEndingBy(subject.mention().end()) + 1;
            while (v < to && (cues.isSkippable(v) || tokens.get(v).isWord() && AUXILIARIES.contains(tokens.get(v).lower()))) {
                v++;
            }
            if (v < to && tokens.get(v).isWord() && !tokens.get(v).lower().endsWith("ing") && isReporting(v)) {
                int end = b - 1;
                while (end > from && tokens.get(end).kind() == Token.Kind.PUNCT) {
                    end--;
                }
                Found cut = found(from, end, fragments, f.match());
                return cut != null ? cut : f;
            }
        }
        return f;
    }

    /** "As Breitbart News reported, the White House was refusing …": the clause after the framing. */
    private Found asReported(int s, int end, List<QuoteSpan> fragments) {
        if (!tokens.get(s).isIgnoreCase("as")) {
            return null;
        }
        Source source = cues.sourceFrom(s + 1, true);
        if (source == null) {
            return null;
        }
        int c = tokens.lastEndingBy(source.mention().end()) + 1;
        while (c <= end && cues.isSkippable(c)) {
            c++;
        }
        if (c > end || !tokens.get(c).isWord() || Cues.lemma(tokens.get(c).text()) == null) {
            return null;
        }
        int comma = c + 1;
        while (comma <= end && comma - c < 8 && !tokens.get(comma).is(",")) {
            comma++;
        }
        int from = comma + 1;
        while (from <= end && tokens.get(from).isWord() && TIME_WORDS.contains(tokens.get(from).lower())) {
            from++;
        }
        if (from > end || words(from, end) < MIN_WORDS) {
            return null;
        }
        Span cue = cues.cueSpan(c);
        return found(from, end, fragments, new CueMatch(cue, source, null));
    }

    /** "O’Malley’s move was first reported by MSNBC": a passive cue, its agent the source. */
    private Found reportedBy(int s, int end, List<QuoteSpan> fragments) {
        for (int c = s + 2; c + 2 <= end; c++) {
            Token t = tokens.get(c);
            if (!t.isWord() || !t.lower().endsWith("ed") || Cues.lemma(t.text()) == null || !tokens.get(c + 1).is("by")) {
                continue;
            }
            int aux = c - 1;
            while (aux > s && !BE.contains(tokens.get(aux).lower())
                    && (cues.isSkippable(aux) || tokens.get(aux).is("first") || tokens.get(aux).is("been"))) {
                aux--;
            }
            Token be = tokens.get(aux);
            if (!(be.isWord() && (be.is("was") || be.is("were") || be.is("is") || be.is("are") || be.is("been")))) {
                continue;
            }
            Source agent = cues.sourceOfAccordingTo(c + 2);
            int to = aux - 1;
            if (agent == null || to < s || words(s, to) < 1) {
                return null;
            }
            return found(s, to, fragments, new CueMatch(new Span(be.start(), tokens.get(c + 1).end()), agent, null));
        }
        return null;
    }

    /**
     * "Sanders has led Clinton in just about every statewide poll in New Hampshire": a finding
     * the sentence reports from the poll it names. The sentence is the content, the poll the source.
     */
    private Found inPoll(int s, int end, List<QuoteSpan> fragments) {
        for (int i = s + MIN_WORDS; i < end; i++) {
            if (!tokens.get(i).is("in")) {
                continue;
            }
            for (int k = i + 1; k <= end && k - i <= 9; k++) {
                Token t = tokens.get(k);
                if (t.kind() == Token.Kind.PUNCT && !t.is("-") && !t.is("/")) {
                    break;
                }
                if (t.isWord() && POLL_NOUNS.contains(t.lower())) {
                    Source poll = new Source(new Span(tokens.get(i + 1).start(), t.end()), Source.Kind.DESCRIPTION);
                    return found(s, end, fragments, new CueMatch(tokens.get(i).span(), poll, null));
                }
            }
        }
        return null;
    }

    /**
     * "Swers said because Obama is popular with voters, “he's a very good surrogate for her.”": a
     * clause that runs into the quotation ending its sentence is one mixed quotation with it.
     */
    private Found clauseIntoQuotation(int start, int end, int e, List<QuoteSpan> quotations) {
        for (int c = start; c < end; c++) {
            if (!tokens.get(c).isWord() || !isReporting(c)) {
                continue;
            }
            int from = clauseStart(tokens.firstAtOrAfter(cues.cueSpan(c).end()), end, asks(c));
            if (from < 0 || words(from, end) < MIN_WORDS || !hasVerb(from - 1, end)) {
                continue;
            }
            Source source = source(c, start);
            QuoteSpan quotation = null;
            for (int k = firstAtOrAfter(quotations, tokens.get(end).end()); k < quotations.size(); k++) {
                QuoteSpan q = quotations.get(k);
                if (tokens.firstAtOrAfter(q.open()) > e) {
                    break;
                }
                if (!q.inline() && tokens.firstAtOrAfter(q.open()) > end) {
                    quotation = q;
                    break;
                }
            }
            if (source == null || quotation == null || quotation.content().end() > tokens.get(e).end()) {
                return null;
            }
            Span content = new Span(tokens.get(from).start(), quotation.content().end());
            List<Span> inside = within(quotations, content);
            Span cue = cues.cueSpan(c);
            return new Found(content, inside, new CueMatch(cue, source, cues.addressee(c, cue.end())));
        }
        return null;
    }

    /** "In a poll released Monday, 50 percent chose Clinton": a document or poll as the source. */
    /** @param pollsOnly read only polls and surveys: they come before any verb of the sentence */
    private Found inDocument(int s, int end, List<QuoteSpan> fragments, boolean pollsOnly) {
        if (!tokens.get(s).isIgnoreCase("in") || s + 2 > end || !cues.isDeterminer(s + 1)) {
            return null;
        }
        for (int k = s + 2; k <= end && k <= s + 10; k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                int head = k - 1;
                while (head > s + 1 && !Words.DOCUMENT_NOUNS.contains(tokens.get(head).lower())) {
                    head--;
                }
                if (pollsOnly && !POLL_NOUNS.contains(tokens.get(head).lower())) {
                    return null;
                }
                if (head <= s + 1 || words(k + 1, end) < MIN_WORDS) {
                    return null;
                }
                Source source = new Source(new Span(tokens.get(s + 1).start(), tokens.get(k - 1).end()),
                        Source.Kind.DESCRIPTION);
                return found(k + 1, end, fragments, new CueMatch(tokens.get(s).span(), source, null));
            }
            if (t.kind() == Token.Kind.PUNCT && !t.is("-") && !t.is("/")) {
                return null;
            }
        }
        return null;
    }

    /** The narrative part ends with a colon or comma right before a quotation. */
    private boolean endsWithLeadIn(int start, int e, boolean[] inDirect) {
        for (int k = start; k < e; k++) {
            if (inDirect[k + 1] && !inDirect[k]) {
                return tokens.get(k).is(":") || tokens.get(k).is(",");
            }
        }
        return false;
    }

    private boolean endsBeforeQuotation(int end, int e, boolean[] inDirect) {
        for (int k = end + 1; k <= e; k++) {
            if (inDirect[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param s where the clause may start (after an earlier clause of the sentence)
     * @param sentence where the sentence starts: a participle's subject may stand before {@code s}
     * @param clauseBefore whether the clause may stand before its cue ("Talks failed, she said.")
     */
    private Found at(int c, int s, int sentence, int end, List<QuoteSpan> fragments, boolean clauseBefore) {
        Token t = tokens.get(c);
        if (!t.isWord()) {
            return null;
        }
        if (t.isIgnoreCase("according") && tokens.at(c + 1) != null && tokens.get(c + 1).is("to")) {
            return accordingTo(c, s, end, fragments);
        }
        if (c + 2 <= end && tokens.get(c + 1).isWord() && Character.isLowerCase(t.first())
                && !(t.is("asked") && c > 0 && PASSIVE.contains(tokens.get(c - 1).lower()))) {
            // "talked about", and "talked glowingly about": an adverb may stand inside the phrase
            boolean adverb = tokens.get(c + 1).lower().endsWith("ly") && c + 3 <= end && tokens.get(c + 2).isWord();
            int preposition = adverb ? c + 2 : c + 1;
            if (ObjectCues.opens(t.text(), tokens.get(preposition).text())) {
                Found object = object(c, preposition - c + 1, cues.dependsOnSubject(c) ? sentence : s, end, fragments);
                if (object != null) {
                    return object;
                }
            }
        }
        if (isStanceParticiple(c) && c + 1 <= end) {
            // "pastors supporting Mr. Cruz", "a group backing Bush": the stance of the noun before
            Found object = object(c, 1, cues.dependsOnSubject(c) ? sentence : s, end, fragments);
            if (object != null) {
                return object;
            }
        }
        if (!isReporting(c)) {
            return null;
        }
        Span cue = cues.cueSpan(c);
        int after = tokens.firstAtOrAfter(cue.end());
        int from = clauseStart(after, end, asks(c));
        Source source = source(c, cues.dependsOnSubject(c) ? sentence : s);
        if (from >= 0 && STANCE.contains(lemmaOf(c)) && words(from, end) < MIN_WORDS && !isCapitalisedRun(from, end)) {
            Found object = object(c, from - c, source == null ? s : sentence, end, fragments); // "endorsed her"
            if (object != null) {
                return object;
            }
        }
        boolean namedObject = from >= 0 && STANCE.contains(lemmaOf(c)) && isCapitalisedRun(from, end);
        if (from >= 0 && (words(from, end) >= MIN_WORDS || namedObject) && source != null) {
            Found f = found(from, end, fragments, new CueMatch(cue, source, cues.addressee(c, cue.end())));
            if (f != null) {
                return f;
            }
        }
        // "The union, he said, will appeal." / "Talks have failed, she said."
        if (clauseBefore && c - 1 > s) {
            if (source != null) {
                int subject = tokens.firstAtOrAfter(source.mention().start());
                while (subject - 1 > s && tokens.get(subject - 1).isWord()
                        && (tokens.get(subject - 1).is("the") || tokens.get(subject - 1).is("The"))) {
                    subject--; // "…, the Times said"
                }
                int resume = after;
                while (resume <= end && tokens.get(resume).isWord() && OBJECT_PRONOUNS.contains(tokens.get(resume).lower())) {
                    resume++; // "The solution, the partner told them, was simple."
                }
                boolean parenthetical = resume <= end && tokens.get(resume).is(",");
                int before = words(s, subject - 2);
                boolean adverbial = SourceReader.OPENERS.contains(tokens.get(s).lower()); // "In a poll …, voters backed"
                if (subject - 1 > s && tokens.get(subject - 1).is(",") && !adverbial
                        && (before >= MIN_WORDS || parenthetical && before + words(resume, end) >= MIN_WORDS)) {
                    int to = parenthetical ? end : subject - 2;
                    return found(s, to, fragments, new CueMatch(cue, source, null));
                }
            }
        }
        return null;
    }

    /**
     * The source before the cue: a name, pronoun or description; for a relative clause ("Barkley,
     * who said") the noun it hangs on; else the few words before the cue ("Sixty-six percent said").
     */
    private Source source(int c, int s) {
        Token prev = tokens.at(c - 1);
        if (tokens.get(c).lower().endsWith("ing") && prev != null && c - 1 >= s && prev.isWord()
                && (Character.isUpperCase(prev.first()) && !tokens.startsSentence(c - 1) || Words.isPronoun(prev.text())
                && !SourceReader.isPossessivePronoun(prev.text()))) {
            Source own = cues.sourceBefore(c - 1, s); // "with Trump calling for a ban", "Ryan saying he was encouraged"
            if (own != null) {
                return own;
            }
        }
        int rel = c - 1;
        while (rel > s && !RELATIVES.contains(tokens.get(rel).lower())
                && (cues.isSkippable(rel) || tokens.get(rel).isWord() && AUXILIARIES.contains(tokens.get(rel).lower()))) {
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
            return source;
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
                    && ADJUNCT_OPENERS.contains(tokens.get(past - 1).lower()) ? 2 : 1;
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
        int from = k;
        if (c - s <= 8 && allWords(s, k)) {
            from = s; // the whole short subject: "Other figures from the left of the party"
        }
        while (from - 1 >= s && c - from < 4
                && (tokens.get(from - 1).isWord() || tokens.get(from - 1).kind() == Token.Kind.NUMBER)) {
            from--;
        }
        return new Source(new Span(tokens.get(from).start(), tokens.get(k).end()), Source.Kind.DESCRIPTION);
    }

    /** "Saturday", "week", "morning": the last word of "on Saturday", "last week", "Tuesday morning". */
    private boolean isTimeAdjunct(int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        return t.isWord() && (TIME_WORDS.contains(w) || w.equals("week") || w.equals("month") || w.equals("year")
                || w.equals("morning") || w.equals("night") || w.equals("evening") || w.equals("afternoon"));
    }

    private boolean allWords(int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.POSSESSIVE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "talked about the Southern border", "is calling for a ban on guns", "his criticism of the
     * deal": the object after the cue phrase at {@code c}, up to the next punctuation or
     * subordinate clause. The source is a possessive before a noun cue, else the verb's subject.
     */
    private Found object(int c, int s, int end, List<QuoteSpan> fragments) {
        return object(c, 2, s, end, fragments);
    }

    /** @param cueLength how many tokens the cue phrase holds: 2 for "talked about", 1 for "endorsed" */
    private Found object(int c, int cueLength, int s, int end, List<QuoteSpan> fragments) {
        int from = c + cueLength;
        int to = from;
        Token last = tokens.get(from - 1);
        if (cueLength > 1 && !last.is("of") && !last.is("as")) {
            to = end; // "sought to temper his tone as he drew contrasts": an infinitive or a clause runs on
        }
        while (to + 1 <= end && !endsObject(to + 1) && to - from < 40
                && !(cueLength == 1 && endsName(to, to + 1))) {
            to++;
        }
        while (to > from && tokens.get(to).kind() == Token.Kind.PUNCT) {
            to--;
        }
        if (endsObject(from) || !(tokens.get(from).isWord() || tokens.get(from).kind() == Token.Kind.NUMBER)) {
            return null;
        }
        Token prev = tokens.at(c - 1);
        Source source;
        if (prev != null && c - 1 >= s && prev.isWord() && SourceReader.isPossessivePronoun(prev.text())) {
            source = new Source(prev.span(), Source.Kind.PRONOUN); // "his criticism of"
        } else if (prev != null && c - 2 >= s && prev.kind() == Token.Kind.POSSESSIVE) {
            source = cues.sourceBefore(c - 2, s); // "Trump's support for"
        } else {
            source = source(c, s);
        }
        if (source == null) {
            return null;
        }
        Span cue = new Span(tokens.get(c).start(), tokens.get(c + cueLength - 1).end());
        return found(from, to, fragments, new CueMatch(cue, source, null));
    }

    /** "supporting Jane Smith met on Monday": a name, then a lower-case word, ends the object at the name. */
    private boolean endsName(int last, int next) {
        Token t = tokens.get(last);
        Token n = tokens.get(next);
        return t.isWord() && Character.isUpperCase(t.first()) && n.isWord() && Character.isLowerCase(n.first())
                && !SourceReader.PREPOSITIONS.contains(n.lower()) && !n.is("and");
    }

    /** Punctuation or a word that opens a clause of its own ends an object. */
    private boolean endsObject(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.QUOTE_MARK) {
            return false;
        }
        if (t.kind() == Token.Kind.PUNCT) {
            return !t.is("-") && !t.is("/") && !t.is("&") && !t.is("$") && !t.is("%");
        }
        return t.isWord() && OBJECT_ENDS.contains(t.lower());
    }

    /** "according to X, CLAUSE" or "CLAUSE, according to X". */
    private Found accordingTo(int c, int s, int end, List<QuoteSpan> fragments) {
        Source source = cues.sourceOfAccordingTo(c + 2);
        if (source == null) {
            return null;
        }
        Span cue = new Span(tokens.get(c).start(), tokens.get(c + 1).end());
        CueMatch match = new CueMatch(cue, source, null);
        int after = tokens.lastEndingBy(source.mention().end()) + 1;
        if (c - 1 > s && words(s, c - 1) >= 1 && after <= end && tokens.get(after).is(",") && words(after, end) >= MIN_WORDS) {
            // "Notably absent, according to members who spoke afterward, was any mention of …": round the cue
            return found(s, end, fragments, match);
        }
        if (c - 1 > s && words(s, c - 1) >= MIN_WORDS) {
            int to = c - 1;
            while (to > s && tokens.get(to).kind() == Token.Kind.PUNCT) {
                to--;
            }
            return found(s, to, fragments, match);
        }
        while (after <= end && tokens.get(after).kind() == Token.Kind.PUNCT) {
            after++;
        }
        return words(after, end) >= MIN_WORDS ? found(after, end, fragments, match) : null;
    }

    /**
     * Where the reported clause starts after a cue: after a "that" within a few words ("said in a
     * statement on Tuesday that …"), else past an addressee or a time word; -1 when nothing follows.
     */
    private int clauseStart(int after, int end, boolean asks) {
        if (after <= end && tokens.get(after).is(",")) {
            after++; // "Still, he said, officials have to decide …"
        }
        for (int k = after; k <= end && k < after + 9; k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return k + 1 <= end ? k + 1 : -1;
            }
            if (t.kind() == Token.Kind.PUNCT && !t.is(",")
                    || t.isWord() && (FINITE.contains(t.lower()) || t.kind() == Token.Kind.WORD && k > after
                    && tokens.get(k - 1).kind() == Token.Kind.POSSESSIVE)) {
                break; // "said HLN's coverage would resemble that of …": the clause has begun, "that" is its own
            }
        }
        int i = after;
        int skipped = 0;
        while (i <= end && skipped < 4) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (t.isWord() && (TIME_WORDS.contains(w) || OBJECT_PRONOUNS.contains(w) || w.equals("reporters")
                    || w.equals("journalists")
                    || w.equals("to") && skipped == 0)) {
                i++;
                skipped++;
                continue;
            }
            break;
        }
        if (i > end || tokens.get(i).kind() == Token.Kind.PUNCT || tokens.get(i).is("whether")
                || tokens.get(i).is("if") && asks) {
            return -1; // "asked whether …": a question, not what anyone said
        }
        return i;
    }

    private boolean asks(int c) {
        String lemma = lemmaOf(c);
        return lemma.equals("ask") || lemma.equals("wonder") || lemma.equals("question") || lemma.equals("query");
    }

    private boolean isReporting(int c) {
        Token t = tokens.get(c);
        boolean headline = !Character.isLowerCase(t.first()) && Cues.lemma(t.text()) != null
                && !NOUN_TOO.contains(Cues.lemma(t.text())) && inTitleCase(c);
        if (!Character.isLowerCase(t.first()) && !headline) {
            return false;
        }
        String lemma = Cues.lemma(t.text());
        if (lemma == null) {
            lemma = COGNITION.get(t.lower());
        }
        if (lemma == null || NOT_REPORTING.contains(lemma) || NOT_REPORTING_FORMS.contains(t.lower())
                || t.text().endsWith("ing") && !isAfterComma(c) && !isProgressive(c) && !afterNoun(c, lemma)) {
            return false;
        }
        Token prev = tokens.at(c - 1);
        Token next = tokens.at(c + 1);
        String w = t.lower();
        boolean evidenceVerb = lemma.equals("show") && prev != null && prev.isWord()
                && Character.isLowerCase(prev.first()) && !NOUN_BEFORE.contains(prev.lower()) && !Words.isPronoun(prev.text());
        boolean pluralSubject = w.equals(lemma) && prev != null && prev.isWord() && Character.isLowerCase(prev.first())
                && prev.lower().endsWith("s") && !prev.lower().endsWith("ss") && !NOUN_BEFORE.contains(prev.lower())
                && !Words.isPronoun(prev.text()); // "Legal observers note …", "Partisans warn …"
        boolean thatFollows = next != null && next.is("that") && !(prev != null && prev.isWord() && NOUN_BEFORE.contains(prev.lower()));
        if ((w.equals(lemma) || w.equals(lemma + "s")) && NOUN_TOO.contains(lemma) && !hasVerbSubject(prev)
                && !evidenceVerb && !pluralSubject && !thatFollows) { // "Sanders, meanwhile, hopes that …" is a verb // "polls show", "the data shows" are evidence verbs after their noun
            return false; // "swing states", "his attacks on", "support for": nouns unless a subject stands before
        }
        if (prev != null && prev.isWord() && (NOUN_BEFORE.contains(prev.lower()) || PASSIVE.contains(prev.lower()))
                || next != null && next.is("by") || cues.usedAsNounOrAdjective(c, lemma)) {
            return false; // "in states with …", "was announced on …", "a memo reported by": no reporting verb
        }
        if (next != null && next.is(",") && prev != null && (Words.isPronoun(prev.text()) && t.is("see")
                || prev.isIgnoreCase("that") && t.is("said"))) {
            return false; // "You see, …", "That said, …"
        }
        return cues.isCue(c) || COGNITION.containsKey(t.lower()) || headline;
    }

    /** A pronoun, a name or an auxiliary right before a present-tense verb: "they support", "will back". */
    private static boolean hasVerbSubject(Token prev) {
        if (prev == null || !prev.isWord()) {
            return false;
        }
        String p = prev.lower();
        return Words.isPronoun(p) && !p.equals("his") && !p.equals("her") && !p.equals("their") && !p.equals("its")
                || Character.isUpperCase(prev.first()) || AUXILIARIES.contains(p);
    }

    private String lemmaOf(int c) {
        String w = tokens.get(c).lower();
        String lemma = Cues.lemma(w);
        return lemma != null ? lemma : COGNITION.getOrDefault(w, "");
    }

    /** "endorsed Marco Rubio": the object is a name, short as it is. */
    private boolean isCapitalisedRun(int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() && Character.isUpperCase(t.first()) || t.kind() == Token.Kind.POSSESSIVE)) {
                return false;
            }
        }
        return true;
    }

    /** "Bernie Sanders Says He’s Already Started Writing": a headline, where every word is capitalised. */
    private boolean inTitleCase(int c) {
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
    private boolean isStanceParticiple(int c) {
        Token t = tokens.get(c);
        String w = t.lower();
        if (!w.endsWith("ing") || !Character.isLowerCase(t.first()) || !STANCE.contains(lemmaOf(c)) || NOT_REPORTING_FORMS.contains(w)) {
            return false;
        }
        Token prev = tokens.at(c - 1);
        return prev != null && prev.isWord() && (Character.isLowerCase(prev.first()) && !NOUN_BEFORE.contains(prev.lower())
                && !AUXILIARIES.contains(prev.lower()) && !prev.lower().endsWith("ly") || Character.isUpperCase(prev.first()))
                || isProgressive(c);
    }

    /** "a statement saying …", "911 calls reporting …": a speech participle right after the noun it tells of. */
    private boolean afterNoun(int c, String lemma) {
        Token prev = tokens.at(c - 1);
        return Cues.lemma(tokens.get(c).text()) != null && prev != null && prev.isWord()
                && Character.isLowerCase(prev.first()) && !NOUN_BEFORE.contains(prev.lower())
                && !AUXILIARIES.contains(prev.lower()) && !FINITE.contains(prev.lower()) && !prev.lower().endsWith("ly")
                && !prev.lower().endsWith("ing") && !TokenView.isVerbLike(prev.lower()) && !lemma.equals("begin");
    }

    /** "are quietly saying", "is calling for": a form of "be" before the participle. */
    private boolean isProgressive(int c) {
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
        return be.isWord() && (BE.contains(w) || w.equals("isn't") || w.equals("aren't") || w.equals("wasn't")
                || w.equals("weren't")) || be.kind() == Token.Kind.POSSESSIVE
                || be.isWord() && AFTER_PREPOSITION.contains(w) || be.kind() == Token.Kind.PUNCT && isDashToken(p);
    }

    private boolean isAfterComma(int c) {
        return c > 0 && tokens.get(c - 1).is(",");
    }

    private Found found(int from, int to, List<QuoteSpan> fragments, CueMatch match) {
        if (words(from, to) <= 4 && tokens.get(from).isWord() && SHORT_ADJUNCTS.contains(tokens.get(from).lower())
                && !hasVerb(from, to)) {
            return null; // "said in an interview", "said from his office": where, not what
        }
        Span content = new Span(tokens.get(from).start(), tokens.get(to).end());
        List<Span> inside = within(fragments, content);
        if (!inside.isEmpty() && tokens.firstAtOrAfter(inside.get(0).start()) - from > FRAGMENT_REACH) {
            return null; // the quoted words stand far from the cue: leave them as a quotation of their own
        }
        return new Found(content, inside, match);
    }

    /**
     * "Trump called Ford's plans “an absolute disgrace,” and threatened a 35 percent tax": when a
     * new predicate follows the quoted words, the mixed quotation ends with them and what follows
     * is a reported clause of its own, of the same source.
     */
    private List<Found> splitAfterQuotedWords(Found f, List<QuoteSpan> fragments) {
        if (f.fragments().isEmpty() || f.match().cue() == null || f.match().cue().end() > f.content().start()) {
            return List.of(f);
        }
        int from = tokens.firstAtOrAfter(f.content().start());
        int to = tokens.lastEndingBy(f.content().end());
        int last = tokens.lastEndingBy(f.fragments().get(f.fragments().size() - 1).end()) + 1;
        while (last <= to && tokens.get(last).kind() == Token.Kind.QUOTE_MARK) {
            last++;
        }
        for (int b = last; b < to; b++) {
            Token t = tokens.get(b);
            if (!(t.is(",") || t.is(";") || isDashToken(b) || t.isWord() && CLAUSE_JOINS.contains(t.lower()))) {
                continue;
            }
            int rest = b + 1;
            while (rest <= to && (tokens.get(rest).kind() == Token.Kind.PUNCT
                    || tokens.get(rest).isWord() && CLAUSE_JOINS.contains(tokens.get(rest).lower()))) {
                rest++;
            }
            if (rest > to || words(rest, to) < MIN_WORDS || !newPredicate(rest, to)) {
                return List.of(f);
            }
            int end = b - 1;
            while (end > from && tokens.get(end).kind() == Token.Kind.PUNCT && tokens.get(end).kind() != Token.Kind.QUOTE_MARK) {
                end--;
            }
            Span first = new Span(f.content().start(), Math.max(tokens.get(end).end(), f.fragments().get(f.fragments().size() - 1).end()));
            Span second = new Span(tokens.get(rest).start(), f.content().end());
            return List.of(new Found(first, within(fragments, first), f.match()),
                    new Found(second, within(fragments, second), f.match()));
        }
        return List.of(f);
    }

    /** "and threatened a tax", "and his administration has made": a verb of its own within a few words. */
    private boolean newPredicate(int from, int to) {
        for (int i = from; i <= to && i - from < 6; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCT) {
                return false;
            }
            String w = t.lower();
            if (t.isWord() && Character.isLowerCase(t.first()) && (FINITE.contains(w) || w.length() > 4 && w.endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    /** The contents of the quotations (in text order) that lie inside {@code content}. */
    private static List<Span> within(List<QuoteSpan> quotations, Span content) {
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
    private static int firstAtOrAfter(List<QuoteSpan> quotations, int offset) {
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

    private int words(int from, int to) {
        int n = 0;
        for (int i = from; i <= to && i < tokens.size(); i++) {
            if (tokens.get(i).isWord() || tokens.get(i).kind() == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> forms(String... lemmas) {
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

    static QuoteType typeOf(Found f) {
        return f.fragments().isEmpty() ? QuoteType.INDIRECT : QuoteType.MIXED;
    }
}
