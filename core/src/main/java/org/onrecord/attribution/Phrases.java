package org.onrecord.attribution;

import java.util.List;
import java.util.Locale;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * The token readings that speaker resolution shares: a phrase's words and head, whether it is
 * indefinite, joins two sources or stands beside a name, the description that opens a sentence,
 * and the source of a sentence's cue.
 */
final class Phrases {
    private final Tokens tokens;
    private final Entities entities;
    private final SourceReader reader;

    Phrases(Tokens tokens, Entities entities, SourceReader reader) {
        this.tokens = tokens;
        this.entities = entities;
        this.reader = reader;
    }

    /** "the nominee nor her campaign", "one of the sources", "the written reply of Minister": no one source with that head. */
    boolean joinsTwo(Span phrase) {
        return tokens.anyIn(phrase, t -> t.is("and") || t.is("or") || t.is("nor") || t.is("to")
                || t.isLowerCase(Word.PREPOSITION) || t.isLowerCase(Word.OBJECT_PREPOSITION));
    }

    boolean opensIndefinite(Span description) {
        String first = tokens.get(tokens.firstAtOrAfter(description.start())).lower();
        return first.equals("a") || first.equals("an") || first.equals("another"); // "Another police officer said": someone new
    }

    /** The words of a description up to its head, before any preposition and its object. */
    int headWords(Span description) {
        int first = tokens.firstAtOrAfter(description.start());
        int last = tokens.lastEndingBy(description.end());
        int words = 0;
        for (int i = first; i <= last && !(i > first && tokens.get(i).isLowerCase(Word.PREPOSITION)); i++) {
            words += tokens.get(i).isWord() ? 1 : 0;
        }
        return words;
    }

    /**
     * A phrase that opens with a determiner or a capital and has no other determiner: "a senior police
     * officer", "Rehabilitation Department sources"; not a misread "this month a woman" nor
     * "technician who married an American woman".
     */
    boolean onePhrase(Span phrase) {
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

    /** A person's name stands right before the phrase across a comma, or after it: "Jane Doe, a nurse", "External Affairs Minister S Jaishankar". */
    boolean besideName(Span phrase) {
        int first = tokens.firstAtOrAfter(phrase.start());
        int after = tokens.lastEndingBy(phrase.end()) + 1;
        int name = tokens.at(after) != null && tokens.get(after).is(",") ? after + 1 : after;
        NameMention next = tokens.at(name) != null ? entities.mentionHolding(tokens.get(name).span()) : null;
        NameMention previous = first >= 2 && tokens.get(first - 1).is(",")
                ? entities.mentionHolding(tokens.get(first - 2).span()) : null;
        return next != null && next.isPerson() || previous != null && previous.isPerson();
    }

    /** The phrase after any connectives that opens the sentence at token {@code sentence}, when a determiner opens it; else null. */
    Source descriptionOpening(int sentence) {
        int opening = sentence;
        while (opening < tokens.size() && (tokens.get(opening).is(Word.CONNECTIVE) || tokens.get(opening).is(","))) {
            opening++;
        }
        if (opening + 2 < tokens.size() && tokens.get(opening).isWord() && Character.isUpperCase(tokens.get(opening).first())
                && tokens.get(opening + 1).kind() == Token.Kind.POSSESSIVE && tokens.get(opening + 2).isWord()
                && Character.isLowerCase(tokens.get(opening + 2).first())
                && (tokens.get(opening + 2).is(Word.PERSON_MALE) || tokens.get(opening + 2).is(Word.PERSON_FEMALE))) {
            // "Mallick’s wife told Dawn.com …": a named person's relative, someone of their own
            return new Source(new Span(tokens.get(opening).start(), tokens.get(opening + 2).end()), Source.Kind.DESCRIPTION);
        }
        return opening < tokens.size() && tokens.get(opening).is(Word.DETERMINER) ? reader.sourceFrom(opening, true) : null;
    }

    /** The lexicon entry of a person noun heading a description ("youngster", "mother" of "mother-of-four"), or null. */
    Entry personNoun(String head) {
        int of = head.indexOf("-of-");
        Entry e = tokens.lexicon().entry(of > 0 ? head.substring(0, of) : head);
        return e.is(Word.PERSON) ? e : null;
    }

    /**
     * "a member of the Spare Parts Dealers Association", "the girl's mother": a role or a person
     * noun heads the phrase, before any "of", "for" or "at" and its complement.
     */
    boolean headsPersonPhrase(List<String> words) {
        Entry head = null;
        for (String w : words) {
            if (w.equals("of") || w.equals("for") || w.equals("at")) {
                break;
            }
            head = tokens.lexicon().entry(w.toLowerCase(Locale.ROOT));
        }
        return head != null && (head.is(Word.ROLE) || head.is(Word.PERSON));
    }

    static boolean holdsAll(List<String> words, List<String> some) {
        for (String w : some) {
            if (words.stream().noneMatch(w::equalsIgnoreCase)) {
                return false;
            }
        }
        return true;
    }

    static boolean holdsCapital(List<String> words) {
        for (String w : words.subList(1, words.size())) {
            if (Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source right before the last lower-case speech verb of tokens {@code from..to} that has
     * one ("gardaí said they were … but said they were …": the second "said" has none), or null.
     */
    Source cueSourceIn(int from, int to) {
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

    /** A noun for someone or something that speaks: a role, a body, a document, a person, a group, someone's associate. */
    static boolean canSpeak(Token head) {
        return head.is(Word.ROLE) || head.is(Word.ORGANISATION) || head.is(Word.DOCUMENT) || head.is(Word.PERSON)
                || head.is(Word.PERSON_MALE) || head.is(Word.PERSON_FEMALE) || head.is(Word.PLURAL_SOURCE)
                || head.is(Word.ASSOCIATE);
    }
}
