package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Organisation;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Organisations defined with an acronym in brackets ("the Rail, Maritime and Transport (RMT) union"),
 * and companies named later by their initials alone ("IGL" after "Indraprastha Gas Ltd").
 */
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

    private static final Set<String> COMPANY_SUFFIXES = lower(ResourceLines.of(Acronyms.class, "company-suffixes.tsv"));

    /**
     * Companies an article names in full and then by their initials alone, with no brackets:
     * "Indraprastha Gas Ltd, which retails CNG …" then "IGL said". An all-capitals word of three
     * or four letters (longer ones are title-cased in {@link CandidateEvidence#words}) is the acronym of the nearest earlier run whose last capitalised words have
     * those initials ("Mumbai-based Mahanagar Gas Ltd" for "MGL") and end in a company suffix
     * ({@code company-suffixes.tsv}: "Ltd", "Inc"), unless the run starts with a known given name.
     */
    static List<Organisation> byInitials(List<CandidateEvidence> evidence) {
        List<Organisation> out = new ArrayList<>();
        // the nearest earlier name for each spelling of initials, kept as the text is read: one pass,
        // not a walk back over every earlier candidate per acronym (quadratic in a text of acronyms)
        Map<String, String> named = new HashMap<>();
        for (CandidateEvidence e : evidence) {
            List<String> words = e.words();
            String acronym = words.get(0);
            if (words.size() == 1 && acronym.length() >= 3 && acronym.length() <= 4 && RoleReader.isAllCaps(acronym)
                    && acronym.chars().allMatch(Character::isLetter)) {
                String name = named.get(acronym);
                if (name != null) {
                    out.add(new Organisation(name, List.of(acronym)));
                }
            }
            if (!e.firstNameKnown() && endsInCompanySuffix(words)) {
                for (int letters = 3; letters <= 4; letters++) {
                    String name = nameWithLetters(words, letters);
                    if (name != null) {
                        named.put(initials(name), name);
                    }
                }
            }
        }
        return out;
    }

    /** The last words of {@code words} holding {@code letters} capitalised words, from the first of them; or null. */
    private static String nameWithLetters(List<String> words, int letters) {
        int seen = 0;
        for (int k = words.size() - 1; k >= 0; k--) {
            if (Character.isUpperCase(words.get(k).charAt(0)) && ++seen == letters) {
                return String.join(" ", words.subList(k, words.size()));
            }
        }
        return null;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static boolean endsInCompanySuffix(List<String> words) {
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return words.size() > 1 && COMPANY_SUFFIXES.contains(last.endsWith(".") ? last.substring(0, last.length() - 1) : last);
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
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
