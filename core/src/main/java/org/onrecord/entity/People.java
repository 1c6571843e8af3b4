package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.onrecord.model.Gender;

/**
 * The people of an article and which candidate names whom: full names make people, and short
 * names join the person whose name they are part of ("Starmer" joins "Keir Starmer").
 *
 * @param people the people, in index order
 * @param personOf for each candidate, the index of the person it names, or -1
 * @param candidatesOf for each person, the candidates that name them, in text order: the later
 *     steps read one person's candidates from here, never by scanning all candidates per person
 *     (which costs people × candidates, quadratic in a long text)
 */
record People(List<Person> people, List<Integer> personOf, List<List<Integer>> candidatesOf) {
    People {
        people = List.copyOf(people);
        personOf = List.copyOf(personOf);
        candidatesOf = candidatesOf.stream().map(List::copyOf).toList();
    }

    People(List<Person> people, List<Integer> personOf) {
        this(people, personOf, byPerson(people.size(), personOf));
    }

    private static List<List<Integer>> byPerson(int people, List<Integer> personOf) {
        List<List<Integer>> out = new ArrayList<>(people);
        for (int p = 0; p < people; p++) {
            out.add(new ArrayList<>());
        }
        for (int c = 0; c < personOf.size(); c++) {
            if (personOf.get(c) >= 0) {
                out.get(personOf.get(c)).add(c);
            }
        }
        return out;
    }

    /** A person's fullest name and the surname short mentions may use. */
    record Person(String name, String surname) {
        List<String> words() {
            return List.of(name.split(" "));
        }
    }

    /**
     * Full names longer than this are not looked for inside other runs: real names have at most
     * seven words (PolNeAR train and dev), and the bound keeps {@code partOfFullName} linear.
     */
    static final int MAX_NAME_WORDS = 12;

    static People cluster(List<CandidateEvidence> evidence, List<Kind> kinds) {
        return new Clusterer().run(evidence, kinds);
    }

    /**
     * Reads the candidates in order. Its state is local to one run: which person a single word
     * joins depends on who was named most recently, so the order of reading matters.
     */
    private static final class Clusterer {
        final List<Person> people = new ArrayList<>();
        final Map<String, Integer> byFullName = new HashMap<>();
        final Map<String, Integer> singles = new HashMap<>();
        final Map<String, List<Integer>> bySurname = new HashMap<>();
        final Map<String, Integer> byFirstName = new HashMap<>();
        final List<Integer> lastSeen = new ArrayList<>();
        final List<Boolean> spoke = new ArrayList<>();
        final List<Boolean> calledBySurname = new ArrayList<>();
        final Map<String, Set<Integer>> lengthsByFirstWord = new HashMap<>();
        final Set<String> fullNames = new HashSet<>();
        final Map<String, List<String>> tails = new HashMap<>(); // lower-case tail of a full name → that name
        static final List<String> AMBIGUOUS = List.of();
        /** For each word titled alone ("Ms Ardern"), how often a female and how often a male title stands before it. */
        final Map<String, int[]> titledAs = new HashMap<>();

        People run(List<CandidateEvidence> evidence, List<Kind> kinds) {
            for (int c = 0; c < kinds.size(); c++) {
                Gender g = evidence.get(c).titleGender();
                if (kinds.get(c) == Kind.SINGLE_PERSON && (g == Gender.FEMALE || g == Gender.MALE)) {
                    titledAs.computeIfAbsent(evidence.get(c).words().get(0), k -> new int[2])[g == Gender.FEMALE ? 0 : 1]++;
                }
            }
            for (int c = 0; c < kinds.size(); c++) {
                if (kinds.get(c) == Kind.PERSON || kinds.get(c) == Kind.PERSON_BY_SURNAME) {
                    fullNames.add(key(evidence.get(c).words()));
                    indexTails(evidence.get(c).words());
                }
            }
            // evidenced full names are numbered first, then those a speaking surname promoted
            for (Kind wanted : List.of(Kind.PERSON, Kind.PERSON_BY_SURNAME)) {
                for (int c = 0; c < kinds.size(); c++) {
                    if (kinds.get(c) == wanted) {
                        CandidateEvidence e = evidence.get(c);
                        List<String> name = fullName(e.words());
                        Integer known = byFullName.get(key(name));
                        if (known == null) {
                            byFullName.put(key(name), add(new Person(String.join(" ", name), e.surname()), false));
                        } else if (name.size() > people.get(known).words().size()) {
                            // "Nayab Saini" then "Nayab Singh Saini": one person (same first and last
                            // word), known by the fullest name the article gives, wherever it comes
                            people.set(known, new Person(String.join(" ", name), people.get(known).surname()));
                        }
                    }
                }
            }
            for (int p = 0; p < people.size(); p++) {
                index(p);
            }
            indexFullNameLengths();
            List<Integer> personOf = new ArrayList<>(kinds.size());
            for (int c = 0; c < kinds.size(); c++) {
                List<String> words = evidence.get(c).words();
                Kind kind = kinds.get(c);
                Integer person = switch (kind) {
                    case PERSON, PERSON_BY_SURNAME -> byFullName.get(key(fullName(words)));
                    case SINGLE_PERSON, SINGLE -> joinSingle(words.get(0), kind == Kind.SINGLE_PERSON,
                            evidence.get(c).titleGender(), evidence.get(c).speaks());
                    case OTHER -> partOfFullName(words);
                    case ORGANISATION -> null;
                };
                if (person == null && (kind == Kind.SINGLE || kind == Kind.SINGLE_PERSON) && evidence.get(c).relativeOf() != null) {
                    person = relative(words.get(0), evidence.get(c).relativeOf());
                }
                if (person == null && kind == Kind.SINGLE_PERSON) {
                    person = misspelt(words.get(0), evidence.get(c).titleGender());
                    if (person != null) {
                        bySurname.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(person); // the later mentions too
                    }
                }
                if (person == null && kind == Kind.SINGLE_PERSON) {
                    person = add(new Person(words.get(0), words.get(0)), true);
                    byFullName.put(key(words), person);
                }
                if (person != null) {
                    lastSeen.set(person, c);
                    spoke.set(person, spoke.get(person) || evidence.get(c).speaks());
                    boolean bySurname = (kind == Kind.SINGLE || kind == Kind.SINGLE_PERSON)
                            && words.get(0).equals(people.get(person).surname()) && people.get(person).words().size() > 1;
                    calledBySurname.set(person, calledBySurname.get(person) || bySurname);
                }
                personOf.add(person == null ? -1 : person);
            }
            return new People(people, personOf);
        }

        /**
         * The words of a full name, or of the full name they end in when a caption word or
         * description the name finder could not tell apart stands before a known given name
         * ("Strictlys Nicola Adams", "Passenger Safwan Choudhry" where the article also writes
         * "Nicola Adams").
         */
        private List<String> fullName(List<String> words) {
            if (FirstNames.contains(words.get(0))) {
                return words; // "George Nathaniel Curzon", "Jacob Blake Sr": a given name opens it already
            }
            List<String> longer = tails.get(String.join(" ", words).toLowerCase(Locale.ROOT));
            if (longer != null && longer != AMBIGUOUS) {
                return longer; // "Ntim Fordjour" of a headline is the "John Ntim Fordjour" of the body
            }
            for (int k = 1; k + 1 < words.size(); k++) {
                if (FirstNames.contains(words.get(k)) && fullNames.contains(key(words.subList(k, words.size())))) {
                    return words.subList(k, words.size());
                }
            }
            return words;
        }

        /**
         * Registers the two-or-more-word tails of a full name opened by a known given name ("Ntim
         * Fordjour" of "John Ntim Fordjour"), so that a run which is only the tail names that person;
         * a tail of two different full names names neither.
         */
        private void indexTails(List<String> words) {
            if (words.size() < 3 || words.size() > MAX_NAME_WORDS || !FirstNames.contains(words.get(0))) {
                return;
            }
            for (int from = 1; from + 2 <= words.size(); from++) {
                String tail = String.join(" ", words.subList(from, words.size())).toLowerCase(Locale.ROOT);
                List<String> before = tails.putIfAbsent(tail, words);
                if (before != null && before != AMBIGUOUS && !key(before).equals(key(words))) {
                    tails.put(tail, AMBIGUOUS);
                }
            }
        }

        private int add(Person p, boolean index) {
            people.add(p);
            lastSeen.add(0);
            spoke.add(false);
            calledBySurname.add(false);
            if (index) {
                index(people.size() - 1);
            }
            return people.size() - 1;
        }

        /** Makes a person findable by the single words a short mention may use. */
        private void index(int p) {
            Person person = people.get(p);
            List<String> words = person.words();
            if (words.size() < 2) {
                singles.putIfAbsent(person.name(), p);
            }
            bySurname.computeIfAbsent(person.surname(), k -> new ArrayList<>()).add(p);
            if (words.size() >= 2) {
                byFirstName.putIfAbsent(words.get(0), p);
            }
        }

        /**
         * A one-person name first (unless titled), else the surname most recently seen, else a first
         * name. A gendered title ("Mr Robertson") skips a namesake whose first name says otherwise
         * ("Dorothy Robertson") and prefers one whose first name says the same ("Bradley" over
         * "Casey"): with no namesake left, a titled word makes a person of its own.
         * A surname that speaks ("Omar said") joins the namesake who has spoken before ("said
         * Rashid Omar, whose son Tariq Omar was killed"), if one has; then the one the article
         * already calls by the bare surname ("Carter" stays Jimmy Carter after "his wife Rosalynn
         * Carter": news names a relative by the first name), if one is.
         */
        private Integer joinSingle(String word, boolean titled, Gender titleGender, boolean speaks) {
            if (!titled) {
                Integer single = singles.get(word);
                if (single != null) {
                    return single;
                }
            }
            Integer bySurnameBest = null;
            List<Integer> namesakes = bySurname.getOrDefault(word, List.of());
            // "Mr Victory": Bradley Victory, not his daughter Casey, whose name says neither; and
            // "Ms Ardern" stays Jacinda even when a namesake of no known first name spoke by name
            boolean anyAgrees = false;
            for (int k = 0; !anyAgrees && k < namesakes.size(); k++) { // loops, not streams: asked for every single word
                anyAgrees = agrees(namesakes.get(k), titleGender);
            }
            boolean speakerAmong = false;
            for (int k = 0; speaks && !speakerAmong && k < namesakes.size(); k++) {
                int p = namesakes.get(k);
                speakerAmong = spoke.get(p) && fits(p, titleGender, anyAgrees);
            }
            boolean calledAmong = false;
            for (int k = 0; !calledAmong && k < namesakes.size(); k++) {
                int p = namesakes.get(k);
                calledAmong = calledBySurname.get(p) && fits(p, titleGender, anyAgrees) && (spoke.get(p) || !speakerAmong);
            }
            boolean agreeing = false;
            for (int p : namesakes) {
                if (!fits(p, titleGender, anyAgrees) || speakerAmong && !spoke.get(p) || calledAmong && !calledBySurname.get(p)) {
                    continue;
                }
                boolean agrees = agrees(p, titleGender);
                if (agreeing && !agrees) {
                    continue;
                }
                if (bySurnameBest == null || agrees && !agreeing || lastSeen.get(p) > lastSeen.get(bySurnameBest)) {
                    bySurnameBest = p;
                    agreeing = agrees;
                }
            }
            if (bySurnameBest != null) {
                return bySurnameBest;
            }
            if (titled && titleSlip(word, titleGender, namesakes)) {
                return namesakes.get(0);
            }
            // "Mr. Obama" after "Michelle Obama" is a surname: never the first word of "Obama Speech"
            // ("Mr. Ban" still finds "Ban Ki-moon", who has no namesake)
            return namesakes.isEmpty() ? byFirstName.get(word) : null;
        }

        /**
         * "Mr Ardern said" in an article that writes "Jacinda Ardern" and "Ms Ardern" again and again:
         * a title that contradicts the one namesake's first name is a slip of the pen when it is the
         * only such title the surname gets and the other gender's title stands before it at least
         * twice. "Mr Obama" after "Michelle Obama" stays apart: the husband is "Mr Obama" more than once.
         */
        private boolean titleSlip(String word, Gender titleGender, List<Integer> namesakes) {
            if (namesakes.size() != 1 || people.get(namesakes.get(0)).words().size() < 2 || !contradicts(namesakes.get(0), titleGender)) {
                return false;
            }
            int[] counts = titledAs.get(word);
            int same = titleGender == Gender.FEMALE ? 0 : 1;
            return counts != null && counts[same] == 1 && counts[1 - same] >= 2;
        }

        /** The shortest surname, and titled or speaking word, that {@link #misspelt} compares. */
        static final int MIN_MISSPELT = 5;

        /**
         * "Mr Surpon" after "John Supron", "said Mocho" after "Thato Moncho", "Mr Paukula" after
         * "Martin Pakula": a titled or speaking word that is no one's surname or given name, one
         * letter off (one letter added, dropped, changed, or two side by side swapped) the surname
         * of exactly one person the article names in full, is that surname misspelt; else null.
         * Both words have at least {@link #MIN_MISSPELT} letters and the same first letter, and a
         * title's gender does not contradict the person's first name ("Ms Mawhinnew" is not "Ben
         * Mawhinnews"). The one-letter-dropped forms of the surnames are indexed once, so each word
         * costs a few look-ups.
         */
        private Integer misspelt(String word, Gender titleGender) {
            if (word.length() < MIN_MISSPELT || FirstNames.contains(word) || bySurname.containsKey(word)) {
                return null;
            }
            if (dropped == null) {
                dropped = new HashMap<>();
                for (int p = 0; p < people.size(); p++) {
                    String surname = people.get(p).surname();
                    if (people.get(p).words().size() >= 2 && surname.length() >= MIN_MISSPELT) {
                        for (String d : oneDropped(surname)) {
                            dropped.computeIfAbsent(d, k -> new TreeSet<>()).add(p);
                        }
                    }
                }
            }
            Set<Integer> found = new TreeSet<>();
            for (String d : oneDropped(word)) {
                for (int p : dropped.getOrDefault(d, Set.of())) {
                    String surname = people.get(p).surname();
                    if (!surname.equals(word) && surname.charAt(0) == word.charAt(0) && oneLetterOff(surname, word)
                            && !contradicts(p, titleGender)) {
                        found.add(p);
                    }
                }
            }
            return found.size() == 1 ? found.iterator().next() : null;
        }

        /** For each surname's forms with one letter dropped, and the surname itself, the people of it; built on first use. */
        private Map<String, Set<Integer>> dropped;

        /** The word itself and every form of it with one letter dropped. */
        private static List<String> oneDropped(String w) {
            List<String> out = new ArrayList<>(w.length() + 1);
            out.add(w);
            for (int i = 0; i < w.length(); i++) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            return out;
        }

        /** One letter added, dropped or changed, or two side by side swapped (Damerau distance 1). */
        static boolean oneLetterOff(String a, String b) {
            if (a.length() == b.length()) {
                int first = -1;
                int diffs = 0;
                for (int i = 0; i < a.length(); i++) {
                    if (a.charAt(i) != b.charAt(i)) {
                        if (diffs++ == 0) {
                            first = i;
                        }
                    }
                }
                return diffs == 1 || diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                        && a.charAt(first + 1) == b.charAt(first) && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
            }
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            if (longer.length() != shorter.length() + 1) {
                return false;
            }
            int i = 0;
            while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
                i++;
            }
            return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
        }

        /**
         * "Kula's father Solomon": a person of the given name and the family name of the person whose
         * surname the possessive is, known by the given name alone from then on; null when it is no
         * known person's surname. Not by a given name ("Lauren's mother Cheryl"): on the unlabelled
         * articles that named junk runs' relatives as often as real ones. The family name is not
         * indexed as a surname: "Kula" still names the one the article calls so.
         */
        private Integer relative(String given, String owner) {
            List<Integer> namesakes = bySurname.getOrDefault(owner, List.of());
            Integer of = namesakes.isEmpty() ? null : namesakes.get(namesakes.size() - 1);
            if (of == null || people.get(of).words().size() < 2) {
                return null;
            }
            String family = people.get(of).surname();
            List<String> name = List.of(given, family);
            Integer known = byFullName.get(key(name));
            if (known != null) {
                return known;
            }
            int p = add(new Person(given + " " + family, family), false);
            byFullName.put(key(name), p);
            byFirstName.putIfAbsent(given, p);
            return p;
        }

        /**
         * The person may be the one a title names: not of the other gender, and not a bare surname
         * (a person a titled mention made, "Mr Ardern") when a full namesake's first name agrees.
         */
        private boolean fits(int person, Gender titleGender, boolean anyAgrees) {
            return !contradicts(person, titleGender) && !(anyAgrees && people.get(person).words().size() == 1);
        }

        /** The person's first name gives the gender a title does. */
        private boolean agrees(int person, Gender titleGender) {
            return titleGender != Gender.UNKNOWN && FirstNames.gender(people.get(person).words().get(0)) == titleGender;
        }

        /** The person's first name gives the other gender than a title does. */
        private boolean contradicts(int person, Gender titleGender) {
            if (titleGender == Gender.UNKNOWN) {
                return false;
            }
            Gender named = FirstNames.gender(people.get(person).words().get(0));
            return named != Gender.UNKNOWN && named != titleGender;
        }

        /**
         * For each first word (lower case) of a known full name, the lengths in words that such
         * names have, shortest first: the only sub-runs {@link #partOfFullName} need look up.
         */
        private void indexFullNameLengths() {
            for (Map.Entry<String, Integer> e : byFullName.entrySet()) {
                int space = e.getKey().indexOf(' ');
                int length = people.get(e.getValue()).words().size();
                if (space > 0 && length >= 2 && length <= MAX_NAME_WORDS) {
                    lengthsByFirstWord.computeIfAbsent(e.getKey().substring(0, space), k -> new TreeSet<>()).add(length);
                }
            }
        }

        /**
         * "Sarwar’s Scottish Labour" aside, a run that holds a known full name is that person: the
         * first (leftmost, then shortest) sub-run whose first and last words key a full name of
         * its length. Only the lengths known names have are tried, so a run of n words costs at
         * most n × {@link #MAX_NAME_WORDS} look-ups, not n².
         */
        private Integer partOfFullName(List<String> words) {
            for (int from = 0; from < words.size(); from++) {
                Set<Integer> lengths = lengthsByFirstWord.get(words.get(from).toLowerCase(Locale.ROOT));
                if (lengths == null) {
                    continue;
                }
                for (int length : lengths) {
                    int to = from + length;
                    if (to > words.size()) {
                        break;
                    }
                    if (length == words.size()) {
                        continue;
                    }
                    Integer p = byFullName.get(key(words.subList(from, to)));
                    if (p != null && people.get(p).words().size() == length) {
                        return p;
                    }
                }
            }
            return null;
        }
    }

    /** Full names are known by first and last word, so "Keir Rodney Starmer" is "Keir Starmer". */
    static String key(List<String> words) {
        String k = words.size() >= 2 ? words.get(0) + " " + words.get(words.size() - 1) : words.get(0);
        return k.toLowerCase(Locale.ROOT);
    }
}
