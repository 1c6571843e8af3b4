package org.onrecord.attribution;

import static org.onrecord.attribution.NarrativeSubjects.REACH;

import java.util.List;
import java.util.Locale;
import org.onrecord.entity.NameMention;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Span;
import org.onrecord.text.Token;

/**
 * Organisations and groups named again: "it" for the body a sentence is about, "they" for the plural
 * noun that opened a sentence before, "the investment bank" and "the union" for the body named
 * before, and "a spokeswoman" for the organisation she speaks for.
 */
final class BodyReader extends SpeakerReader {
    private final AuthorReader authors;

    BodyReader(Parts parts, AuthorReader authors) {
        super(parts);
        this.authors = authors;
    }

    /**
     * The body a sentence of tokens {@code from..to} is about, for "it": an organisation by its name
     * ({@link NarrativeSubjects#bodySubjectIn}), else one the text names again by a description that
     * opens the sentence or follows "according to" and stands for it: "The union further condemned
     * … It argued", "…, according to the civil liberties group. … , it added." Null when none does.
     */
    String bodyOrDescribedBodyIn(int from, int to) {
        String named = subjects.bodySubjectIn(from, to);
        if (named != null) {
            return named;
        }
        String found = describedBody(phrases.descriptionOpening(from), to);
        for (int k = from; k + 2 < tokens.size() && tokens.get(k + 2).end() <= to; k++) {
            if (TokenView.accordingTo(tokens, k)) {
                String body = describedBody(reader.sourceAfter(k + 2), to);
                found = body != null ? body : found;
            }
        }
        return found;
    }

    /**
     * The organisation a description of a body ending by character {@code to} stands for ("the union"
     * → the ICU, "the civil liberties group" → the Manifesto Club), or null: only a noun for a body,
     * as {@link DescriptionReader#description} reads it, not a person or a document.
     */
    private String describedBody(Source s, int to) {
        if (s == null || s.kind() != Source.Kind.DESCRIPTION || s.mention().end() > to
                || entities.lastMentionIn(s.mention()) != null) {
            return null;
        }
        Span m = s.mention();
        List<String> words = tokens.wordsIn(m);
        Entry head = words.isEmpty() ? null : tokens.lexicon().entry(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
        if (head == null || !head.is(Word.ORGANISATION) || head.is(Word.ROLE) || head.is(Word.DOCUMENT)) {
            return null;
        }
        String organisation = organisationDescribed(m.start(), words);
        return organisation != null ? organisation : bodyDescribed(m, words, head);
    }

    /**
     * "Goldman Sachs, in a note, stressed … The investment bank concluded", "The National Irrigation
     * Administration (NIA) debunked … The government agency added": a definite description headed
     * by a word for a kind of body, with a word before the head that says which kind, stands for the
     * organisation named last before it outside quotations — one whose name holds the head word
     * first, else the last one named in the two sentences before. Null when none is.
     */
    String bodyDescribed(Span m, List<String> words, Entry headWord) {
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
     * What "it" stands for when it speaks: the organisation named last in its sentence or the one
     * before ("Network Rail … It said"), else the document noun last named there ("the report … It
     * found"); null when neither is.
     */
    String bodyBefore(int before) {
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
                String author = authors.authorAfter(i);
                return author != null ? author : tokens.get(i - 1).lower() + " " + t.lower();
            }
        }
        return last == null ? null : entities.organisations().get(last.organisation()).name();
    }

    /**
     * "Humberside Police have confirmed … A spokeswoman said": a spokesperson of no body named in the
     * description speaks for the organisation named last in the three sentences before, outside
     * quotations: "a Humberside Police spokeswoman". Null when none is named there.
     */
    String spokespersonOf(Span m, List<String> words, String head) {
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
     * What "they" stands for when it speaks: "Scientists analysed blood samples… They found": the
     * plural noun that opens the sentence before, or the one before that, when no name is in it,
     * or the organisation that is such a sentence's subject, by its name or by a plural that names
     * it again ("RUFAG accused …", "The farmers also questioned …"; news writes bodies in the
     * plural); a group of named people or a singular subject gives nothing; else null.
     */
    String pluralSubjectBefore(int before) {
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
                subject = phrases.cueSourceIn(sentence, end);
            }
            if (subject == null || subject.kind() == Source.Kind.PRONOUN) {
                continue;
            }
            return plural(subject); // the nearest subject decides: a singular one is not "they"
        }
        return null;
    }

    /** The police force, organisation or plural noun a subject names ("Gardaí", "RUFAG", "Scientists"), or null. */
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
        NameMention named = subject.kind() == Source.Kind.NAME ? entities.lastMentionIn(s) : null;
        if (named != null && named.organisation() >= 0 && !named.quoted() && named.span().equals(s)) {
            return entities.organisations().get(named.organisation()).name(); // "RUFAG accused … They warned"
        }
        int first = tokens.firstAtOrAfter(s.start());
        if (subject.kind() == Source.Kind.DESCRIPTION && last == first + 1 && tokens.get(first).lower().equals("the")) {
            // "The farmers also questioned … They insist": the association the plural names again
            String organisation = organisationDescribed(s.start(), tokens.wordsIn(s));
            if (organisation != null) {
                return organisation;
            }
        }
        boolean plural = head.is(Word.PLURAL_SOURCE) || h.length() > 3 && h.endsWith("s")
                && !h.endsWith("ss") && !h.endsWith("is") && !h.endsWith("us");
        // "Scientists analysed": one plural noun and then its verb, not "The average GP partner earns £…"
        // nor "This group recognizes"
        boolean subjectThenVerb = verb != null && (verb.isWord() && Character.isLowerCase(verb.first()) || verb.is(","))
                && last == tokens.firstAtOrAfter(s.start()) && head.isWord() && h.indexOf('-') < 0;
        return entities.firstMentionIn(s) == null && plural && subjectThenVerb ? s.of(doc.text()) : null;
    }
}
