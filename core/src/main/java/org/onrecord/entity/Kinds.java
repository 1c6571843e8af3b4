package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.text.ResourceLines;

/**
 * Classifies name candidates from their evidence alone: no tokens, so the rules can be tested
 * with hand-built evidence.
 */
final class Kinds {
    private static final Set<String> PLACES = Set.copyOf(ResourceLines.of(Kinds.class, "place-words.tsv"));
    private static final Set<String> PLATFORMS = Set.copyOf(ResourceLines.of(Kinds.class, "platforms.tsv"));

    private Kinds() {}

    /**
     * @param acronyms the acronyms the article defines ("(RMT)", "IGL" after "Indraprastha Gas
     *     Ltd"), and the names they stand for: a single word that is one, or a run that is such a
     *     name, names an organisation
     */
    static List<Kind> classify(List<CandidateEvidence> evidence, Set<String> acronyms) {
        List<Kind> kinds = new ArrayList<>(evidence.size());
        Set<String> bodies = new HashSet<>();
        Set<String> personWords = new HashSet<>();
        for (CandidateEvidence e : evidence) {
            Kind kind = of(e, acronyms);
            kinds.add(kind);
            if (kind == Kind.PERSON) {
                for (String w : e.words()) {
                    personWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
            String based = kind == Kind.ORGANISATION ? afterBased(e.words()) : null;
            if (based != null) {
                bodies.add(based); // "Pfizer announced" after "New York-based Pfizer" is the company
            }
        }
        for (int c = 0; c < kinds.size(); c++) {
            CandidateEvidence e = evidence.get(c);
            if (kinds.get(c) == Kind.OTHER && e.words().size() == 1 && isWholePlace(e)
                    && personWords.contains(e.words().get(0).toLowerCase(Locale.ROOT))) {
                kinds.set(c, of(e, acronyms, false)); // "Jackson said" after "Samuel L. Jackson"
            }
            if (e.organisationContext() && mayBeBody(e)) {
                bodies.add(e.text().toLowerCase(Locale.ROOT));
            }
        }
        for (int c = 0; c < kinds.size() && !bodies.isEmpty(); c++) {
            if (kinds.get(c) == Kind.PERSON && evidence.get(c).words().size() > 1) {
                bodies.remove(evidence.get(c).surname().toLowerCase(Locale.ROOT)); // "Clinton" of "Hillary Clinton" is her
            }
        }
        if (!bodies.isEmpty()) {
            for (int c = 0; c < kinds.size(); c++) {
                CandidateEvidence e = evidence.get(c);
                if (kinds.get(c) != Kind.ORGANISATION && mayBeBody(e) && bodies.contains(e.text().toLowerCase(Locale.ROOT))) {
                    kinds.set(c, Kind.ORGANISATION); // "Goldman Sachs said" where the article also writes "Goldman Sachs analysts"
                }
            }
        }
        return promoteBySurname(evidence, kinds);
    }

    /** No title, honorific or role before it, and not in the headline: what it names is open to the words around it. */
    private static boolean mayBeBody(CandidateEvidence e) {
        return !e.titled() && !e.honorific() && e.roleBefore() == null && !e.inHeadline();
    }

    /** The kind of one candidate on its own evidence. */
    static Kind of(CandidateEvidence e, Set<String> acronyms) {
        return of(e, acronyms, true);
    }

    /**
     * @param places whether a run that is the whole name of a place ({@code places.tsv}) is that
     *     place; false for a one-word place that is also a word of a person the article names
     */
    private static Kind of(CandidateEvidence e, Set<String> acronyms, boolean places) {
        List<String> words = e.words();
        int n = words.size();
        if (e.inHeadline()) {
            return Kind.OTHER;
        }
        if (n == 1 && (acronyms.contains(words.get(0)) || acronyms.contains(Acronyms.beforeHyphen(words.get(0))))
                || e.organisationWords()
                || n > 2 && words.contains("&") && !e.honorific() // "Johnson & Johnson": pairs of people are split (NameFinder)
                || n > 1 && !e.honorific() && acronyms.contains(e.text())
                || n > 1 && !e.honorific() && basedSomewhere(words)) {
            return Kind.ORGANISATION;
        }
        if (n == 1 && !e.titled() && PLATFORMS.contains(words.get(0))) {
            return Kind.OTHER; // "Ms Sturgeon's Facebook post": where words are posted, no one who speaks
        }
        if (isPlace(e) || places && isWholePlace(e)) {
            return Kind.OTHER; // "Bustos Dam", "Hewitt Road", "New York": a place, whoever is named near it
        }
        boolean person = e.honorific()
                || e.firstNameKnown() && n >= 2
                || e.roleBefore() != null
                || n >= 2 && e.cueNearby()
                || n >= 2 && e.personAfter();
        if (n >= 2 && person) {
            return Kind.PERSON;
        }
        if (n == 1 && !e.titled() && e.opensSentence()) {
            return Kind.OTHER; // "Doctors claim…" where "doctors" is written small elsewhere
        }
        if (n == 1 && (e.titled() || e.cueNearby() && !isAcronym(words.get(0)))) {
            return Kind.SINGLE_PERSON; // but "EFF agrees", "CPS said": a body's initials, whatever verb follows
        }
        return n == 1 ? Kind.SINGLE : Kind.OTHER;
    }

    /** "New York-based Pfizer", "Mumbai-based Mahanagar Gas": a body said to be based somewhere, never a person. */
    private static boolean basedSomewhere(List<String> words) {
        return afterBased(words) != null;
    }

    /** The words after the last "…-based" word, in lower case ("pfizer"); null when there is none or nothing follows. */
    private static String afterBased(List<String> words) {
        for (int k = words.size() - 2; k >= 0; k--) {
            if (words.get(k).endsWith("-based")) {
                return String.join(" ", words.subList(k + 1, words.size())).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Two to five capital letters: initials, not a person's one name. */
    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 5) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A run of two or more words ending in a place word ({@code place-words.tsv}), with no title before it. */
    private static boolean isPlace(CandidateEvidence e) {
        List<String> words = e.words();
        return words.size() >= 2 && !e.honorific() && PLACES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * A run that is the whole name of a well-known place ({@code places.tsv}: "New York" in "the
     * mayor of Rochester, New York, said"), with no title before it ("Ms Georgia", "Mr Jackson").
     */
    private static boolean isWholePlace(CandidateEvidence e) {
        return !e.titled() && Places.isPlace(e.words());
    }

    /**
     * A surname alone that speaks or is titled ("Holmes said", "Ms Gibney") is evidence that an
     * earlier run ending in that surname ("DaRon Holmes II") names a person: that run becomes one,
     * unless it stands in the headline ("Black Lawmakers Rip Donald Trump"); so is the first word
     * of a two-word run alone ("Ellis said" after "Ellis Bennett").
     */
    private static List<Kind> promoteBySurname(List<CandidateEvidence> evidence, List<Kind> kinds) {
        Map<String, Integer> firstSpeaker = new HashMap<>();
        for (int c = 0; c < kinds.size(); c++) {
            if (kinds.get(c) == Kind.SINGLE_PERSON) {
                firstSpeaker.putIfAbsent(evidence.get(c).words().get(0), c);
            }
        }
        // a word that is a person's surname ("Trump said", never "Trump Tower"'s given name), a
        // place, or opens two names ("Nissan Leaf", "Nissan Qashqai": a maker's models) is no given name
        Set<String> notGiven = new HashSet<>();
        Map<String, String> opened = new HashMap<>();
        for (int c = 0; c < kinds.size(); c++) {
            CandidateEvidence e = evidence.get(c);
            if (kinds.get(c) == Kind.PERSON) {
                notGiven.add(e.surname());
            }
            if (e.words().size() > 1) {
                String before = opened.putIfAbsent(e.words().get(0), e.text());
                if (before != null && !before.equals(e.text())) {
                    notGiven.add(e.words().get(0));
                }
            } else if (Places.isPlace(e.words())) {
                notGiven.add(e.words().get(0));
            }
        }
        List<Kind> out = new ArrayList<>(kinds);
        for (int c = 0; c < kinds.size(); c++) {
            CandidateEvidence e = evidence.get(c);
            if (kinds.get(c) != Kind.OTHER || e.words().size() < 2 || e.inHeadline() || isPlace(e) || isWholePlace(e)) {
                continue; // a headline's runs are no names, whoever speaks later
            }
            Integer speaker = firstSpeaker.get(e.surname());
            if (speaker == null && e.words().size() == 2 && !notGiven.contains(e.words().get(0))) {
                // "best friend Ellis Bennett … Ellis said": news calls ordinary people by the given
                // name, which the name list may not know
                speaker = firstSpeaker.get(e.words().get(0));
            }
            if (speaker != null && speaker >= c) {
                out.set(c, Kind.PERSON_BY_SURNAME);
            }
        }
        return List.copyOf(out);
    }
}
