package org.onrecord.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.text.ResourceLines;

/** The role nouns an abbreviated title stands for ("sen" for "senator"), from {@code title-abbreviations.tsv}. */
final class TitleAbbreviations {
    private static final Map<String, List<String>> NOUNS = load("title-abbreviations.tsv");

    private TitleAbbreviations() {}

    /** The role nouns {@code word} (lower case, no dot) abbreviates, or none. */
    static List<String> nouns(String word) {
        return NOUNS.getOrDefault(word, List.of());
    }

    private static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : ResourceLines.of(TitleAbbreviations.class, resource)) {
            int tab = line.indexOf('\t');
            out.put(line.substring(0, tab).strip(), List.of(line.substring(tab + 1).strip().split(",")));
        }
        return Map.copyOf(out);
    }
}
