package org.onrecord.attribution;

import java.util.List;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Whom the story is about just before a point: the person or body that opens a clause, or speaks,
 * in the nearest narrative sentences, passing over sentences wholly in quotation marks, photo
 * captions and headings. {@link SpeakerResolver} resolves "he", "she" and "it" and bare
 * descriptions by this walk; it reads tokens and names only and decides nothing about a quotation.
 */
final class NarrativeSubjects {
    /** How far back a pronoun or description may reach for its person, in characters. */
    static final int REACH = 3000;

    /**
     * How many sentences a pronoun's search for its subject may walk back over, counting those it
     * passes by (quoted words, captions) as well as the two it reads: a bound on its work.
     */
    static final int WALK = 40;

    private final Tokens tokens;
    private final Entities entities;
    private final List<QuoteSpan> quotes;
    private final Asides asides;
    private boolean[] inQuotation; // by token, whether it stands inside a quotation in marks; made when first asked

    /** @param quotes the article's quotations in marks: their sentences are someone's words, not the narrative */
    NarrativeSubjects(Segmented doc, Tokens tokens, Entities entities, List<QuoteSpan> quotes) {
        this.tokens = tokens;
        this.entities = entities;
        this.quotes = quotes;
        this.asides = new Asides(doc, tokens);
    }

    /**
     * "Mr Barilaro arrived with colleagues - Paul Toole and Sarah Mitchell. He said…": the last
     * person known to be of the gender, and known by a full name, who opened one of the two
     * sentences before the pronoun's, or its own, outranks people named later inside those
     * sentences; null when no such person opened one.
     */
    PersonEntity subjectBefore(int before, Gender gender) {
        return subjectBefore(before, gender, false);
    }

    /**
     * As {@link #subjectBefore(int, Gender)}; {@code loose}: a person of unknown gender, or any person for UNKNOWN, fits.
     * The sentences are read nearest first: the pronoun's own up to it, then the two narrative
     * sentences before. A sentence wholly inside quotation marks is someone's words, not the
     * narrative that introduces the speaker: “…¶…,” he said — the quotation he ends is his own, so
     * the subject that opened it is sought before it. A caption or section heading between two
     * paragraphs of the story is passed over too: “He said” after a photo caption speaks on from the
     * story, not from the caption.
     */
    PersonEntity subjectBefore(int before, Gender gender, boolean loose) {
        return subjectBefore(before, gender, (from, to) -> subjectIn(from, to, gender, loose));
    }

    /** The walk of {@link #subjectBefore(int, Gender, boolean)} for the gender's pronoun, each sentence read by {@code finder}. */
    <T> T subjectBefore(int before, Gender gender, SubjectFinder<T> finder) {
        String chain = gender == Gender.MALE ? "he" : gender == Gender.FEMALE ? "she" : null;
        return subjectBefore(before, finder, chain);
    }

    /** The subject {@link #subjectBefore(int, Gender, boolean)} looks for in the tokens from one to a character offset, or null. */
    interface SubjectFinder<T> {
        T in(int from, int to);
    }

    /**
     * The walk of {@link #subjectBefore(int, Gender, boolean)}, for any kind of subject: the
     * pronoun's own sentence up to it, then the two narrative sentences before, passing over
     * quoted sentences, captions and headings, and over sentences whose subject is the pronoun
     * {@code chain} itself (null: none).
     */
    <T> T subjectBefore(int before, SubjectFinder<T> finder, String chain) {
        int end = tokens.lastEndingBy(before);
        if (end < 0) {
            return null;
        }
        int floor = Math.max(0, before - REACH);
        // the pronoun's own sentence: "He said" opening a paragraph has none before it, whatever ends the paragraph before
        int own = Math.min(tokens.firstAtOrAfter(before), end + 1);
        int sentence = tokens.sentenceStart(Math.min(own, tokens.size() - 1));
        T found = sentence < own && !endsContent(own) ? finder.in(sentence, before) : null;
        for (int read = 0, walked = 0; found == null && read < 2 && sentence > 0 && walked < WALK; walked++) {
            int last = sentence - 1;
            sentence = tokens.sentenceStart(last);
            if (tokens.get(sentence).start() < floor) {
                break;
            }
            if (!holdsWord(sentence, last) || quoted(sentence, last) || asides.holds(sentence)) {
                continue;
            }
            found = finder.in(sentence, tokens.get(last).end());
            if (found == null && chain != null && pronounSubject(sentence, last, chain)) {
                continue; // "Mr Barilaro announced … ¶ ‘…,’ he said. ¶ He said …": the same "he" speaks on, so the chain goes back
            }
            read++;
        }
        return found;
    }

    /**
     * Where the narrative before the pronoun at character {@code before} ends: the start of its
     * sentence when what goes before it there is what was said ("…, he writes."), else the pronoun.
     */
    int narrativeEnd(int before) {
        int own = tokens.firstAtOrAfter(before);
        return own < tokens.size() && endsContent(own) ? tokens.get(tokens.sentenceStart(own)).start() : before;
    }

    /**
     * "Mr Thambi Durai had met Mr Vajpayee twice, he said.": the pronoun at token {@code own} and its
     * cue end the sentence after a comma, so all before them is what was said, and its subject is
     * not the speaker. Not "Ben survived, he says, only because …", where the words go on.
     */
    private boolean endsContent(int own) {
        if (own <= 0 || own + 1 >= tokens.size() || !tokens.get(own - 1).is(",") || !tokens.sameParagraph(own - 1, own)
                || !tokens.get(own).isLowerCase(Word.PRONOUN)) {
            return false;
        }
        int cue = own + 1;
        if (tokens.get(cue).isLowerCase(Word.SKIPPABLE) && cue + 1 < tokens.size()) {
            cue++; // "…, he also said."
        }
        Token verb = tokens.get(cue);
        if (!verb.isWord() || verb.cue() == null || !Character.isLowerCase(verb.first())) {
            return false;
        }
        Token next = tokens.at(cue + 1);
        if (next != null && (next.is(":") || next.kind() == Token.Kind.QUOTE_MARK)) {
            return false; // "…, she simply responded: “…”": the words come after
        }
        int sentence = tokens.sentenceStart(own);
        for (int i = cue + 1; i <= cue + 6; i++) {
            if (i >= tokens.size() || tokens.sentenceStart(i) != sentence || tokens.get(i).is(".")) {
                return true;
            }
            if (tokens.get(i).is(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the sentence of tokens {@code from} to character {@code to} goes on about the person the
     * gender's pronoun before stood for ("In December, he wrote …"): the walk passes over it.
     */
    boolean chains(int from, int to, Gender gender) {
        String chain = gender == Gender.MALE ? "he" : gender == Gender.FEMALE ? "she" : null;
        int last = tokens.lastEndingBy(to);
        return chain != null && last >= from && pronounSubject(from, last, chain);
    }

    /**
     * Whether tokens {@code from..to} hold the subject pronoun {@code subject} outside quotation
     * marks: opening the sentence after its connectives ("However, he added"), or before a speech
     * verb ("‘…,’ he said"). Such a sentence goes on about the person the pronoun before stood for.
     */
    private boolean pronounSubject(int from, int to, String subject) {
        int opening = from;
        while (opening <= to && (tokens.get(opening).is(Word.CONNECTIVE) || tokens.get(opening).is(","))) {
            opening++;
        }
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.lower().equals(subject) && !quoted(i, i) && (i == opening || speaks(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source of "according to", else the last organisation that opens a clause, or speaks, among the names from token {@code from}
     * to {@code to}, by its name; null when none does: "ICU-Ghana opposed the sale of VALCO" gives
     * the union, not the company it named as an object.
     */
    String bodySubjectIn(int from, int to) {
        String found = null;
        for (NameMention nm : entities.mentionsStartingIn(new Span(tokens.get(from).start(), Math.max(to, tokens.get(from).start())))) {
            if (nm.isPerson() || nm.quoted() || nm.organisation() < 0 || nm.span().end() > Math.max(to, tokens.get(from).start())) {
                continue;
            }
            int first = tokens.firstAtOrAfter(nm.span().start());
            int last = tokens.lastEndingBy(nm.span().end());
            if (owns(last)) {
                continue; // "the union's general secretary said": the owner is not the subject
            }
            if (accordingTo(first, last)) {
                return entities.organisations().get(nm.organisation()).name();
            }
            if (opens(first, last, speaking(first, last))) {
                found = entities.organisations().get(nm.organisation()).name();
            }
        }
        return found;
    }

    /** The last person of the gender who opens a clause, or speaks, among the names from token {@code from} to {@code to}. */
    PersonEntity subjectIn(int from, int to, Gender gender, boolean loose) {
        PersonEntity found = null;
        for (NameMention nm : entities.mentionsStartingIn(new Span(tokens.get(from).start(), Math.max(to, tokens.get(from).start())))) {
            if (!nm.isPerson() || nm.quoted()) {
                continue;
            }
            int first = tokens.firstAtOrAfter(nm.span().start());
            int last = tokens.lastEndingBy(nm.span().end());
            if (owns(last)) {
                continue; // "Gukesh's father Dr Rajnikanth said": the owner is not the subject
            }
            Token article = tokens.at(first - 1);
            if (article != null && article.isWord() && (article.lower().equals("the") || article.lower().equals("a")
                    || article.lower().equals("an")) && tokens.sameParagraph(first - 1, first)) {
                continue; // "The Facebook post", "a Trump aide": a name after an article modifies a noun
            }
            boolean speaking = speaking(first, last);
            boolean opens = opens(first, last, speaking);
            PersonEntity p = entities.person(nm.person());
            // a person whose gender the article does not tell may be the one "he" stands for: only a
            // known other gender rules one out (Chris, Jordan and many names abroad are either)
            boolean fits = p.gender() == gender || p.gender() == Gender.UNKNOWN || loose && gender == Gender.UNKNOWN;
            if (fits && accordingTo(first, last)) {
                return p;
            }
            // one word may be a misread capital ("Tauba"); a single name that speaks is a person
            if (opens && fits && (p.name().indexOf(' ') > 0 || speaking)) {
                found = p;
            }
        }
        return found;
    }

    /**
     * "…, but due to Auckland's outbreak, Ms Ardern pushed the election back", "Today is not the first
     * time Mallick has encountered the FIA", "When Jérémie Lajoie joined the team, he was excited": the
     * last person of the gender (or of none known), known by a full name, who is the subject of a
     * finite verb inside the sentence of tokens {@code from} to {@code to} where no one opens it; null
     * when a pronoun or a speech verb comes before them there (the name is then in someone else's
     * clause: "He said Smith was wrong", "The spokesman said Smith was wrong").
     */
    PersonEntity clauseSubjectIn(int from, int to, Gender gender) {
        PersonEntity found = null;
        for (NameMention nm : entities.mentionsStartingIn(new Span(tokens.get(from).start(), Math.max(to, tokens.get(from).start())))) {
            if (!nm.isPerson() || nm.quoted() || nm.span().end() > to) {
                continue;
            }
            int first = tokens.firstAtOrAfter(nm.span().start());
            int last = tokens.lastEndingBy(nm.span().end());
            PersonEntity p = entities.person(nm.person());
            if (owns(last) || p.name().indexOf(' ') < 0 || !(p.gender() == gender || p.gender() == Gender.UNKNOWN)) {
                continue;
            }
            Token article = tokens.at(first - 1);
            if (article != null && article.isWord() && article.is(Word.DETERMINER)) {
                continue; // "The Facebook post", "Some Neil Woodford investors"
            }
            Token joined = tokens.at(first - 1);
            if (joined != null && (joined.is("and") || joined.is("or")) || !leadsNothing(from, first, false) || !(finiteAfter(last) || sayingWith(first, last))
                    || attributedAfter(last, to)) {
                continue; // "John Barrowman and Ashley Banjo will": one of a joint subject
            }
            found = p;
        }
        return found;
    }

    /**
     * No pronoun, speech verb, relative or content clause opener ("how", "whether")
     * outside quotation marks among tokens {@code from} to before {@code first}; {@code that}: "that"
     * and "it" may stand there ("It was that team spirit that convinced Édouard Beaulieu to sign up").
     */
    private boolean leadsNothing(int from, int first, boolean that) {
        for (int i = from; i < first; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || quoted(i, i) || that && (t.lower().equals("that") || t.lower().equals("it"))) {
                continue;
            }
            if (t.is(Word.PRONOUN) || t.cue() != null || t.is(Word.RELATIVE) || t.is(Word.CONTENT_OPENER) && !t.is(Word.OPENER)) {
                return false; // "Detailing how Coleen had …, she disclosed": the name is inside what is told
            }
        }
        return true;
    }

    /**
     * "It was exactly that team spirit that convinced Édouard Beaulieu to sign up.", "Many people made
     * improvements to their backyards, like Chelsea Murphy, who built a fire pit.": the one person of
     * the gender (or of none known), known by a full name, whom the sentence of tokens {@code from} to
     * character {@code to} names for the first time in the article, in any place, when it names no
     * other person who may be of the gender, and no pronoun, speech verb, relative, content-clause
     * opener or description of a person comes before them there ("He said former City manager Alex
     * Neil …", "Laura, who had been filming with Dr Alex George, said"); else null. News introduces a
     * speaker, then quotes them.
     */
    PersonEntity introducedIn(int from, int to, Gender gender) {
        int start = tokens.get(from).start();
        PersonEntity found = null;
        for (NameMention nm : entities.mentionsStartingIn(new Span(start, Math.max(to, start)))) {
            if (!nm.isPerson() || nm.quoted() || nm.span().end() > to) {
                continue;
            }
            PersonEntity p = entities.person(nm.person());
            if (!(p.gender() == gender || p.gender() == Gender.UNKNOWN)) {
                continue;
            }
            int first = tokens.firstAtOrAfter(nm.span().start());
            int k = first - 1;
            while (k > from && (isTitle(tokens.get(k)) || tokens.get(k).is(".") && isTitle(tokens.get(k - 1)))) {
                k--; // "… and Dr Alex George"
            }
            Token article = tokens.at(k);
            boolean modifier = article != null && article.isWord() && (article.is(Word.DETERMINER) || article.is("and") || article.is("or"));
            if (found != null && found != p || owns(tokens.lastEndingBy(nm.span().end())) || modifier
                    || p.name().indexOf(' ') < 0 || entities.firstNamedAt(p) < start || !leadsNothing(from, first, true) || describedIn(from, first)) {
                return null; // someone else who may be the one meant, or no one new, or someone else's words
            }
            found = p;
        }
        return found;
    }

    /** A person is described among tokens {@code from} to before {@code first}: "the Ghanaian envoy praised Crown Prince …". */
    private boolean describedIn(int from, int first) {
        for (int i = from + 1; i < first; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLowerCase(t.first()) && tokens.get(i - 1).is(Word.DETERMINER)
                    && TokenView.isPersonNoun(t)) {
                return true;
            }
        }
        return false;
    }


    /**
     * "…, with shadow health minister Davies saying 'drastic' action was needed": the name at tokens
     * {@code first..last}, a few words after "with" (no verb between), is the subject of a speech verb
     * in -ing: the one who spoke.
     */
    private boolean sayingWith(int first, int last) {
        Token v = tokens.at(last + 1);
        if (v == null || !v.isWord() || !Character.isLowerCase(v.first()) || v.cue() == null || !v.lower().endsWith("ing")
                || !tokens.sameParagraph(last, last + 1)) {
            return false;
        }
        int k = first - 1;
        while (k >= 0 && first - k <= 6 && tokens.get(k).isWord() && !tokens.get(k).is("with") && tokens.get(k).cue() == null
                && !tokens.get(k).is(Word.FINITE)) {
            k--; // "with shadow health minister Davies"
        }
        return k >= 0 && tokens.get(k).isLowerCase(Word.PREPOSITION) && tokens.get(k).is("with");
    }

    /**
     * "But Mrs Gandhi was adamant, she said.": a comma, a pronoun and a speech verb follow the name
     * ending at token {@code last} before character {@code to}, or a speech verb after a comma
     * ("…, Don Vergilio Levi, said on television."); all before is what was said.
     */
    private boolean attributedAfter(int last, int to) {
        for (int i = last + 2; i < tokens.size() && tokens.get(i).end() <= to; i++) {
            if (tokens.get(i - 1).is(",") && TokenView.isInflectedCue(tokens.get(i)) && !quoted(i, i)) {
                return true; // "The election of Cardinal Luciani would mark continuity …, Don Vergilio Levi, said"
            }
        }
        for (int i = last + 1; i + 2 < tokens.size() && tokens.get(i + 2).end() <= to; i++) {
            if (tokens.get(i).is(",") && tokens.get(i + 1).isLowerCase(Word.PRONOUN)) {
                int cue = i + 2;
                if (tokens.get(cue).isLowerCase(Word.SKIPPABLE) && tokens.get(cue).cue() == null && cue + 1 < tokens.size()) {
                    cue++; // "…, she also said"
                }
                if (TokenView.isInflectedCue(tokens.get(cue))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A lower-case finite verb follows the name ending at token {@code last}: "Ms Ardern pushed", "Mallick has encountered". */
    private boolean finiteAfter(int last) {
        int at = last + 1;
        while (at < tokens.size() && at - last <= 2 && tokens.get(at).isLowerCase(Word.SKIPPABLE) && tokens.get(at).cue() == null
                && !tokens.get(at).is(Word.FINITE)) {
            at++; // "Ms Ardern also pushed"
        }
        Token v = tokens.at(at);
        return v != null && v.isWord() && Character.isLowerCase(v.first()) && tokens.sameParagraph(last, at)
                && verbLike(v) && (v.cue() != null || v.is(Word.FINITE) || v.lower().endsWith("ed")); // not "Smith investors"
    }

    /**
     * "According to ICU-Ghana, VALCO has faced challenges … It cited": the source of "according to"
     * is the one the sentence is about; the subject after it is part of what was said. The name at
     * tokens {@code first..last} is that source when all of it.
     */
    private boolean accordingTo(int first, int last) {
        Token after = tokens.at(last + 1);
        boolean whole = after == null || after.kind() == Token.Kind.PUNCT; // not "according to PUDA specifications"
        return whole && first >= 2 && TokenView.accordingTo(tokens, first - 2);
    }

    /** A possessive mark follows the name ending at token {@code last}: the name owns what follows, it is no subject. */
    boolean owns(int last) {
        Token next = tokens.at(last + 1);
        return next != null && next.kind() == Token.Kind.POSSESSIVE;
    }

    /**
     * The name at tokens {@code first..last} is the subject of a cue: "“…,” Gukesh recalled.", "…'s
     * chairman, Noel Maughan, agrees", "“…,” said Tom Baker, who thanked his coach Sam Webb."
     */
    private boolean speaking(int first, int last) {
        return speaks(last) || speaksAfterApposition(first, last) || namedAfterCue(first) || speaksAfterOwnApposition(last);
    }

    /**
     * "‘…,’ Maj. Gen. Donna Martin, the Army’s provost marshal, who leads …, said.": the name ending at
     * token {@code last}, then its own apposition between commas (a description, maybe a relative
     * clause, at most 25 tokens, no sentence end), then a lower-case speech verb.
     */
    private boolean speaksAfterOwnApposition(int last) {
        Token comma = tokens.at(last + 1);
        Token opening = tokens.at(last + 2);
        if (comma == null || !comma.is(",") || opening == null || !opening.isWord()
                || !(opening.is(Word.DETERMINER) || opening.is(Word.ROLE) || opening.is(Word.ROLE_MODIFIER))) {
            return false; // "Name, the …", "Name, a …", "Name, chief executive …"
        }
        int sentence = tokens.sentenceStart(last);
        for (int i = last + 2; i < tokens.size() && i - last <= 25 && tokens.sentenceStart(i) == sentence
                && tokens.sameParagraph(last, i); i++) {
            if (tokens.get(i).kind() == Token.Kind.QUOTE_MARK) {
                return false;
            }
            if (tokens.get(i).is(",") && speaks(i)) {
                return true;
            }
        }
        return false;
    }

    /** The name at tokens {@code first..last} opens its sentence's or paragraph's clause, or the main clause after an adjunct, or speaks. */
    private boolean opens(int first, int last, boolean speaking) {
        return opensClause(first, tokens.sentenceStart(first)) || opensClause(first, paragraphStart(first))
                || afterAdjunct(first) || speaking || verbAfterApposition(first, last) >= 0;
    }

    /**
     * Whether the words of tokens {@code from..to} all stand inside quotation marks: the sentence is
     * someone's words.
     */
    boolean quoted(int from, int to) {
        if (inQuotation == null) {
            inQuotation = new boolean[tokens.size()];
            for (QuoteSpan q : quotes) {
                for (int i = tokens.firstAtOrAfter(q.content().start()); i < tokens.size()
                        && tokens.get(i).end() <= q.content().end(); i++) {
                    inQuotation[i] = true;
                }
            }
        }
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).isWord() && !inQuotation[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * "After taking down the video, Harbhajan Singh also issued an apology": the name at token
     * {@code first} opens the main clause after an adjunct that an opener word starts and a comma ends.
     */
    private boolean afterAdjunct(int first) {
        int start = tokens.sentenceStart(first);
        Token opener = tokens.get(start);
        if (first - start < 3 || !opener.isWord() || !opener.isCapitalised(Word.OPENER)) {
            return false;
        }
        int comma = first - 1;
        while (comma > start && !tokens.get(comma).is(",")) {
            comma--;
        }
        return comma > start && opensClause(first, comma + 1);
    }

    /**
     * "The committee's chairman, Noel Maughan, agrees that …": the name between commas after the
     * subject's description, then a lower-case speech verb: the name is the cue's subject.
     */
    private boolean speaksAfterApposition(int first, int last) {
        int verb = verbAfterApposition(first, last);
        return verb >= 0 && speaks(verb - 1);
    }

    /**
     * "The Attorney General, Dr Dominic Ayine, has disclosed", "the Janata Party president, Dr
     * Subramanian Swamy, termed", "Another tenant, Mr Gurinder Singh, who runs a dairy, said": the
     * token of the lower-case verb that follows the name at tokens {@code first..last} set between
     * commas (over its title, a relative clause, "has"/"have" and connectives), or -1: the name is
     * the subject of that verb, as much as one opening the sentence.
     */
    private int verbAfterApposition(int first, int last) {
        int k = first - 1;
        while (k > 0 && first - k <= 2 && (isTitle(tokens.get(k)) || tokens.get(k).is(".") && isTitle(tokens.get(k - 1)))) {
            k--; // "…, Dr Dominic Ayine, has disclosed": the title before the name
        }
        Token before = tokens.at(k);
        int comma = last + 1;
        if (before == null || !before.is(",") || comma >= tokens.size() || !tokens.get(comma).is(",")) {
            return -1;
        }
        if (!describesSubject(k)) {
            return -1;
        }
        int verb = comma + 1;
        if (verb < tokens.size() && tokens.get(verb).isLowerCase(Word.RELATIVE)) {
            int close = verb + 1;
            while (close < tokens.size() && close - verb <= 15 && !tokens.get(close).is(",")
                    && (tokens.get(close).isWord() || tokens.get(close).kind() != Token.Kind.PUNCT)) {
                close++;
            }
            if (close >= tokens.size() || !tokens.get(close).is(",")) {
                return -1; // "…, Mr Gurinder Singh, who runs a dairy, said": the clause must close
            }
            verb = close + 1;
        }
        while (verb < tokens.size() && verb - comma <= 4) {
            Token t = tokens.get(verb);
            if (onDay(verb)) {
                verb += 2;
            } else if (t.isLowerCase(Word.CONNECTIVE) || t.is(",") || t.isWord() && (t.lower().equals("has") || t.lower().equals("have"))) {
                verb++;
            } else {
                break;
            }
        }
        Token v = tokens.at(verb);
        boolean lowerWord = v != null && v.isWord() && Character.isLowerCase(v.first());
        return lowerWord && tokens.sameParagraph(k, verb) && verbLike(v) ? verb : -1;
    }

    /** "…, Captain Amarinder Singh, on Wednesday fired": "on" and a capitalised day or date word at token {@code i}. */
    private boolean onDay(int i) {
        Token on = tokens.at(i);
        Token day = tokens.at(i + 1);
        return on != null && day != null && on.is("on") && day.isCapitalised() && day.is(Word.TIME_WORD);
    }

    /** "told", "termed", "has", "insists": a finite verb, not "joint secretary" or "leader of" after a name's comma. */
    private static boolean verbLike(Token v) {
        if (v.is(Word.ROLE) || v.is(Word.ROLE_MODIFIER) || v.is(Word.PREPOSITION) || v.is(Word.DETERMINER)
                || v.is(Word.CLAUSE_JOIN) || v.is(Word.RELATIVE) || v.is(Word.PRONOUN) || v.is(Word.CONNECTIVE)) {
            return false;
        }
        String w = v.lower();
        return !w.endsWith("ing") && (v.cue() != null || v.is(Word.FINITE) || w.endsWith("ed") || w.endsWith("s"));
    }

    /**
     * The comma at token {@code comma} ends a description that is the subject's: "The Attorney
     * General, …", "Reacting to this, the Janata Party president, …" — no verb, relative or "that"
     * before it in its sentence, or after the adjunct that opens the sentence. Not "She said that
     * her own character, …" nor "some MPs asked the Prime Minister, …": a name in a clause of its own.
     */
    private boolean describesSubject(int comma) {
        int start = tokens.sentenceStart(comma);
        int from = start;
        while (from < comma && (tokens.get(from).is(Word.CONNECTIVE) || tokens.get(from).is(Word.SKIPPABLE))) {
            from++; // "And", "Even as …"
        }
        Token opener = tokens.get(from);
        boolean adjunct = opener.isWord() && (opener.is(Word.OPENER) || opener.lower().endsWith("ing")
                || opener.lower().endsWith("ed"));
        if (adjunct) {
            int previous = comma - 1;
            while (previous > from && !tokens.get(previous).is(",")) {
                previous--;
            }
            if (previous == from) {
                return false; // the adjunct runs up to the name: "When the Prime Minister, Mr …, arrived"
            }
            from = previous + 1;
        }
        if (from >= comma) {
            return false;
        }
        for (int i = from; i < comma; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isLowerCase(t.first()) && (t.cue() != null && !t.lower().endsWith("ing")
                    || t.is(Word.FINITE) || t.is(Word.RELATIVE) || t.is(Word.BE))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "“…,” said Indian Grandmaster D Gukesh": the name at token {@code first} follows, over its
     * title and role words, a lower-case speech verb that follows a quotation or a comma: it is the
     * subject of an inverted attribution, the speaker just before, not someone named in passing.
     */
    private boolean namedAfterCue(int first) {
        int k = first - 1;
        while (k >= 0 && first - k <= 4 && tokens.sameParagraph(k, first) && tokens.get(k).isWord()
                && (Character.isUpperCase(tokens.get(k).first()) || tokens.get(k).is(Word.ROLE)
                        || tokens.get(k).is(Word.ROLE_MODIFIER))) {
            k--;
        }
        Token cue = tokens.at(k);
        Token before = tokens.at(k - 1);
        return cue != null && before != null && tokens.sameParagraph(k - 1, first) && cue.isWord()
                && Character.isLowerCase(cue.first()) && cue.cue() != null && !cue.lower().endsWith("ing")
                && (before.kind() == Token.Kind.QUOTE_MARK || before.is(","));
    }

    private static boolean isTitle(Token t) {
        return t.isWord() && (t.is(Word.TITLE_MALE) || t.is(Word.TITLE_FEMALE) || t.is(Word.TITLE_NEUTRAL));
    }

    /** A lower-case speech verb follows the name ending at token {@code last}: the name is a cue's subject. */
    private boolean speaks(int last) {
        Token next = tokens.at(last + 1);
        return next != null && TokenView.isInflectedCue(next); // not "Facebook post", "Trump talk"
    }

    /**
     * The name at token {@code first} opens what starts at {@code start}: "Barilaro", "Mr Barilaro",
     * "NSW Labor leader Jodi McKay" — only a title, or capitalised words and role words, before it.
     * A paragraph start counts as well as a sentence start: a photo caption has no full stop.
     */
    private boolean opensClause(int first, int start) {
        if (first - start <= 1) {
            return true;
        }
        if (first - start > 5) {
            return false;
        }
        int from = start;
        while (from < first && tokens.get(from).is(Word.CONNECTIVE)) {
            from++; // "But Trump campaign chairman Paul Manafort said"
        }
        for (int i = from; i < first; i++) {
            Token t = tokens.get(i);
            boolean small = t.is(Word.NOT_NAME) || t.is(Word.DETERMINER) || t.is(Word.PREPOSITION)
                    || t.is(Word.OPENER) || t.is(Word.CLAUSE_JOIN) || t.is(Word.RELATIVE) || t.is(Word.CONNECTIVE);
            if (t.kind() == Token.Kind.POSSESSIVE && i > from) {
                continue; // "Gukesh's father Dr Rajnikanth": the owner's name and its mark lead in to a role
            }
            if (!t.isWord() || small || !Character.isUpperCase(t.first()) && !t.is(Word.ROLE) && !t.is(Word.ROLE_MODIFIER)
                    && !t.is(Word.PERSON)) {
                return false; // "When Mr. Trump tried…": a clause that opens with someone else
            }
        }
        return true;
    }

    /** Where the sentence {@code back} sentences before the one ending by character {@code index} starts, in characters. */
    int sentencesBefore(int index, int back) {
        int end = tokens.lastEndingBy(index);
        return end < 0 ? 0 : tokens.get(sentenceBack(end, back)).start();
    }

    /** The first token of the sentence {@code back} sentences before the one holding token {@code i}. */
    int sentenceBack(int i, int back) {
        int s = tokens.sentenceStart(i);
        for (int k = 0; k < back && s > 0; k++) {
            s = tokens.sentenceStart(s - 1);
        }
        return s;
    }

    private int paragraphStart(int i) {
        int p = i;
        while (p > 0 && tokens.sameParagraph(p - 1, i)) {
            p--;
        }
        return p;
    }

    boolean holdsWord(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).isWord()) {
                return true;
            }
        }
        return false;
    }
}
