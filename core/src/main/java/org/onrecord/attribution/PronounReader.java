package org.onrecord.attribution;

import static org.onrecord.attribution.NarrativeSubjects.REACH;

import java.util.Locale;
import java.util.Optional;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.text.Span;
import org.onrecord.text.Token;

/**
 * A pronoun's person: "he" and "she" to the person of the gender who opens a narrative sentence
 * before (or the description of the gender that does), an object pronoun after a cue to the
 * subject before it, "they" to a plural subject before, "it" to the body the text is about.
 */
final class PronounReader extends SpeakerReader {
    private final BodyReader bodies;
    private final DescriptionReader descriptions;

    PronounReader(Parts parts, BodyReader bodies, DescriptionReader descriptions) {
        super(parts);
        this.bodies = bodies;
        this.descriptions = descriptions;
    }

    /** The speaker a pronoun {@code m}, as {@code written}, stands for; the pronoun itself when nothing is found. */
    ResolvedSpeaker pronoun(Span m, String written) {
        Token only = tokens.at(tokens.firstAtOrAfter(m.start()));
        if (only != null && only.end() == m.end() && only.isContractionOfI()) {
            return new ResolvedSpeaker("I", m, -1, null, null); // "I’ve said": the writer, as "I said"
        }
        String w = written.toLowerCase(Locale.ROOT);
        Gender gender = w.equals("he") || w.equals("him") || w.equals("his") ? Gender.MALE
                : w.equals("she") || w.equals("her") ? Gender.FEMALE : null;
        if (gender != null) {
            int before = objectOfCue(m, w);
            PersonEntity p;
            if (before != m.start()) {
                // an object pronoun's person is a clause's subject before it, of the gender or of none known
                p = subjects.subjectBefore(before, gender, true);
            } else {
                // one walk: the person of the gender who opens a sentence, and the first description of
                // the gender that opens one where no such person does; an
                // indefinite one ("A security officer … He asked") is someone new, so the walk ends there
                Span[] described = new Span[1];
                boolean[] nearer = new boolean[1]; // a description of a person opened a sentence nearer the pronoun
                boolean[] read = new boolean[1]; // a narrative sentence before the pronoun's own was read
                Optional<PersonEntity> walked = subjects.subjectBefore(before, gender, (from, to) -> {
                    PersonEntity named = subjects.subjectIn(from, to, gender, false);
                    if (named != null) {
                        return Optional.of(named);
                    }
                    if (described[0] == null) {
                        described[0] = gendered(from, to, gender, nearer[0] ? -1 : m.start());
                        Source opening = phrases.descriptionOpening(from);
                        nearer[0] |= opening != null && opening.kind() == Source.Kind.DESCRIPTION
                                && !subjects.quoted(tokens.firstAtOrAfter(opening.mention().start()),
                                        tokens.lastEndingBy(opening.mention().end()))
                                && person(opening.mention()); // not "The club came in for criticism", "The vote"
                        if (described[0] != null) {
                            return someoneNew(described[0]) ? Optional.empty() : null;
                        }
                    }
                    // the nearest sentences only: the pronoun's own, and the narrative sentence before it
                    PersonEntity inside = nearer[0] || read[0] ? null : subjects.clauseSubjectIn(from, to, gender);
                    if (inside == null && to == before) {
                        inside = subordinateOf(from, m, gender);
                    }
                    if (inside == null && !nearer[0] && !read[0] && to != before) { // the sentence before the pronoun's
                        inside = subjects.introducedIn(from, to, gender);
                    }
                    // past the pronoun's own sentence when it names someone ("substitute Martin Karikari
                    // became the latest to miss when he shot"): no clause's subject further back
                    read[0] |= to != before ? !subjects.chains(from, to, gender) : mentioned(from, before, gender);
                    return inside == null ? null : Optional.of(inside);
                });
                p = walked == null ? null : walked.orElse(null);
                ResolvedSpeaker d = p == null && described[0] != null ? describedSpeaker(m, described[0]) : null;
                if (d != null) {
                    return d;
                }
            }
            if (p == null) {
                int end = subjects.narrativeEnd(before); // not "Based on a breed developed by Norman Borlaug, …, he writes."
                p = entities.lastPersonBefore(end, Math.max(0, end - REACH), gender);
            }
            if (p != null) {
                return SpeakerResolver.person(p, m);
            }
        }
        if (w.equals("they") || w.equals("them")) { // "them" of "according to them"
            String group = bodies.pluralSubjectBefore(m.start());
            if (group != null) {
                return new ResolvedSpeaker(group, m, -1, null, null);
            }
        }
        if (w.equals("it")) {
            // as "he": the body that is the subject of the nearest narrative sentences, else one named just before
            String body = subjects.subjectBefore(m.start(), bodies::bodyOrDescribedBodyIn, "it");
            if (body == null) {
                body = bodies.bodyBefore(m.start());
            }
            if (body != null) {
                return new ResolvedSpeaker(body, m, -1, null, null);
            }
        }
        return new ResolvedSpeaker(written, m, -1, null, null);
    }

    /**
     * "news agency ANI quoted him as saying": an object pronoun right after a cue is never that
     * cue's subject, so it is resolved from before the subject; else from the pronoun itself.
     */
    private int objectOfCue(Span m, String w) {
        int at = tokens.firstAtOrAfter(m.start());
        if (!(w.equals("him") || w.equals("her")) || at < 2 || tokens.get(at - 1).cue() == null
                || !tokens.sameParagraph(at - 1, at)) {
            return m.start();
        }
        Source subject = reader.sourceBefore(at - 2, tokens.sentenceStart(at - 1));
        return subject == null || subject.kind() == Source.Kind.PRONOUN ? m.start() : subject.mention().start();
    }

    /** The description of the gender that opens the sentence of tokens {@code from..to} and is its verb's subject, or null. */
    private Span gendered(int from, int to, Gender gender, int pronoun) {
        Source subject = phrases.descriptionOpening(from);
        if (subject == null || subject.kind() != Source.Kind.DESCRIPTION || subject.mention().end() > to
                || phrases.headWords(subject.mention()) > 5 || phrases.joinsTwo(subject.mention())) {
            return null; // "One female worker follows the man": no description
        }
        int last = tokens.lastEndingBy(subject.mention().end());
        Token head = tokens.get(last);
        Token verb = tokens.at(last + 1);
        boolean ofGender = gender == Gender.FEMALE ? head.is(Word.PERSON_FEMALE) : head.is(Word.PERSON_MALE);
        boolean subjectOfVerb = verb != null && verb.isWord() && Character.isLowerCase(verb.first()) && !verb.is(Word.PRONOUN);
        if (!ofGender && subjectOfVerb) {
            ofGender = newSpeaker(subject.mention(), last, gender, pronoun);
        }
        NameMention named = entities.firstMentionIn(subject.mention());
        Token afterName = named == null ? null : tokens.at(tokens.lastEndingBy(named.span().end()) + 1);
        boolean possessor = afterName != null && afterName.kind() == Token.Kind.POSSESSIVE; // "Mallick’s wife"
        return ofGender && subjectOfVerb && (named == null || possessor) ? subject.mention() : null;
    }

    /** "A passerby", "an official", "another witness", "One person": a description of someone new (not "one of …"). */
    private boolean someoneNew(Span description) {
        if (phrases.opensIndefinite(description)) {
            return true;
        }
        int first = tokens.firstAtOrAfter(description.start());
        Token next = tokens.at(first + 1);
        return tokens.get(first).lower().equals("one") && next != null && next.isWord() && !next.is(Word.PREPOSITION);
    }

    /**
     * "A passerby told Dawn.com … “…,” she said", "One person replied … She said:": the description
     * ending at token {@code last} introduces someone new of no gender its noun tells, who speaks, and
     * no person of the gender is named between it and the {@code pronoun} (-1: a description opened a
     * sentence nearer the pronoun, "The 30-year-old suitor wore … as he welcomed"): the pronoun goes on
     * with them, not with a person named before them. Not "A third added", "another said".
     */
    private boolean newSpeaker(Span description, int last, Gender gender, int pronoun) {
        Token head = tokens.get(last);
        return pronoun >= 0 && someoneNew(description) && phrases.headWords(description) >= 2 && speaker(head, gender)
                && !head.is(Word.NOT_NAME) && speaks(last + 1)
                && !namedBetween(description.end(), pronoun, gender);
    }

    /**
     * A person who may be of the gender is named outside quotation marks from token {@code from} to
     * character {@code to}, as an owner too, or described ("That still leaves the boss in a difficult
     * position, and he will want …").
     */
    private boolean mentioned(int from, int to, Gender gender) {
        int start = tokens.get(from).start();
        if (to <= start) {
            return false;
        }
        Word other = gender == Gender.FEMALE ? Word.PERSON_MALE : Word.PERSON_FEMALE;
        for (int i = from + 1; i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLowerCase(t.first()) && !t.is(other) && tokens.get(i - 1).is(Word.DETERMINER)
                    && TokenView.isPersonNoun(t)
                    && !subjects.quoted(i, i)) {
                return true;
            }
        }
        for (NameMention nm : entities.mentionsStartingIn(new Span(start, to))) {
            Gender g = nm.isPerson() && !nm.quoted() ? entities.person(nm.person()).gender() : null;
            if (g == gender || g == Gender.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person who may be of the gender is named outside quotation marks from {@code from} to
     * {@code to}, not as an owner ("replied to Ms Sturgeon's post" names no one who acts).
     */
    private boolean namedBetween(int from, int to, Gender gender) {
        if (to <= from) {
            return false;
        }
        for (NameMention nm : entities.mentionsStartingIn(new Span(from, to))) {
            if (!nm.isPerson() || nm.quoted() || subjects.owns(tokens.lastEndingBy(nm.span().end()))) {
                continue;
            }
            Gender g = entities.person(nm.person()).gender();
            if (g == gender || g == Gender.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * A description of a person: a role or a person noun or a name stands in it after its first word
     * ("The youngest Kardashian kept looking"), or it gives an age ("The 30-year-old suitor").
     */
    private boolean person(Span description) {
        int first = tokens.firstAtOrAfter(description.start());
        return description.of(doc.text()).contains("year-old") || tokens.anyIn(description, t -> t.isWord() && t.start() > tokens.get(first).start()
                && (TokenView.isPersonNoun(t) || Character.isUpperCase(t.first())));
    }

    /**
     * "… shows Ms Mikakos standing alongside jobs minister Martin Pakula as he said: '…'": the pronoun
     * {@code m} opens a clause after a subordinator (function-words.tsv: "as", "when", "while" …) in its own
     * sentence (from token {@code from}), which names before it exactly one person, known to be of the
     * pronoun's gender, and no one of unknown gender, no name after a determiner ("the Jimmy Savile
     * scandal") and no described person ("her opinionated mum"): that person; else null.
     */
    private PersonEntity subordinateOf(int from, Span m, Gender gender) {
        int at = tokens.firstAtOrAfter(m.start());
        Token join = tokens.at(at - 1);
        if (join == null || !join.isWord() || !Character.isLowerCase(join.first()) || !join.is(Word.SUBORDINATOR)) {
            return null;
        }
        for (int i = from + 1; i < at; i++) {
            Token t = tokens.get(i);
            Token next = tokens.at(i + 1);
            boolean determined = false;
            for (int k = i - 1; k >= from && k >= i - 3 && tokens.get(k).isWord(); k--) {
                determined |= tokens.get(k).is(Word.DETERMINER); // "her opinionated mum", "The actor"
                if (Character.isUpperCase(tokens.get(k).first())) {
                    break;
                }
            }
            if (t.isWord() && Character.isLowerCase(t.first()) && determined
                    && TokenView.isPersonNoun(t)
                    && !(next != null && next.isWord() && Character.isUpperCase(next.first()))) {
                return null; // "her opinionated mum, Sue leaves Gok gobsmacked when she slams": someone described
            }
        }
        PersonEntity found = null;
        for (NameMention nm : entities.mentionsStartingIn(new Span(tokens.get(from).start(), m.start()))) {
            if (!nm.isPerson() || nm.quoted()) {
                continue;
            }
            Token article = tokens.at(tokens.firstAtOrAfter(nm.span().start()) - 1);
            if (article != null && article.isWord() && article.is(Word.DETERMINER)) {
                return null; // "until the Jimmy Savile scandal - when he said"
            }
            PersonEntity p = entities.person(nm.person());
            if (p.gender() == Gender.UNKNOWN || p.gender() == gender && found != null && found != p) {
                return null;
            }
            if (p.gender() == gender && !subjects.owns(tokens.lastEndingBy(nm.span().end()))) {
                found = p;
            }
        }
        return found;
    }

    /** A noun for a body, a document or a group, not one person: "club", "statement", "residents". */
    private static boolean body(Token head) {
        return head.is(Word.ORGANISATION) || head.is(Word.KNOWN_ORGANISATION) || head.is(Word.DOCUMENT) || head.is(Word.PLURAL_SOURCE);
    }

    /** The head noun may be one person of the pronoun's gender: not a body, a document, a group or the other gender's noun. */
    private static boolean speaker(Token head, Gender gender) {
        Word other = gender == Gender.FEMALE ? Word.PERSON_MALE : Word.PERSON_FEMALE;
        return head.isWord() && Character.isLowerCase(head.first()) && !head.is(other) && !body(head);
    }

    /** A speech verb at token {@code i}, over "also", "later" and the like: "A passerby told", "One person also said". */
    private boolean speaks(int i) {
        Token t = tokens.at(i);
        while (t != null && t.cue() == null && t.isLowerCase(Word.SKIPPABLE)) {
            t = tokens.at(++i);
        }
        return t != null && TokenView.isInflectedCue(t);
    }

    /**
     * "However, the girl's aunt accused the police … She also said": the pronoun {@code m} stands for
     * the {@code described} person of its gender that opened a sentence of its walk, where the walk
     * found no named person: as resolved, when that is someone of their own; null for a named
     * person's epithet, which the fallbacks resolve.
     */
    private ResolvedSpeaker describedSpeaker(Span m, Span described) {
        String written = described.of(doc.text());
        ResolvedSpeaker d = descriptions.description(described, written);
        // "the girl's aunt", "A woman" are someone of their own; "The Bengaluru man", "the 57-year-old
        // actress" left unresolved may be a named person's epithet: the named person found as before decides
        boolean own = d.person() >= 0 || !d.name().equals(written) || someoneNew(described)
                || tokens.anyIn(described, t -> t.kind() == Token.Kind.POSSESSIVE);
        return own ? new ResolvedSpeaker(d.name(), m, d.person(), d.role(), d.organisation()) : null;
    }
}
