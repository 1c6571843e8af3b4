package org.onrecord.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Word;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/** Finds runs of capitalised words ("Keir Starmer", "Unite the Union", "Mr Martin") in one pass. */
final class NameFinder {

    private NameFinder() {}

    static List<NameCandidate> find(Tokens tokens) {
        List<NameCandidate> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            int handleEnd = tokens.handleEnd(i);
            if (handleEnd > i) {
                out.add(new NameCandidate(i, handleEnd, -1, true));
                i = handleEnd + 1;
                continue;
            }
            if (!isCapWord(t) || t.isContractionOfI()) {
                i++;
                continue;
            }
            int title = -1;
            int start = i;
            while (isTitle(tokens, tokens.get(start)) && isCapWord(tokens.at(start + 1)) && tokens.sameParagraph(start, start + 1)
                    && !givenNameAfterAcademicTitle(tokens, title, start) && !givenNameAfterRole(tokens, title, start)) {
                title = start;
                start++;
            }
            if (tokens.get(start).is(Word.NOT_NAME) && !surnameAfterTitle(tokens, title, start)
                    && !surnameAfterCourtesyTitle(tokens, title, start) && !opensName(tokens, start) && !opensOrganisation(tokens, start)
                    && !(firmAmpersand(tokens, start, start + 1) && isCapWord(tokens.at(start + 2)) && tokens.sameParagraph(start, start + 2))
                    || isSentenceInitialVerb(tokens, start)) {
                i = start + 1;
                continue;
            }
            int last = start;
            while (true) {
                Token next = tokens.at(last + 1);
                int possessiveEnd = next == null ? -1 : possessiveNameEnd(tokens, start, last + 1);
                if (next != null && tokens.sameParagraph(last, last + 1) && isCapWord(next) && !next.isContractionOfI()
                        && (!next.is(Word.NOT_NAME) || surnameAfterGivenName(tokens, start, last) || opensName(tokens, last + 1))) {
                    last++;
                } else if (next != null && tokens.sameParagraph(last, last + 2) && isJoiner(next)
                        && isCapWord(tokens.at(last + 2)) && !tokens.get(last + 2).is(Word.NOT_NAME)) {
                    last += 2;
                } else if (possessiveEnd > 0) {
                    last = possessiveEnd; // "James Gillespie's High School"
                } else if (next != null && tokens.sameParagraph(last, last + 2) && Acronyms.isPluralApostrophe(tokens, last + 1)
                        && isCapWord(tokens.at(last + 2)) && !tokens.get(last + 2).is(Word.NOT_NAME)
                        && organisationAhead(tokens, start, last + 2)) {
                    last += 2; // "Industrial and Commercial Workers’ Union": the plural possessive is inside the name
                } else {
                    break;
                }
            }
            // "South Carolina Sen. Lindsey Graham": the name starts after the last title in the run
            for (int k = last - 1; k > start; k--) {
                if (isTitle(tokens, tokens.get(k)) && !tokens.get(k + 1).is("&")) { // "Economic Justice & Dignity" names no one
                    title = k;
                    start = k + 1;
                    break;
                }
            }
            if (title >= 0 && last == title + 1 && tokens.get(title).is(Word.PEERAGE)) {
                start = title; // "Lord Lansley": a peer's title and one name are the name
            }
            if (onlyRoleWords(tokens, start, last) || bodyAndCapsRole(tokens, start, last)) {
                i = last + 1;
                continue; // "the Chief Minister added", "the Prime Minister said": a role, not anyone's name
            }
            int given = givenNameAfterPrefix(tokens, start, last, title, false);
            if (given > start) {
                addSplit(tokens, start, given - 1, title, out);
                addSplit(tokens, given, last, -1, out);
            } else {
                addSplit(tokens, start, last, title, out);
            }
            i = last + 1;
        }
        return out;
    }

    /**
     * "Dr. Justice Srem-Sai": a role word right after "Dr" or "Prof" and before a capitalised word is
     * a given name, not a second title (no one is addressed as a doctor and a judge at once; "Mr
     * Justice Fordham" and "Hon. Justice Torkornoo" stay judges).
     */
    private static boolean givenNameAfterAcademicTitle(Tokens tokens, int title, int at) {
        if (title < 0 || title != at - 1 || !tokens.get(title).is(Word.TITLE_NEUTRAL)) {
            return false;
        }
        String academic = tokens.get(title).lower();
        Token t = tokens.get(at);
        return (academic.startsWith("dr") || academic.startsWith("prof")) && isRole(tokens, t)
                && !t.is(Word.TITLE_MALE) && !t.is(Word.TITLE_FEMALE) && !t.is(Word.TITLE_NEUTRAL);
    }

    /**
     * "public works minister Dean Macpherson": a role word that is also a given name, written as a
     * name right after a role in lower case, is the given name, not a second title ("Co-lead author
     * Professor Tali Sharot" keeps its title).
     */
    private static boolean givenNameAfterRole(Tokens tokens, int title, int at) {
        Token before = title < 0 ? tokens.at(at - 1) : null;
        Token t = tokens.get(at);
        return before != null && before.isWord() && Character.isLowerCase(before.first()) && before.is(Word.ROLE)
                && tokens.sameParagraph(at - 1, at) && isRole(tokens, t) && FirstNames.contains(t.text());
    }

    /**
     * "The New York Times", "The Old School … Co-operative": a
     * not-name word that opens proper names ("New", "Old") is part of one when a capitalised word
     * that may be a name follows it in the paragraph.
     */
    private static boolean opensName(Tokens tokens, int i) {
        Token next = tokens.at(i + 1);
        return tokens.get(i).is(Word.NAME_OPENER) && isCapWord(next) && !next.is(Word.NOT_NAME)
                && tokens.sameParagraph(i, i + 1);
    }

    /**
     * "the All India Tennis Association", "The Sunday Times": after "the", inside a sentence, a
     * capitalised word that is otherwise never a name ("All", "Sunday") is capitalised because it
     * is part of one, when the run of capitalised words it opens holds an organisation word.
     */
    private static boolean opensOrganisation(Tokens tokens, int i) {
        Token before = tokens.at(i - 1);
        return before != null && before.text().equalsIgnoreCase("the") && !tokens.startsSentence(i) && tokens.sameParagraph(i - 1, i)
                && isCapWord(tokens.at(i + 1)) && !tokens.get(i + 1).is(Word.NOT_NAME) && tokens.sameParagraph(i, i + 1)
                && organisationAhead(tokens, i, i + 1);
    }

    /**
     * An organisation word among the capitalised words, joiners and plural possessives from
     * {@code from}, or after {@code at} as far as such a run goes (at most eight tokens on).
     */
    private static boolean organisationAhead(Tokens tokens, int from, int at) {
        for (int k = from; k < at; k++) {
            if (tokens.get(k).is(Word.ORGANISATION)) {
                return true;
            }
        }
        for (int k = at; k < tokens.size() && k < at + 8 && tokens.sameParagraph(at, k); k++) {
            Token t = tokens.get(k);
            if (isCapWord(t) && t.is(Word.ORGANISATION)) {
                return true;
            }
            if (!(isCapWord(t) || isJoiner(t) || Acronyms.isPluralApostrophe(tokens, k))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVE_NAME_ENDS = Set.copyOf(ResourceLines.of(NameFinder.class, "possessive-names.tsv"));

    /**
     * "King's College", "St Thomas' Hospital", "James Gillespie's High School": the possessive at
     * {@code at} is inside a name when one to three capitalised words after it end in an
     * institution word ({@code possessive-names.tsv}) and the words from {@code start} before it
     * are neither a place ("Kolkata's RG Kar Hospital") nor an organisation's. The index of that
     * institution word, or -1.
     */
    private static int possessiveNameEnd(Tokens tokens, int start, int at) {
        Token t = tokens.get(at);
        boolean possessive = t.kind() == Token.Kind.POSSESSIVE || Acronyms.isPluralApostrophe(tokens, at);
        if (!possessive || !tokens.sameParagraph(start, at)) {
            return -1;
        }
        List<String> owner = new ArrayList<>();
        for (int k = start; k < at; k++) {
            if (tokens.get(k).is(Word.ORGANISATION)) {
                return -1;
            }
            owner.add(tokens.get(k).text());
        }
        if (Places.isPlace(owner)) {
            return -1;
        }
        for (int k = at + 1; k <= at + 3 && k < tokens.size() && tokens.sameParagraph(at, k); k++) {
            Token w = tokens.get(k);
            if (!isCapWord(w)) {
                return -1;
            }
            if (POSSESSIVE_NAME_ENDS.contains(w.lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Diane Abbott and Richard Burgon" is two names; "Unite the Union" is one organisation, and so
     * is "Marks & Spencer".
     */
    private static void addSplit(Tokens tokens, int start, int last, int title, List<NameCandidate> out) {
        boolean org = false;
        for (int k = start; k <= last; k++) {
            org |= tokens.get(k).is(Word.ORGANISATION);
        }
        int from = start;
        for (int k = start; k <= last; k++) {
            Token t = tokens.get(k);
            if (!org && isJoiner(t) && !t.is(Word.NAME_PARTICLE) && !firmAmpersand(tokens, from, k)) {
                if (k > from) {
                    addPart(tokens, from, k - 1, from == start ? title : -1, out);
                }
                from = k + 1;
            }
        }
        if (from <= last) {
            addPart(tokens, from, last, from == start ? title : -1, out);
        }
    }

    /**
     * One part of a run. After a capitalised role and "for" or "of" ("Minister for the Arts Don
     * Harwin", "Deputy Secretary of State Strobe Talbott") the part opens with the role's
     * complement: "State" is the role's, and a known given name with a surname after it opens the name.
     */
    private static void addPart(Tokens tokens, int first, int last, int title, List<NameCandidate> out) {
        if (first == last && isCapWord(tokens.get(first)) && isRole(tokens, tokens.get(first)) && complementAfter(tokens, first)) {
            return; // "Minister" of "Minister for the Arts": a role, no one's name
        }
        int role = title < 0 ? roleBeforeLink(tokens, first) : -1;
        if (role >= 0 && last > first && isState(tokens, first) && tokens.get(first - 1).is("of")) {
            out.add(new NameCandidate(first + 1, last, role));
            return;
        }
        int given = role >= 0 ? givenNameAfterPrefix(tokens, first, last, -1, true) : -1;
        if (given > first) {
            out.add(new NameCandidate(first, given - 1, -1));
            out.add(new NameCandidate(given, last, -1));
        } else {
            out.add(new NameCandidate(first, last, title));
        }
    }

    /**
     * "Johnson & Johnson", "Marks & Spencer", "Procter & Gamble": an ampersand joins a firm's name,
     * even to a word that is otherwise never a name ("Marks"), unless a given name follows it and
     * either opens the name from {@code from} too or has a surname after it: "Harry & Meghan",
     * "Miles & Flora Wingrave" are two people.
     */
    private static boolean firmAmpersand(Tokens tokens, int from, int k) {
        Token amp = tokens.at(k);
        Token next = tokens.at(k + 1);
        return amp != null && amp.is("&") && next != null && !(FirstNames.contains(next.text())
                && (FirstNames.contains(tokens.get(from).text()) || isCapWord(tokens.at(k + 2)) && tokens.sameParagraph(k, k + 2)));
    }

    static boolean isCapWord(Token t) {
        return t != null && t.kind() == Token.Kind.WORD && (Character.isUpperCase(t.first()) || Lexicon.standard().isParticleJoined(t.text()));
    }


    private static boolean isJoiner(Token t) {
        return t.kind() == Token.Kind.WORD && !Character.isUpperCase(t.first())
                && (t.is(Word.NAME_PARTICLE) || t.is(Word.ORG_JOINER)) || t.is("&");
    }

    /**
     * "Founder He Xiaopeng": after a title, a capitalised word that is otherwise never a name ("He")
     * opens one when another capitalised word follows it.
     */
    private static boolean surnameAfterTitle(Tokens tokens, int title, int start) {
        Token next = tokens.at(start + 1);
        return title >= 0 && title == start - 1 && isCapWord(next) && !next.is(Word.NOT_NAME)
                && tokens.sameParagraph(start, start + 1);
    }

    /**
     * "Ian Read", "Theresa May", "Edward Said": after a given name alone, or after a given name
     * right after a title ("former Prime Minister Theresa May in 2018"), a capitalised word that
     * is otherwise never a name is its surname, unless it is a pronoun, a title or a small word
     * that joins or opens phrases ("From", "The", "Which", "And", "However").
     */
    private static boolean surnameAfterGivenName(Tokens tokens, int start, int last) {
        return (last == start || isTitle(tokens, tokens.get(last - 1))) && FirstNames.contains(tokens.get(last).text())
                && maySurname(tokens, last + 1);
    }

    /**
     * "Mrs May said", "Mr Said": right after a courtesy title ("Mr", "Mrs", "Ms", "Miss"), a
     * capitalised word that is otherwise never a name is a surname, on the same terms as after a
     * given name.
     */
    private static boolean surnameAfterCourtesyTitle(Tokens tokens, int title, int start) {
        if (title < 0 || title != start - 1 || !tokens.sameParagraph(title, start)) {
            return false;
        }
        String t = tokens.get(title).lower();
        return COURTESY_TITLES.contains(t.endsWith(".") ? t.substring(0, t.length() - 1) : t) && maySurname(tokens, start);
    }

    private static final Set<String> COURTESY_TITLES = Set.of("mr", "mrs", "ms", "miss");

    /** The capitalised word at {@code at} may be a surname: not a pronoun, a title, or a small word that joins or opens phrases. */
    private static boolean maySurname(Tokens tokens, int at) {
        Token next = tokens.at(at);
        return !next.is(Word.PRONOUN)
                && !next.is(Word.TITLE_MALE) && !next.is(Word.TITLE_FEMALE) && !next.is(Word.TITLE_NEUTRAL)
                && !next.is(Word.PREPOSITION) && !next.is(Word.DETERMINER) && !next.is(Word.RELATIVE)
                && !next.is(Word.CLAUSE_JOIN) && !next.is(Word.CONNECTIVE) && !next.is(Word.OPENER)
                && !tokens.startsSentence(at);
    }

    /**
     * "Pfizer CEO says …": a run that ends in a role written in capitals and does not open with a
     * given name is a body's role, not a name ("Boris Johnson MP" stays his).
     */
    private static boolean bodyAndCapsRole(Tokens tokens, int start, int last) {
        Token role = tokens.get(last);
        return last > start && role.text().length() > 1 && RoleReader.isAllCaps(role.text())
                && isRole(tokens, role) && !FirstNames.contains(tokens.get(start).text());
    }

    /** Every word of the run is a role or a role's modifier: "Chief Minister", "Prime Minister". */
    private static boolean onlyRoleWords(Tokens tokens, int start, int last) {
        for (int k = start; k <= last; k++) {
            Token t = tokens.get(k);
            if (!(isRole(tokens, t) || t.is(Word.ROLE_MODIFIER)) || t.is(Word.ORGANISATION) || t.is(Word.KNOWN_ORGANISATION)) {
                return false; // "Labour Party" is a body
            }
        }
        return true;
    }

    /** A courtesy title or a capitalised role for one person: "MPs" before a name is no title. */
    static boolean isTitle(Tokens tokens, Token t) {
        return t.is(Word.TITLE_MALE) || t.is(Word.TITLE_FEMALE) || t.is(Word.TITLE_NEUTRAL)
                || Character.isUpperCase(t.first()) && isRole(tokens, t) && !isPluralRole(tokens, t)
                || TitleAbbreviations.isCapsTitle(t);
    }

    /** A role word, or a compound whose last part is one ("Vice-chancellor", "Co-founder"). */
    private static boolean isRole(Tokens tokens, Token t) {
        if (t.is(Word.ROLE)) {
            return true;
        }
        int hyphen = t.lower().lastIndexOf('-');
        return hyphen > 0 && hyphen < t.lower().length() - 1
                && tokens.lexicon().entry(t.lower().substring(hyphen + 1)).is(Word.ROLE);
    }

    /** "MPs", "TDs", "Ministers": a role word whose singular is a role word too. */
    static boolean isPluralRole(Tokens tokens, Token t) {
        String w = t.lower();
        return w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")
                && tokens.lexicon().entry(w.substring(0, w.length() - 1)).is(Word.ROLE);
    }

    /**
     * "NSW Liberal Catherine Cusack", "Social Democrats TD Sinéad Gibney", "Canadian Jamal Murray":
     * where a run opens with words that cannot be a given name (an initialism, an organisation or
     * role word, a nationality, "American-born") and a known given name follows with a surname after it, the name
     * starts at the given name; else -1.
     */
    private static int givenNameAfterPrefix(Tokens tokens, int start, int last, int title, boolean complement) {
        String first = tokens.get(start).text();
        if (title >= 0 || FirstNames.contains(first) && !(complement && Places.isPlace(first))) {
            return -1;
        }
        // "Musician Jon B Higgins", "Gov Andrew Cuomo" opening a sentence: a word the lexicon knows, not a given name
        boolean descriptive = complement || tokens.startsSentence(start) && tokens.get(start).entry().id() >= 0;
        for (int k = start; k < last; k++) {
            Token t = tokens.get(k);
            if (k > start && descriptive && FirstNames.contains(t.text()) && isCapWord(tokens.get(k + 1))
                    && !tokens.get(k + 1).is(Word.ORGANISATION) && !isJoiner(t)) {
                return k;
            }
            descriptive |= t.is(Word.ORGANISATION) || t.is(Word.ROLE) || Demonyms.contains(t.text()) || isPlaceCompound(t)
                    || t.text().length() > 1 && RoleReader.isAllCaps(t.text());
        }
        return -1;
    }

    /**
     * "Minister for the Arts Don Harwin", "Premier of Victoria Daniel Andrews": a run after a
     * capitalised role and "for" or "of" (and "the") opens with the role's complement. The index of
     * that role, or -1.
     */
    private static int roleBeforeLink(Tokens tokens, int start) {
        int link = start - 1;
        Token t = tokens.at(link);
        if (t != null && t.is("the")) {
            t = tokens.at(--link);
        }
        if (t == null || !RoleReader.linksComplement(t) || !tokens.sameParagraph(link - 1, start)) {
            return -1;
        }
        int role = link - 1;
        if (role >= 0 && isState(tokens, role) && tokens.get(role - 1).is("of")) {
            role -= 2; // "Minister of State for Trade Greg Hands"
        }
        Token r = tokens.at(role);
        return r != null && isCapWord(r) && isRole(tokens, r) && !isPluralRole(tokens, r) && tokens.sameParagraph(role, start)
                ? role : -1;
    }

    /** "for", "of" or "in" (and "the") and a capitalised word after the role at {@code role}, in its paragraph. */
    private static boolean complementAfter(Tokens tokens, int role) {
        int k = role + 1;
        Token t = tokens.at(k);
        if (t == null || !RoleReader.linksComplement(t)) {
            return false;
        }
        if (tokens.at(k + 1) != null && tokens.get(k + 1).is("the")) {
            k++;
        }
        return isCapWord(tokens.at(k + 1)) && tokens.sameParagraph(role, k + 1);
    }

    /** "State" after "Secretary of" or "Minister of" ({@code i - 2}): part of the role, never of a name. */
    private static boolean isState(Tokens tokens, int i) {
        Token role = tokens.at(i - 2);
        return tokens.get(i).text().equals("State") && role != null
                && (role.text().equals("Secretary") || role.text().equals("Minister"));
    }

    /** "American-born", "Mumbai-based": a capitalised word joined to a lower-case one describes a name. */
    private static boolean isPlaceCompound(Token t) {
        int hyphen = t.text().lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1));
    }

    /**
     * "Sharing a video…", "Speaking to reporters…": a capitalised verb form, not a name; but a word
     * the lexicon does not know right before a speech verb is a name that only ends like one
     * ("Changduing said": no verb form is the subject of "said").
     */
    private static boolean isSentenceInitialVerb(Tokens tokens, int i) {
        if (!tokens.startsSentence(i)) {
            return false;
        }
        Token t = tokens.get(i);
        String w = t.lower();
        Token next = tokens.at(i + 1);
        boolean nameBeforeCue = t.entry().id() < 0 && next != null && next.isWord() && next.cue() != null
                && Character.isLowerCase(next.first()) && tokens.sameParagraph(i, i + 1);
        return (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly")) && !FirstNames.contains(t.text()) && !nameBeforeCue;
    }
}
