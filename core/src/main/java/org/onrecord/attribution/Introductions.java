package org.onrecord.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.text.Span;

/**
 * Proposes the person a description stands for when the article introduced someone in those very
 * words: "The 1st defendant, Joyland Dedey Mensah, …" or "Joyland Dedey Mensah, the 1st
 * defendant, …" for a later "the 1st defendant"; "Jane Smith, 45," or "45-year-old Jane Smith"
 * for a later "the 45-year-old"; "Mike Pompeo, who served as Trump’s first secretary of state," for
 * a later "Trump’s first secretary of state". The words must be repeated exactly (after the
 * determiner; with the owner's name), so no word list decides: the article's own introduction does.
 */
final class Introductions {
    private static final String DETERMINERS = "(?:the|a|an|this|that|its|their|his|her|our)";
    /** A later description must be definite: it points back at someone already named. */
    private static final Pattern DEFINITE = Pattern.compile("(?i)^(?:the|this|that|its|their|his|her|our)\\s+");
    /** A description that opens with its owner's name: "Trump’s first secretary of state". */
    private static final Pattern POSSESSIVE = Pattern.compile("^\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+\\S");
    /** "Mike Pompeo, who served as Trump’s first secretary of state," introduces him as well as an apposition does. */
    private static final String WHO_IS = "who\\s+(?:is|was|served\\s+as|has\\s+been)\\s+";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AGE = Pattern.compile("(?i)^(\\d{1,3})-year-old$");
    /** How far before and after a name an introduction may stand, in characters. */
    private static final int WINDOW = 160;
    private static final int MAX_WORDS = 5;

    private Introductions() {}

    /** Whether {@code word} is an age as a description's head: "45-year-old". */
    static boolean isAge(String word) {
        return AGE.matcher(word).matches();
    }

    private static final Pattern AGE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{0,60}\\)\\s*)?,\\s*(?:aged\\s+)?(\\d{1,3})\\s*[,.)]");

    /**
     * The ages the text gives people right after a name ("Hannah Gwillim, 21,", "Jodie Edwards
     * (right), 22,"), by person index; a person given two different ages is left out.
     */
    static Map<Integer, String> ages(String text, Entities entities) {
        Map<Integer, String> out = new HashMap<>();
        Set<Integer> twice = new HashSet<>();
        for (NameMention nm : entities.mentions()) {
            if (!nm.isPerson() || nm.quoted() || !commaOrBracketAfter(text, nm.span().end())) {
                continue;
            }
            Matcher a = AGE_AFTER.matcher(paragraphAfter(text, nm.span().end()));
            if (a.find()) {
                String was = out.putIfAbsent(nm.person(), a.group(1));
                if (was != null && !was.equals(a.group(1))) {
                    twice.add(nm.person());
                }
            }
        }
        out.keySet().removeAll(twice);
        return out;
    }

    /** The age of an age description ("the 22-year-old" → "22"), or null. */
    static String ageOf(String head) {
        Matcher m = AGE.matcher(head);
        return m.matches() ? m.group(1) : null;
    }

    /** The person last introduced, before {@code m}, with the words of description {@code m}; else null. */
    static PersonEntity of(String text, Entities entities, Span m) {
        String written = m.of(text).strip();
        Matcher d = DEFINITE.matcher(written);
        boolean owned = !d.find();
        if (owned && !POSSESSIVE.matcher(written).lookingAt()) {
            return null; // "a firm", "an official": an indefinite description brings someone new
        }
        // the owner's name is part of the words an introduction repeats: "Trump’s first secretary of state"
        String key = owned ? written : written.substring(d.end()).strip();
        String determiner = owned ? "(?:" + DETERMINERS + "\\s+)?" : DETERMINERS + "\\s+";
        List<String> words = List.of(SPACES.split(key)); // as key.split("\\s+"), compiled once
        String head = words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT);
        if (key.isEmpty() || words.size() > MAX_WORDS || head.endsWith("s") && !head.endsWith("ss")) {
            return null; // "the two nations": a plural stands for no one person
        }
        String before;
        String after;
        Matcher age = AGE.matcher(key);
        boolean aged = age.matches();
        if (aged) {
            String n = age.group(1);
            before = "(?i)\\b" + n + "-year-old\\s+(?:[\\p{L}'’-]+\\s+){0,3}$";
            after = "^\\s*,\\s*(?:aged\\s+)?" + n + "\\s*[,.)]";
        } else {
            StringBuilder k = new StringBuilder();
            for (String w : words) {
                k.append(k.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
            }
            before = "(?i)(?:^|\\b" + (owned ? "" : DETERMINERS + "\\s+") + ")" + k + "\\s*,\\s*$";
            // a relative clause may end without its comma: "Mike Pompeo, who served as Trump’s first
            // secretary of state called …"; an apposition needs its own ("Jones, the nurse said" is two people)
            after = "(?i)^\\s*(?:\\([^)]{0,60}\\)\\s*)?,\\s*(?:" + WHO_IS + determiner + k
                    + "(?:\\s*(?:[,.;:()]|\\p{Pd}|$)|\\s+(?-i:\\p{Ll}))|" + determiner + k + "\\s*(?:[,.;:()]|\\p{Pd}|$))";
        }
        // Both patterns are compiled only when a mention passes a test a match needs (the last word
        // and a comma before it; a comma or bracket after it, and the first word further on):
        // compiling them for every description, and running them on every earlier mention, was a
        // twentieth of the engine's time.
        Pattern beforeRe = null;
        Pattern afterRe = null;
        List<NameMention> mentions = entities.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            NameMention nm = mentions.get(i);
            if (nm.span().end() > m.start() || !nm.isPerson() || nm.quoted()) {
                continue;
            }
            // "the Speaker, Prof Chhattar Singh Chauhan,": a title may stand between the comma and the name
            int titled = titleBefore(text, nm.span().start());
            for (int at : titled >= 0 ? new int[] {nm.span().start(), titled} : new int[] {nm.span().start()}) {
                if (aged || wordAndCommaBefore(text, at, words.get(words.size() - 1))) {
                    beforeRe = beforeRe != null ? beforeRe : Pattern.compile(before);
                    if (beforeRe.matcher(paragraphBefore(text, at)).find()) {
                        return entities.person(nm.person());
                    }
                }
            }
            if (commaOrBracketAfter(text, nm.span().end()) && (aged || wordAfter(text, nm.span().end(), words.get(0)))) {
                afterRe = afterRe != null ? afterRe : Pattern.compile(after);
                if (afterRe.matcher(paragraphAfter(text, nm.span().end())).find()) {
                    return entities.person(nm.person());
                }
            }
        }
        return null;
    }

    /**
     * Whether {@link #paragraphBefore} ends in {@code last} (in any case) and a comma but for white
     * space and line ends: a description's {@code before} pattern (not an age's) cannot match otherwise.
     */
    private static boolean wordAndCommaBefore(String text, int at, String last) {
        int floor = Math.max(0, at - WINDOW);
        int k = at - 1;
        while (k >= floor && isSpaceOrLineEnd(text.charAt(k))) {
            k--;
        }
        if (k < floor || text.charAt(k) != ',') {
            return false;
        }
        k--;
        while (k >= floor && isRegexSpace(text.charAt(k)) && text.charAt(k) != '\n') {
            k--;
        }
        int from = k + 1 - last.length();
        return from >= floor && text.regionMatches(true, from, last, 0, last.length());
    }

    /**
     * Where a title-like word ends right before {@code at}, one capitalised word of at most ten
     * letters and perhaps a full stop ("Prof", "Dr.", "Justice") after a space; -1 when there is none.
     */
    private static int titleBefore(String text, int at) {
        int k = at - 1;
        if (k < 1 || text.charAt(k) != ' ') {
            return -1;
        }
        k--;
        if (text.charAt(k) == '.') {
            k--;
        }
        int end = k;
        while (k >= 0 && Character.isLetter(text.charAt(k)) && end - k < 10) {
            k--;
        }
        int start = k + 1;
        boolean word = start <= end && Character.isUpperCase(text.charAt(start)) && (k < 0 || text.charAt(k) == ' ');
        return word ? start : -1;
    }

    /** Whether {@code first}, in any case, stands in {@link #paragraphAfter}: {@code after} needs it. */
    private static boolean wordAfter(String text, int at, String first) {
        int ceiling = Math.min(text.length(), at + WINDOW);
        // an ASCII first letter matches, in any case, an ASCII character only as itself folded:
        // other ASCII characters are passed over without the case-blind comparison
        char f = first.charAt(0);
        boolean ascii = f < 0x80;
        char lower = f >= 'A' && f <= 'Z' ? (char) (f + ('a' - 'A')) : f;
        char upper = f >= 'a' && f <= 'z' ? (char) (f - ('a' - 'A')) : f;
        for (int k = at; k + first.length() <= ceiling; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                break;
            }
            if (ascii && c < 0x80 && c != lower && c != upper) {
                continue;
            }
            if (text.regionMatches(true, k, first, 0, first.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #paragraphAfter} starts with a comma or bracket but for white space: {@code after} needs one. */
    private static boolean commaOrBracketAfter(String text, int at) {
        int ceiling = Math.min(text.length(), at + WINDOW);
        int k = at;
        while (k < ceiling && isRegexSpace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        return k < ceiling && (text.charAt(k) == ',' || text.charAt(k) == '(');
    }

    /** What {@code \s} matches in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code \s} or a line terminator {@code $} may stand before; a newline ends the paragraph, so
     * the walk back stops there (what is left of the paragraph holds no comma).
     */
    private static boolean isSpaceOrLineEnd(char c) {
        return c != '\n' && (isRegexSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    private static String paragraphBefore(String text, int at) {
        String s = text.substring(Math.max(0, at - WINDOW), at);
        int nl = s.lastIndexOf('\n');
        return nl >= 0 ? s.substring(nl + 1) : s;
    }

    private static String paragraphAfter(String text, int at) {
        String s = text.substring(at, Math.min(text.length(), at + WINDOW));
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }
}
