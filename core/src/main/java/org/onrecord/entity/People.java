package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people of an article and which candidate names whom: full names make people, and short
 * names join the person whose name they are part of ("Starmer" joins "Keir Starmer").
 *
 * @param people the people, in index order
 * @param personOf for each candidate, the index of the person it names, or -1
 */
record People(List<Person> people, List<Integer> personOf) {
    People {
        people = List.copyOf(people);
        personOf = List.copyOf(personOf);
    }

    /** A person's fullest name and the surname short mentions may use. */
    record Person(String name, String surname) {
        List<String> words() {
            return List.of(name.split(" "));
        }
    }

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

        People run(List<CandidateEvidence> evidence, List<Kind> kinds) {
            // evidenced full names are numbered first, then those a speaking surname promoted
            for (Kind wanted : List.of(Kind.PERSON, Kind.PERSON_BY_SURNAME)) {
                for (int c = 0; c < kinds.size(); c++) {
                    if (kinds.get(c) == wanted) {
                        CandidateEvidence e = evidence.get(c);
                        byFullName.computeIfAbsent(key(e.words()),
                                k -> add(new Person(e.text(), e.surname()), false));
                    }
                }
            }
            for (int p = 0; p < people.size(); p++) {
                index(p);
            }
            List<Integer> personOf = new ArrayList<>(kinds.size());
            for (int c = 0; c < kinds.size(); c++) {
                List<String> words = evidence.get(c).words();
                Kind kind = kinds.get(c);
                Integer person = switch (kind) {
                    case PERSON, PERSON_BY_SURNAME -> byFullName.get(key(words));
                    case SINGLE_PERSON, SINGLE -> joinSingle(words.get(0), kind == Kind.SINGLE_PERSON);
                    case OTHER -> partOfFullName(words);
                    case ORGANISATION -> null;
                };
                if (person == null && kind == Kind.SINGLE_PERSON) {
                    person = add(new Person(words.get(0), words.get(0)), true);
                    byFullName.put(key(words), person);
                }
                if (person != null) {
                    lastSeen.set(person, c);
                }
                personOf.add(person == null ? -1 : person);
            }
            return new People(people, personOf);
        }

        private int add(Person p, boolean index) {
            people.add(p);
            lastSeen.add(0);
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

        /** A one-person name first (unless titled), else the surname most recently seen, else a first name. */
        private Integer joinSingle(String word, boolean titled) {
            if (!titled) {
                Integer single = singles.get(word);
                if (single != null) {
                    return single;
                }
            }
            Integer bySurnameBest = null;
            for (int p : bySurname.getOrDefault(word, List.of())) {
                if (bySurnameBest == null || lastSeen.get(p) > lastSeen.get(bySurnameBest)) {
                    bySurnameBest = p;
                }
            }
            return bySurnameBest != null ? bySurnameBest : byFirstName.get(word);
        }

        /** "Sarwar’s Scottish Labour" aside, a run that holds a known full name is that person. */
        private Integer partOfFullName(List<String> words) {
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 2; to <= words.size(); to++) {
                    if (to - from == words.size()) {
                        continue;
                    }
                    Integer p = byFullName.get(key(words.subList(from, to)));
                    if (p != null && people.get(p).words().size() == to - from) {
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
