package org.onrecord.entity;

import java.util.Locale;
import org.onrecord.lexicon.Word;
import org.onrecord.text.Chars;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Reads the role the text gives a named person: before the name ("Former shadow chancellor John
 * McDonnell"), in an appositive ("Sharon Graham, the general secretary of Unite the Union,"), between
 * dashes or in brackets ("Richard Leonard – the former Scottish Labour leader –").
 */
final class RoleReader {
    private static final int MAX_PHRASE = 20;

    private RoleReader() {}

    /** The role before the name: token {@code nameStart - 1} must be a role noun. */
    static Role before(Tokens tokens, int nameStart) {
        int k = nameStart - 1;
        Token head = tokens.at(k);
        if (head != null && head.is(",") && tokens.sameParagraph(k, nameStart)) {
            return beforeComma(tokens, k - 1);
        }
        if (head != null && head.is("(") && tokens.sameParagraph(k, nameStart) && tokens.at(k - 1) != null
                && tokens.get(k - 1).isWord() && tokens.get(k - 1).isLowerCase(Word.ROLE)) {
            k--; // "the 1st plaintiff (Anum Alfred Adjetey)": the role, then the name in brackets
            head = tokens.get(k);
        }
        if (head == null || !tokens.sameParagraph(k, nameStart) || !head.isWord()) {
            return null;
        }
        int role = !head.is(Word.ROLE) && Character.isUpperCase(head.first()) ? roleBeforeComplement(tokens, k) : -1;
        if (role >= 0) {
            int from = role;
            while (from - 1 >= 0 && tokens.sameParagraph(from - 1, nameStart) && isPreModifier(tokens, from - 1)) {
                from--;
            }
            return new Role(title(tokens, from, k), null); // "Minister for the Arts", "Chief of Staff": one title as written
        }
        if (!head.is(Word.ROLE) && !TitleAbbreviations.isCapsTitle(head)) {
            return null;
        }
        int from = k;
        while (from - 1 >= 0 && tokens.sameParagraph(from - 1, nameStart) && isPreModifier(tokens, from - 1)) {
            from--;
        }
        return phrase(tokens, from, k);
    }

    /** "The RMT’s general secretary, Mick Lynch, told …": a role phrase that opens the sentence. */
    private static Role beforeComma(Tokens tokens, int k) {
        Token head = tokens.at(k);
        if (head == null || !head.isWord()) {
            return null;
        }
        int role = head.is(Word.ROLE) ? k : listGoesOn(tokens, k + 2) ? -1 : roleBeforeBody(tokens, k);
        if (role < 0) {
            return null;
        }
        int from = role;
        while (from - 1 >= 0 && k - from < 8 && tokens.sameParagraph(from - 1, k) && !tokens.startsSentence(from)) {
            Token t = tokens.get(from - 1);
            // "The Secretary of the Bole Chief, Haruna Obey": a role links to its body with "of"
            boolean part = t.kind() == Token.Kind.POSSESSIVE || isOrdinal(t) || t.isWord() && (t.is(Word.ROLE_DETERMINER)
                    || t.is(Word.ROLE_MODIFIER) || t.is(Word.ROLE) || t.isLowerCase(Word.ROLE_LINK)
                    || Character.isUpperCase(t.first()));
            if (!part) {
                return null; // "… met the general secretary, Mick Lynch": not a phrase of its own
            }
            from--;
        }
        return tokens.startsSentence(from) ? phrase(tokens, from, k) : null;
    }

    /**
     * "The Minister for Government Communications, Felix Kwakye Ofosu,": the role noun before a link
     * and the capitalised name of its body that ends at token {@code k}; -1 when there is none.
     */
    private static int roleBeforeBody(Tokens tokens, int k) {
        int j = k;
        while (j > 0 && k - j < 6 && tokens.get(j).isWord() && Character.isUpperCase(tokens.get(j).first())
                && tokens.sameParagraph(j - 1, k)) {
            j--;
        }
        Token link = tokens.get(j);
        Token role = tokens.at(j - 1);
        boolean linked = j < k && link.isLowerCase(Word.ROLE_LINK) && linksComplement(link);
        return linked && role != null && role.isWord() && role.is(Word.ROLE) && tokens.sameParagraph(j - 1, k) ? j - 1 : -1;
    }

    /**
     * The words that join a capitalised role to the body or field it holds: "Minister for the Arts",
     * "Secretary of State", "Minister in the Presidency", "Principal Secretary in the Ministry of Health".
     */
    static boolean linksComplement(Token t) {
        return t.is("for") || t.is("of") || t.is("in");
    }

    /**
     * "Minister for the Arts Don Harwin", "Deputy Secretary of State Strobe Talbott": the
     * capitalised role before "for" or "of" (and "the") and the capitalised complement that ends at
     * token {@code k}, right before the name; -1 when there is none.
     */
    private static int roleBeforeComplement(Tokens tokens, int k) {
        int j = k;
        while (j > 0 && k - j < 6 && tokens.get(j).isWord() && Character.isUpperCase(tokens.get(j).first())
                && tokens.sameParagraph(j - 1, k)) {
            j--;
        }
        if (j < k && tokens.get(j).is("the")) {
            j--;
        }
        Token link = tokens.at(j);
        Token role = tokens.at(j - 1);
        boolean linked = j < k && link != null && linksComplement(link);
        return linked && role != null && role.isWord() && Character.isUpperCase(role.first()) && role.is(Word.ROLE)
                && tokens.sameParagraph(j - 1, k) ? j - 1 : -1;
    }

    /**
     * "The Minister of Communication, Digital Technology and Innovation, Samuel George": the
     * capitalised run from token {@code from} goes on with "and" and another capital, so it is the
     * rest of the body's name, not the person.
     */
    private static boolean listGoesOn(Tokens tokens, int from) {
        int j = from;
        while (tokens.at(j) != null && tokens.get(j).isWord() && Character.isUpperCase(tokens.get(j).first())) {
            j++;
        }
        return tokens.at(j + 1) != null && tokens.get(j).is("and") && Character.isUpperCase(tokens.get(j + 1).first());
    }

    /** "1st", "3rd": an ordinal telling parties of one kind apart ("The 1st defendant, …"). */
    private static boolean isOrdinal(Token t) {
        return t.first() >= '0' && t.first() <= '9' && ORDINAL.matcher(t.text()).matches();
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[0-9]+(?:st|nd|rd|th)");

    private static boolean isPreModifier(Tokens tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        if (isOrdinal(t)) {
            return true;
        }
        if (t.is(Word.NOT_NAME) && !w.equals("former") && !w.equals("then")) {
            return false;
        }
        return t.is(Word.ROLE_MODIFIER) || t.is(Word.ROLE) || Character.isUpperCase(t.first()) && !tokens.startsSentence(i)
                || Character.isUpperCase(t.first()) && t.text().length() > 1 && isAllCaps(t.text())
                || Character.isUpperCase(t.first()) && tokens.startsSentence(i) && tokens.get(i + 1).is(Word.ORGANISATION);
    }

    /**
     * The role after the name: an appositive after a comma, a phrase between dashes, or one in
     * brackets. {@code nameEnd} is the name's last token.
     */
    static Role after(Tokens tokens, int nameEnd) {
        int k = nameEnd + 1;
        if (tokens.at(k) != null && tokens.get(k).kind() == Token.Kind.POSSESSIVE) {
            return null;
        }
        if (isOpenBracket(tokens.at(k)) && tokens.sameParagraph(k, nameEnd)) {
            int close = findClose(tokens, k);
            if (close < 0) {
                return null;
            }
            Role inside = close - k > 1 ? phraseIfRole(tokens, k + 1, close - 1) : null;
            if (inside != null) {
                return inside;
            }
            k = close + 1; // "(below)", "(pictured)": skip and read on
        }
        Token sep = tokens.at(k);
        if (sep == null || !tokens.sameParagraph(k, nameEnd)) {
            return null;
        }
        boolean dash = sep.kind() == Token.Kind.PUNCT && Chars.isDash(sep.first());
        if (!dash && !sep.is(",")) {
            return null;
        }
        int from = k + 1;
        int to = from;
        while (to < tokens.size() && to - from < MAX_PHRASE && tokens.sameParagraph(to, nameEnd)) {
            Token t = tokens.get(to);
            if (dash && t.kind() == Token.Kind.PUNCT && Chars.isDash(t.first())) {
                break;
            }
            if (!dash && t.is(",") && endsAppositive(tokens.at(to + 1))) {
                break;
            }
            if (t.kind() == Token.Kind.QUOTE_MARK || t.is(";") || t.is(":")
                    || t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first())) {
                break;
            }
            if (!dash && t.kind() == Token.Kind.PUNCT && Chars.isDash(t.first())) {
                break;
            }
            to++;
        }
        if (to == from || to - from >= MAX_PHRASE) {
            return null;
        }
        Token first = tokens.get(from);
        String w = first.lower();
        if (w.equals("who") || w.equals("which") || w.equals("and") || w.equals("but") || w.equals("including")
                || Chars.isDash(first.first())) {
            return null; // "Jammu and Kashmir, including PDP chief Mehbooba Mufti,": the role is hers, not the place's
        }
        if (opensPredicate(tokens, from, to)) {
            return null; // "The Congress President, Mrs Sonia Gandhi, today asked the party MPs …": her words, not her role
        }
        if (givesNextName(tokens, from, to - 1)) {
            return null; // "in Asaba, the state Commissioner of Police, Mohammed Ali, said": the role is his, not the place's
        }
        return phraseIfRole(tokens, from, to - 1);
    }

    /** The phrase ends with a comma and a person's name ("…, Mohammed Ali"): it introduces that name. */
    private static boolean givesNextName(Tokens tokens, int from, int to) {
        for (int i = to; i > from; i--) {
            Token t = tokens.get(i);
            if (t.is(",")) {
                return i + 1 < to && FirstNames.contains(tokens.get(i + 1).text());
            }
            if (!NameFinder.isCapWord(t)) {
                return false;
            }
        }
        return false;
    }

    /** Tokens {@code from..to} open with a verb, after any time words: a predicate, not a noun phrase. */
    private static boolean opensPredicate(Tokens tokens, int from, int to) {
        int i = from;
        while (i < to && tokens.get(i).isWord() && tokens.get(i).is(Word.TIME_WORD)) {
            i++;
        }
        Token t = tokens.get(i);
        return t.isWord() && Character.isLowerCase(t.first()) && !t.is(Word.ROLE)
                && (t.entry().verb() != null || t.is(Word.FINITE) || t.is(Word.BE) || t.is(Word.AUXILIARY));
    }

    private static boolean endsAppositive(Token next) {
        if (next == null) {
            return true;
        }
        return next.isWord() && Character.isLowerCase(next.first()) && !next.is("and") && !next.is("the")
                && !next.is("of") || next.kind() == Token.Kind.QUOTE_MARK;
    }

    private static Role phraseIfRole(Tokens tokens, int from, int to) {
        if (to - from > 14) {
            return null;
        }
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).is(Word.ROLE_VERB)) {
                return null; // "…, Nadia Whittome, and Clive Lewis were among the MPs": a clause, not an appositive
            }
        }
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.is(Word.ROLE) && !(i == from && Character.isUpperCase(t.first()) && to > from
                    && NameFinder.isCapWord(tokens.at(i + 1)) && !tokens.get(i + 1).is(Word.ORGANISATION))) {
                return phrase(tokens, from, to);
            }
        }
        return null;
    }

    /** Splits a role phrase into its title and organisation. */
    static Role phrase(Tokens tokens, int from, int to) {
        while (from <= to && (tokens.get(from).is(Word.ROLE_DETERMINER)
                || tokens.get(from).is(Word.LEADING_ADVERB))) {
            from++;
        }
        if (from > to) {
            return null;
        }
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).kind() == Token.Kind.POSSESSIVE && i < to && namesOrganisation(tokens, from, i - 1)) {
                String org = orgText(tokens, from, i - 1);
                return new Role(title(tokens, i + 1, to), org);
            }
        }
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isLowerCase(Word.ROLE_LINK) && startsOrg(tokens, i + 1, to)) {
                int orgFrom = i + 1;
                if (tokens.get(orgFrom).text().equalsIgnoreCase("the")) {
                    orgFrom++;
                }
                return new Role(title(tokens, from, i - 1), orgText(tokens, orgFrom, to));
            }
        }
        int runStart = -1;
        int runEnd = -1;
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            boolean cap = NameFinder.isCapWord(t) && !t.is(Word.ROLE) && !t.text().equalsIgnoreCase("former");
            if (cap && runStart < 0) {
                runStart = i;
            }
            if (cap) {
                runEnd = i;
            } else if (runStart >= 0) {
                break;
            }
        }
        if (runStart >= 0 && containsOrgWord(tokens, runStart, runEnd)) {
            String org = orgText(tokens, runStart, runEnd);
            String before = runStart > from ? title(tokens, from, runStart - 1) : null;
            String after = runEnd < to ? title(tokens, runEnd + 1, to) : null;
            String title = before == null ? after : after == null ? before : before + " " + after;
            return new Role(title, org);
        }
        return new Role(title(tokens, from, to), null);
    }

    /** "the Rail, Maritime and Transport (RMT) union" or "Acme's": an organisation, not "the chair of …". */
    private static boolean namesOrganisation(Tokens tokens, int from, int to) {
        boolean capital = false;
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.isLowerCase(Word.ROLE_LINK)) {
                return false;
            }
            capital |= NameFinder.isCapWord(t);
        }
        return capital;
    }

    private static boolean startsOrg(Tokens tokens, int i, int to) {
        Token t = tokens.get(i);
        if (t.text().equalsIgnoreCase("the") && i + 1 <= to) {
            t = tokens.get(i + 1);
        }
        return NameFinder.isCapWord(t);
    }

    private static boolean containsOrgWord(Tokens tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).is(Word.ORGANISATION)) {
                return true;
            }
        }
        return false;
    }

    private static String title(Tokens tokens, int from, int to) {
        if (from > to) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (isAllCaps(w) && letters(w) > 4) {
                w = titleCase(w);
            }
            // "Former shadow chancellor" opens a sentence; "Transport Secretary" is a title as written
            if (i == from && Character.isUpperCase(w.charAt(0)) && !isAllCaps(w) && restIsLowerCase(tokens, from + 1, to)
                    && (t.is(Word.ROLE) || t.is(Word.ROLE_MODIFIER))) {
                w = w.toLowerCase(Locale.ROOT);
            }
            appendToken(sb, t, w);
        }
        return sb.toString();
    }

    private static boolean restIsLowerCase(Tokens tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && Character.isUpperCase(t.first())) {
                return false;
            }
        }
        return true;
    }

    static String orgText(Tokens tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            String w = isAllCaps(t.text()) && letters(t.text()) > 4 ? titleCase(t.text()) : t.text();
            appendToken(sb, t, w);
        }
        return sb.toString();
    }

    private static void appendToken(StringBuilder sb, Token t, String w) {
        boolean glue = t.kind() == Token.Kind.POSSESSIVE || t.is(",") || t.is(")") || t.is(".")
                || t.kind() == Token.Kind.QUOTE_MARK && t.text().length() == 1 && Chars.isApostrophe(t.first()) // "Workers’"
                || sb.length() > 0 && sb.charAt(sb.length() - 1) == '(';
        if (sb.length() > 0 && !glue) {
            sb.append(' ');
        }
        sb.append(w);
    }

    static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 0x80) { // ASCII, most of news, without Character's tables
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                letter |= c >= 'A' && c <= 'Z';
                continue;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** The letters in a word: "JD(S)" has three, so it stays an initialism, not a shouted word. */
    static int letters(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            n += (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) ? 1 : 0;
        }
        return n;
    }

    static String titleCase(String w) {
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean isOpenBracket(Token t) {
        return t != null && (t.is("(") || t.is("["));
    }

    private static int findClose(Tokens tokens, int open) {
        for (int i = open + 1; i < tokens.size() && i - open < MAX_PHRASE; i++) {
            if (tokens.get(i).is(")") || tokens.get(i).is("]")) {
                return i;
            }
        }
        return -1;
    }
}
