package org.onrecord.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onrecord.lexicon.Entry;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Word;

/**
 * Splits text into tokens in one linear pass. Words keep inner apostrophes, hyphens and the dots of
 * abbreviations ("U.S.", "Mr."); a possessive {@code ’s} is a token of its own so that "Starmer’s"
 * yields the name "Starmer".
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(String text, int from, int to) {
        return tokenize(text, from, to, Lexicon.standard());
    }

    /** The tokens of {@code text[from, to)}, each annotated by {@code lexicon}. */
    public static List<Token> tokenize(String text, int from, int to, Lexicon lexicon) {
        List<Token> out = new ArrayList<>();
        tokenize(text.toCharArray(), from, to, lexicon, out);
        return out;
    }

    /**
     * Appends the tokens of {@code text[from, to)} to {@code out}: {@link Tokens} gathers a document's
     * in one list. The text comes as an array, made once per document: every character is read here
     * at least twice (scanning, then the lexicon's probe), and String.charAt on news text (two bytes
     * a character once it holds a curly quote) checks its index on every read where the JIT does not
     * prove it in range (C1, the launcher's compiler for batch runs, does not).
     */
    static void tokenize(char[] text, int from, int to, Lexicon lexicon, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = text[i];
            if (Chars.isSpace(c)) {
                i++;
            } else if (Chars.isWordChar(c)) {
                i = word(text, i, to, out, lexicon);
            } else if (Chars.isQuoteMark(c)) {
                int width = Chars.isApostrophe(c) || c == '\u2018' ? (i + 1 < to && text[i + 1] == c ? 2 : 1) : 1;
                out.add(token(text, i, i + width, Token.Kind.QUOTE_MARK, lexicon));
                i += width;
            } else {
                out.add(token(text, i, i + 1, Token.Kind.PUNCT, lexicon));
                i++;
            }
        }
    }

    private static int word(char[] text, int start, int to, List<Token> out, Lexicon lexicon) {
        int i = start;
        boolean digitsOnly = true;
        while (i < to) {
            char c = text[i];
            if (Chars.isWordChar(c)) {
                digitsOnly = digitsOnly && (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c));
                i++;
            } else if ((Chars.isApostrophe(c) || c == '-' || c == '.' || c == ',' || c == '&') && i + 1 < to
                    && Chars.isWordChar(text[i + 1])) {
                if (Chars.isApostrophe(c) && isPossessive(text, i, to)) {
                    break;
                }
                if (c == ',' && !(digitsOnly && i + 3 < to + 1 && Character.isDigit(text[i + 1]))) {
                    break;
                }
                if (c == '&' && !(Character.isUpperCase(text[i - 1]))) {
                    break;
                }
                if (c == '.' && Character.isLowerCase(text[i - 1]) && i + 2 < to
                        && Character.isUpperCase(text[i + 1]) && (Character.isLowerCase(text[i + 2])
                        || Character.isUpperCase(text[i + 2]) && i - 2 >= start && Character.isLowerCase(text[i - 2]))) {
                    break; // "said.According", "Mittal.While", "said.MTS": two sentences a scraper glued together
                }
                i++;
            } else if (c == '(' && partyInitial(text, start, i, to)) {
                i += text[i + 2] == ')' ? 3 : 4; // "JD(U)", "CPI(M)": one party's name
            } else {
                break;
            }
        }
        if (i < to && text[i] == '.' && takesDot(text, start, i, lexicon)) {
            i++;
        }
        out.add(token(text, start, i, digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD, lexicon));
        if (i + 1 < to && Chars.isApostrophe(text[i]) && isPossessive(text, i, to)) {
            out.add(token(text, i, i + 2, Token.Kind.POSSESSIVE, lexicon));
            return i + 2;
        }
        return i;
    }

    /**
     * "JD(U)", "JD(S)", "CPI(M)": an initialism of two or more capitals and, with no space, one or two
     * capitals in brackets is one name (Indian parties write their factions so).
     */
    private static boolean partyInitial(char[] text, int start, int i, int to) {
        if (i - start < 2 || i + 2 >= to) {
            return false;
        }
        for (int k = start; k < i; k++) {
            if (!Character.isUpperCase(text[k])) {
                return false;
            }
        }
        int letters = 0;
        int k = i + 1;
        while (k < to && letters < 3 && Character.isUpperCase(text[k])) {
            k++;
            letters++;
        }
        return letters >= 1 && letters <= 2 && k < to && text[k] == ')'
                && (k + 1 >= to || !Chars.isWordChar(text[k + 1]));
    }

    /**
     * The token {@code text[start, end)}, as {@code new Token(start, end, kind, text.substring(start,
     * end), lexicon)} makes it, but a word the lexicon knows shares the lexicon's lower-case form (and,
     * written in lower case, its text) instead of cutting and lower-casing strings of its own: most
     * words of an article are known, and this ran for each.
     */
    private static Token token(char[] text, int start, int end, Token.Kind kind, Lexicon lexicon) {
        Entry e = lexicon.entry(text, start, end);
        String form = e.form();
        if (form != null) {
            String word = writtenAs(form, text, start, end) ? form : new String(text, start, end - start);
            return new Token(start, end, kind, word, form, e);
        }
        String word = end - start == 1 && text[start] < ONE_CHAR.length ? ONE_CHAR[text[start]] : new String(text, start, end - start);
        return new Token(start, end, kind, word, lower(word, text, start, end), e);
    }

    /**
     * {@code word.toLowerCase(Locale.ROOT)} ({@code word} is {@code text[start, end)}), the very
     * string when nothing changes as that gives; an ASCII word is folded from the array, without
     * asking Character's tables of each character.
     */
    private static String lower(String word, char[] text, int start, int end) {
        int capital = -1;
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (c >= 0x80) {
                return word.toLowerCase(Locale.ROOT);
            }
            if (capital < 0 && c >= 'A' && c <= 'Z') {
                capital = k;
            }
        }
        if (capital < 0) {
            return word;
        }
        char[] lower = java.util.Arrays.copyOfRange(text, start, end);
        for (int k = capital - start; k < lower.length; k++) {
            char c = lower[k];
            if (c >= 'A' && c <= 'Z') {
                lower[k] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(lower);
    }

    /**
     * Whether {@code text[start, end)}, whose entry has the lower-case form {@code form}, is written
     * as that form. An ASCII stretch was matched to the form with its capitals folded: it is the form
     * exactly when it has no capital, read from the array without the form's string.
     */
    private static boolean writtenAs(String form, char[] text, int start, int end) {
        boolean ascii = true;
        boolean capital = false;
        for (int k = start; k < end; k++) {
            char c = text[k];
            ascii &= c < 0x80;
            capital |= c >= 'A' && c <= 'Z';
        }
        return ascii ? !capital : same(form, text, start, end);
    }

    /** Whether {@code text[start, end)} is {@code s}, as String.regionMatches tells. */
    private static boolean same(String s, char[] text, int start, int end) {
        if (s.length() != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (s.charAt(k - start) != text[k]) {
                return false;
            }
        }
        return true;
    }

    /** The one-character strings of ASCII, shared by every token of punctuation. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    private static boolean isInitialism(char[] text, int start, int dot) {
        if (dot - start < 3) {
            return false;
        }
        for (int i = start; i < dot; i++) {
            boolean letterSlot = (i - start) % 2 == 0;
            char c = text[i];
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessive(char[] text, int apostrophe, int to) {
        char s = text[apostrophe + 1];
        return (s == 's' || s == 'S') && (apostrophe + 2 >= to || !Chars.isWordChar(text[apostrophe + 2]));
    }

    private static boolean takesDot(char[] text, int start, int dot, Lexicon lexicon) {
        int len = dot - start;
        if (len == 1 && Character.isLetter(text[start])) {
            return true;
        }
        if (isInitialism(text, start, dot)) {
            return true; // "U.S." and "D.C." but not "Tchadinfos.com."
        }
        int hyphen = dot - 1;
        while (hyphen >= start && text[hyphen] != '-') {
            hyphen--; // within the word: String.lastIndexOf would search the whole text before it
        }
        if (hyphen >= start && lexicon.entry(text, hyphen + 1, dot).is(Word.STATE_ABBREVIATION)) {
            return true;
        }
        boolean beforeComma = dot + 1 < text.length && (text[dot + 1] == ',' || text[dot + 1] == ')');
        Entry e = lexicon.entry(text, start, dot);
        return e.is(Word.ABBREVIATION) || beforeComma && e.is(Word.STATE_ABBREVIATION);
    }
}
