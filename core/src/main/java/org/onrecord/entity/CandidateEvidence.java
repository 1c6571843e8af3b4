package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.text.Chars;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Everything the entity stage needs to know about one name candidate, read from the tokens once.
 * Later steps (classify, cluster, enrich) read only these values, so a new role shape written in
 * {@link RoleReader} is seen alike by "is this a person?" and "what is their role?".
 *
 * @param words the words of the name, one a token, long all-caps words in title case
 * @param inHeadline whether it stands in the article's headline lines (never a person there)
 * @param quoted whether it stands inside a quotation
 * @param titled whether a title or capitalised role stands before it ("Mr", "President")
 * @param honorific whether that title is an honorific the lexicon knows ("Mr", "Dr")
 * @param titleGender the gender that title gives, UNKNOWN when none
 * @param roleBefore the role written before the name ("Labour leader Keir Starmer"), or null
 * @param roleAfter the role written after the name ("Keir Starmer, the Labour leader"), or null
 * @param cueNearby whether a speech cue stands next to it ("Brafman said", "said Brafman")
 * @param speaks whether it is surely the subject of that cue: the cue follows it ("Omar said"), or
 *     the cue stands after a quotation or comma and before it ("…,” said Rashid Omar"), where
 *     "accused Rafael Cruz" may be the cue's object
 * @param organisationWords whether its words mark an organisation ("Nationals MPs", "Unite")
 * @param organisationContext whether the words around it say it is a company or a club ("Goldman
 *     Sachs analysts", "Morgan Stanley's shares", "shares in Rolls-Royce": {@code organisation-context.tsv})
 * @param firstNameKnown whether its first word is a known first name
 * @param opensSentence whether its first word is a common word capitalised only to open a sentence
 * @param surname its last word that is no generation suffix ("Holmes" in "DaRon Holmes II")
 * @param personAfter whether what follows says it is a person: an age between commas ("Daniel John
 *     Gorshenin, 35, was") or "he"/"she" going on about it in its sentence ("Bornface Banks got South
 *     Africans enraged when he recorded himself")
 * @param organisationName the organisation it names if it is one, without trailing role words, or null
 * @param relativeOf for a known given name alone after a possessive name and a blood relative
 *     ("Kula's father Solomon"), the possessive name ("Kula"), whose family name it shares; for a
 *     name alone before "and", a known given name and a surname, and their ages ("Karri and Hugh
 *     Henry, 36 and 34,"), that surname ("Henry"); else null
 */
record CandidateEvidence(
        NameCandidate candidate,
        List<String> words,
        Span span,
        boolean inHeadline,
        boolean quoted,
        boolean titled,
        boolean honorific,
        Gender titleGender,
        Role roleBefore,
        Role roleAfter,
        boolean cueNearby,
        boolean speaks,
        boolean organisationWords,
        boolean organisationContext,
        boolean firstNameKnown,
        boolean opensSentence,
        String surname,
        String organisationName,
        boolean personAfter,
        String relativeOf) {

    CandidateEvidence {
        words = List.copyOf(words);
    }

    /** The name as written (after title-casing long all-caps words); a possessive ("’", "'s") stays on its word. */
    String text() {
        return join(words);
    }

    static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0 && !(Chars.isApostrophe(w.charAt(0)) && (w.length() == 1 || w.equalsIgnoreCase(w.charAt(0) + "s")))) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    /**
     * @param quoted the spans of quoted content, in text order
     */
    static List<CandidateEvidence> read(Tokens tokens, List<NameCandidate> candidates, List<Span> quoted) {
        CommonWords common = new CommonWords(tokens);
        int headline = Headline.length(tokens);
        List<CandidateEvidence> out = new ArrayList<>(candidates.size());
        int q = 0;
        for (NameCandidate nc : candidates) {
            List<String> words = nc.handle() ? List.of(handle(tokens, nc)) : words(tokens, nc.first(), nc.last());
            Span span = new Span(tokens.get(nc.first()).start(), tokens.get(nc.last()).end());
            while (q < quoted.size() && quoted.get(q).end() <= span.start()) {
                q++;
            }
            boolean inQuote = q < quoted.size() && quoted.get(q).contains(span);
            // RoleReader is called here and nowhere else in the stage: once per candidate
            Role before = RoleReader.before(tokens, nc.first());
            Role after = RoleReader.after(tokens, nc.last());
            Token title = nc.titleToken() >= 0 ? tokens.get(nc.titleToken()) : null;
            out.add(new CandidateEvidence(nc, words, span,
                    nc.first() < headline,
                    inQuote,
                    title != null,
                    title != null && NameFinder.isTitle(tokens, title),
                    titleGender(title),
                    before,
                    after,
                    nearCue(tokens, nc, after),
                    speaks(tokens, nc),
                    organisationWords(tokens, nc, words),
                    !nc.handle() && organisationContext(tokens, nc),
                    FirstNames.contains(words.get(0)),
                    common.opensSentence(nc.first()),
                    nc.handle() ? words.get(0) : surname(tokens, nc),
                    organisationName(tokens, nc, words),
                    !nc.handle() && personAfter(tokens, nc),
                    relativeOf(tokens, nc, words)));
        }
        return out;
    }

    /** "Kula's father Solomon": the possessive name before the relative noun before a lone given name; else null. */
    private static String relativeOf(Tokens tokens, NameCandidate nc, List<String> words) {
        if (nc.handle() || words.size() != 1) {
            return null;
        }
        String shared = sharedSurname(tokens, nc);
        if (shared != null) {
            return shared;
        }
        if (!FirstNames.contains(words.get(0)) || nc.first() < 3) {
            return null;
        }
        Token kin = tokens.get(nc.first() - 1);
        Token mark = tokens.get(nc.first() - 2);
        Token owner = tokens.get(nc.first() - 3);
        return kin.isLowerCase(Word.KIN) && mark.kind() == Token.Kind.POSSESSIVE && owner.isWord()
                && Character.isUpperCase(owner.first()) && tokens.sameParagraph(nc.first() - 3, nc.first()) ? owner.text() : null;
    }

    /**
     * "Karri and Hugh Henry, 36 and 34,", "Cheryl and David Hickman, both 47,": an untitled name
     * alone, "and", a known given name and one surname, then the pair's ages (a comma and a
     * number, "both" or "aged"), all in one paragraph: the surname both share; else null. The
     * ages say the two are a couple or family written as news writes them; without them the
     * first may be another family's or a one-name person ("his exes, Zendaya and Joey King", "Matty
     * and Sarah Marie"). Not after a title ("Prince Harry and Meghan Markle").
     */
    private static String sharedSurname(Tokens tokens, NameCandidate nc) {
        int and = nc.last() + 1;
        Token join = tokens.at(and);
        Token given = tokens.at(and + 1);
        Token surname = tokens.at(and + 2);
        if (nc.titleToken() >= 0 || join == null || !join.is("and") || given == null || surname == null
                || !NameFinder.isCapWord(given) || !NameFinder.isCapWord(surname) || !FirstNames.contains(given.text())
                || surname.is(Word.NOT_NAME) || !agesAfter(tokens, and + 3) || !tokens.sameParagraph(nc.first(), and + 4)) {
            return null;
        }
        Token before = tokens.at(nc.first() - 1);
        return before != null && before.isWord() && NameFinder.isTitle(tokens, before) ? null : surname.text();
    }

    /** ", 36 and 34", ", both 47", ", aged 31": ages after a pair of names, from {@code at}. */
    private static boolean agesAfter(Tokens tokens, int at) {
        Token comma = tokens.at(at);
        Token next = tokens.at(at + 1);
        return comma != null && comma.is(",") && next != null
                && (next.kind() == Token.Kind.NUMBER && next.text().length() <= 2 || next.is("both") || next.is("aged"));
    }

    /** How many tokens after a name "he" or "she" may stand in its sentence and still go on about it. */
    private static final int PRONOUN_REACH = 12;

    /**
     * "Daniel John Gorshenin, 35, was", "Bornface Banks got South Africans enraged when he recorded
     * himself": an age between commas after the name, or "he"/"she" later in the sentence it opens,
     * outside quotation marks and not before a cue ("…, he said" is the writer's source of the whole
     * sentence, not more about the name).
     */
    private static boolean personAfter(Tokens tokens, NameCandidate nc) {
        int i = nc.last() + 1;
        Token comma = tokens.at(i);
        Token age = tokens.at(i + 1);
        Token close = tokens.at(i + 2);
        if (comma != null && comma.is(",") && age != null && age.kind() == Token.Kind.NUMBER && age.text().length() <= 2
                && close != null && (close.is(",") || close.is(".")) && tokens.sameParagraph(nc.last(), i + 2)) {
            return true;
        }
        if (!tokens.startsSentence(nc.first())) {
            return false; // "… got South Africans enraged when he …": an object, not whom "he" goes on about
        }
        int end = tokens.sentenceEnd(nc.last());
        for (int k = i; k <= end && k < tokens.size() && k - nc.last() <= PRONOUN_REACH; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.QUOTE_MARK) {
                return false; // someone's words
            }
            if (t.is("he") || t.is("she")) {
                Token next = tokens.at(k + 1);
                return next == null || !(next.isWord() && next.cue() != null)
                        && !(next.isWord() && next.is(Word.SKIPPABLE) && tokens.at(k + 2) != null && tokens.get(k + 2).cue() != null);
            }
        }
        return false;
    }

    private static Gender titleGender(Token title) {
        if (title == null) {
            return Gender.UNKNOWN;
        }
        if (title.is(Word.TITLE_MALE)) {
            return Gender.MALE;
        }
        return title.is(Word.TITLE_FEMALE) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The last word of a name that is not a generation suffix: "Holmes" in "DaRon Holmes II". */
    private static String surname(Tokens tokens, NameCandidate nc) {
        int last = nc.last();
        while (last > nc.first() && tokens.get(last).is(Word.NAME_SUFFIX)) {
            last--;
        }
        return words(tokens, last, last).get(0);
    }

    /**
     * The organisation a capitalised run names, without trailing role words ("Labour MPs" is
     * Labour); null when nothing is left but a generic word ("Government", "Rail").
     */
    private static String organisationName(Tokens tokens, NameCandidate nc, List<String> words) {
        int end = words.size();
        while (end > 1 && tokens.get(nc.first() + end - 1).is(Word.ROLE)
                && !(end > 2 && tokens.get(nc.first() + end - 2).is("of"))) { // "Department of Justice" keeps its last word
            end--;
        }
        Token first = tokens.get(nc.first());
        if (end == 1 && first.is(Word.ORGANISATION) && !RoleReader.isAllCaps(words.get(0))
                && !first.is(Word.KNOWN_ORGANISATION)) {
            return null;
        }
        return join(words.subList(0, end));
    }

    /** Whether the run's own words make it an organisation; acronyms the article defines are checked in {@link Kinds}. */
    private static boolean organisationWords(Tokens tokens, NameCandidate nc, List<String> words) {
        if (words.size() > 1 && NameFinder.isPluralRole(tokens, tokens.get(nc.last()))) {
            return true; // "Nationals MPs": a party's members, never "he"
        }
        for (int i = 0; i < words.size(); i++) {
            if (tokens.get(nc.first() + i).is(Word.ORGANISATION)
                    && !(i == 0 && FirstNames.contains(words.get(0)) && words.size() > 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Goldman Sachs analysts", "Goldman Sachs's shares", "shares in Goldman Sachs", "an analyst at
     * Goldman Sachs", "Garda World are": words said of a company, not of a person, right around the name.
     */
    private static boolean organisationContext(Tokens tokens, NameCandidate nc) {
        Token next = tokens.at(nc.last() + 1);
        if (next != null && tokens.sameParagraph(nc.last(), nc.last() + 1)) {
            if (next.isWord() && Character.isLowerCase(next.first()) && (CONTEXT_AFTER.contains(next.lower())
                    || CONTEXT_PLURAL.contains(next.lower()) && nc.last() > nc.first() && tokens.startsSentence(nc.first())
                    && !tokens.get(nc.last()).lower().endsWith("s"))) {
                return true;
            }
            Token owned = tokens.at(nc.last() + 2);
            if (next.kind() == Token.Kind.POSSESSIVE && owned != null && owned.isWord()
                    && CONTEXT_OWNED.contains(owned.lower()) && tokens.sameParagraph(nc.last(), nc.last() + 2)) {
                return true;
            }
        }
        Token prep = tokens.at(nc.first() - 1);
        Token word = tokens.at(nc.first() - 2);
        if (prep == null || word == null || !word.isWord() || !tokens.sameParagraph(nc.first() - 2, nc.first())) {
            return false;
        }
        return (prep.is("in") || prep.is("of")) && CONTEXT_IN.contains(word.lower())
                || prep.is("at") && CONTEXT_AT.contains(word.lower());
    }

    /** {@code organisation-context.tsv}: where (after, owned, in, at, plural) → its words. */
    private static final Map<String, Set<String>> CONTEXT = context();
    // each set once, not looked up by its name for every candidate
    private static final Set<String> CONTEXT_AFTER = CONTEXT.get("after");
    private static final Set<String> CONTEXT_OWNED = CONTEXT.get("owned");
    private static final Set<String> CONTEXT_IN = CONTEXT.get("in");
    private static final Set<String> CONTEXT_AT = CONTEXT.get("at");
    private static final Set<String> CONTEXT_PLURAL = CONTEXT.get("plural");

    private static Map<String, Set<String>> context() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String where : List.of("after", "owned", "in", "at", "plural")) {
            out.put(where, new HashSet<>());
        }
        for (String line : ResourceLines.of(CandidateEvidence.class, "organisation-context.tsv")) {
            String[] f = line.split("\t");
            Set<String> words = out.get(f[0]);
            if (f.length != 2 || words == null) {
                throw new IllegalStateException("organisation-context.tsv: bad line " + line);
            }
            words.add(f[1]);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    /** A cue next to the name: "Brafman said", "said Brafman", "Brafman, the lawyer, said"; not "told Brafman". */
    private static boolean nearCue(Tokens tokens, NameCandidate nc, Role roleAfter) {
        int after = afterTimeWords(tokens, nc);
        Token next = tokens.at(after);
        // "Additional reporting by": a participle after the word is no cue of it
        if (next != null && next.isWord() && next.cue() != null && !next.lower().endsWith("ing")
                && tokens.sameParagraph(nc.last(), nc.last() + 1) && !oneWordAfterThe(tokens, nc) && !nounBeforeVerb(tokens, after)) {
            return true;
        }
        Token prev = tokens.at(nc.first() - 1);
        // "told Morning Report", "asked Smith": the one addressed is no evidence of a person
        // nor the title after a document noun that is also a cue ("its report SME Technology Adoption")
        if (prev != null && prev.isWord() && prev.cue() != null && !prev.isCue(Verb.ADDRESSED) && !prev.is(Word.DOCUMENT)
                && Character.isLowerCase(prev.first())
                && tokens.sameParagraph(nc.first(), nc.first() - 1)
                && !clauseSubject(tokens, nc.last()) && !modifiesNextName(tokens, nc.last())) {
            return true;
        }
        return next != null && next.is(",") && roleAfter != null;
    }

    /**
     * "Urgent calls are being made", "Fresh claims have emerged": the cue word at {@code i} is a
     * noun, the subject of the finite verb or form of "be" written small right after it.
     */
    private static boolean nounBeforeVerb(Tokens tokens, int i) {
        Token verb = tokens.at(i + 1);
        return verb != null && verb.isWord() && Character.isLowerCase(verb.first()) && verb.text().length() > 2
                && (verb.is(Word.BE) || verb.is(Word.FINITE)) && tokens.sameParagraph(i, i + 1);
    }

    /** "when the Games begin", "the Council said": one word after "the" names a thing or a body, whatever verb follows it. */
    private static boolean oneWordAfterThe(Tokens tokens, NameCandidate nc) {
        Token prev = tokens.at(nc.first() - 1);
        return nc.first() == nc.last() && prev != null && prev.lower().equals("the");
    }

    /** "Omar said", "…,” said Rashid Omar": the name is the cue's subject, before or after it. */
    private static boolean speaks(Tokens tokens, NameCandidate nc) {
        int after = afterTimeWords(tokens, nc);
        Token next = tokens.at(after);
        if (next != null && next.isWord() && next.cue() != null && !next.lower().endsWith("ing")
                && tokens.sameParagraph(nc.last(), nc.last() + 1) && !nounBeforeVerb(tokens, after)) {
            return true;
        }
        Token prev = tokens.at(nc.first() - 1);
        Token before = tokens.at(nc.first() - 2);
        return prev != null && prev.isWord() && prev.cue() != null && Character.isLowerCase(prev.first())
                && before != null && (before.kind() == Token.Kind.QUOTE_MARK || before.is(","))
                && tokens.sameParagraph(nc.first() - 2, nc.first())
                && !clauseSubject(tokens, nc.last()) && !modifiesNextName(tokens, nc.last());
    }

    /**
     * The token at {@code i}, or past the time words there: "Rishabh Pant on Sunday asserted",
     * "Jones yesterday told". At most two words and an "on" before them; not "also" or "again",
     * which follow any subject ("The Speaker also complained": a role, not a name). Only for a
     * name of two words or more that no determiner or preposition opens.
     */
    private static int afterTimeWords(Tokens tokens, NameCandidate nc) {
        int i = nc.last() + 1;
        Token before = tokens.at(nc.first() - 1);
        if (nc.last() == nc.first() || before != null && before.isWord()
                && (before.is(Word.DETERMINER) || before.is(Word.PREPOSITION) || before.is(Word.QUANTIFIER))) {
            return i; // "the President today asked", "one Reddit user": a role or a modifier, not a name
        }
        int k = tokens.at(i) != null && tokens.get(i).is("on") ? i + 1 : i;
        int words = 0;
        while (words < 2 && tokens.at(k) != null && tokens.get(k).isWord() && tokens.get(k).is(Word.TIME_WORD)
                && !tokens.get(k).lower().equals("also") && !tokens.get(k).lower().equals("again")
                && tokens.sameParagraph(i, k)) {
            k++;
            words++;
        }
        return words == 0 ? i : k;
    }

    /** "He also said Muslims were …": a verb after the name makes it the subject of what was said. */
    private static boolean clauseSubject(Tokens tokens, int last) {
        Token next = tokens.at(last + 1);
        return next != null && next.isWord() && Character.isLowerCase(next.first())
                && (next.is(Word.FINITE) || next.is(Word.BE)) && tokens.sameParagraph(last, last + 1);
    }

    /**
     * "said Postmedia sports columnist Tim Baines", "said Canada men’s general manager Rowan
     * Barrett": lower-case words ending in a role noun, then another name, make this name a
     * modifier of the role, not the one the cue introduces.
     */
    private static boolean modifiesNextName(Tokens tokens, int last) {
        for (int k = last + 1; k <= last + 5 && k + 1 < tokens.size() && tokens.sameParagraph(last, k + 1); k++) {
            Token t = tokens.get(k);
            boolean small = t.kind() == Token.Kind.POSSESSIVE || t.isWord() && Character.isLowerCase(t.first());
            if (!small) {
                return false;
            }
            if (t.isWord() && t.is(Word.ROLE) && NameFinder.isCapWord(tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A handle as written: its tokens touch, so they join without spaces ("@lk-jord"). */
    private static String handle(Tokens tokens, NameCandidate nc) {
        StringBuilder sb = new StringBuilder();
        for (int i = nc.first(); i <= nc.last(); i++) {
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    private static List<String> words(Tokens tokens, int first, int last) {
        List<String> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String w = tokens.get(i).text();
            if (RoleReader.isAllCaps(w) && RoleReader.letters(w) > 4) { // the cheaper test first: most words fail it at their second letter
                w = RoleReader.titleCase(w);
            }
            out.add(w);
        }
        return out;
    }
}
