package org.onrecord.attribution;

import static org.onrecord.attribution.NarrativeSubjects.REACH;
import static org.onrecord.attribution.NarrativeSubjects.WALK;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.entity.Role;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Segmented;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Turns a source mention into a speaker: names to their person, pronouns to the last compatible
 * person named in the narrative, descriptions to the person whose role they repeat, and documents
 * ("the memo") to their author when the text names one.
 */
final class SpeakerResolver {


    private final Segmented doc;
    private final Tokens tokens;
    private final Entities entities;
    private final NarrativeSubjects subjects;
    private final SourceReader reader; // no state of its own: one for every phrase this resolver reads

    SpeakerResolver(Segmented doc, Tokens tokens, Entities entities) {
        this(doc, tokens, entities, List.of());
    }

    /** @param quotes the article's quotations in marks: a pronoun's person is sought in the narrative around them */
    SpeakerResolver(Segmented doc, Tokens tokens, Entities entities, List<QuoteSpan> quotes) {
        this.doc = doc;
        this.tokens = tokens;
        this.entities = entities;
        this.subjects = new NarrativeSubjects(doc, tokens, entities, quotes);
        this.reader = new SourceReader(tokens);
    }

    ResolvedSpeaker resolve(Source source) {
        ResolvedSpeaker head = resolveHead(source);
        if (source.relative() == null) {
            return head;
        }
        // PolNeAR and readers alike point at the "who" that attributes; the name is what it stands for
        return new ResolvedSpeaker(head.name(), source.relative(), head.person(), head.role(), head.organisation());
    }

    private ResolvedSpeaker resolveHead(Source source) {
        Span m = source.mention();
        String written = m.of(doc.text());
        if (source.kind() != Source.Kind.PRONOUN) {
            String force = PoliceForce.of(written, doc.text(), tokens);
            if (force != null) {
                return new ResolvedSpeaker(force, m, -1, null, null); // "the police" → "Manitoba RCMP"
            }
        }
        return switch (source.kind()) {
            case NAME -> name(m, written);
            case PRONOUN -> pronoun(m, written);
            case DESCRIPTION -> description(m, written);
        };
    }

    private ResolvedSpeaker name(Span m, String written) {
        NameMention nm = entities.lastMentionIn(m);
        if (nm == null) {
            nm = entities.mentionHolding(m); // the source is part of a longer name
        }
        if (nm == null) {
            nm = nameCutShort(m); // "The Industrial" of "The Industrial and Commercial Workers’ Union"
        }
        String owned = nm != null && nm.isPerson() ? ownedBy(m, nm) : null;
        if (owned != null) {
            return new ResolvedSpeaker(owned, m, -1, null, null);
        }
        if (nm != null && nm.isPerson()) {
            return person(entities.person(nm.person()), m);
        }
        if (nm != null) {
            return new ResolvedSpeaker(entities.organisations().get(nm.organisation()).name(), m, -1, null, null);
        }
        // "After conceding 33 goals last season, Klopp may …": a surname alone that the entity stage
        // left unlinked is the one person the article names with it
        String bare = stripPossessive(written);
        PersonEntity bySurname = entities.onlyPersonCalled(bare);
        if (bySurname != null) {
            return person(bySurname, m);
        }
        String lone = bare.toLowerCase(Locale.ROOT);
        PersonEntity titled = Entities.abbreviatesTitle(lone) ? describedInBody(m, lone) : null;
        if (titled != null) {
            return person(titled, m); // "PM targets oppn …" in a headline: the prime minister the body introduces
        }
        return new ResolvedSpeaker(bare, m, -1, null, null);
    }

    private ResolvedSpeaker pronoun(Span m, String written) {
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
                // the gender that opens one where no such person does
                // the first description of the gender that opens one where no such person does; an
                // indefinite one ("A security officer … He asked") is someone new, so the walk ends there
                Span[] described = new Span[1];
                Optional<PersonEntity> walked = subjects.subjectBefore(before, gender, (from, to) -> {
                    PersonEntity named = subjects.subjectIn(from, to, gender, false);
                    if (named != null) {
                        return Optional.of(named);
                    }
                    if (described[0] == null) {
                        described[0] = gendered(from, to, gender);
                        return described[0] != null && opensIndefinite(described[0]) ? Optional.empty() : null;
                    }
                    return null;
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
                return person(p, m);
            }
        }
        if (w.equals("they")) {
            String group = pluralSubjectBefore(m.start());
            if (group != null) {
                return new ResolvedSpeaker(group, m, -1, null, null);
            }
        }
        if (w.equals("it")) {
            // as "he": the body that is the subject of the nearest narrative sentences, else one named just before
            String body = subjects.subjectBefore(m.start(), this::bodyOrDescribedBodyIn, "it");
            if (body == null) {
                body = bodyBefore(m.start());
            }
            if (body != null) {
                return new ResolvedSpeaker(body, m, -1, null, null);
            }
        }
        return new ResolvedSpeaker(written, m, -1, null, null);
    }

    /**
     * The body a sentence of tokens {@code from..to} is about, for "it": an organisation by its name
     * ({@link NarrativeSubjects#bodySubjectIn}), else one the text names again by a description that
     * opens the sentence or follows "according to" and stands for it: "The union further condemned
     * … It argued", "…, according to the civil liberties group. … , it added." Null when none does.
     */
    private String bodyOrDescribedBodyIn(int from, int to) {
        String named = subjects.bodySubjectIn(from, to);
        if (named != null) {
            return named;
        }
        String found = describedBody(descriptionOpening(from), to);
        for (int k = from; k + 2 < tokens.size() && tokens.get(k + 2).end() <= to; k++) {
            if (tokens.get(k).lower().equals("according") && tokens.get(k + 1).is("to")) {
                String body = describedBody(reader.sourceAfter(k + 2), to);
                found = body != null ? body : found;
            }
        }
        return found;
    }

    /** The phrase after any connectives that opens the sentence at token {@code sentence}, when a determiner opens it; else null. */
    private Source descriptionOpening(int sentence) {
        int opening = sentence;
        while (opening < tokens.size() && (tokens.get(opening).is(Word.CONNECTIVE) || tokens.get(opening).is(","))) {
            opening++;
        }
        return opening < tokens.size() && tokens.get(opening).is(Word.DETERMINER) ? reader.sourceFrom(opening, true) : null;
    }

    /**
     * The organisation a description of a body ending by character {@code to} stands for ("the union"
     * → the ICU, "the civil liberties group" → the Manifesto Club), or null: only a noun for a body,
     * as {@link #description} reads it, not a person or a document.
     */
    private String describedBody(Source s, int to) {
        if (s == null || s.kind() != Source.Kind.DESCRIPTION || s.mention().end() > to
                || entities.lastMentionIn(s.mention()) != null) {
            return null;
        }
        Span m = s.mention();
        List<String> words = words(m);
        Entry head = words.isEmpty() ? null : tokens.lexicon().entry(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
        if (head == null || !head.is(Word.ORGANISATION) || head.is(Word.ROLE) || head.is(Word.DOCUMENT)) {
            return null;
        }
        String organisation = entities.organisationDescribed(m.start(), Math.max(0, m.start() - REACH),
                subjects.sentencesBefore(m.start(), 1), words);
        return organisation != null ? organisation : bodyDescribed(m, words, head);
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

    /**
     * "However, the girl's aunt accused the police … She also said": the pronoun {@code m} stands for
     * the {@code described} person of its gender that opened a sentence of its walk, where the walk
     * found no named person: as resolved, when that is someone of their own; null for a named
     * person's epithet, which the fallbacks resolve.
     */
    private ResolvedSpeaker describedSpeaker(Span m, Span described) {
        String written = described.of(doc.text());
        ResolvedSpeaker d = description(described, written);
        // "the girl's aunt", "A woman" are someone of their own; "The Bengaluru man", "the 57-year-old
        // actress" left unresolved may be a named person's epithet: the named person found as before decides
        boolean own = d.person() >= 0 || !d.name().equals(written) || opensIndefinite(described)
                || anyTokenIn(described, t -> t.kind() == Token.Kind.POSSESSIVE);
        return own ? new ResolvedSpeaker(d.name(), m, d.person(), d.role(), d.organisation()) : null;
    }

    /** The words of a description up to its head, before any preposition and its object. */
    private int headWords(Span description) {
        int first = tokens.firstAtOrAfter(description.start());
        int last = tokens.lastEndingBy(description.end());
        int words = 0;
        for (int i = first; i <= last && !(i > first && tokens.get(i).isLowerCase(Word.PREPOSITION)); i++) {
            words += tokens.get(i).isWord() ? 1 : 0;
        }
        return words;
    }

    private boolean opensIndefinite(Span description) {
        String first = tokens.get(tokens.firstAtOrAfter(description.start())).lower();
        return first.equals("a") || first.equals("an") || first.equals("another"); // "Another police officer said": someone new
    }

    /** The description of the gender that opens the sentence of tokens {@code from..to} and is its verb's subject, or null. */
    private Span gendered(int from, int to, Gender gender) {
        int opening = from;
        while (opening < tokens.size() && (tokens.get(opening).is(Word.CONNECTIVE) || tokens.get(opening).is(","))) {
            opening++;
        }
        Source subject = opening < tokens.size() && tokens.get(opening).is(Word.DETERMINER)
                ? reader.sourceFrom(opening, true) : null;
        if (subject == null || subject.kind() != Source.Kind.DESCRIPTION || subject.mention().end() > to
                || headWords(subject.mention()) > 5 || joinsTwo(subject.mention())) {
            return null; // "One female worker follows the man": no description
        }
        int last = tokens.lastEndingBy(subject.mention().end());
        Token head = tokens.get(last);
        Token verb = tokens.at(last + 1);
        boolean ofGender = gender == Gender.FEMALE ? head.is(Word.PERSON_FEMALE) : head.is(Word.PERSON_MALE);
        boolean subjectOfVerb = verb != null && verb.isWord() && Character.isLowerCase(verb.first()) && !verb.is(Word.PRONOUN);
        return ofGender && subjectOfVerb && entities.firstMentionIn(subject.mention()) == null ? subject.mention() : null;
    }

    /**
     * "Gorshenin's defence lawyer said", "Benjamin Netanyahu’s office said": the person named in the
     * source owns the one who speaks and is not them. The speaker is what the owner has, after the
     * owner's full name when the text gave their surname ("Daniel John Gorshenin's defence lawyer"),
     * else after the owner as written; null when the name is not an owner inside the source, or what
     * it owns is no noun that speaks.
     */
    private String ownedBy(Span m, NameMention owner) {
        int last = tokens.lastEndingBy(owner.span().end());
        int head = tokens.lastEndingBy(m.end());
        for (int i = last + 2; i < head; i++) {
            if (tokens.get(i).isLowerCase(Word.PREPOSITION)) {
                head = i - 1; // "Trump's first secretary of state": the secretary's, not Trump
                break;
            }
        }
        if (!subjects.owns(last) || head <= last + 1 || owner.span().end() > m.end() || !canSpeak(tokens.get(head))
                || joinsTwo(new Span(tokens.get(last + 1).start(), tokens.get(head).end()))) {
            return null; // "Kim's mental", "Trump’s early-morning": a fragment, left to the owner as before
        }
        String written = owner.span().of(doc.text());
        String full = entities.person(owner.person()).name();
        String name = full.equals(written) || full.endsWith(" " + written) ? full : written;
        return name + doc.text().substring(tokens.get(last + 1).start(), m.end());
    }

    /**
     * "The Industrial and Commercial Workers’ Union (ICU) … has kicked against …, warning that": a
     * description read as its determiner and the first capitalised words of a longer name, the
     * name it was cut from; else null.
     */
    private NameMention nameCutShort(Span m) {
        int first = tokens.firstAtOrAfter(m.start());
        int last = tokens.lastEndingBy(m.end());
        if (last <= first || !tokens.get(first).is(Word.DETERMINER) || !Character.isUpperCase(tokens.get(first + 1).first())) {
            return null;
        }
        NameMention holder = entities.mentionHolding(new Span(tokens.get(first + 1).start(), m.end()));
        return holder != null && holder.span().end() > m.end() && !holder.quoted()
                && (holder.isPerson() || holder.organisation() >= 0) ? holder : null;
    }

    /**
     * The name inside a description follows a lower-case preposition ("of", "for", "from", "with",
     * "to", …): it is the complement of the description's head, not its head ("Secretary of State
     * Mike Pompeo" has a capitalised word before the name, "Labour leader Keir Starmer" no
     * preposition). Not after "by" ("a portrait taken by Raphael Neal", "the statement by Jaimi's
     * father") nor after a document ("A statement from Buckingham Palace"): there the name is the author.
     */
    private boolean complementOfHead(NameMention inside) {
        int first = tokens.firstAtOrAfter(inside.span().start());
        Token before = tokens.at(first - 1);
        if (before == null || !before.isWord() || !Character.isLowerCase(before.first()) || before.is("by")
                || !(before.is(Word.PREPOSITION) || before.is(Word.OBJECT_PREPOSITION))) {
            return false;
        }
        Token head = tokens.at(first - 2);
        return head != null && !head.is(Word.DOCUMENT);
    }

    /** A noun for someone or something that speaks: a role, a body, a document, a person, a group. */
    private static boolean canSpeak(Token head) {
        return head.is(Word.ROLE) || head.is(Word.ORGANISATION) || head.is(Word.DOCUMENT) || head.is(Word.PERSON)
                || head.is(Word.PERSON_MALE) || head.is(Word.PERSON_FEMALE) || head.is(Word.PLURAL_SOURCE);
    }

    private ResolvedSpeaker description(Span m, String written) {
        NameMention inside = entities.lastMentionIn(m);
        NameMention cut = inside == null ? nameCutShort(m) : null;
        if (cut != null) {
            return cut.isPerson() ? person(entities.person(cut.person()), m)
                    : new ResolvedSpeaker(entities.organisations().get(cut.organisation()).name(), m, -1, null, null);
        }
        List<String> words = words(m);
        String head = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        Entry headWord = tokens.lexicon().entry(head);
        if (headWord.is(Word.DOCUMENT)) {
            if (inside != null && inside.isPerson()) {
                return person(entities.person(inside.person()), m);
            }
            if (inside != null && inside.organisation() >= 0 && subjects.owns(tokens.lastEndingBy(inside.span().end()))) {
                return new ResolvedSpeaker(entities.organisations().get(inside.organisation()).name(), m, -1, null, null);
            }
            // "a statement" is a new one: only "the statement", "its directive" name one again
            boolean again = !words.get(0).equalsIgnoreCase("a") && !words.get(0).equalsIgnoreCase("an");
            ResolvedSpeaker author = inside == null && again ? authorOf(head, headWord.is(Word.MESSAGE), m) : null;
            if (author == null && inside == null && headWord.is(Word.MESSAGE) && words.size() == 2
                    && words.get(0).equalsIgnoreCase("the")) {
                // "“…,” the statement said" with no statement named before: the body the story is about issued it
                String body = subjects.subjectBefore(m.start(), this::bodyOrDescribedBodyIn, "it");
                author = body == null ? null : new ResolvedSpeaker(body, m, -1, null, null);
            }
            return author != null ? author : new ResolvedSpeaker(written, m, -1, null, null);
        }
        if (inside != null && inside.isPerson() && complementOfHead(inside)) {
            // "The mother of Jane Smith", "Another police officer from Budhal", "A spokesman for Tom
            // Baker": the person named after the head and a preposition is not the one who speaks
            return new ResolvedSpeaker(written, m, -1, null, null);
        }
        String owned = inside != null && inside.isPerson() ? ownedBy(m, inside) : null;
        if (owned != null) {
            // "Mike Pompeo, who served as Trump’s first secretary of state, … Trump’s first secretary of state called"
            PersonEntity introduced = Introductions.of(doc.text(), entities, m);
            return introduced != null ? person(introduced, m) : new ResolvedSpeaker(owned, m, -1, null, null);
        }
        if (inside != null && inside.isPerson()) {
            return person(entities.person(inside.person()), m);
        }
        String organisation = inside == null
                ? entities.organisationDescribed(m.start(), Math.max(0, m.start() - REACH), subjects.sentencesBefore(m.start(), 1), words)
                : null;
        if (organisation != null) {
            return new ResolvedSpeaker(organisation, m, -1, null, null); // "the union" → the one union named before
        }
        PersonEntity named = appositiveName(m);
        if (named != null && (headWord.is(Word.ROLE) || headsPersonPhrase(words))) {
            return person(named, m);
        }
        PersonEntity introduced = Introductions.of(doc.text(), entities, m);
        if (introduced != null) {
            return person(introduced, m);
        }
        // "One Tory MP said", "a minister said": someone unnamed, not the minister named before
        boolean someoneNew = opensIndefinite(m) || !words.isEmpty() && words.get(0).equalsIgnoreCase("one");
        if (headWord.is(Word.ROLE) && !head.endsWith("s") && !someoneNew) {
            PersonEntity p = entities.describedBefore(m.start(), Math.max(0, m.start() - REACH), words);
            if (p == null && words.size() == 1) {
                p = describedInBody(m, head);
            } else if (p == null && m.start() < LEAD_CHARS && inLead(m)
                    && entities.lastPersonBefore(m.start(), 0, Gender.UNKNOWN) == null) {
                // "…, the country's eSafety commissioner has said." opening the story: the body names her after
                p = entities.describedBefore(Math.min(doc.text().length(), m.end() + REACH), m.end(), words);
                if (p == null) {
                    p = namedNextWithoutRole(m);
                }
            }
            if (p != null) {
                return person(p, m);
            }
        }
        String spokesperson = spokespersonOf(m, words, head);
        if (spokesperson != null) {
            return new ResolvedSpeaker(spokesperson, m, -1, null, null);
        }
        String body = bodyDescribed(m, words, headWord);
        if (body != null) {
            return new ResolvedSpeaker(body, m, -1, null, null);
        }
        Entry person = personNoun(head);
        boolean age = words.size() == 2 && Introductions.isAge(head); // "the 30-year-old told …"
        if ((person != null || age) && words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            // "the mother-of-four said", "The rookie coach admitted": the person who opened a sentence just before
            Gender gender = person == null ? Gender.UNKNOWN : person.is(Word.PERSON_MALE) ? Gender.MALE
                    : person.is(Word.PERSON_FEMALE) ? Gender.FEMALE : Gender.UNKNOWN;
            PersonEntity p = subjects.subjectBefore(m.start(), gender, true);
            if (p == null && person != null && !describedPersonOpensBefore(m)) {
                // "The Great Gatsby star showed off …" after a caption naming Joel Edgerton: the person
                // the article is about, when one is named far more often than anyone else
                p = entities.dominantPersonBefore(m.start(), gender);
            }
            if (p != null) {
                return person(p, m);
            }
        }
        if (headWord.is(Word.ROLE) && !head.endsWith("s") && words.size() > 2 && words.get(0).equalsIgnoreCase("the")
                && holdsCapital(words)) {
            // "“…,” Gandhi said. …, the former Congress chief said": a role the text never gave, with a
            // name in it, stands for the person who spoke or opened a sentence just before
            PersonEntity p = subjects.subjectBefore(m.start(), Gender.UNKNOWN, true);
            if (p != null) {
                return person(p, m);
            }
        }
        String fuller = fullerDescription(m, words, head, headWord);
        return new ResolvedSpeaker(fuller != null ? fuller : written, m, -1, null, null);
    }

    /**
     * "The former TOWIE star, 39, is said to … She reportedly discussed … The reality star was also
     * asked": one of the two sentences before opens with a description of a person (a person noun
     * after "the"), who may be someone other than the person the article is about.
     */
    private boolean describedPersonOpensBefore(Span m) {
        int sentence = tokens.sentenceStart(tokens.firstAtOrAfter(m.start()));
        for (int k = 0; k < 2 && sentence > 0; k++) {
            sentence = tokens.sentenceStart(sentence - 1);
            Source s = descriptionOpening(sentence);
            if (s != null && s.kind() == Source.Kind.DESCRIPTION && entities.lastMentionIn(s.mention()) == null) {
                List<String> w = words(s.mention());
                if (!w.isEmpty() && personNoun(w.get(w.size() - 1).toLowerCase(Locale.ROOT)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "A DTC official, however, claimed … the official said", "the girl's aunt accused … the aunt
     * said": a short definite description of a person that no name stands for names again the fuller
     * description that introduced them, the nearest one before it outside quotations with the same head
     * and every word of it ("a DTC official"); one beside a person's name is that person's, not a
     * source of its own. Null when there is none.
     */
    private String fullerDescription(Span m, List<String> words, String head, Entry headWord) {
        if (words.size() < 2 || words.size() > 3 || !words.get(0).equalsIgnoreCase("the")
                || !(headWord.is(Word.ROLE) || headWord.is(Word.PERSON_MALE) || headWord.is(Word.PERSON_FEMALE))
                || personNoun(head) != null) {
            return null; // "the actress", "the star": a named person's epithets, fuller or not
        }
        for (int i = tokens.firstAtOrAfter(m.start()) - 1; i >= 0 && m.start() - tokens.get(i).start() < REACH; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.lower().equals(head) || subjects.quoted(i, i)) {
                continue;
            }
            Source np = reader.nounPhraseEndingAt(i, tokens.sentenceStart(i));
            if (np == null || np.kind() != Source.Kind.DESCRIPTION) {
                continue;
            }
            List<String> fuller = words(np.mention());
            if (fuller.size() <= words.size() || !holdsAll(fuller, words.subList(1, words.size()))) {
                continue; // "the official" again: the chain goes on back to where it began
            }
            if (entities.firstMentionIn(np.mention()) != null || besideName(np.mention()) || joinsTwo(np.mention())
                    || !onePhrase(np.mention())) {
                return null;
            }
            String w = np.mention().of(doc.text());
            int space = w.indexOf(' ');
            String determiner = w.substring(0, space);
            return tokens.lexicon().entry(determiner.toLowerCase(Locale.ROOT)).is(Word.DETERMINER) ? determiner.toLowerCase(Locale.ROOT) + w.substring(space) : w;
        }
        return null;
    }

    /**
     * A phrase that opens with a determiner or a capital and has no other determiner: "a senior police
     * officer", "Rehabilitation Department sources"; not a misread "this month a woman" nor
     * "technician who married an American woman".
     */
    private boolean onePhrase(Span phrase) {
        int first = tokens.firstAtOrAfter(phrase.start());
        Token opening = tokens.get(first);
        if (!opening.is(Word.DETERMINER) && !Character.isUpperCase(opening.first())) {
            return false;
        }
        for (int i = first + 1; i < tokens.size() && tokens.get(i).end() <= phrase.end(); i++) {
            if (tokens.get(i).is(Word.DETERMINER) && tokens.get(i).isWord() || tokens.get(i).is("who")) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAll(List<String> words, List<String> some) {
        for (String w : some) {
            if (words.stream().noneMatch(w::equalsIgnoreCase)) {
                return false;
            }
        }
        return true;
    }

    /** "the nominee nor her campaign", "one of the sources", "the written reply of Minister": no one source with that head. */
    private boolean joinsTwo(Span phrase) {
        return anyTokenIn(phrase, t -> t.is("and") || t.is("or") || t.is("nor") || t.is("to")
                || t.isLowerCase(Word.PREPOSITION) || t.isLowerCase(Word.OBJECT_PREPOSITION));
    }

    /** Whether a token wholly inside the span is such a one. */
    private boolean anyTokenIn(Span span, Predicate<Token> such) {
        for (int i = tokens.firstAtOrAfter(span.start()); i < tokens.size() && tokens.get(i).end() <= span.end(); i++) {
            if (such.test(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A person's name stands right before the phrase across a comma, or after it: "Jane Doe, a nurse", "External Affairs Minister S Jaishankar". */
    private boolean besideName(Span phrase) {
        int first = tokens.firstAtOrAfter(phrase.start());
        int after = tokens.lastEndingBy(phrase.end()) + 1;
        int name = tokens.at(after) != null && tokens.get(after).is(",") ? after + 1 : after;
        NameMention next = tokens.at(name) != null ? entities.mentionHolding(tokens.get(name).span()) : null;
        NameMention previous = first >= 2 && tokens.get(first - 1).is(",")
                ? entities.mentionHolding(tokens.get(first - 2).span()) : null;
        return next != null && next.isPerson() || previous != null && previous.isPerson();
    }

    private static boolean holdsCapital(List<String> words) {
        for (String w : words.subList(1, words.size())) {
            if (Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Humberside Police have confirmed … A spokeswoman said": a spokesperson of no body named in the
     * description speaks for the organisation named last in the three sentences before, outside
     * quotations: "a Humberside Police spokeswoman". Null when none is named there.
     */
    private String spokespersonOf(Span m, List<String> words, String head) {
        if (words.size() != 2 || !head.startsWith("spokes") || !(words.get(0).equalsIgnoreCase("a")
                || words.get(0).equalsIgnoreCase("the"))) {
            return null;
        }
        int near = subjects.sentenceBack(tokens.firstAtOrAfter(m.start()), 3);
        NameMention last = null;
        for (NameMention nm : entities.mentionsStartingIn(new Span(tokens.get(near).start(), m.start()))) {
            if (!nm.isPerson() && !nm.quoted() && nm.organisation() >= 0) {
                last = nm;
            }
        }
        if (last == null) {
            return null;
        }
        return words.get(0).toLowerCase(Locale.ROOT) + " " + entities.organisations().get(last.organisation()).name() + " "
                + words.get(1);
    }

    /**
     * "Goldman Sachs, in a note, stressed … The investment bank concluded", "The National Irrigation
     * Administration (NIA) debunked … The government agency added": a definite description headed
     * by a word for a kind of body, with a word before the head that says which kind, stands for the
     * organisation named last before it outside quotations — one whose name holds the head word
     * first, else the last one named in the two sentences before. Null when none is.
     */
    private String bodyDescribed(Span m, List<String> words, Entry headWord) {
        if (!headWord.is(Word.ORGANISATION) || headWord.is(Word.ROLE) || words.size() < 3
                || !words.get(0).equalsIgnoreCase("the") || entities.lastMentionIn(m) != null) {
            return null; // "the union" alone, "the Labour party": not a body the text named before
        }
        for (String w : words.subList(1, words.size())) {
            if (Character.isUpperCase(w.charAt(0)) && words.indexOf(w) > 0) {
                return null; // "the Scottish government": a name of its own
            }
        }
        String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        int near = subjects.sentenceBack(tokens.firstAtOrAfter(m.start()), 2);
        NameMention last = null;
        NameMention holding = null;
        for (NameMention nm : entities.mentionsStartingIn(new Span(Math.max(0, m.start() - REACH), m.start()))) {
            if (nm.isPerson() || nm.quoted() || nm.organisation() < 0) {
                continue;
            }
            String name = entities.organisations().get(nm.organisation()).name();
            if (name.toLowerCase(Locale.ROOT).contains(head)) {
                holding = nm;
            }
            if (nm.span().start() >= tokens.get(near).start()) {
                last = nm;
            }
        }
        NameMention found = holding != null ? holding : last;
        return found == null ? null : entities.organisations().get(found.organisation()).name();
    }

    /**
     * "Imam says killer is ‘grandstanding’" in a standfirst: a bare role in the first two paragraphs
     * names the person the body then introduces with that role ("Imam Gamal Fouda"), the first such
     * person within reach after it; else null. Headlines name their speakers by role before name.
     */
    private PersonEntity describedInBody(Span m, String head) {
        if (!inLead(m)) {
            return null;
        }
        for (NameMention nm : entities.mentionsStartingIn(new Span(m.end(), Math.min(doc.text().length(), m.end() + REACH)))) {
            if (!nm.isPerson() || nm.quoted()) {
                continue;
            }
            PersonEntity p = entities.person(nm.person());
            for (Role role : p.roles()) {
                if (Entities.titleIs(role, head)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * "…, the country's eSafety commissioner has said. ¶ Julie Inman-Grant, who …, said": the person
     * whose full name opens the next paragraph, with no role of their own, is the one the lead
     * described; else null.
     */
    private PersonEntity namedNextWithoutRole(Span m) {
        Paragraph here = null;
        for (Paragraph p : doc.paragraphs()) {
            if (p.start() <= m.start() && m.start() < p.end()) {
                here = p;
                break;
            }
        }
        Paragraph next = here == null ? null : doc.nextContent(here);
        if (next == null) {
            return null;
        }
        NameMention first = entities.firstMentionIn(new Span(next.start(), next.end()));
        if (first == null || !first.isPerson() || first.span().start() != next.start()) {
            return null;
        }
        PersonEntity p = entities.person(first.person());
        return p.roles().isEmpty() && p.name().contains(" ") ? p : null;
    }

    /** How far into the text a description may be resolved to a person named after it: the headline and the lead sentence. */
    private static final int LEAD_CHARS = 400;

    /** The mention stands in the first two paragraphs: the headline and the lead, which name people by role first. */
    private boolean inLead(Span m) {
        List<Paragraph> paragraphs = doc.paragraphs(); // the second paragraph's end, not a walk: asked for every description
        return paragraphs.size() < 2 || m.start() <= paragraphs.get(1).end();
    }

    /** The lexicon entry of a person noun heading a description ("youngster", "mother" of "mother-of-four"), or null. */
    private Entry personNoun(String head) {
        int of = head.indexOf("-of-");
        Entry e = tokens.lexicon().entry(of > 0 ? head.substring(0, of) : head);
        return e.is(Word.PERSON) ? e : null;
    }

    /**
     * "a member of the Spare Parts Dealers Association", "the girl's mother": a role or a person
     * noun heads the phrase, before any "of", "for" or "at" and its complement.
     */
    private boolean headsPersonPhrase(List<String> words) {
        Entry head = null;
        for (String w : words) {
            if (w.equals("of") || w.equals("for") || w.equals("at")) {
                break;
            }
            head = tokens.lexicon().entry(w.toLowerCase(Locale.ROOT));
        }
        return head != null && (head.is(Word.ROLE) || head.is(Word.PERSON));
    }

    /**
     * "the country’s U.S. ambassador, Kirsten Hillman", "his homeland secretary, Kristi Noem, said":
     * the person named right after the description and a comma, when the name ends the sentence
     * or is closed by a comma or dash; else null.
     */
    private PersonEntity appositiveName(Span m) {
        int comma = tokens.firstAtOrAfter(m.end());
        if (comma >= tokens.size() || !tokens.get(comma).is(",") || !tokens.sameParagraph(comma, comma + 1)
                || tokens.lastEndingBy(m.end()) + 1 != comma) {
            return null;
        }
        Token first = tokens.at(comma + 1);
        if (first == null) {
            return null;
        }
        NameMention nm = entities.firstMentionIn(new Span(first.start(), doc.text().length()));
        if (nm == null || !nm.isPerson() || nm.span().start() != first.start()) {
            return null;
        }
        int after = tokens.firstAtOrAfter(nm.span().end());
        Token next = tokens.at(after);
        boolean closed = next == null || !tokens.sameParagraph(after, comma) || next.is(",") || next.is(".")
                || next.kind() == Token.Kind.PUNCT && org.onrecord.text.Chars.isDash(next.first());
        return closed ? entities.person(nm.person()) : null;
    }

    /**
     * What "they" stands for when it speaks: "Scientists analysed blood samples… They found": the
     * plural noun that opens the sentence before, or the one before that, when no name is in it
     * (a group of named people, an organisation or a singular subject gives nothing); else null.
     */
    private String pluralSubjectBefore(int before) {
        int own = tokens.firstAtOrAfter(before);
        if (own >= tokens.size()) {
            return null;
        }
        int sentence = tokens.sentenceStart(own);
        if (sentence < own) {
            // "Proponents have urged Congress to leave it intact, although they say …": its own sentence's subject
            Source subject = reader.sourceFrom(sentence, true);
            String group = subject == null || subject.kind() == Source.Kind.PRONOUN ? null : plural(subject);
            if (group != null) {
                return group;
            }
        }
        for (int k = 0; k < 3 && sentence > 0; ) {
            int end = sentence - 1;
            sentence = tokens.sentenceStart(end);
            if (!subjects.holdsWord(sentence, end)) {
                continue; // a closing mark read as a sentence of its own
            }
            k++;
            // a quoted sentence's subject is part of what was said, not who said it
            boolean quoted = tokens.get(sentence).kind() == Token.Kind.QUOTE_MARK || sentence > 0
                    && tokens.get(sentence - 1).kind() == Token.Kind.QUOTE_MARK && tokens.sameParagraph(sentence - 1, sentence);
            Source subject = quoted ? null : reader.sourceFrom(sentence, true);
            if (subject == null || subject.kind() == Source.Kind.PRONOUN) {
                // "In a statement, gardaí said …", "“…,” gardai said.": the source of the sentence's cue
                subject = cueSourceIn(sentence, end);
            }
            if (subject == null || subject.kind() == Source.Kind.PRONOUN) {
                continue;
            }
            return plural(subject); // the nearest subject decides: a singular one is not "they"
        }
        return null;
    }

    /** The police force or plural noun a subject names ("Gardaí", "Scientists"), or null. */
    private String plural(Source subject) {
        Span s = subject.mention();
        String force = PoliceForce.of(s.of(doc.text()), doc.text(), tokens);
        if (force != null) {
            return force; // "Gardaí said … They said"
        }
        int last = tokens.lastEndingBy(s.end());
        Token head = tokens.get(last);
        Token verb = tokens.at(last + 1);
        String h = head.lower();
        boolean plural = head.is(Word.PLURAL_SOURCE) || h.length() > 3 && h.endsWith("s")
                && !h.endsWith("ss") && !h.endsWith("is") && !h.endsWith("us");
        // "Scientists analysed": one plural noun and then its verb, not "The average GP partner earns £…"
        // nor "This group recognizes"
        boolean subjectThenVerb = verb != null && (verb.isWord() && Character.isLowerCase(verb.first()) || verb.is(","))
                && last == tokens.firstAtOrAfter(s.start()) && head.isWord() && h.indexOf('-') < 0;
        return entities.firstMentionIn(s) == null && plural && subjectThenVerb ? s.of(doc.text()) : null;
    }

    /**
     * The source right before the last lower-case speech verb of tokens {@code from..to} that has
     * one ("gardaí said they were … but said they were …": the second "said" has none), or null.
     */
    private Source cueSourceIn(int from, int to) {
        for (int k = to; k > from; k--) {
            Token t = tokens.get(k);
            if (t.isWord() && Character.isLowerCase(t.first()) && t.cue() != null && !t.lower().endsWith("ing")) {
                Source s = reader.sourceBefore(k - 1, from);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * What "it" stands for when it speaks: the organisation named last in its sentence or the one
     * before ("Network Rail … It said"), else the document noun last named there ("the report … It
     * found"); null when neither is.
     */
    private String bodyBefore(int before) {
        // "Despite Home Office guidance …, 31 councils issued CPNs, it added.": what was said names no speaker
        int stop = subjects.narrativeEnd(before);
        int end = tokens.lastEndingBy(stop);
        if (end < 0) {
            return null;
        }
        int sentence = tokens.sentenceStart(end);
        int floor = sentence > 0 ? tokens.sentenceStart(sentence - 1) : 0;
        Span window = new Span(tokens.get(floor).start(), stop);
        NameMention last = null;
        for (NameMention nm : entities.mentionsStartingIn(window)) {
            if (window.contains(nm.span()) && !nm.isPerson() && !nm.quoted()) {
                last = nm;
            }
        }
        for (int i = end; i >= floor; i--) {
            Token t = tokens.get(i);
            if (last != null && t.start() < last.span().start()) {
                break;
            }
            if (t.isWord() && t.is(Word.DOCUMENT) && i > 0 && tokens.get(i - 1).is(Word.DETERMINER)) {
                String author = authorAfter(i);
                return author != null ? author : tokens.get(i - 1).lower() + " " + t.lower();
            }
        }
        return last == null ? null : entities.organisations().get(last.organisation()).name();
    }

    /**
     * "A statement by the TUC's general council said … It said": the source after "by" or "from"
     * right after the document noun at {@code noun}, as resolved, else null; the body, not its paper, speaks.
     */
    private String authorAfter(int noun) {
        Token by = tokens.at(noun + 1);
        if (by == null || !by.isWord() || !(by.is("by") || by.is("from")) || !tokens.sameParagraph(noun, noun + 2)) {
            return null;
        }
        Source s = reader.sourceAfter(noun + 2);
        return s == null || s.kind() == Source.Kind.PRONOUN ? null : resolveHead(s).name();
    }

    /**
     * "Starmer, in a memo reported by PoliticsHome, ordered…", "In an updated statement, the RCMP
     * said …": the author of the document the description {@code m} names again, from the last
     * sentence before it that names a document so: the person who opens that sentence before the
     * noun; for a {@code message} (a statement, not a report) also an organisation there, else the
     * source of the sentence's cue after "in a statement", as resolved. Null when no sentence says.
     */
    private ResolvedSpeaker authorOf(String noun, boolean message, Span m) {
        int end = tokens.lastEndingBy(m.start());
        for (int i = end; i >= 0 && m.start() - tokens.get(i).start() < REACH; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.text().equalsIgnoreCase(noun)) {
                continue;
            }
            int s = tokens.sentenceStart(i);
            NameMention first = entities.firstMentionIn(new Span(tokens.get(s).start(), t.start()));
            if (first != null && first.isPerson()) {
                return person(entities.person(first.person()), m);
            }
            if (!message || subjects.quoted(i, i)) {
                continue; // a report or a poll is a source of its own: only a person who wrote it is its author
            }
            if (first != null && !first.quoted() && first.organisation() >= 0) {
                return new ResolvedSpeaker(entities.organisations().get(first.organisation()).name(), m, -1, null, null);
            }
            Source cueSource = inAdjunct(i) ? cueSourceIn(i, Math.min(tokens.sentenceEnd(i), i + WALK)) : null;
            if (cueSource != null && cueSource.kind() != Source.Kind.PRONOUN && !anyTokenIn(cueSource.mention(), w -> w.is(Word.DOCUMENT))
                    && !subjects.quoted(tokens.firstAtOrAfter(cueSource.mention().start()), tokens.lastEndingBy(cueSource.mention().end()))) {
                ResolvedSpeaker author = resolveHead(cueSource);
                // a name, or a description that stands for one ("the union" → the ICU); not "this meeting"
                boolean named = cueSource.kind() == Source.Kind.NAME || !author.name().equals(cueSource.mention().of(doc.text()));
                if (named) {
                    return new ResolvedSpeaker(author.name(), m, author.person(), author.role(), author.organisation());
                }
            }
        }
        return null;
    }

    /**
     * The document noun at token {@code noun} stands in an adjunct "in a/the … statement": the sentence's
     * cue is then its author's ("In an updated statement, the RCMP said"), not a reporter of a document
     * that is the subject ("An instruction letter obtained by The Courier Mail informs").
     */
    private boolean inAdjunct(int noun) {
        int i = noun - 1;
        while (i > 0 && noun - i <= 3 && tokens.get(i).isWord() && !tokens.get(i).is(Word.DETERMINER)
                && Character.isLowerCase(tokens.get(i).first())) {
            i--; // "updated", "joint", "press"
        }
        return i > 0 && tokens.get(i).is(Word.DETERMINER) && tokens.get(i - 1).lower().equals("in");
    }

    private List<String> words(Span m) {
        List<String> out = new ArrayList<>();
        for (int i = tokens.firstAtOrAfter(m.start()); i < tokens.size() && tokens.get(i).end() <= m.end(); i++) {
            if (tokens.get(i).isWord()) {
                out.add(tokens.get(i).text());
            }
        }
        return out;
    }

    static ResolvedSpeaker person(PersonEntity p, Span mention) {
        Role role = p.role();
        String org = null;
        for (Role r : p.roles()) {
            if (r.organisation() != null) {
                org = r.organisation();
                break;
            }
        }
        return new ResolvedSpeaker(p.name(), mention, p.index(), role == null ? null : role.title(), org);
    }

    /** As {@code s.replaceAll("[’']s$", "")}, without compiling that pattern for every speaker. */
    private static String stripPossessive(String s) {
        int n = s.length();
        int end = n; // {@code $} also matches before a line terminator that ends the input
        if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') {
            end = n - 2;
        } else if (n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(n - 1)) >= 0) {
            end = n - 1;
        }
        boolean possessive = end >= 2 && s.charAt(end - 1) == 's' && (s.charAt(end - 2) == '’' || s.charAt(end - 2) == '\'');
        return possessive ? s.substring(0, end - 2) + s.substring(end) : s;
    }
}
