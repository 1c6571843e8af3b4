package org.onrecord.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Organisation;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/** Organisations defined with an acronym in brackets: "the Rail, Maritime and Transport (RMT) union". */
final class Acronyms {
    private Acronyms() {}

    static List<Organisation> find(Tokens tokens) {
        List<Organisation> out = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).is("(") || !tokens.get(i + 2).is(")")) {
                continue;
            }
            String acronym = tokens.get(i + 1).text();
            if (acronym.length() < 2 || acronym.length() > 8 || !RoleReader.isAllCaps(acronym)) {
                continue;
            }
            int from = expansionStart(tokens, i - 1, acronym);
            if (from < 0) {
                continue;
            }
            StringBuilder name = new StringBuilder(RoleReader.orgText(tokens, from, i - 1));
            Token after = tokens.at(i + 3);
            if (after != null && after.isWord() && Character.isLowerCase(after.first()) && after.is(Word.ORGANISATION)) {
                name.append(' ').append(after.text());
            }
            out.add(new Organisation(name.toString(), List.of(acronym)));
        }
        return out;
    }

    /** Walks back over capitalised words, commas and joiners until their initials spell the acronym. */
    private static int expansionStart(Tokens tokens, int end, String acronym) {
        String letters = acronym.toUpperCase(Locale.ROOT);
        int need = letters.length() - 1;
        for (int k = end; k >= 0 && end - k < 3 * letters.length() + 2 && tokens.sameParagraph(k, end); k--) {
            Token t = tokens.get(k);
            if (NameFinder.isCapWord(t)) {
                if (need < 0 || Character.toUpperCase(t.first()) != letters.charAt(need)) {
                    return -1;
                }
                if (need == 0) {
                    return k;
                }
                need--;
            } else if (!(t.is(",") || t.is("and") || t.is("of") || t.is("the") || t.is("&") || t.is("for"))) {
                return -1;
            }
        }
        return -1;
    }
}
