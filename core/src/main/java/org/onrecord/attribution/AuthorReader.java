package org.onrecord.attribution;

import static org.onrecord.attribution.NarrativeSubjects.REACH;
import static org.onrecord.attribution.NarrativeSubjects.WALK;

import org.onrecord.entity.NameMention;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Span;
import org.onrecord.text.Token;

/**
 * The author of a document that speaks: "the statement" named again after "In an updated
 * statement, the RCMP said", or "A statement by the TUC's general council said": the body, not its
 * paper, is the speaker.
 */
final class AuthorReader extends SpeakerReader {
    private final SpeakerResolver resolver; // resolves the author a document names

    AuthorReader(Parts parts, SpeakerResolver resolver) {
        super(parts);
        this.resolver = resolver;
    }

    /**
     * "Starmer, in a memo reported by PoliticsHome, ordered…", "In an updated statement, the RCMP
     * said …": the author of the document the description {@code m} names again, from the last
     * sentence before it that names a document so: the person who opens that sentence before the
     * noun; for a {@code message} (a statement, not a report) also an organisation there, else the
     * source of the sentence's cue after "in a statement", as resolved. Null when no sentence says.
     */
    ResolvedSpeaker authorOf(String noun, boolean message, Span m) {
        int end = tokens.lastEndingBy(m.start());
        for (int i = end; i >= 0 && m.start() - tokens.get(i).start() < REACH; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.text().equalsIgnoreCase(noun) || citedThere(i)) {
                continue;
            }
            int s = tokens.sentenceStart(i);
            NameMention first = entities.firstMentionIn(new Span(tokens.get(s).start(), t.start()));
            if (first != null && first.isPerson()) {
                return SpeakerResolver.person(entities.person(first.person()), m);
            }
            if (!message || subjects.quoted(i, i)) {
                continue; // a report or a poll is a source of its own: only a person who wrote it is its author
            }
            if (first != null && !first.quoted() && first.organisation() >= 0) {
                return new ResolvedSpeaker(entities.organisations().get(first.organisation()).name(), m, -1, null, null);
            }
            Source cueSource = inAdjunct(i) ? phrases.cueSourceIn(i, Math.min(tokens.sentenceEnd(i), i + WALK)) : null;
            if (cueSource != null && cueSource.kind() != Source.Kind.PRONOUN && !tokens.anyIn(cueSource.mention(), w -> w.is(Word.DOCUMENT))
                    && !subjects.quoted(tokens.firstAtOrAfter(cueSource.mention().start()), tokens.lastEndingBy(cueSource.mention().end()))) {
                ResolvedSpeaker author = resolver.resolveHead(cueSource);
                // a name, or a description that stands for one ("the union" → the ICU); not "this meeting"
                boolean named = cueSource.kind() == Source.Kind.NAME || !author.name().equals(cueSource.mention().of(doc.text()));
                if (named) {
                    return new ResolvedSpeaker(author.name(), m, author.person(), author.role(), author.organisation());
                }
            }
            ResolvedSpeaker issuer = issuedBy(i, m);
            if (issuer != null) {
                return issuer;
            }
        }
        return null;
    }

    /**
     * "…, Habib Shah … has been banned for 10 years, the press release stated": the document is the
     * source of a cue there, cited as it is again later, not introduced with its author; the words
     * before it are what it said.
     */
    private boolean citedThere(int noun) {
        Token next = tokens.at(noun + 1);
        Token after = tokens.at(noun + 2);
        boolean passive = after != null && after.is("by"); // "in a memo reported by PoliticsHome" introduces it
        return next != null && next.isWord() && next.cue() != null && !passive && tokens.sameParagraph(noun, noun + 1)
                && !ownedBefore(noun);
    }

    /** "Mr. Chaturvedi’s letter said": a possessive within the three words before the noun names the author there. */
    private boolean ownedBefore(int noun) {
        Span before = new Span(tokens.get(Math.max(0, noun - 3)).start(), tokens.get(noun).start());
        return tokens.anyIn(before, t -> t.kind() == Token.Kind.POSSESSIVE);
    }

    /**
     * "In the petition issued by the Rubber Farmers of Ghana (RUFAG), the group rejected …": the
     * source right after "by" (or "by the") after the message noun at {@code noun}, or after one
     * participle of {@link #ISSUED}, as resolved for the description {@code m} that names the message
     * again, when it is a name resolved with its first capitalised word, or a description that stands
     * for a name (not "Forum" read out of "Progressive Students’ Forum of TISS"); else null.
     */
    private ResolvedSpeaker issuedBy(int noun, Span m) {
        int by = noun + 1;
        Token t = tokens.at(by);
        if (t != null && ISSUED.contains(t.text())) {
            t = tokens.at(++by); // "issued by", "written by"
        }
        if (t == null || !t.isWord() || !t.is("by") || !tokens.sameParagraph(noun, by + 1)) {
            return null;
        }
        Source s = reader.sourceAfter(by + 1);
        if (s == null || s.kind() == Source.Kind.PRONOUN || tokens.firstAtOrAfter(s.mention().start()) > by + 2
                || jointWithName(tokens.lastEndingBy(s.mention().end()))) {
            return null;
        }
        ResolvedSpeaker author = resolver.resolveHead(s);
        boolean named = s.kind() == Source.Kind.NAME && (author.name().contains(firstCapitalised(s.mention()))
                        || acronymOf(s.mention().of(doc.text()), author.name())) // "issued by AFP"
                || s.kind() == Source.Kind.DESCRIPTION && !author.name().equals(s.mention().of(doc.text()));
        return named ? new ResolvedSpeaker(author.name(), m, author.person(), author.role(), author.organisation()) : null;
    }

    /**
     * The participles that name who wrote a message: "a statement issued by", "a letter written by";
     * not "signed by" (an ambassador signs the embassy's statement), "released by", "obtained by".
     */
    private static final java.util.Set<String> ISSUED = java.util.Set.of("issued", "submitted", "written", "authored", "penned",
            "drafted");

    /** Whether the article defines {@code written} as the acronym of the organisation {@code name}: "AFP" for the Athletics Federation of Pakistan. */
    private boolean acronymOf(String written, String name) {
        for (org.onrecord.model.Organisation o : entities.organisations()) {
            if (o.name().equals(name) && o.acronyms().contains(written)) {
                return true;
            }
        }
        return false;
    }

    /** The first capitalised word of a name's mention: "Rubber" of "the Rubber Farmers of Ghana". */
    private String firstCapitalised(Span mention) {
        for (int i = tokens.firstAtOrAfter(mention.start()); i < tokens.size() && tokens.get(i).end() <= mention.end(); i++) {
            if (tokens.get(i).isWord() && Character.isUpperCase(tokens.get(i).first())) {
                return tokens.get(i).text();
            }
        }
        return "";
    }

    /**
     * "a statement issued by the Trades Union Congress (TUC) and the PURC": after the source ending at
     * token {@code last} (and its acronym in brackets), "and" joins another name: the message has two authors.
     */
    private boolean jointWithName(int last) {
        int k = last + 1;
        if (tokens.at(k + 2) != null && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
            k += 3;
        }
        Token and = tokens.at(k);
        Token next = tokens.at(k + 1);
        if (next != null && next.is(Word.DETERMINER)) {
            next = tokens.at(k + 2);
        }
        return and != null && and.is("and") && next != null && next.isWord() && Character.isUpperCase(next.first());
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

    /**
     * "A statement by the TUC's general council said … It said": the source after "by" or "from"
     * right after the document noun at {@code noun}, as resolved, else null; the body, not its paper, speaks.
     */
    String authorAfter(int noun) {
        Token by = tokens.at(noun + 1);
        if (by == null || !by.isWord() || !(by.is("by") || by.is("from")) || !tokens.sameParagraph(noun, noun + 2)) {
            return null;
        }
        Source s = reader.sourceAfter(noun + 2);
        return s == null || s.kind() == Source.Kind.PRONOUN ? null : resolver.resolveHead(s).name();
    }
}
