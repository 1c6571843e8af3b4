package org.onrecord.attribution;

import static org.onrecord.attribution.NarrativeSubjects.REACH;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.text.Span;
import org.onrecord.text.Token;

/**
 * A description's speaker: the person or organisation named inside it, the author of a document,
 * the organisation a body noun names again, the person the text introduced with that role or age,
 * or the fuller description that introduced someone unnamed ("a DTC official" → "the official").
 */
final class DescriptionReader extends SpeakerReader {
    private final NamesInside names;
    private final LeadReader lead;
    private final BodyReader bodies;
    private final AuthorReader authors;

    DescriptionReader(Parts parts, NamesInside names, LeadReader lead, BodyReader bodies, AuthorReader authors) {
        super(parts);
        this.names = names;
        this.lead = lead;
        this.bodies = bodies;
        this.authors = authors;
    }

    /**
     * "Steward said" after "Mark Steward": a capitalised role word standing alone, with no article,
     * is the surname of the one person the article calls by it, not a role.
     */
    private PersonEntity surnameAlone(List<String> words) {
        return words.size() == 1 ? entities.onlyPersonCalled(words.get(0)) : null;
    }

    /**
     * "the union's statement", "the organization's website": a document owned by a description of an
     * organisation ("the union") that names one organisation named before it (as "the union said"
     * would); else null.
     */
    private String ownerDescribed(Span m) {
        int first = tokens.firstAtOrAfter(m.start());
        int last = tokens.lastEndingBy(m.end());
        for (int i = first + 1; i < last; i++) {
            if (tokens.get(i).kind() == Token.Kind.POSSESSIVE) {
                List<String> owner = tokens.wordsIn(new Span(tokens.get(first).start(), tokens.get(i - 1).end()));
                return organisationDescribed(m.start(), owner);
            }
        }
        return null;
    }

    /** How far back "another" looks for the speaker it is another of: a few short paragraphs. */
    private static final int ANOTHER_REACH = 1500;
    private static final int KIND_WORDS = 3;

    /** The description is "another" or "another one" alone: "“…,” another said". */
    private static boolean isBareAnother(List<String> words) {
        return !words.isEmpty() && words.get(0).equalsIgnoreCase("another")
                && (words.size() == 1 || words.size() == 2 && words.get(1).equalsIgnoreCase("one"));
    }

    /**
     * "another customer" for the "another" that follows "one customer joked": the kind of the nearest
     * speaker before {@code at}, in narrative, introduced by "one" or "another" right beside its cue
     * ("one Twitter user wrote", "said one fan"), within a few paragraphs; null when there is none.
     */
    private String anotherOfKind(int at) {
        int floor = Math.max(0, at - ANOTHER_REACH);
        for (int i = tokens.firstAtOrAfter(at) - 1; i >= 0 && tokens.get(i).start() >= floor; i--) {
            if (!tokens.get(i).isIgnoreCase("one") && !tokens.get(i).isIgnoreCase("another")) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && last - i < KIND_WORDS && tokens.sameParagraph(i, last + 1)
                    && tokens.get(last + 1).isWord() && tokens.get(last + 1).cue() == null
                    && !tokens.get(last + 1).is(Word.DETERMINER) && !tokens.get(last + 1).isLowerCase(Word.PREPOSITION)) {
                last++;
            }
            Token after = tokens.at(last + 1);
            Token before = tokens.at(i - 1);
            boolean besideCue = after != null && after.cue() != null && tokens.sameParagraph(last, last + 1)
                    || before != null && before.cue() != null && tokens.sameParagraph(i - 1, i);
            Token head = tokens.get(last);
            boolean noun = Character.isLowerCase(head.first()) && !head.is(Word.RELATIVE) && !head.is(Word.PRONOUN)
                    && head.lower().indexOf('-') < 0; // not "one who", "one makeup-free"
            if (last > i && besideCue && noun && !subjects.quoted(i, last)) {
                return "another " + String.join(" ", tokens.wordsIn(new Span(tokens.get(i + 1).start(), tokens.get(last).end())));
            }
        }
        return null;
    }

    /** The speaker a description {@code m}, as {@code written}, stands for; its own words when no one is found. */
    ResolvedSpeaker description(Span m, String written) {
        if (isBareAnother(tokens.wordsIn(m))) {
            String kind = anotherOfKind(m.start());
            return new ResolvedSpeaker(kind != null ? kind : written, m, -1, null, null); // "“…,” another said"
        }
        NameMention inside = entities.lastMentionIn(m);
        NameMention cut = inside == null ? names.nameCutShort(m) : null;
        if (cut != null) {
            return cut.isPerson() ? SpeakerResolver.person(entities.person(cut.person()), m)
                    : new ResolvedSpeaker(entities.organisations().get(cut.organisation()).name(), m, -1, null, null);
        }
        List<String> words = tokens.wordsIn(m);
        PersonEntity surname = inside == null ? surnameAlone(words) : null;
        if (surname != null) {
            return SpeakerResolver.person(surname, m);
        }
        String head = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        Entry headWord = tokens.lexicon().entry(head);
        if (headWord.is(Word.DOCUMENT)) {
            if (inside != null && inside.isPerson()) {
                return SpeakerResolver.person(entities.person(inside.person()), m);
            }
            if (inside != null && inside.organisation() >= 0 && subjects.owns(tokens.lastEndingBy(inside.span().end()))) {
                return new ResolvedSpeaker(entities.organisations().get(inside.organisation()).name(), m, -1, null, null);
            }
            String owner = inside == null ? ownerDescribed(m) : null;
            if (owner != null) {
                return new ResolvedSpeaker(owner, m, -1, null, null); // "the union's statement" → the one union named before
            }
            // "a statement" is a new one: only "the statement", "its directive" name one again
            boolean again = !words.get(0).equalsIgnoreCase("a") && !words.get(0).equalsIgnoreCase("an");
            ResolvedSpeaker author = inside == null && again ? authors.authorOf(head, headWord.is(Word.MESSAGE), m) : null;
            if (author == null && inside == null && headWord.is(Word.MESSAGE) && words.size() == 2
                    && words.get(0).equalsIgnoreCase("the")) {
                // "“…,” the statement said" with no statement named before: the body the story is about issued it
                String body = subjects.subjectBefore(m.start(), bodies::bodyOrDescribedBodyIn, "it");
                author = body == null ? null : new ResolvedSpeaker(body, m, -1, null, null);
            }
            return author != null ? author : new ResolvedSpeaker(written, m, -1, null, null);
        }
        NameMention opening = inside != null ? names.personHeading(m) : null;
        if (opening != null) {
            return SpeakerResolver.person(entities.person(opening.person()), m); // "Narendra Nayak of Cuttack said"
        }
        if (inside != null && inside.isPerson() && names.complementOfHead(inside)) {
            // "The mother of Jane Smith", "Another police officer from Budhal", "A spokesman for Tom
            // Baker": the person named after the head and a preposition is not the one who speaks
            return new ResolvedSpeaker(written, m, -1, null, null);
        }
        String owned = inside != null && inside.isPerson() ? names.ownedBy(m, inside) : null;
        if (owned != null) {
            // "Mike Pompeo, who served as Trump’s first secretary of state, … Trump’s first secretary of state called"
            PersonEntity introduced = Introductions.of(doc.text(), entities, m);
            return introduced != null ? SpeakerResolver.person(introduced, m) : new ResolvedSpeaker(owned, m, -1, null, null);
        }
        if (inside != null && inside.isPerson()) {
            return SpeakerResolver.person(entities.person(inside.person()), m);
        }
        String organisation = inside == null
                ? organisationDescribed(m.start(), words)
                : null;
        if (organisation != null) {
            return new ResolvedSpeaker(organisation, m, -1, null, null); // "the union" → the one union named before
        }
        PersonEntity named = lead.appositiveName(m);
        if (named != null && (headWord.is(Word.ROLE) || phrases.headsPersonPhrase(words))) {
            return SpeakerResolver.person(named, m);
        }
        PersonEntity introduced = Introductions.of(doc.text(), entities, m);
        if (introduced != null) {
            return SpeakerResolver.person(introduced, m);
        }
        // "One Tory MP said", "a minister said": someone unnamed, not the minister named before
        boolean someoneNew = phrases.opensIndefinite(m) || !words.isEmpty() && words.get(0).equalsIgnoreCase("one");
        if (headWord.is(Word.ROLE) && !head.endsWith("s") && !someoneNew) {
            PersonEntity p = entities.describedBefore(m.start(), Math.max(0, m.start() - REACH), words);
            if (p == null && words.size() == 1) {
                p = lead.describedInBody(m, head);
            } else if (p == null && m.start() < LeadReader.LEAD_CHARS && lead.inLead(m)
                    && entities.lastPersonBefore(m.start(), 0, Gender.UNKNOWN) == null) {
                // "…, the country's eSafety commissioner has said." opening the story: the body names her after
                p = entities.describedBefore(Math.min(doc.text().length(), m.end() + REACH), m.end(), words);
                if (p == null) {
                    p = lead.namedNextWithoutRole(m);
                }
            }
            if (p != null) {
                return SpeakerResolver.person(p, m);
            }
        }
        String spokesperson = bodies.spokespersonOf(m, words, head);
        if (spokesperson != null) {
            return new ResolvedSpeaker(spokesperson, m, -1, null, null);
        }
        String body = bodies.bodyDescribed(m, words, headWord);
        if (body != null) {
            return new ResolvedSpeaker(body, m, -1, null, null);
        }
        Entry person = phrases.personNoun(head);
        boolean age = words.size() == 2 && Introductions.isAge(head); // "the 30-year-old told …"
        if ((person != null || age) && words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            // "the mother-of-four said", "The rookie coach admitted": the person who opened a sentence just before
            Gender gender = person == null ? Gender.UNKNOWN : person.is(Word.PERSON_MALE) ? Gender.MALE
                    : person.is(Word.PERSON_FEMALE) ? Gender.FEMALE : Gender.UNKNOWN;
            PersonEntity p = subjects.subjectBefore(m.start(), gender, true);
            if (p != null && age) {
                p = sameAge(p, Introductions.ageOf(head));
            }
            if (p == null && person != null && !describedPersonOpensBefore(m)) {
                // "The Great Gatsby star showed off …" after a caption naming Joel Edgerton: the person
                // the article is about, when one is named far more often than anyone else
                p = entities.dominantPersonBefore(m.start(), gender);
            }
            if (p != null) {
                return SpeakerResolver.person(p, m);
            }
        }
        // "Gemma Tetlow spoke … The economist said": a role news calls someone by right after naming
        // them is the person just named, when no one has a role of their own there to claim it
        if (headWord.is(Word.EPITHET) && words.size() == 2 && words.get(0).equalsIgnoreCase("the")) {
            PersonEntity p = subjects.subjectBefore(m.start(), Gender.UNKNOWN, true);
            if (p != null && p.roles().stream().noneMatch(r -> r.title() != null)
                    && entities.lastPersonBefore(m.start(), 0, Gender.UNKNOWN) == p) {
                return SpeakerResolver.person(p, m);
            }
        }
        if (headWord.is(Word.ROLE) && !head.endsWith("s") && words.size() > 2 && words.get(0).equalsIgnoreCase("the")
                && Phrases.holdsCapital(words)) {
            // "“…,” Gandhi said. …, the former Congress chief said": a role the text never gave, with a
            // name in it, stands for the person who spoke or opened a sentence just before
            PersonEntity p = subjects.subjectBefore(m.start(), Gender.UNKNOWN, true);
            if (p != null) {
                return SpeakerResolver.person(p, m);
            }
        }
        String fuller = fullerDescription(m, words, head, headWord);
        return new ResolvedSpeaker(fuller != null ? fuller : written, m, -1, null, null);
    }

    /**
     * "Hannah Gwillim, 21, was bottled … by Jodie Edwards … The 22-year-old said": the subject before
     * is "the 22-year-old" only if the text gave no other age for them; if it gave that age to one
     * other person, anywhere in the article, that person; else no one.
     */
    private PersonEntity sameAge(PersonEntity subject, String age) {
        Map<Integer, String> ages = Introductions.ages(doc.text(), entities);
        String given = ages.get(subject.index());
        if (given == null || given.equals(age)) {
            return subject;
        }
        PersonEntity only = null;
        for (Map.Entry<Integer, String> e : ages.entrySet()) {
            if (e.getValue().equals(age)) {
                if (only != null) {
                    return null;
                }
                only = entities.person(e.getKey());
            }
        }
        return only;
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
            Source s = phrases.descriptionOpening(sentence);
            if (s != null && s.kind() == Source.Kind.DESCRIPTION && entities.lastMentionIn(s.mention()) == null) {
                List<String> w = tokens.wordsIn(s.mention());
                if (!w.isEmpty() && phrases.personNoun(w.get(w.size() - 1).toLowerCase(Locale.ROOT)) != null) {
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
                || phrases.personNoun(head) != null) {
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
            List<String> fuller = tokens.wordsIn(np.mention());
            if (fuller.size() <= words.size() || !Phrases.holdsAll(fuller, words.subList(1, words.size()))) {
                continue; // "the official" again: the chain goes on back to where it began
            }
            if (entities.firstMentionIn(np.mention()) != null || phrases.besideName(np.mention()) || phrases.joinsTwo(np.mention())
                    || !phrases.onePhrase(np.mention())) {
                return null;
            }
            String w = np.mention().of(doc.text());
            int space = w.indexOf(' ');
            String determiner = w.substring(0, space);
            return tokens.lexicon().entry(determiner.toLowerCase(Locale.ROOT)).is(Word.DETERMINER) ? determiner.toLowerCase(Locale.ROOT) + w.substring(space) : w;
        }
        return null;
    }
}
