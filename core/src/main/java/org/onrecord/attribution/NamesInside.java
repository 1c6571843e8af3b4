package org.onrecord.attribution;

import org.onrecord.entity.NameMention;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Span;
import org.onrecord.text.Token;

/**
 * A name inside a source phrase: the owner of the one who speaks ("Gorshenin's defence lawyer"), a
 * longer name the phrase was cut from ("The Industrial" of "The Industrial and Commercial Workers'
 * Union"), or the complement of the phrase's head ("the mother of Jane Smith").
 */
final class NamesInside extends SpeakerReader {
    NamesInside(Parts parts) {
        super(parts);
    }

    /**
     * "Gorshenin's defence lawyer said", "Benjamin Netanyahu’s office said": the person named in the
     * source owns the one who speaks and is not them. The speaker is what the owner has, after the
     * owner's full name when the text gave their surname ("Daniel John Gorshenin's defence lawyer"),
     * else after the owner as written; null when the name is not an owner inside the source, or what
     * it owns is no noun that speaks.
     */
    String ownedBy(Span m, NameMention owner) {
        int last = tokens.lastEndingBy(owner.span().end());
        int head = tokens.lastEndingBy(m.end());
        for (int i = last + 2; i < head; i++) {
            if (tokens.get(i).isLowerCase(Word.PREPOSITION)) {
                head = i - 1; // "Trump's first secretary of state": the secretary's, not Trump
                break;
            }
        }
        if (!subjects.owns(last) || head <= last + 1 || owner.span().end() > m.end() || !Phrases.canSpeak(tokens.get(head))
                || phrases.joinsTwo(new Span(tokens.get(last + 1).start(), tokens.get(head).end()))) {
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
    NameMention nameCutShort(Span m) {
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
     * "Narendra Nayak of Sailagobindapur in Cuttack", "Jane Smith from the union": a person's name
     * opens the source and a preposition follows it, so the name is the head and what follows its
     * complement; null when the source does not open so.
     */
    NameMention personHeading(Span m) {
        NameMention first = entities.firstMentionIn(m);
        if (first == null || !first.isPerson() || tokens.firstAtOrAfter(first.span().start()) != tokens.firstAtOrAfter(m.start())) {
            return null;
        }
        Token after = tokens.at(tokens.lastEndingBy(first.span().end()) + 1);
        return after != null && after.isWord() && after.end() <= m.end() && Character.isLowerCase(after.first())
                && !after.is("by") && (after.is(Word.PREPOSITION) || after.is(Word.OBJECT_PREPOSITION)) ? first : null;
    }

    /**
     * The name inside a description follows a lower-case preposition ("of", "for", "from", "with",
     * "to", …): it is the complement of the description's head, not its head ("Secretary of State
     * Mike Pompeo" has a capitalised word before the name, "Labour leader Keir Starmer" no
     * preposition). Not after "by" ("a portrait taken by Raphael Neal", "the statement by Jaimi's
     * father") nor after a document ("A statement from Buckingham Palace"): there the name is the author.
     * Also the object of a participle after a head the lexicon knows for people or bodies ("A lawyer
     * representing Jane Smith"; not "The silver winning Magnani").
     */
    boolean complementOfHead(NameMention inside) {
        int first = tokens.firstAtOrAfter(inside.span().start());
        Token before = tokens.at(first - 1);
        if (before != null && before.isWord() && Character.isLowerCase(before.first()) && before.lower().endsWith("ing")
                && before.lower().length() > 5 && before.cue() == null) {
            Token head = tokens.at(first - 2);
            return head != null && head.isWord() && SpeakerForm.knownSpeaker(head, tokens);
        }
        if (before == null || !before.isWord() || !Character.isLowerCase(before.first()) || before.is("by")
                || !(before.is(Word.PREPOSITION) || before.is(Word.OBJECT_PREPOSITION))) {
            return false;
        }
        Token head = tokens.at(first - 2);
        return head != null && !head.is(Word.DOCUMENT);
    }
}
