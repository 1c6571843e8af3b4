package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.onrecord.model.Gender;
import org.onrecord.model.Organisation;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Span;

/** The people and organisations of one article, and where the text names them. Immutable. */
public final class Entities {
    private final List<PersonEntity> people;
    private final List<Organisation> organisations;
    private final List<NameMention> mentions; // in text order
    private final int[] firstNamed; // by person: where their first mention starts

    Entities(List<PersonEntity> people, List<Organisation> organisations, List<NameMention> mentions) {
        this.people = List.copyOf(people);
        this.organisations = List.copyOf(organisations);
        this.mentions = List.copyOf(mentions);
        this.firstNamed = new int[this.people.size()];
        java.util.Arrays.fill(firstNamed, Integer.MAX_VALUE);
        for (NameMention m : this.mentions) {
            if (m.isPerson() && firstNamed[m.person()] == Integer.MAX_VALUE) {
                firstNamed[m.person()] = m.span().start();
            }
        }
    }

    /**
     * Where the person is first named (in narrative or inside a quotation), or {@link Integer#MAX_VALUE}:
     * asked per pronoun, so read from an index rather than by walking the mentions before.
     */
    public int firstNamedAt(PersonEntity p) {
        return firstNamed[p.index()];
    }

    public List<PersonEntity> people() {
        return people;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<NameMention> mentions() {
        return mentions;
    }

    public PersonEntity person(int index) {
        return people.get(index);
    }

    /** The last mention of a person or organisation inside the span, or null. */
    public NameMention lastMentionIn(Span span) {
        NameMention found = null;
        for (int i = firstMentionAtOrAfter(span.start()); i < mentions.size() && mentions.get(i).span().start() < span.end(); i++) {
            if (span.contains(mentions.get(i).span())) {
                found = mentions.get(i);
            }
        }
        return found;
    }

    /**
     * The mention whose span holds the whole of {@code span} ("He Xiaopeng" for a source read as
     * "Xiaopeng"), or null.
     */
    public NameMention mentionHolding(Span span) {
        int last = firstMentionAtOrAfter(span.start() + 1) - 1; // the last mention starting at or before it
        return last >= 0 && mentions.get(last).span().contains(span) ? mentions.get(last) : null;
    }

    /** The mentions that start inside the span, in text order: a view, found by binary search. */
    public List<NameMention> mentionsStartingIn(Span span) {
        int from = firstMentionAtOrAfter(span.start());
        return mentions.subList(from, Math.max(from, firstMentionAtOrAfter(span.end())));
    }

    /** The first mention inside the span, or null. */
    public NameMention firstMentionIn(Span span) {
        return firstIn(span, m -> true);
    }

    /** The first person named outside quotations inside the span, or null. */
    public NameMention firstNarrativePersonIn(Span span) {
        return firstIn(span, m -> m.isPerson() && !m.quoted());
    }

    private NameMention firstIn(Span span, Predicate<NameMention> wanted) {
        for (int i = firstMentionAtOrAfter(span.start()); i < mentions.size() && mentions.get(i).span().start() < span.end(); i++) {
            NameMention m = mentions.get(i);
            if (span.contains(m.span()) && wanted.test(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person most recently named in narrative (not inside a quotation) before {@code index} and no
     * earlier than {@code floor}, whose gender does not contradict {@code gender}.
     */
    public PersonEntity lastPersonBefore(int index, int floor, Gender gender) {
        for (int i = firstMentionAtOrAfter(index) - 1; i >= 0; i--) {
            NameMention m = mentions.get(i);
            if (m.span().start() < floor) {
                break;
            }
            if (!m.isPerson() || m.quoted()) {
                continue;
            }
            PersonEntity p = people.get(m.person());
            if (gender == Gender.UNKNOWN || p.gender() == Gender.UNKNOWN || p.gender() == gender) {
                return p;
            }
        }
        return null;
    }

    /**
     * The person a description points at ("the union chief", "The Scottish Labour MSP", "the
     * Vermont senator" after "Sen. Bernie Sanders"): the most recently named person before
     * {@code index}, and no earlier than {@code floor}, whose role title holds the description's head
     * noun (before any "of": a secretary of the Bole Chief is no chief); failing that, whose roles
     * share any other word with it; else null. The head goes first so
     * that "the Republican senator" finds the senator, not a later Republican nominee.
     */
    public PersonEntity describedBefore(int index, int floor, List<String> descriptionWords) {
        Set<String> words = lower(descriptionWords);
        if (descriptionWords.isEmpty()) {
            return null;
        }
        Set<String> head = Set.of(descriptionWords.get(descriptionWords.size() - 1).toLowerCase(Locale.ROOT));
        Set<String> content = new HashSet<>(words);
        content.removeAll(Set.of("the", "a", "an", "former", "then"));
        if (content.size() > 1 || content.stream().anyMatch(CONTRASTIVE::contains)) {
            // "the 1st defendant" after "The 1st defendant, Joyland Dedey Mensah" and "the 3rd defendant, …": every word
            PersonEntity byAll = lastBefore(index, floor, p -> holdsAll(p, content));
            if (byAll != null) {
                return byAll;
            }
        }
        if (content.stream().anyMatch(CONTRASTIVE::contains)) {
            return null; // "the original presiding judge": not the judge named before, whose role says no such thing
        }
        // the head names a title, not a body: "The chief" is not Haruna Obey, secretary of the "Bole Chief"
        PersonEntity byHead = lastBefore(index, floor, p -> titleShares(p, head));
        Set<String> rest = new HashSet<>(words);
        rest.removeAll(head);
        return byHead != null || rest.isEmpty() ? byHead : lastBefore(index, floor, p -> shares(p, rest));
    }

    /** Words that set a description's person apart from the one named before with its role (contrastive-words.tsv). */
    private static final Set<String> CONTRASTIVE = Set.copyOf(ResourceLines.of(Entities.class, "contrastive-words.tsv"));

    /**
     * The one person whose name ends in this one capitalised word, or who is also called by it
     * ("Klopp" for Jurgen Klopp); null when none or two are ("Trump" with Donald and Eric Trump).
     */
    public PersonEntity onlyPersonCalled(String word) {
        if (word.length() < 2 || word.indexOf(' ') >= 0 || !Character.isUpperCase(word.charAt(0))
                || word.equals(word.toUpperCase(Locale.ROOT))) {
            return null;
        }
        if (called == null) {
            called = calledByWord();
        }
        Integer found = called.get(word);
        return found == null || found < 0 ? null : people.get(found);
    }

    /** The last word of each person's name and each alias → that person's index, or -1 when two people have it; built when first asked. */
    private Map<String, Integer> called;

    /** One pass over the people: asked of every unlinked name, a walk over them each time cost O(people). */
    private Map<String, Integer> calledByWord() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            PersonEntity p = people.get(i);
            String name = p.name();
            int space = name.lastIndexOf(' ');
            if (space >= 0) {
                out.merge(name.substring(space + 1), i, (a, b) -> a.equals(b) ? a : -1);
            }
            for (String alias : p.aliases()) {
                out.merge(alias, i, (a, b) -> a.equals(b) ? a : -1);
            }
        }
        return out;
    }

    /** How often the article's main person must be named before a description, at least. */
    private static final int DOMINANT_MENTIONS = 3;

    /**
     * The person the article is about, as far as the text before {@code index} shows: named in
     * narrative at least {@value #DOMINANT_MENTIONS} times and at least twice as often as anyone
     * else, of a gender that does not contradict {@code gender}; else null.
     */
    public PersonEntity dominantPersonBefore(int index, Gender gender) {
        if (dominant == null) {
            dominant = dominantByPrefix();
        }
        int best = dominant[firstMentionAtOrAfter(index)];
        if (best < 0) {
            return null;
        }
        PersonEntity p = people.get(best);
        return gender == Gender.UNKNOWN || p.gender() == Gender.UNKNOWN || p.gender() == gender ? p : null;
    }

    /** For each count i of mentions, the person dominant among the first i, or -1; read once, when first asked. */
    private int[] dominant;

    /**
     * One pass over the mentions, keeping the most named person and the count of the next: asked of
     * every unresolved description, a count from the start each time was quadratic in a long article.
     */
    private int[] dominantByPrefix() {
        int[] out = new int[mentions.size() + 1];
        int[] counts = new int[people.size()];
        int best = -1;
        int second = 0;
        out[0] = -1;
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            if (m.isPerson() && !m.quoted()) {
                int p = m.person();
                counts[p]++;
                if (best < 0) {
                    best = p;
                } else if (p != best && counts[p] > counts[best]) {
                    second = counts[best];
                    best = p;
                } else if (p != best) {
                    second = Math.max(second, counts[p]);
                }
            }
            out[i + 1] = best >= 0 && counts[best] >= DOMINANT_MENTIONS && counts[best] >= 2 * second ? best : -1;
        }
        return out;
    }

    private PersonEntity lastBefore(int index, int floor, Predicate<PersonEntity> wanted) {
        for (int i = firstMentionAtOrAfter(index) - 1; i >= 0; i--) {
            NameMention m = mentions.get(i);
            if (m.span().start() < floor) {
                break;
            }
            if (m.isPerson() && wanted.test(people.get(m.person()))) {
                return people.get(m.person());
            }
        }
        return null;
    }

    /** Description noun → the words of names of its kind, or empty for "any" (organisation-kinds.tsv). */
    private static final Map<String, Set<String>> KINDS = new HashMap<>();
    /** The nouns that name an organisation only with a word of its name before them ("the campaign group"). */
    private static final Set<String> NAMED_ONLY = new HashSet<>();

    static {
        for (String line : ResourceLines.of(Entities.class, "organisation-kinds.tsv")) {
            String[] cols = line.split("\t");
            KINDS.put(cols[0].strip(), cols[1].strip().equals("any") ? Set.of() : Set.of(cols[1].strip().split(" +")));
            if (cols.length > 2 && cols[2].strip().equals("named")) {
                NAMED_ONLY.add(cols[0].strip());
            }
        }
    }

    /**
     * The name of the organisation a description stands for ("the union", "The commission", "the
     * tennis body"): the one organisation named in narrative before {@code index}, and no earlier
     * than {@code floor}, whose name holds a word of the head noun's kind ({@code
     * organisation-kinds.tsv}) and every word written between "the" and the head. With no such
     * organisation, or two, the description stays what it is: null. A noun that says nothing of
     * the kind needs a word of the name ("the tennis body"), or else the one organisation to be
     * named no earlier than {@code nearFloor} ("Paradigm Initiative condemned the shutdown. The
     * organisation also criticised …").
     */
    public String organisationDescribed(int index, int floor, int nearFloor, List<String> descriptionWords) {
        int n = descriptionWords.size();
        if (n < 2 || !descriptionWords.get(0).equalsIgnoreCase("the")) {
            return null;
        }
        String head = descriptionWords.get(n - 1).toLowerCase(Locale.ROOT);
        Set<String> kind = KINDS.get(head);
        List<String> modifiers = lower(descriptionWords.subList(1, n - 1)).stream().toList();
        if (kind == null || modifiers.isEmpty() && NAMED_ONLY.contains(head)) {
            return null;
        }
        if (kind.isEmpty() && modifiers.isEmpty()) {
            floor = Math.max(floor, nearFloor);
        }
        int found = -1;
        for (int i = firstMentionAtOrAfter(index) - 1; i >= 0; i--) {
            NameMention m = mentions.get(i);
            if (m.span().start() < floor) {
                break;
            }
            if (m.isPerson() || m.organisation() < 0 || m.quoted() || m.organisation() == found) {
                continue;
            }
            Set<String> words = nameWords(organisations.get(m.organisation()).name());
            if ((kind.isEmpty() || kind.stream().anyMatch(k -> words.contains(k) || words.contains(k + "s")))
                    && words.containsAll(modifiers)) {
                if (found >= 0) {
                    return null;
                }
                found = m.organisation();
            }
        }
        return found < 0 ? null : organisations.get(found).name();
    }

    // compiled once: String.split and String.matches compiled them for every role asked about
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[0-9]+(?:st|nd|rd|th)?");

    private static Set<String> nameWords(String name) {
        return new HashSet<>(List.of(NOT_WORD.split(name.toLowerCase(Locale.ROOT))));
    }

    /**
     * One of the person's roles holds every one of the words, in its title and its organisation
     * together: "the Union home minister" after "Union Home Minister Amit Shah" (title "Home
     * Minister" of "Union"), as "the 1st defendant" after "The 1st defendant, Joyland Dedey Mensah".
     */
    private static boolean holdsAll(PersonEntity p, Set<String> words) {
        for (Role role : p.roles()) {
            if (role.title() == null) {
                continue;
            }
            Set<String> held = nameWords(role.title());
            if (role.organisation() != null) {
                held.addAll(nameWords(role.organisation()));
            }
            if (held.containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    /** The words, as a whole, name a place ("New Delhi", "Outer Hebrides"): no one who speaks. */
    public static boolean namesPlace(List<String> words) {
        return Places.isPlace(words);
    }

    /** {@code word} (lower case, no dot) is an abbreviated title: "pm", "sen", "dcp". */
    public static boolean abbreviatesTitle(String word) {
        return !TitleAbbreviations.nouns(word).isEmpty();
    }

    /** The role's title is {@code word}, or what {@code word} abbreviates ("pm" for "Prime Minister"). */
    public static boolean titleIs(Role role, String word) {
        if (role.title() == null) {
            return false;
        }
        String title = role.title().toLowerCase(Locale.ROOT);
        return title.equals(word) || TitleAbbreviations.nouns(word).contains(title);
    }

    /** A role word, or the noun its abbreviated title stands for ("sen." for "senator"), is among the words. */
    private static boolean shares(PersonEntity p, Set<String> words) {
        for (Role role : p.roles()) {
            if (sharesWord(role.title(), words, true) || sharesWord(role.organisation(), words, false)) {
                return true;
            }
        }
        return false;
    }

    /** A word of a role's title before any "of", or the noun its abbreviated title stands for, is among the words. */
    private static boolean titleShares(PersonEntity p, Set<String> words) {
        for (Role role : p.roles()) {
            if (sharesWord(role.title(), words, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesWord(String roleWords, Set<String> words, boolean title) {
        if (roleWords == null) {
            return false;
        }
        for (String w : NOT_WORD.split(roleWords.toLowerCase(Locale.ROOT))) {
            if (title && w.equals("of")) {
                break; // "Secretary of the Bole Chief" is a secretary: "the chief" is someone else
            }
            if (w.isEmpty() || w.equals("the") || w.equals("of") || w.equals("former") || ORDINAL.matcher(w).matches()) {
                continue;
            }
            if (words.contains(w) || title && TitleAbbreviations.nouns(w).stream().anyMatch(words::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lower(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private int firstMentionAtOrAfter(int index) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
