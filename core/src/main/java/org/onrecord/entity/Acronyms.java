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
import org.onrecord.text.Chars;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Organisations defined with an acronym in brackets ("the Rail, Maritime and Transport (RMT) union"),
 * and companies named later by their initials alone ("IGL" after "Indraprastha Gas Ltd").
 */
final class Acronyms {
    private Acronyms() {}

    /**
     * An organisation an article defines with its acronym in brackets, and where its full name
     * stands in the text: the runs the name finder splits it into ("Truth" and "Reconciliation
     * and Reparations Commission" of "Truth, Reconciliation and Reparations Commission (TRRC)")
     * name it too.
     */
    record Defined(Organisation organisation, Span span) {}

    static List<Defined> defined(Tokens tokens) {
        List<Defined> out = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).is("(") || !tokens.get(i + 2).is(")")) {
                continue;
            }
            String acronym = tokens.get(i + 1).text();
            if (acronym.length() < 2 || acronym.length() > 8 || !RoleReader.isAllCaps(acronym)) {
                continue;
            }
            // "the African Transformation Movement's (ATM) quest": the name ends before its possessive
            int end = tokens.get(i - 1).kind() == Token.Kind.POSSESSIVE ? i - 2 : i - 1;
            if (end < 0) {
                continue;
            }
            int from = expansionStart(tokens, end, acronym);
            if (from < 0) {
                from = lettersStart(tokens, end, acronym);
            }
            if (from < 0) {
                continue;
            }
            StringBuilder name = new StringBuilder(RoleReader.orgText(tokens, from, end));
            Token after = tokens.at(i + 3);
            if (after != null && after.isWord() && Character.isLowerCase(after.first()) && after.is(Word.ORGANISATION)) {
                name.append(' ').append(after.text());
            }
            out.add(new Defined(new Organisation(name.toString(), List.of(acronym)),
                    new Span(tokens.get(from).start(), tokens.get(end).end())));
        }
        return out;
    }

    /**
     * Where an acronym's letters are not the initials of its name ("Paradigm Initiative (PIN)",
     * "Industrial and Commercial Workers’ Union (ICU)", "Volta Aluminium Company Limited
     * (VALCO)"), its letters still appear in the name in order, the first opening a word: the
     * name's start is found as Schwartz and Hearst (2003) find long forms, matching the letters
     * from the last backwards over the run of capitalised words, joiners and plural possessives
     * before the bracket. The run must hold no more words than the acronym has letters plus
     * two, and the name must be two words or more, starting with a capitalised word whose
     * initial is the first letter; else -1.
     */
    private static int lettersStart(Tokens tokens, int end, String acronym) {
        String letters = acronym.toLowerCase(Locale.ROOT);
        if (!NameFinder.isCapWord(tokens.get(end)) || !letters.chars().allMatch(Character::isLetter)) {
            return -1;
        }
        int floor = end;
        int words = 0;
        for (int k = end; k >= 0 && tokens.sameParagraph(k, end); k--) {
            Token t = tokens.get(k);
            if (NameFinder.isCapWord(t)) {
                if (++words > letters.length() + 2) {
                    break;
                }
                floor = k;
            } else if (!(isJoiner(t) || isPluralApostrophe(tokens, k))) {
                break;
            }
        }
        int need = letters.length() - 1;
        for (int k = end; k >= floor && need >= 0; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            for (int c = w.length() - 1; c >= 0 && need >= 0; c--) {
                if (w.charAt(c) != letters.charAt(need)) {
                    continue;
                }
                if (need > 0) {
                    need--;
                } else if (c == 0 && NameFinder.isCapWord(t)) {
                    return k < end ? k : -1; // one word is no name to spell an acronym from
                }
            }
        }
        return -1;
    }

    /** "ICU" of "ICU-Ghana" (a body's branch named after it): the capitals before a hyphen, or the empty string. */
    static String beforeHyphen(String word) {
        int hyphen = word.indexOf('-');
        return hyphen >= 2 && RoleReader.isAllCaps(word.substring(0, hyphen)) ? word.substring(0, hyphen) : "";
    }

    private static boolean isJoiner(Token t) {
        return t.is(",") || t.is("and") || t.is("of") || t.is("the") || t.is("&") || t.is("for") || t.is("on");
    }

    /** The apostrophe of a plural possessive inside a name: "Workers’ Union". */
    static boolean isPluralApostrophe(Tokens tokens, int k) {
        Token t = tokens.get(k);
        Token before = tokens.at(k - 1);
        return t.kind() == Token.Kind.QUOTE_MARK && t.text().length() == 1 && Chars.isApostrophe(t.first())
                && before != null && before.isWord() && before.end() == t.start()
                && Character.toLowerCase(before.text().charAt(before.text().length() - 1)) == 's';
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
