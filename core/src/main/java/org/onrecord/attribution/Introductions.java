package org.onrecord.attribution;

import java.util.List;
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
 * for a later "the 45-year-old". The words must be repeated exactly (after the determiner), so
 * no word list decides: the article's own introduction does.
 */
final class Introductions {
    private static final String DETERMINERS = "(?:the|a|an|this|that|its|their|his|her|our)";
    /** A later description must be definite: it points back at someone already named. */
    private static final Pattern DEFINITE = Pattern.compile("(?i)^(?:the|this|that|its|their|his|her|our)\\s+");
    private static final Pattern AGE = Pattern.compile("(?i)^(\\d{1,3})-year-old$");
    /** How far before and after a name an introduction may stand, in characters. */
    private static final int WINDOW = 160;
    private static final int MAX_WORDS = 5;

    private Introductions() {}

    /** The person last introduced, before {@code m}, with the words of description {@code m}; else null. */
    static PersonEntity of(String text, Entities entities, Span m) {
        String written = m.of(text).strip();
        Matcher d = DEFINITE.matcher(written);
        if (!d.find()) {
            return null; // "a firm", "an official": an indefinite description brings someone new
        }
        String key = written.substring(d.end()).strip();
        List<String> words = List.of(key.split("\\s+"));
        String head = words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT);
        if (key.isEmpty() || words.size() > MAX_WORDS || head.endsWith("s") && !head.endsWith("ss")) {
            return null; // "the two nations": a plural stands for no one person
        }
        Pattern before;
        Pattern after;
        Matcher age = AGE.matcher(key);
        if (age.matches()) {
            String n = age.group(1);
            before = Pattern.compile("(?i)\\b" + n + "-year-old\\s+(?:[\\p{L}'’-]+\\s+){0,3}$");
            after = Pattern.compile("^\\s*,\\s*(?:aged\\s+)?" + n + "\\s*[,.)]");
        } else {
            StringBuilder k = new StringBuilder();
            for (String w : words) {
                k.append(k.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
            }
            before = Pattern.compile("(?i)(?:^|\\b" + DETERMINERS + "\\s+)" + k + "\\s*,\\s*$");
            after = Pattern.compile("(?i)^\\s*(?:\\([^)]{0,60}\\)\\s*)?,\\s*" + DETERMINERS + "\\s+" + k
                    + "\\s*(?:[,.;:()]|\\p{Pd}|$)");
        }
        List<NameMention> mentions = entities.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            NameMention nm = mentions.get(i);
            if (nm.span().end() > m.start() || !nm.isPerson() || nm.quoted()) {
                continue;
            }
            if (before.matcher(paragraphBefore(text, nm.span().start())).find()
                    || after.matcher(paragraphAfter(text, nm.span().end())).find()) {
                return entities.person(nm.person());
            }
        }
        return null;
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
