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
        tokenize(text, from, to, lexicon, out);
        return out;
    }

    /** Appends the tokens of {@code text[from, to)} to {@code out}: {@link Tokens} gathers a document's in one list. */
    static void tokenize(String text, int from, int to, Lexicon lexicon, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
            } else if (Chars.isWordChar(c)) {
                i = word(text, i, to, out, lexicon);
            } else if (Chars.isQuoteMark(c)) {
                int width = Chars.isApostrophe(c) || c == '\u2018' ? (i + 1 < to && text.charAt(i + 1) == c ? 2 : 1) : 1;
                out.add(token(text, i, i + width, Token.Kind.QUOTE_MARK, lexicon));
                i += width;
            } else {
                out.add(token(text, i, i + 1, Token.Kind.PUNCT, lexicon));
                i++;
            }
        }
    }

    private static int word(String text, int start, int to, List<Token> out, Lexicon lexicon) {
        int i = start;
        boolean digitsOnly = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isWordChar(c)) {
                digitsOnly = digitsOnly && Character.isDigit(c);
                i++;
            } else if ((Chars.isApostrophe(c) || c == '-' || c == '.' || c == ',' || c == '&') && i + 1 < to
                    && Chars.isWordChar(text.charAt(i + 1))) {
                if (Chars.isApostrophe(c) && isPossessive(text, i, to)) {
                    break;
                }
                if (c == ',' && !(digitsOnly && i + 3 < to + 1 && Character.isDigit(text.charAt(i + 1)))) {
                    break;
                }
                if (c == '&' && !(Character.isUpperCase(text.charAt(i - 1)))) {
                    break;
                }
                if (c == '.' && Character.isLowerCase(text.charAt(i - 1)) && i + 2 < to
                        && Character.isUpperCase(text.charAt(i + 1)) && (Character.isLowerCase(text.charAt(i + 2))
                        || Character.isUpperCase(text.charAt(i + 2)) && i - 2 >= start && Character.isLowerCase(text.charAt(i - 2)))) {
                    break; // "said.According", "Mittal.While", "said.MTS": two sentences a scraper glued together
                }
                i++;
            } else if (c == '(' && partyInitial(text, start, i, to)) {
                i += text.charAt(i + 2) == ')' ? 3 : 4; // "JD(U)", "CPI(M)": one party's name
            } else {
                break;
            }
        }
        if (i < to && text.charAt(i) == '.' && takesDot(text, start, i, lexicon)) {
            i++;
        }
        out.add(token(text, start, i, digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD, lexicon));
        if (i + 1 < to && Chars.isApostrophe(text.charAt(i)) && isPossessive(text, i, to)) {
            out.add(token(text, i, i + 2, Token.Kind.POSSESSIVE, lexicon));
            return i + 2;
        }
        return i;
    }

    /**
     * "JD(U)", "JD(S)", "CPI(M)": an initialism of two or more capitals and, with no space, one or two
     * capitals in brackets is one name (Indian parties write their factions so).
     */
    private static boolean partyInitial(String text, int start, int i, int to) {
        if (i - start < 2 || i + 2 >= to) {
            return false;
        }
        for (int k = start; k < i; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        int letters = 0;
        int k = i + 1;
        while (k < to && letters < 3 && Character.isUpperCase(text.charAt(k))) {
            k++;
            letters++;
        }
        return letters >= 1 && letters <= 2 && k < to && text.charAt(k) == ')'
                && (k + 1 >= to || !Chars.isWordChar(text.charAt(k + 1)));
    }

    /**
     * The token {@code text[start, end)}, as {@code new Token(start, end, kind, text.substring(start,
     * end), lexicon)} makes it, but a word the lexicon knows shares the lexicon's lower-case form (and,
     * written in lower case, its text) instead of cutting and lower-casing strings of its own: most
     * words of an article are known, and this ran for each.
     */
    private static Token token(String text, int start, int end, Token.Kind kind, Lexicon lexicon) {
        Entry e = lexicon.entry(text, start, end);
        String form = e.form();
        if (form != null) {
            String word = form.length() == end - start && text.regionMatches(start, form, 0, end - start) ? form : text.substring(start, end);
            return new Token(start, end, kind, word, form, e);
        }
        String word = end - start == 1 && text.charAt(start) < ONE_CHAR.length ? ONE_CHAR[text.charAt(start)] : text.substring(start, end);
        return new Token(start, end, kind, word, word.toLowerCase(Locale.ROOT), e);
    }

    /** The one-character strings of ASCII, shared by every token of punctuation. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    private static boolean isInitialism(String text, int start, int dot) {
        if (dot - start < 3) {
            return false;
        }
        for (int i = start; i < dot; i++) {
            boolean letterSlot = (i - start) % 2 == 0;
            char c = text.charAt(i);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPossessive(String text, int apostrophe, int to) {
        char s = text.charAt(apostrophe + 1);
        return (s == 's' || s == 'S') && (apostrophe + 2 >= to || !Chars.isWordChar(text.charAt(apostrophe + 2)));
    }

    private static boolean takesDot(String text, int start, int dot, Lexicon lexicon) {
        int len = dot - start;
        if (len == 1 && Character.isLetter(text.charAt(start))) {
            return true;
        }
        if (isInitialism(text, start, dot)) {
            return true; // "U.S." and "D.C." but not "Tchadinfos.com."
        }
        int hyphen = dot - 1;
        while (hyphen >= start && text.charAt(hyphen) != '-') {
            hyphen--; // within the word: String.lastIndexOf would search the whole text before it
        }
        if (hyphen >= start && lexicon.entry(text, hyphen + 1, dot).is(Word.STATE_ABBREVIATION)) {
            return true;
        }
        boolean beforeComma = dot + 1 < text.length() && (text.charAt(dot + 1) == ',' || text.charAt(dot + 1) == ')');
        Entry e = lexicon.entry(text, start, dot);
        return e.is(Word.ABBREVIATION) || beforeComma && e.is(Word.STATE_ABBREVIATION);
    }
}
