package org.onrecord.store.provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation as the words that make it the same quotation elsewhere: lower case, no accents, straight marks, no
 * punctuation, "n't" as "not", "we're" as "we are", "1,000" as "1000", hyphenated words apart. Where an outlet left words out
 * ("…", "...", "[…]") or put its own in ("[Tony] Blair", "[he]") the list holds a gap token instead, so
 * that a variant diff can tell an announced elision or insertion from a silent change.
 */
final class Words {
    /** Words left out, announced by an ellipsis. */
    static final String ELLIPSIS = "…";
    /** Words an outlet put in square brackets. */
    static final String BRACKET = "[]";

    /** Accents, so that "Gardaí" and "Gardai" are one word. */
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    /** An outlet's insertion, with the "'s" it may carry ("[Smith]'s" for "she's"), which is the outlet's too. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,80}\\](?:'s\\b)?");
    private static final Pattern ELLIPSES = Pattern.compile("…|\\.\\s*\\.\\s*\\.(?:\\s*\\.)*");
    private static final Pattern NOT = Pattern.compile("(?i)\\b(won|can|shan|ain)'t\\b|n't\\b");
    /**
     * Contractions with one reading, spelt out: an outlet that transcribes "we're" and one that writes "we are"
     * quote the same words. ('s and 'd are left alone: "is" or "has", "would" or "had", or a possessive.)
     */
    private static final Pattern CONTRACTION = Pattern.compile("(?i)(?<=\\p{L})'(re|m|ve|ll)\\b");
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}]+)*|…|\\[\\]");

    private Words() {}

    /** The words of a quotation, with gap tokens where words were left out or inserted. */
    static List<String> of(String text) {
        // Each pass only where it can change something (most quotations: ASCII and typographic marks, no bracket,
        // ellipsis or contraction); the passes skipped leave the text as they would.
        String s = normalizable(text) ? MARKS.matcher(Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC),
                Normalizer.Form.NFD)).replaceAll("") : text;
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .toLowerCase(Locale.ROOT);
        if (s.indexOf('[') >= 0) {
            s = BRACKETED.matcher(s).replaceAll(m -> m.group().matches("\\[\\s*(…|\\.\\s*\\.\\s*\\.)\\s*\\](?:'s)?") ? " … " : " [] ");
        }
        if (s.indexOf('…') >= 0 || dotsApart(s)) {
            s = ELLIPSES.matcher(s).replaceAll(" … ");
        }
        if (s.indexOf('\'') < 0) {
            return tokens(s);
        }
        // The text is in lower case: each replacement below needs the letters it looks for after an apostrophe.
        if (s.contains("'t")) {
            s = NOT.matcher(s).replaceAll(m -> m.group(1) == null ? " not" : switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "won" -> "will not";
            case "can" -> "can not";
            case "shan" -> "shall not";
            default -> "is not";
            });
        }
        if (contracted(s)) {
            s = CONTRACTION.matcher(s).replaceAll(m -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "re" -> " are";
                case "m" -> " am";
                case "ve" -> " have";
                default -> " will";
            });
        }
        return tokens(s);
    }

    /** Whether two full stops stand with only white space between them ({@link #ELLIPSES} needs three). */
    private static boolean dotsApart(String s) {
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            int j = i + 1;
            while (j < s.length() && isRegexSpace(s.charAt(j))) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '.') {
                return true;
            }
        }
        return false;
    }

    /** The characters of a regular expression's {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether an apostrophe stands before r, m, v or l, as every match of {@link #CONTRACTION} has it (lower case). */
    private static boolean contracted(String s) {
        for (int i = s.indexOf('\''); i >= 0 && i + 1 < s.length(); i = s.indexOf('\'', i + 1)) {
            char next = s.charAt(i + 1);
            if (next == 'r' || next == 'm' || next == 'v' || next == 'l') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Unicode normalisation and accent removal may change the text: false when every character is ASCII or a
     * typographic mark or dash without a decomposition (curly quotes, en and em dashes).
     */
    private static boolean normalizable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80 && ch != '\u2018' && ch != '\u2019' && ch != '\u201c' && ch != '\u201d' && ch != '\u2013'
                    && ch != '\u2014') {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(String s) {
        List<String> fast = plainTokens(s);
        return fast != null ? fast : matchedTokens(s);
    }

    /**
     * {@link #TOKEN}'s words read without the regular expression, for a text whose letters, digits and marks are all
     * ASCII (most quotations in English): there {@code \\p{N}} is 0-9, {@code \\p{L}} a-z and A-Z, and no mark; every
     * other character but the ellipsis and "[]" starts no word. Null for any other text, read by the expression.
     */
    private static List<String> plainTokens(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c != '…' && (Character.isSurrogate(c) || wordPart(c))) {
                return null;
            }
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            String w;
            int end;
            if (isDigit(c)) {
                // \p{N}+(?:[.,]\p{N}+)*
                end = i + 1;
                while (end < n && isDigit(s.charAt(end))) {
                    end++;
                }
                while (end + 1 < n && (s.charAt(end) == '.' || s.charAt(end) == ',') && isDigit(s.charAt(end + 1))) {
                    end += 2;
                    while (end < n && isDigit(s.charAt(end))) {
                        end++;
                    }
                }
                w = s.substring(i, end).replace(",", "");
            } else if (isLetter(c)) {
                // [\p{L}\p{M}\p{N}]+(?:'[\p{L}]+)*
                end = i + 1;
                while (end < n && (isLetter(s.charAt(end)) || isDigit(s.charAt(end)))) {
                    end++;
                }
                while (end + 1 < n && s.charAt(end) == '\'' && isLetter(s.charAt(end + 1))) {
                    end += 2;
                    while (end < n && isLetter(s.charAt(end))) {
                        end++;
                    }
                }
                w = s.substring(i, end).replace("'", "");
            } else if (c == '…') {
                end = i + 1;
                w = ELLIPSIS;
            } else if (c == '[' && i + 1 < n && s.charAt(i + 1) == ']') {
                end = i + 2;
                w = BRACKET;
            } else {
                i++;
                continue;
            }
            i = end;
            boolean gap = w.equals(ELLIPSIS) || w.equals(BRACKET);
            if (gap && !words.isEmpty() && isGap(words.get(words.size() - 1))) {
                continue; // "[…]" next to "…" is one gap
            }
            words.add(w);
        }
        return List.copyOf(words);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A character of {@code [\\p{L}\\p{M}\\p{N}]}. */
    private static boolean wordPart(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static List<String> matchedTokens(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                w = w.replace(",", "");
            } else {
                w = w.replace("'", "");
            }
            boolean gap = w.equals(ELLIPSIS) || w.equals(BRACKET);
            if (gap && !words.isEmpty() && isGap(words.get(words.size() - 1))) {
                continue; // "[…]" next to "…" is one gap
            }
            words.add(w);
        }
        return List.copyOf(words);
    }

    /** A mixed quote's quoted words: between curly double marks, opening then closing, or straight ones. */
    private static final Pattern QUOTED = Pattern.compile("\u201c([^\u201c\u201d]+)\u201d|\"([^\"]+)\"");

    /**
     * The words a mixed quote puts in quotation marks, the parts joined by an ellipsis gap (the outlet's own words
     * between them are left out, as an ellipsis would): empty when it has none. These are the speaker's words;
     * the rest of a mixed quote's span is the outlet's paraphrase, which another outlet words otherwise.
     */
    /** Every word capitalised but short function words: a name in quotation marks. */
    private static final Pattern TITLE = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|the|and|or|a|an|in|on|to|for))+[.!?,]?\\s*");

    /**
     * The words an occurrence vouches for as the speaker's, which variants are computed on: a mixed quote's quoted
     * words when it has any (the rest is the outlet's paraphrase, not a change to the quotation), else all its words.
     */
    static List<String> spoken(String text, boolean mixed) {
        List<String> quoted = mixed ? quoted(text) : null;
        return quoted != null && !plain(quoted).isEmpty() ? quoted : of(text);
    }

    /** {@link #spoken} from a quote's quoted words (null for a direct quote) and all its words, read once by the caller. */
    static List<String> spoken(List<String> quoted, List<String> words) {
        return quoted != null && !plain(quoted).isEmpty() ? quoted : words;
    }

    /** Whether a quotation's words are a name in title case (a slogan, a title), which is not speech to cluster. */
    static boolean isTitle(String text) {
        return TITLE.matcher(withoutDoubleMarks(text)).matches();
    }

    /** The text without curly or straight double quotation marks. */
    private static String withoutDoubleMarks(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = c == '\u201c' || c == '\u201d' || c == '"';
            if (mark && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!mark && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inside = m.group(1) != null ? m.group(1) : m.group(2);
            if (isTitle(inside)) {
                continue; // “Make America Great Again”, “Gang of Eight”: the name of a slogan or a title, not speech
            }
            List<String> part = of(inside);
            if (!Words.plain(part).isEmpty()) {
                if (!out.isEmpty() && !isGap(out.get(out.size() - 1)) && !isGap(part.get(0))) {
                    out.add(ELLIPSIS);
                }
                out.addAll(part);
            }
        }
        return List.copyOf(out);
    }

    static boolean isGap(String word) {
        return word.equals(ELLIPSIS) || word.equals(BRACKET);
    }

    /** The words without gap tokens. */
    static List<String> plain(List<String> words) {
        return words.stream().filter(w -> !isGap(w)).toList();
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }

    /** A word list resource: one word a line, '#' comments and blank lines skipped. */
    static Set<String> resource(String name) {
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
