package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.entity.Headline;
import org.onrecord.lexicon.Word;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Tokens;

/**
 * Proposes the police force a source like "police", "the force" or "Mounties" stands for: the
 * force the article names, at its fullest ("Manitoba RCMP" over "RCMP"), outside a title-case
 * headline. Null when the source is
 * no such word or the article names no force, so "police" stays "police".
 */
final class PoliceForce {
    private static final Set<String> DESCRIPTIONS = new HashSet<>();
    private static final Map<String, String> NATIONAL = new HashMap<>(); // a country's one force, by how news calls it
    private static final Pattern BODY;
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+"); // compiled once: of() runs for every source

    static {
        List<String> bodies = new ArrayList<>();
        for (String line : ResourceLines.of(PoliceForce.class, "police.tsv")) {
            String[] cols = line.split("\t");
            if (cols[1].strip().equals("body")) {
                bodies.add(Pattern.quote(cols[0].strip()).replace(" ", "\\E\\h+\\Q"));
            } else {
                DESCRIPTIONS.add(cols[0].strip());
                if (cols.length > 2 && !cols[2].isBlank()) {
                    NATIONAL.put(cols[0].strip(), cols[2].strip());
                }
            }
        }
        bodies.sort((a, b) -> b.length() - a.length()); // "Police Service" before "Police"
        // names run on one line: "Firearm Investigation\nThe RCMP" is a heading and then a sentence
        BODY = Pattern.compile("((?:\\p{Lu}[\\p{L}.'’-]*\\h+){0,3}(?:" + String.join("|", bodies) + "))(?![\\p{L}])");
    }

    private PoliceForce() {}

    /** The force {@code written} stands for, named as the article names it at its fullest; else null. */
    static String of(String written, String text, Tokens tokens) {
        String lower = written.strip().toLowerCase(Locale.ROOT);
        String w = lower.startsWith("the") ? LEADING_THE.matcher(lower).replaceFirst("") : lower;
        boolean bare = !lower.startsWith("the ");
        if (!DESCRIPTIONS.contains(w) || bare && w.equals("force")) {
            return null; // "force" alone is no source; "the force" is
        }
        String named = tokens.memo(PoliceForce.class, () -> namedForce(text, tokens)); // once per article
        return named != null ? named : NATIONAL.get(w); // "gardaí said" names An Garda Síochána
    }

    /** The force the article names, at its fullest; null when it names none. */
    private static String namedForce(String text, Tokens tokens) {
        String best = null;
        int headline = Headline.length(tokens);
        int from = headline > 0 ? tokens.get(headline - 1).end() : 0; // a title-case headline names no one
        Matcher m = BODY.matcher(text);
        m.region(from, text.length());
        while (m.find()) {
            String name = withoutLeadingSmallWords(m.group(1), tokens);
            boolean names = name.indexOf(' ') > 0 || name.equals(name.toUpperCase(Locale.ROOT));
            if (names && (best == null || name.length() > best.length())) { // "Police said" names no force
                best = name;
            }
        }
        if (best != null && !NATIONAL.containsValue(best)) {
            for (String national : NATIONAL.values()) {
                if (national.endsWith(" " + best) && text.contains(national)) {
                    return national; // "An Garda Síochána": the Irish article is part of the force's name
                }
            }
        }
        return best;
    }

    /** "The Humberside Police" gives "Humberside Police": the name starts after its last small word. */
    private static String withoutLeadingSmallWords(String name, Tokens tokens) {
        String[] words = name.split("\\h+");
        int from = 0;
        for (int i = 0; i < words.length - 1; i++) {
            var entry = tokens.lexicon().entry(words[i].toLowerCase(Locale.ROOT));
            if (entry.is(Word.NOT_NAME) || entry.is(Word.DETERMINER) || entry.is(Word.PREPOSITION)
                    || entry.is(Word.TIME_WORD) || entry.is(Word.CONNECTIVE)) {
                from = i + 1;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }
}
