package org.onrecord.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/** Finds runs of capitalised words ("Keir Starmer", "Unite the Union", "Mr Martin") in one pass. */
final class NameFinder {
    private static final Set<String> PARTICLES = setOf(
            "de", "van", "von", "der", "den", "al", "bin", "bint", "la", "le", "du", "da", "di", "del", "dos", "ter");
    private static final Set<String> ORG_JOINERS = setOf("of", "the", "and", "&", "for", "on");

    private NameFinder() {}

    static List<NameCandidate> find(Tokens tokens) {
        List<NameCandidate> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            if (!isCapWord(t)) {
                i++;
                continue;
            }
            int title = -1;
            int start = i;
            while (isTitle(tokens.get(start)) && isCapWord(tokens.at(start + 1)) && tokens.sameParagraph(start, start + 1)) {
                title = start;
                start++;
            }
            if (Words.isNotName(tokens.get(start).text()) || isSentenceInitialVerb(tokens, start)) {
                i = start + 1;
                continue;
            }
            int last = start;
            while (true) {
                Token next = tokens.at(last + 1);
                if (next != null && tokens.sameParagraph(last, last + 1) && isCapWord(next) && !Words.isNotName(next.text())) {
                    last++;
                } else if (next != null && tokens.sameParagraph(last, last + 2) && isJoiner(next)
                        && isCapWord(tokens.at(last + 2)) && !Words.isNotName(tokens.get(last + 2).text())) {
                    last += 2;
                } else {
                    break;
                }
            }
            // "South Carolina Sen. Lindsey Graham": the name starts after the last title in the run
            for (int k = last - 1; k > start; k--) {
                if (isTitle(tokens.get(k))) {
                    title = k;
                    start = k + 1;
                    break;
                }
            }
            addSplit(tokens, start, last, title, out);
            i = last + 1;
        }
        return out;
    }

    /** "Diane Abbott and Richard Burgon" is two names; "Unite the Union" is one organisation. */
    private static void addSplit(Tokens tokens, int start, int last, int title, List<NameCandidate> out) {
        boolean org = false;
        for (int k = start; k <= last; k++) {
            org |= Words.isOrgWord(tokens.get(k).text());
        }
        int from = start;
        for (int k = start; k <= last; k++) {
            Token t = tokens.get(k);
            if (!org && isJoiner(t) && !PARTICLES.contains(t.lower())) {
                if (k > from) {
                    out.add(new NameCandidate(from, k - 1, from == start ? title : -1));
                }
                from = k + 1;
            }
        }
        if (from <= last) {
            out.add(new NameCandidate(from, last, from == start ? title : -1));
        }
    }

    static boolean isCapWord(Token t) {
        return t != null && t.kind() == Token.Kind.WORD && Character.isUpperCase(t.first());
    }

    private static boolean isJoiner(Token t) {
        String w = t.lower();
        return t.kind() == Token.Kind.WORD && !Character.isUpperCase(t.first())
                && (PARTICLES.contains(w) || ORG_JOINERS.contains(w)) || t.is("&");
    }

    static boolean isTitle(Token t) {
        String w = t.lower();
        return Words.MALE_TITLES.contains(w) || Words.FEMALE_TITLES.contains(w) || Words.NEUTRAL_TITLES.contains(w)
                || Character.isUpperCase(t.first()) && Words.isRoleNoun(w);
    }

    /** "Sharing a video…", "Speaking to reporters…": a capitalised verb form, not a name. */
    private static boolean isSentenceInitialVerb(Tokens tokens, int i) {
        if (!tokens.startsSentence(i)) {
            return false;
        }
        String w = tokens.get(i).lower();
        return (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly")) && !FirstNames.contains(tokens.get(i).text());
    }

    /** A set from a word list that may repeat itself. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
