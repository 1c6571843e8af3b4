package org.onrecord.attribution;

import org.onrecord.lexicon.Word;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * A noun phrase that goes on past its head noun, with a preposition and its object ("community
 * leaders in Echuca", "the Budget Lab at Yale") or a relative clause ("scientists who attended the
 * scene"): the source is the whole phrase, headed by the noun before, not the object it ends in,
 * which read alone would name a place or a firm as the speaker. Each reading returns null when the
 * words do not go on so; {@link SourceReader} orders them.
 */
final class Complements {
    private final SourceReader reader;
    private final Tokens tokens;

    Complements(SourceReader reader, Tokens tokens) {
        this.reader = reader;
        this.tokens = tokens;
    }

    /**
     * "JoyNews sources at the chief's palace", "community leaders in Echuca", "four sources in know of
     * the matter", "the Budget Lab at Yale": a noun phrase that goes on with a preposition and its
     * object is headed by the noun before the preposition, so the source is the whole phrase, not
     * the object it ends in. A name followed by a lower-case adjunct ("Mahanagar Gas Ltd in
     * regulatory filings") is the name alone. Null when tokens {@code s..e} hold no such phrase: no
     * lower-case preposition before any determiner, or a head that is no speaker ("marching
     * through the streets").
     */
    Source headedByComplement(int s, int e) {
        Token opening = tokens.get(s);
        if (!opening.isWord() || opening.isLowerCase(Word.PREPOSITION) || opening.isLowerCase(Word.OBJECT_PREPOSITION)) {
            return null; // "in Houston with his dressing-down of …": an adjunct, no phrase of its own
        }
        int p = -1;
        for (int i = s + 1; i < e; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.POSSESSIVE || t.is(Word.DETERMINER) || !t.isWord() && !t.is("-")) {
                return null; // "the spokesman for the union" reads as before: its determiner starts it
            }
            if (t.isLowerCase(Word.PREPOSITION) || t.isLowerCase(Word.OBJECT_PREPOSITION)) {
                p = i;
                break;
            }
        }
        if (p < 0 || tokens.get(p).is("to")) {
            return null;
        }
        Source head = reader.classify(s, p - 1);
        if (head == null || head.kind() == Source.Kind.PRONOUN) {
            return null;
        }
        Token h = tokens.get(p - 1);
        boolean lowerHead = isCommonNoun(p - 1);
        if (!lowerHead && h.is(Word.ROLE)) {
            return null; // "Leader of Opposition in the Lok Sabha Rahul Gandhi": a title before a name, read as one
        }
        // "An analysis by the Budget Lab at Yale": a work and its author, who speaks through it
        boolean work = lowerHead && tokens.get(p).is("by") && reader.isDeterminer(tokens.firstAtOrAfter(head.mention().start()));
        if (!work && (!SpeakerForm.headCanSpeak(tokens, head.mention()) || lowerHead && !SpeakerForm.namesSpeakers(h, tokens))) {
            return null; // "a series of", "the rest of": a noun that speaks for no one
        }
        boolean namedObject = false;
        for (int i = p + 1; i <= e; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLowerCase(t.first()) && (TokenView.isVerbLike(t.lower()) || t.is(Word.FINITE)
                    || t.cue() != null || t.lower().endsWith("ing") && !SpeakerForm.namesSpeakers(t, tokens))) {
                return null; // "A group of pastors supporting Mr. Cruz met in Iowa": a clause, not one phrase
            }
            namedObject |= reader.isCapWord(i);
        }
        if (!lowerHead && !namedObject) {
            return head; // "Mahanagar Gas Ltd in regulatory filings": the name, and where it said it
        }
        if (!lowerHead && head.kind() == Source.Kind.NAME && tokens.get(p).is("from") && p - 1 > s) {
            return head; // "Katia Loisel from Love Destination said": the person, and where they are from
        }
        Token prep = tokens.get(p);
        if (!lowerHead && !(prep.is("at") || prep.is("of") || prep.is("for"))) {
            return null; // "Houston with his dressing-down of Salem Radio's Hugh Hewitt": two names, no one phrase
        }
        Source titled = lowerHead || !reader.isCapWord(s) ? null : nameAfterTitle(p + 1, e);
        if (titled != null) {
            return titled; // "Karachi Chamber of Commerce and Industry President Muhammad Rehan Hanif": the person
        }
        return new Source(new Span(head.mention().start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
    }

    /**
     * The name that ends an organisation's name and a title written before it, all capitalised
     * ("… of Commerce and Industry President Muhammad Rehan Hanif", "… Judiciary Committee Chairman
     * Jerrold Nadler"): the person holds the title at that body, so the person speaks. Null when no
     * title word stands between {@code from} and {@code e} with only capitalised words after it.
     */
    private Source nameAfterTitle(int from, int e) {
        for (int r = e - 1; r >= from; r--) {
            Token t = tokens.get(r);
            if (!reader.isCapWord(r + 1)) {
                return null;
            }
            if (t.isWord() && Character.isUpperCase(t.first()) && t.is(Word.ROLE) && !tokens.get(r + 1).is(Word.ROLE)) {
                Source name = reader.classify(r + 1, e);
                return name != null && name.kind() == Source.Kind.NAME ? name : null;
            }
        }
        return null;
    }

    /**
     * The whole noun phrase when the phrase at tokens {@code first..e} is only the end of one: the
     * second of two names joined by "and" after a preposition ("community leaders in Echuca and
     * Moama"), or the object of a relative clause ("scientists who attended the scene"). Null
     * otherwise, and when the words before do not head a source.
     */
    Source headBefore(int first, int e, int floor) {
        Token before = tokens.at(first - 1);
        if (before == null || first - 2 < floor || !tokens.sameParagraph(first - 2, e) || !before.isWord()) {
            return null;
        }
        if (before.is("and") && reader.isCapWord(first) && reader.isCapWord(first - 2)) {
            Source left = reader.nounPhraseEndingAt(first - 2, floor);
            if (left != null && left.kind() == Source.Kind.DESCRIPTION && holdsLowerPreposition(left.mention())) {
                Source titled = nameAfterTitle(first, e);
                return titled != null ? titled : new Source(new Span(left.mention().start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
            }
            return null;
        }
        Token rel = tokens.at(first - 2);
        boolean verb = Character.isLowerCase(before.first()) && (TokenView.isVerbLike(before.lower()) || before.is(Word.FINITE))
                && !before.is(Word.BE) && !before.is(Word.AUXILIARY);
        if (verb && first - 3 >= floor && rel.isWord() && rel.is("who")) {
            Source head = reader.nounPhraseEndingAt(first - 3, floor);
            Token h = tokens.get(first - 3);
            boolean speaks = isCommonNoun(first - 3) && SpeakerForm.namesSpeakers(h, tokens);
            if (speaks && (head == null || head.kind() != Source.Kind.PRONOUN)) {
                int from = head == null ? first - 3 : tokens.firstAtOrAfter(head.mention().start());
                return new Source(new Span(tokens.get(from).start(), tokens.get(e).end()), Source.Kind.DESCRIPTION);
            }
        }
        return null;
    }

    /** A lower-case word, or one capitalised only because it opens the sentence ("Residents in …"). */
    private boolean isCommonNoun(int i) {
        Token t = tokens.get(i);
        return t.isWord() && (Character.isLowerCase(t.first())
                || tokens.startsSentence(i) && !t.is(Word.ROLE) && SpeakerForm.namesSpeakers(t, tokens));
    }

    /** A lower-case preposition stands in the mention {@code m}: "the leader of …", "LoP in …". */
    boolean holdsLowerPreposition(Span m) {
        for (int i = tokens.firstAtOrAfter(m.start()); i < tokens.size() && tokens.get(i).end() <= m.end(); i++) {
            if (tokens.get(i).isLowerCase(Word.PREPOSITION) || tokens.get(i).isLowerCase(Word.OBJECT_PREPOSITION)) {
                return true;
            }
        }
        return false;
    }
}
