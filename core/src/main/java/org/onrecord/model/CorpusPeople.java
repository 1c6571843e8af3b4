package org.onrecord.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which corpus-wide person each article's person is: the rule the store and the Spark job's
 * {@code speakers} table share, so that both count the same people.
 *
 * <p>A full name is its {@link NameKey}: "Sir Keir Starmer" and "Keir Starmer" are one person,
 * "Jane Smith" and "John Smith" two; forms an article gives one person ("Donald J. Trump" beside
 * "Donald Trump") are one person across the corpus too ({@link #fullNames}). A surname alone ("Obama" in an article that never gives the
 * full name) joins a full-named person only on evidence: the corpus must hold articles that name
 * that person in full and also call them by the surname alone (the engine's alias); among such
 * people, one whose gender contradicts the article's is left out ("Mrs. Obama" is not Barack
 * Obama), one sharing a role with it is preferred ("President Obama"), and what is left must be one
 * person, or one that holds at least {@link #DOMINANT} of that evidence (counted in articles).
 * Otherwise the surname stays a person of its own. It never joins a full name named in its own
 * article: the engine kept those apart on purpose.
 *
 * <p>The rule reads only people who share a surname (the last word of the key), so a caller may
 * apply it to one surname's people at a time ({@link #surname}) and get the same answer.
 */
public final class CorpusPeople {
    /** The share of the surname's evidence a person must hold to take an otherwise ambiguous surname. */
    public static final double DOMINANT = 0.9;

    private CorpusPeople() {}

    /**
     * One person as one article gives them. Immutable; the name keys are computed once, as the rule
     * reads them many times.
     */
    public static final class Named {
        private final String article;
        private final String name;
        private final List<String> aliases;
        private final List<String> roles;
        private final Gender gender;
        private final String key;
        private final List<String> aliasKeys;

        /** @param article the article's id (any string that tells articles apart) */
        public Named(String article, String name, List<String> aliases, List<String> roles, Gender gender) {
            this.article = article;
            this.name = name;
            this.aliases = List.copyOf(aliases);
            this.roles = List.copyOf(roles);
            this.gender = gender == null ? Gender.UNKNOWN : gender;
            this.key = NameKey.of(name);
            this.aliasKeys = this.aliases.stream().map(NameKey::of).toList();
        }

        public String article() {
            return article;
        }

        public String name() {
            return name;
        }

        public List<String> aliases() {
            return aliases;
        }

        public List<String> roles() {
            return roles;
        }

        public Gender gender() {
            return gender;
        }

        String key() {
            return key;
        }

        @Override
        public String toString() {
            return article + ": " + name + " " + aliases + " " + roles + " " + gender;
        }
    }

    /** The surname a name is grouped under: its key's last word ("" for a name with no letters). */
    public static String surname(String name) {
        String key = NameKey.of(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** The corpus key of each person, in the order given (a name with no letters keeps its stripped form). */
    public static List<String> keys(List<Named> people) {
        Map<String, List<Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            String key = people.get(i).key();
            bySurname.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(i);
        }
        String[] out = new String[people.size()];
        for (List<Integer> group : bySurname.values()) {
            List<Named> named = new ArrayList<>();
            group.forEach(i -> named.add(people.get(i)));
            List<String> keys = sameSurname(named);
            for (int j = 0; j < group.size(); j++) {
                out[group.get(j)] = keys.get(j);
            }
        }
        return List.of(out);
    }

    /** {@link #keys} for people who all share one surname. */
    private static List<String> sameSurname(List<Named> people) {
        Map<String, String> canonical = fullNames(people);
        Map<String, Evidence> full = new HashMap<>();
        Set<String> articlesWithFullName = new HashSet<>();
        for (Named p : people) {
            String key = p.key();
            if (key.indexOf(' ') > 0) {
                full.computeIfAbsent(canonical.get(key), k -> new Evidence()).add(p);
                articlesWithFullName.add(p.article());
            }
        }
        List<String> out = new ArrayList<>(people.size());
        for (Named p : people) {
            String key = p.key();
            if (key.indexOf(' ') > 0) {
                out.add(canonical.get(key));
                continue;
            }
            String joined = !key.isEmpty() && !articlesWithFullName.contains(p.article()) ? join(p, key, full) : null;
            out.add(joined != null ? joined : key.isEmpty() ? p.name().strip() : key);
        }
        return out;
    }

    /**
     * Each full name's key under the corpus: its own, or that of the name an article gave the same person
     * in another form ("Donald J. Trump" for "Donald Trump": the engine joins forms that share first and
     * last word). A shorter form that articles give to two different longer ones ("George Bush" for
     * "George W. Bush" and "George H. W. Bush") joins neither, and so does not join them to each other.
     * Joined forms take the key of the one most articles use (on a tie, the shortest).
     */
    private static Map<String, String> fullNames(List<Named> people) {
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, Set<String>> linked = new HashMap<>();
        for (Named p : people) {
            String key = p.key();
            if (key.indexOf(' ') < 0) {
                continue;
            }
            articles.computeIfAbsent(key, k -> new HashSet<>()).add(p.article());
            linked.computeIfAbsent(key, k -> new HashSet<>());
            for (String other : p.aliasKeys) {
                if (other.indexOf(' ') > 0 && !other.equals(key)) {
                    linked.get(key).add(other);
                    linked.computeIfAbsent(other, k -> new HashSet<>()).add(key);
                }
            }
        }
        Map<String, String> root = new HashMap<>();
        linked.keySet().forEach(k -> root.put(k, k));
        linked.forEach((key, others) -> {
            for (String other : others) {
                String shorter = key.split(" ").length <= other.split(" ").length ? key : other;
                if (linked.get(shorter).size() == 1) {
                    union(root, key, other, articles);
                }
            }
        });
        Map<String, String> out = new HashMap<>();
        linked.keySet().forEach(k -> out.put(k, find(root, k)));
        return out;
    }

    private static String find(Map<String, String> root, String key) {
        String r = key;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }

    /**
     * Joins two forms under the one more articles use (on a tie the shorter, then the smaller key), so the
     * result is free of order.
     */
    private static void union(Map<String, String> root, String a, String b, Map<String, Set<String>> articles) {
        String ra = find(root, a);
        String rb = find(root, b);
        if (ra.equals(rb)) {
            return;
        }
        int na = articles.getOrDefault(ra, Set.of()).size();
        int nb = articles.getOrDefault(rb, Set.of()).size();
        int wa = ra.split(" ").length;
        int wb = rb.split(" ").length;
        boolean aWins = na > nb || na == nb && (wa < wb || wa == wb && ra.compareTo(rb) < 0);
        root.put(aWins ? rb : ra, aWins ? ra : rb);
    }

    private static String join(Named p, String surname, Map<String, Evidence> full) {
        Map<String, Integer> candidates = new HashMap<>();
        full.forEach((key, e) -> {
            int articles = e.surnameAlone(surname);
            if (articles > 0 && (p.gender() == Gender.UNKNOWN || e.gender() == Gender.UNKNOWN || e.gender() == p.gender())) {
                candidates.put(key, articles);
            }
        });
        Set<String> roles = lower(p.roles());
        Map<String, Integer> sharingRole = new HashMap<>();
        candidates.forEach((key, n) -> {
            if (full.get(key).roles.stream().anyMatch(roles::contains)) {
                sharingRole.put(key, n);
            }
        });
        return dominant(sharingRole.isEmpty() ? candidates : sharingRole);
    }

    private static String dominant(Map<String, Integer> candidates) {
        String best = null;
        int total = 0;
        for (Map.Entry<String, Integer> e : candidates.entrySet()) {
            total += e.getValue();
            if (best == null || e.getValue() > candidates.get(best)
                    || e.getValue().equals(candidates.get(best)) && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best != null && candidates.get(best) >= DOMINANT * total ? best : null;
    }

    private static Set<String> lower(List<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    /** What the corpus says of one full name: where it is called by the surname alone, its gender, its roles. */
    private static final class Evidence {
        final Map<String, Set<String>> articlesByAliasKey = new HashMap<>();
        final Set<String> roles = new HashSet<>();
        int male;
        int female;

        void add(Named p) {
            for (String aliasKey : p.aliasKeys) {
                articlesByAliasKey.computeIfAbsent(aliasKey, k -> new HashSet<>()).add(p.article());
            }
            roles.addAll(lower(p.roles()));
            male += p.gender() == Gender.MALE ? 1 : 0;
            female += p.gender() == Gender.FEMALE ? 1 : 0;
        }

        int surnameAlone(String surname) {
            return articlesByAliasKey.getOrDefault(surname, Set.of()).size();
        }

        /** The gender most articles give, UNKNOWN when none or as many say each. */
        Gender gender() {
            return male > female ? Gender.MALE : female > male ? Gender.FEMALE : Gender.UNKNOWN;
        }
    }
}
