package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Act;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * The last word on each proposed attribution, so that onrecord says nothing rather than something
 * wrong: a reported clause is kept only when its cue reports speech, thought or a finding (then
 * {@code indirect} or {@code mixed}, with its act) or a stance (then {@code stance}, towards its
 * content); a clause whose cue names only an action ("issued an ultimatum", "released songs") is no
 * attribution, and a verb of saying whose object is a bare noun phrase ("announced his retirement",
 * "cited the aborted sale") reports no content, so it is a stance towards that object. A source that is a clause fragment rather than a name or description ({@link
 * SpeakerForm}) is no speaker: a quotation in marks is kept with none, and the reason; a reported clause
 * read with such a source is dropped (on PolNeAR and the outlets' tuning half alike, it was rarely right
 * end to end).
 */
final class Vetting {
    /** The pleas a court records, each as its words: "guilty", "not guilty", "no contest". */
    private static final List<String[]> PLEAS = ResourceLines.of(Lexicon.class, "pleas.txt").stream()
            .map(line -> line.split(" ")).toList();

    private final Segmented doc;
    private final Tokens tokens;
    private final Entities entities;
    private final CueActs acts;

    private Vetting(Segmented doc, Tokens tokens, Entities entities, CueActs acts) {
        this.doc = doc;
        this.tokens = tokens;
        this.entities = entities;
        this.acts = acts;
    }

    static List<Attribution> vet(Segmented doc, Tokens tokens, Entities entities, List<Attribution> proposed) {
        Vetting v = new Vetting(doc, tokens, entities, CueActs.standard());
        List<Attribution> out = new ArrayList<>(proposed.size());
        for (Attribution a : proposed) {
            Attribution kept = v.vet(a);
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    private Attribution vet(Attribution a) {
        if (a.shape() == Shape.LABELLED && !namesSource(a.speaker())) {
            return null; // "Stunning: the star wore …", "The Gap Goes On: …": a caption's or a section's label
        }
        Attribution read = a.quote().isMarked() ? a : reading(a);
        if (read == null || read.speaker() == null || read.speaker().mention() == null) {
            return read;
        }
        if (read.match() != null && hearerOfPassiveCue(read.match().cue(), read.speaker().mention())) {
            // "He was asked: “Will you resign?”": the words are the asker's, whom the text does not name
            return read.unattributed("no acceptable speaker: “" + read.speaker().mention().of(doc.text())
                    + "” heard the words, the cue “" + read.match().cue().of(doc.text()) + "” is passive");
        }
        boolean resolved = read.speaker().person() >= 0
                || !read.speaker().name().equals(read.speaker().mention().of(doc.text()));
        String junk = SpeakerForm.why(tokens, read.speaker().mention(), resolved);
        if (junk == null) {
            return read;
        }
        Span trimmed = SpeakerForm.trim(tokens, read.speaker().mention());
        if (trimmed != null) {
            // "The clip has faced ridicule": the source is the phrase the fragment starts with
            String cut = trimmed.of(doc.text());
            return read.withSource(new ResolvedSpeaker(cut, trimmed, -1, null, null),
                    read.evidence() + "; source cut to “" + cut + "”");
        }
        if (!read.quote().isMarked()) {
            return null; // a clause whose source reads as a fragment was misread with it: say nothing
        }
        // the words in marks are a quotation, the source is not one: keep them, name no one, and say why
        return read.unattributed("no acceptable speaker: “" + read.speaker().mention().of(doc.text()) + "” " + junk);
    }

    /**
     * A cue that takes its hearer as object ("ask", "tell", "warn"), in a passive form after its
     * subject: "He was asked", "they were told". The subject heard the words.
     */
    private boolean hearerOfPassiveCue(Span cue, Span source) {
        if (cue == null || source.start() >= cue.start()) {
            return false;
        }
        int c = tokens.firstAtOrAfter(cue.start());
        Token verb = tokens.at(c);
        Token next = tokens.at(c + 1);
        if (verb == null || verb.cue() == null || !verb.cue().has(Verb.ADDRESSED) || verb.lower().endsWith("ing")
                || next != null && next.is("by")) { // "was told by Singletary": the agent spoke
            return false;
        }
        int b = beforeAdverbs(c);
        Token before = tokens.at(b);
        return before != null && before.isWord() && before.is(Word.PASSIVE) && !before.is("being")
                && tokens.firstAtOrAfter(source.end()) <= b;
    }

    /** The token before the verb at {@code c} and the adverbs right before it: "was allegedly seen", "is also charged". */
    private int beforeAdverbs(int c) {
        int b = c - 1;
        while (b >= 0 && tokens.get(b).isWord() && (tokens.get(b).lower().endsWith("ly")
                || tokens.get(b).is(Word.SKIPPABLE) && !tokens.get(b).is(Word.PASSIVE))) {
            b--;
        }
        return b;
    }

    /**
     * Whether a label before a colon names a source: a person or organisation the article names, a
     * name holding an organisation word ("Daily Courier"), or a poll or document ("Poll: …"). A label that is neither is a caption's or a section's heading
     * (MailOnline's "Stunning:", "Verdict:"; PolNeAR's "Veto Power Impedes Peace Efforts:").
     */
    private boolean namesSource(ResolvedSpeaker speaker) {
        if (speaker == null || speaker.mention() == null) {
            return false;
        }
        if (speaker.person() >= 0) {
            return true;
        }
        Span label = speaker.mention();
        NameMention named = entities.firstMentionIn(label);
        if (named != null && (named.isPerson() || named.organisation() >= 0)) {
            return true;
        }
        String written = label.of(doc.text());
        for (PersonEntity p : entities.people()) {
            if (p.name().equals(written)) {
                return true; // a headline's "Pat Caddell:", named as a person in the article's body
            }
        }
        int last = tokens.lastEndingBy(label.end());
        if (last >= 0 && tokens.get(last).isWord() && (tokens.get(last).is(Word.POLL) || tokens.get(last).is(Word.DOCUMENT))) {
            return true;
        }
        for (int i = tokens.firstAtOrAfter(label.start()); i <= last; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && (t.is(Word.ORGANISATION) || t.is(Word.KNOWN_ORGANISATION))) {
                return true; // "Daily Courier:", an outlet the entity stage saw only once
            }
        }
        return false;
    }

    /** The reported clause typed by what its cue reports, or null for an action. */
    private Attribution reading(Attribution a) {
        if (a.match() == null || a.match().cue() == null) {
            return a;
        }
        CueActs.Reading r = acts.of(tokens, a.match().cue());
        if (r == null) {
            return a;
        }
        if (a.fragments().isEmpty() && passiveBeforePreposition(a.match().cue(), a.quote().content())) {
            return null; // "He is also charged with wounding …", "Mac, shown in November": the cue is done to its subject
        }
        if (a.fragments().isEmpty() && plea(a.match().cue(), a.quote().content())) {
            return null; // "Lozina pleaded guilty to the attack": a plea entered in court is an act, not what was said
        }
        if (r.kind() == CueActs.Kind.THOUGHT && a.fragments().isEmpty() && !isClause(a.quote().content())) {
            // "They also want an order nullifying the election": a position towards a thing, no content
            return a.asStance(acts.ofObject(tokens, a.quote().content()));
        }
        if (r.kind() == CueActs.Kind.SPEECH && a.fragments().isEmpty()
                && (a.shape() == Shape.CLAUSE_AFTER_CUE || a.shape() == Shape.PARTICIPLE_AFTER_QUOTE)
                && a.match().cue().end() <= a.quote().content().start()
                && !takesAnyObject(a.match().cue()) && !holdsContent(a.quote().content())) {
            // "Kula announced his immediate retirement", "It also cited the aborted sale": a verb of
            // saying with a bare noun phrase says what the words were about, not what was said; its
            // head may be a stance noun: "expressed their support for the strikers" supports them
            return a.asStance(acts.ofObject(tokens, a.quote().content()));
        }
        if (r.kind() == CueActs.Kind.FINDING && a.fragments().isEmpty() && a.shape() == Shape.CLAUSE_AFTER_CUE
                && a.match().cue().end() <= a.quote().content().start() && !isClause(a.quote().content())
                && !holdsContent(a.quote().content()) && !findsWithoutClause(a.speaker())) {
            // "Photos show the plane spinning", "The vaccine had shown promising results", "Victoria
            // found fame": a bare noun phrase after a verb of evidence is what was seen, shown or won,
            // unless a poll, a study or a body found it ("The poll indicates a tightening race")
            return null;
        }
        return switch (r.kind()) {
            case ACTION -> null;
            // quoted words inside a stance were said: "condemned the “reckless” plan"
            case STANCE -> a.fragments().isEmpty() ? a.asStance(r.polarity()) : a.reporting(Act.SPEECH);
            case SPEECH -> a.reporting(Act.SPEECH);
            case THOUGHT -> a.reporting(Act.THOUGHT);
            case FINDING -> a.reporting(Act.FINDING);
        };
    }

    /**
     * Whether a source reports a finding even as a bare noun phrase: a poll, a document, data or a
     * body ("Polling averages show Clinton with a lead", "Gallup found 40 percent"); not a person, a
     * personal pronoun, or a thing that cannot speak ("Photos show", "The vaccine had shown").
     */
    private boolean findsWithoutClause(ResolvedSpeaker speaker) {
        if (speaker == null || speaker.mention() == null) {
            return false;
        }
        NameMention named = entities.firstMentionIn(speaker.mention());
        if (named != null && named.organisation() >= 0) {
            return true; // "Gallup found 40 percent"
        }
        int first = tokens.firstAtOrAfter(speaker.mention().start());
        int last = tokens.lastEndingBy(speaker.mention().end());
        if (first == last && tokens.get(first).isIgnoreCase("it")) {
            return true; // a body or a report
        }
        // the words before any preposition or participle ("Experiments on hamsters", "A video clip
        // shared by a farmer"), capitalised or not ("Photos show" opens its sentence), plurals read as
        // their singular
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (i > first && t.isWord() && Character.isLowerCase(t.first()) && (t.is(Word.PREPOSITION)
                    || t.is(Word.OBJECT_PREPOSITION) || t.lower().endsWith("ed"))) {
                break;
            }
            Entry singular = t.isWord() ? SpeakerForm.singularSource(t, tokens) : null;
            if (t.isWord() && (findsAlone(t.entry()) || singular != null && findsAlone(singular))) {
                return true;
            }
        }
        return false;
    }

    private static boolean findsAlone(Entry e) {
        return e.is(Word.EVIDENCE) || e.is(Word.POLL) || e.is(Word.DOCUMENT) || e.is(Word.PLURAL_SOURCE)
                || e.is(Word.ORGANISATION) || e.is(Word.KNOWN_ORGANISATION);
    }

    /**
     * A cue in a passive form ("was seen", "is charged", "Mac, shown") followed by a content that
     * opens with a preposition: the subject is what the verb was done to, and what follows says
     * where, when or with what, not what was said.
     */
    private boolean passiveBeforePreposition(Span cue, Span content) {
        int c = tokens.lastEndingBy(cue.end());
        int from = tokens.firstAtOrAfter(content.start());
        Token verb = tokens.at(c);
        Token first = tokens.at(from);
        if (verb == null || first == null || from != c + 1 || !first.isLowerCase(Word.PREPOSITION) || first.is("that")
                || first.is("of") // "were accused of being mercenaries": what the accusers said
                || !(verb.lower().endsWith("ed") || verb.lower().endsWith("n"))) {
            return false;
        }
        Token before = tokens.at(beforeAdverbs(c));
        // after a comma only a participle that is no past tense ("Mac, shown in 2014"): "The group,
        // which …, called on the minister to act" has a finite verb of the same form
        return before != null && (before.isWord() && before.is(Word.PASSIVE) && !before.is("being")
                || before.is(",") && !verb.lower().endsWith("ed"));
    }

    /**
     * A verb flagged {@code any-object} in {@code verbs.tsv}: "say", whose object is what was said
     * whatever its form, and "accuse", whose object is whom the charge is against ("accused the
     * police of negligence").
     */
    private boolean takesAnyObject(Span cue) {
        return tokens.anyIn(cue, t -> t.isCue(Verb.ANY_OBJECT));
    }

    /**
     * Whether a speech cue's content says something: a clause (after "that", an infinitive, a
     * question word, a gerund, or a finite or past verb, a pronoun subject, an infinitive after the
     * object), read up to where a relative clause or an aside starts; else a bare noun phrase,
     * "announced his retirement", "cited the aborted sale": what the words were about, not what was said.
     */
    private boolean holdsContent(Span content) {
        int from = tokens.firstAtOrAfter(content.start());
        int to = tokens.lastEndingBy(content.end());
        if (from > to) {
            return true;
        }
        Token first = tokens.get(from);
        if (from > 0 && (tokens.get(from - 1).is("that") || tokens.get(from - 1).is("to"))
                || !first.isWord() && first.kind() != Token.Kind.NUMBER) { // "threaten to call the Garda"
            return true;
        }
        if (first.isWord() && Character.isLowerCase(first.first()) && (first.is("to") || first.is(Word.CONTENT_OPENER)
                || first.lower().endsWith("ing") || first.is("of"))) {
            return true;
        }
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                while (i < to && !tokens.get(i).is(")")) {
                    i++; // "the Bank of Ghana (BoG) to withdraw": past the brackets
                }
                continue;
            }
            if (t.is("[") || t.is(";") || t.is(":") || t.kind() == Token.Kind.PUNCT && (t.is("–") || t.is("—") || t.is("--"))
                    || t.isWord() && Character.isLowerCase(t.first()) && (t.is("who") || t.is("which") || t.is("whose") || t.is("whom"))) {
                break; // a relative clause or an aside: "its plan which is structured …", "gardaí, who sealed off …"
            }
            if (!t.isWord() || !Character.isLowerCase(t.first())) {
                continue;
            }
            String w = t.lower();
            if (t.is(Word.FINITE) || t.is(Word.BE) || w.endsWith("n't") || w.equals("cannot") || i > from && w.equals("that")) {
                return true; // "that" after a noun: "last year's findings that 1.1 billion …"
            }
            if ((i > from || !w.equals("it")) && t.is(Word.PRONOUN) && !TokenView.isPossessivePronoun(t) && !t.is(Word.OBJECT_PRONOUN)) {
                return true; // "told the court she …"
            }
            Token next = tokens.at(i + 1);
            if ((w.equals("to") || w.equals("of")) && i > from && next != null && i + 1 <= to && next.isWord()
                    && Character.isLowerCase(next.first()) && !next.is(Word.DETERMINER) && !TokenView.isPossessivePronoun(next)
                    && !next.is(Word.PRONOUN) && (w.equals("to") || next.lower().endsWith("ing"))) {
                return true; // "plans to cut", "urged officials to return", "accused X of scheming"
            }
            if (i > from && presentVerb(i, to)) {
                return true; // "Labor demanded the government lifts the caps"
            }
            if (next != null && next.is("by") && i + 1 <= to) {
                continue; // "the increase approved by the regulator", "a report published by": a participle
            }
            Lemma verb = t.entry().verb();
            if (i > from && verb != null && !w.equals(verb.text()) && !ClauseReader.isPlusS(w, verb.text()) && !w.endsWith("ing")) {
                return true; // "noted Iran's government told him": a reporting verb's past form, "told", "wrote", "found"
            }
            if (i > from && w.length() > 4 && w.endsWith("ed") && !tokens.get(i - 1).is(Word.DETERMINER)
                    && w.indexOf('-') < 0) { // not "four state-owned hotels", "Technology-based certificates": adjectives
                return true; // "told the court she spotted", "a directive issued": a verb, or near enough
            }
        }
        return false;
    }

    /**
     * A lower-case word in -s between a noun and the words it governs: "the government lifts strict
     * caps", "the clustering mirrors the ban"; not "the names of", "three weeks of", "stores and".
     */
    private boolean presentVerb(int i, int to) {
        String w = tokens.get(i).lower();
        if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || i + 1 > to) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        if (!prev.isWord() || prev.is(Word.DETERMINER) || prev.is(Word.PREPOSITION) || prev.is(Word.OBJECT_PREPOSITION)
                || prev.is(Word.QUANTIFIER) || prev.is(Word.CLAUSE_JOIN) || prev.is("and") || prev.is("or")
                || TokenView.isPossessivePronoun(prev) || prev.is(Word.NUMBER_WORD)) {
            return false;
        }
        return next.kind() == Token.Kind.NUMBER || next.isWord() && Character.isLowerCase(next.first())
                && !next.is(Word.PREPOSITION) && !next.is(Word.OBJECT_PREPOSITION) && !next.is(Word.CLAUSE_JOIN)
                && !next.is("and") && !next.is("or") && !next.is(Word.RELATIVE);
    }

    /**
     * "pleaded guilty", "pleads not guilty", "pleaded no contest": a form of "plead" and, right after
     * it, one of the pleas a court records ({@code lexicon/pleas.txt}).
     */
    private boolean plea(Span cue, Span content) {
        int c = tokens.lastEndingBy(cue.end());
        int from = tokens.firstAtOrAfter(content.start());
        Lemma verb = c >= 0 ? tokens.get(c).entry().verb() : null;
        if (verb == null || !verb.is("plead") || from >= tokens.size() || from != c + 1) {
            return false;
        }
        for (String[] plea : PLEAS) {
            if (startsWith(from, plea)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens from {@code from} are the words of {@code words}, as written. */
    private boolean startsWith(int from, String[] words) {
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.at(from + k);
            if (t == null || !t.is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a reported content is a clause rather than a bare noun phrase: it follows "that",
     * opens with an infinitive, or holds a finite verb in lower case. Asked of a verb of thought, it is
     * not {@link #holdsContent}'s question: after "wants to", "plans to", "seeks to" the infinitive is
     * what the source wants, a stance (so the outlets' gold has it), where after a verb of saying it is
     * what was said ("urged officials to return"). Asking holdsContent here instead (session 14) turned
     * 26 such stances on the tuning half into thoughts: speech P .9269 → .9216, e2e .8272 → .8247.
     */
    private boolean isClause(Span content) {
        int from = tokens.firstAtOrAfter(content.start());
        int to = tokens.lastEndingBy(content.end());
        if (from > 0 && tokens.get(from - 1).is("that") || from <= to && tokens.get(from).is("to")) {
            return true;
        }
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLowerCase(t.first()) && (t.is(Word.FINITE) || t.is(Word.BE))) {
                return true;
            }
        }
        return false;
    }
}
