package org.onrecord.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Token;

/**
 * The role nouns an abbreviated title stands for ("sen" for "senator"), and the abbreviations that
 * are titles when written in capitals before a name ("DCP Harshavardhan"), from
 * {@code title-abbreviations.tsv}.
 */
final class TitleAbbreviations {
    private static final Map<String, List<String>> NOUNS = new HashMap<>();
    private static final Set<String> CAPS_TITLES = new HashSet<>();

    static {
        for (String line : ResourceLines.of(TitleAbbreviations.class, "title-abbreviations.tsv")) {
            String[] cells = line.split("\t");
            NOUNS.put(cells[0].strip(), List.of(cells[1].strip().split(",")));
            if (cells.length > 2 && cells[2].strip().equals("caps-title")) {
                CAPS_TITLES.add(cells[0].strip());
            }
        }
    }

    private TitleAbbreviations() {}

    /** The role nouns {@code word} (lower case, no dot) abbreviates, or none. */
    static List<String> nouns(String word) {
        return NOUNS.getOrDefault(word, List.of());
    }

    /** "DCP", "SHO": an abbreviation written in capitals that is a title, never part of a name. */
    static boolean isCapsTitle(Token t) {
        return t != null && t.isWord() && t.text().length() > 1 && RoleReader.isAllCaps(t.text())
                && CAPS_TITLES.contains(t.lower());
    }
}
