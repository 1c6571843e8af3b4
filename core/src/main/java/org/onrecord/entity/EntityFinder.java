package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.model.Organisation;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Builds an article's {@link Entities}: classifies name candidates as people or organisations,
 * joins short names to full ones ("Starmer" to "Keir Starmer"), and gathers roles and gender.
 */
public final class EntityFinder {
    private EntityFinder() {}

    /**
     * @param quoted the spans of quoted content, in text order: names inside them still join
     *     their person, but are marked so that pronouns are not resolved to them
     */
    public static Entities find(Tokens tokens, List<Span> quoted) {
        List<NameCandidate> candidates = NameFinder.find(tokens);
        OrganisationIndex orgs = new OrganisationIndex();
        Set<String> acronyms = new java.util.HashSet<>();
        for (Organisation o : Acronyms.find(tokens)) {
            orgs.add(o);
            acronyms.addAll(o.acronyms());
        }
        List<Builder> people = new ArrayList<>();
        Map<String, Builder> byFullName = new HashMap<>();
        Candidate[] kinds = new Candidate[candidates.size()];
        CommonWords common = new CommonWords(tokens);
        int headline = Headline.length(tokens);
        // Pass 1: full names (two words or more) and titled or first-named people make the people.
        for (int c = 0; c < candidates.size(); c++) {
            NameCandidate nc = candidates.get(c);
            String[] words = words(tokens, nc);
            if (nc.first() < headline) {
                kinds[c] = Candidate.OTHER;
                continue;
            }
            if (isOrganisation(tokens, nc, words, acronyms)) {
                kinds[c] = Candidate.ORG;
                continue;
            }
            boolean evidence = nc.titleToken() >= 0 && NameFinder.isTitle(tokens, tokens.get(nc.titleToken()))
                    || FirstNames.contains(words[0]) && words.length >= 2
                    || RoleReader.before(tokens, nc.first()) != null
                    || words.length >= 2 && nearCue(tokens, nc);
            if (words.length >= 2 && evidence) {
                String key = key(words);
                Builder b = byFullName.get(key);
                if (b == null) {
                    b = new Builder(people.size(), String.join(" ", words), surname(tokens, nc));
                    people.add(b);
                    byFullName.put(key, b);
                }
                kinds[c] = Candidate.PERSON;
            } else if (words.length == 1 && nc.titleToken() < 0 && common.opensSentence(nc.first())) {
                kinds[c] = Candidate.OTHER; // "Doctors claim…" where "doctors" is written small elsewhere
            } else if (words.length == 1 && (nc.titleToken() >= 0 || nearCue(tokens, nc))) {
                kinds[c] = Candidate.SINGLE_PERSON;
            } else {
                kinds[c] = words.length == 1 ? Candidate.SINGLE : Candidate.OTHER;
            }
        }
        promoteBySurname(tokens, candidates, kinds, people, byFullName);
        // Pass 2: every mention, in order; single names join the person whose name they are part of.
        PeopleIndex index = new PeopleIndex();
        people.forEach(index::add);
        List<NameMention> mentions = new ArrayList<>();
        int q = 0;
        for (int c = 0; c < candidates.size(); c++) {
            NameCandidate nc = candidates.get(c);
            String[] words = words(tokens, nc);
            Span span = new Span(tokens.get(nc.first()).start(), tokens.get(nc.last()).end());
            while (q < quoted.size() && quoted.get(q).end() <= span.start()) {
                q++;
            }
            boolean inQuote = q < quoted.size() && quoted.get(q).contains(span);
            String text = String.join(" ", words);
            Builder person = switch (kinds[c]) {
                case PERSON -> byFullName.get(key(words));
                case SINGLE_PERSON, SINGLE -> joinSingle(index, words[0], kinds[c] == Candidate.SINGLE_PERSON);
                case OTHER -> partOfFullName(byFullName, words);
                case ORG -> null;
            };
            if (person == null && kinds[c] == Candidate.SINGLE_PERSON) {
                person = new Builder(people.size(), words[0], words[0]);
                people.add(person);
                byFullName.put(key(words), person);
                index.add(person);
            }
            if (person != null) {
                person.lastSeen = c;
                person.alias(text);
                person.title(tokens, nc);
                if (!inQuote) {
                    person.role(RoleReader.before(tokens, nc.first()));
                    person.role(RoleReader.after(tokens, nc.last()));
                }
                mentions.add(new NameMention(span, text, person.index, -1, inQuote));
            } else if (kinds[c] == Candidate.ORG) {
                String name = organisationName(tokens, nc, words);
                if (name != null) {
                    mentions.add(new NameMention(span, text, -1, orgs.findOrAdd(name), inQuote));
                }
            }
        }
        for (Builder b : people) {
            for (int k = 0; k < b.roles.size(); k++) {
                Role r = b.roles.get(k);
                if (r.organisation() == null) {
                    // "UK party leader": the party is the one party the article names, if it names one
                    String implied = orgs.onlyOneEndingIn(genericOrganisation(r.title()));
                    if (implied != null) {
                        b.roles.set(k, new Role(r.title(), implied));
                    }
                    continue;
                }
                // one name for one organisation: a role's "RMT" or "(RMT) union" is the defined one
                b.roles.set(k, new Role(r.title(), orgs.get(orgs.findOrAdd(r.organisation())).name()));
            }
        }
        genderFromPronouns(tokens, people, mentions);
        List<PersonEntity> built = new ArrayList<>();
        for (Builder b : people) {
            built.add(b.build());
        }
        return new Entities(built, orgs.list(), mentions);
    }

    private enum Candidate { PERSON, SINGLE_PERSON, SINGLE, OTHER, ORG }

    /**
     * A surname alone that speaks or is titled ("Holmes said", "Ms Gibney") is evidence that an
     * earlier run ending in that surname ("DaRon Holmes II") names a person: that run becomes one.
     */
    private static void promoteBySurname(Tokens tokens, List<NameCandidate> candidates, Candidate[] kinds,
            List<Builder> people, Map<String, Builder> byFullName) {
        Map<String, Integer> firstSpeaker = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (kinds[c] == Candidate.SINGLE_PERSON) {
                firstSpeaker.putIfAbsent(words(tokens, candidates.get(c))[0], c);
            }
        }
        for (int c = 0; c < candidates.size(); c++) {
            NameCandidate nc = candidates.get(c);
            if (kinds[c] != Candidate.OTHER || nc.length() < 2) {
                continue;
            }
            Integer speaker = firstSpeaker.get(surname(tokens, nc));
            if (speaker == null || speaker < c) {
                continue;
            }
            String[] words = words(tokens, nc);
            Builder b = byFullName.get(key(words));
            if (b == null) {
                b = new Builder(people.size(), String.join(" ", words), surname(tokens, nc));
                people.add(b);
                byFullName.put(key(words), b);
            }
            kinds[c] = Candidate.PERSON;
        }
    }

    /** The last word of a name that is not a generation suffix: "Holmes" in "DaRon Holmes II". */
    private static String surname(Tokens tokens, NameCandidate nc) {
        int last = nc.last();
        while (last > nc.first() && tokens.get(last).is(Word.NAME_SUFFIX)) {
            last--;
        }
        return words(tokens, new NameCandidate(last, last, -1))[0];
    }

    /** "party" in "UK party leader", "union" in "union chief": a role that names its kind of body. */
    private static String genericOrganisation(String title) {
        if (title == null) {
            return null;
        }
        for (String w : title.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.equals("party") || w.equals("union")) {
                return w;
            }
        }
        return null;
    }

    /**
     * The organisation a capitalised run names, without trailing role words ("Labour MPs" is
     * Labour); null when nothing is left but a generic word ("Government", "Rail").
     */
    private static String organisationName(Tokens tokens, NameCandidate nc, String[] words) {
        int end = words.length;
        while (end > 1 && tokens.get(nc.first() + end - 1).is(Word.ROLE)) {
            end--;
        }
        Token first = tokens.get(nc.first());
        if (end == 1 && first.is(Word.ORGANISATION) && !RoleReader.isAllCaps(words[0]) && !first.is(Word.KNOWN_ORGANISATION)) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    /** {@code words} are the words of {@code nc}, one a token, as {@link #words} wrote them. */
    private static boolean isOrganisation(Tokens tokens, NameCandidate nc, String[] words, Set<String> acronyms) {
        if (words.length == 1 && acronyms.contains(words[0])) {
            return true;
        }
        if (words.length > 1 && NameFinder.isPluralRole(tokens, tokens.get(nc.last()))) {
            return true; // "Nationals MPs": a party's members, never "he"
        }
        for (int i = 0; i < words.length; i++) {
            if (tokens.get(nc.first() + i).is(Word.ORGANISATION) && !(i == 0 && FirstNames.contains(words[0]) && words.length > 1)) {
                return true;
            }
        }
        return false;
    }

    /** A cue next to the name: "Brafman said", "said Brafman", "Brafman, the lawyer, said"; not "told Brafman". */
    private static boolean nearCue(Tokens tokens, NameCandidate nc) {
        Token next = tokens.at(nc.last() + 1);
        // "Additional reporting by": a participle after the word is no cue of it
        if (next != null && next.isWord() && next.cue() != null && !next.lower().endsWith("ing")
                && tokens.sameParagraph(nc.last(), nc.last() + 1)) {
            return true;
        }
        Token prev = tokens.at(nc.first() - 1);
        // "told Morning Report", "asked Smith": the one addressed is no evidence of a person
        // nor the title after a document noun that is also a cue ("its report SME Technology Adoption")
        if (prev != null && prev.isWord() && prev.cue() != null && !prev.isCue(Verb.ADDRESSED) && !prev.is(Word.DOCUMENT)
                && Character.isLowerCase(prev.first())
                && tokens.sameParagraph(nc.first(), nc.first() - 1)) {
            return true;
        }
        return next != null && next.is(",") && RoleReader.after(tokens, nc.last()) != null;
    }

    private static Builder joinSingle(PeopleIndex index, String word, boolean titled) {
        if (!titled) {
            Builder single = index.singles.get(word);
            if (single != null) {
                return single;
            }
        }
        Builder bySurname = null;
        for (Builder b : index.bySurname.getOrDefault(word, List.of())) {
            if (bySurname == null || b.lastSeen > bySurname.lastSeen) {
                bySurname = b;
            }
        }
        return bySurname != null ? bySurname : index.byFirstName.get(word);
    }

    /** "Sarwar’s Scottish Labour" aside, a run that holds a known full name is that person. */
    private static Builder partOfFullName(Map<String, Builder> byFullName, String[] words) {
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 2; to <= words.length; to++) {
                if (to - from == words.length) {
                    continue;
                }
                Builder b = byFullName.get(key(java.util.Arrays.copyOfRange(words, from, to)));
                if (b != null && b.words.length == to - from) {
                    return b;
                }
            }
        }
        return null;
    }

    /** People by the single words a short mention may use: their one name, surname or first name. */
    private static final class PeopleIndex {
        final Map<String, Builder> singles = new HashMap<>();
        final Map<String, List<Builder>> bySurname = new HashMap<>();
        final Map<String, Builder> byFirstName = new HashMap<>();

        void add(Builder b) {
            if (b.words.length < 2) {
                singles.putIfAbsent(b.name, b);
            }
            bySurname.computeIfAbsent(b.surname, k -> new ArrayList<>()).add(b);
            if (b.words.length >= 2) {
                byFirstName.putIfAbsent(b.words[0], b);
            }
        }
    }

    /** A person of unknown gender followed by "he" or "she" before anyone else is named takes it. */
    private static void genderFromPronouns(Tokens tokens, List<Builder> people, List<NameMention> mentions) {
        for (int m = 0; m < mentions.size(); m++) {
            NameMention mention = mentions.get(m);
            if (!mention.isPerson() || mention.quoted()) {
                continue;
            }
            Builder b = people.get(mention.person());
            if (b.gender != Gender.UNKNOWN) {
                continue;
            }
            int limit = m + 1 < mentions.size() ? mentions.get(m + 1).span().start() : Integer.MAX_VALUE;
            int from = tokens.firstAtOrAfter(mention.span().end());
            for (int i = from; i < tokens.size() && i < from + 40 && tokens.get(i).start() < limit; i++) {
                Token w = tokens.get(i);
                if (w.is(Word.PRONOUN_MALE)) {
                    b.gender = Gender.MALE;
                    break;
                }
                if (w.is(Word.PRONOUN_FEMALE)) {
                    b.gender = Gender.FEMALE;
                    break;
                }
            }
        }
    }

    private static String[] words(Tokens tokens, NameCandidate nc) {
        List<String> out = new ArrayList<>();
        for (int i = nc.first(); i <= nc.last(); i++) {
            String w = tokens.get(i).text();
            if (w.length() > 4 && RoleReader.isAllCaps(w)) {
                w = RoleReader.titleCase(w);
            }
            out.add(w);
        }
        return out.toArray(new String[0]);
    }

    private static String key(String[] words) {
        return words.length >= 2 ? (words[0] + " " + words[words.length - 1]).toLowerCase(Locale.ROOT)
                : words[0].toLowerCase(Locale.ROOT);
    }

    /** A person while the article is being read; built into a {@link PersonEntity} at the end. */
    private static final class Builder {
        final int index;
        final String name;
        final String[] words;
        final String surname;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Role> roles = new ArrayList<>();
        Gender gender;
        int lastSeen;

        Builder(int index, String name, String surname) {
            this.index = index;
            this.name = name;
            this.words = name.split(" ");
            this.surname = surname;
            this.gender = FirstNames.gender(words[0]);
        }

        void alias(String text) {
            if (!text.equals(name)) {
                aliases.add(text);
            }
        }

        void title(Tokens tokens, NameCandidate nc) {
            if (nc.titleToken() < 0 || gender != Gender.UNKNOWN) {
                return;
            }
            Token t = tokens.get(nc.titleToken());
            if (t.is(Word.TITLE_MALE)) {
                gender = Gender.MALE;
            } else if (t.is(Word.TITLE_FEMALE)) {
                gender = Gender.FEMALE;
            }
        }

        void role(Role role) {
            if (role != null && (role.title() != null || role.organisation() != null) && !roles.contains(role)) {
                roles.add(role);
            }
        }

        PersonEntity build() {
            return new PersonEntity(index, name, new ArrayList<>(aliases), roles, gender);
        }
    }
}
