package org.onrecord.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.model.Organisation;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Builds an article's {@link Entities}: classifies name candidates as people or organisations,
 * joins short names to full ones ("Starmer" to "Keir Starmer"), and gathers roles and gender.
 *
 * <p>It flows one way: the tokens are read once into {@link CandidateEvidence}, and every later
 * step ({@link Kinds}, {@link People}, {@link PersonRoles}, {@link PersonGender}) works on those
 * values alone, so deciding and recording cannot see a name differently.
 */
public final class EntityFinder {
    private EntityFinder() {}

    /**
     * @param quoted the spans of quoted content, in text order: names inside them still join
     *     their person, but are marked so that pronouns are not resolved to them
     */
    public static Entities find(Tokens tokens, List<Span> quoted) {
        OrganisationIndex orgs = new OrganisationIndex();
        Set<String> acronyms = new HashSet<>();
        List<Acronyms.Defined> defined = Acronyms.defined(tokens);
        for (Acronyms.Defined d : defined) {
            orgs.add(d.organisation());
            addSpellings(acronyms, d.organisation().acronyms());
            acronyms.add(d.organisation().name()); // "Paradigm Initiative (PIN)": its full name, later alone, is no person
        }
        List<CandidateEvidence> evidence = CandidateEvidence.read(tokens, NameFinder.find(tokens), quoted);
        for (Organisation o : Acronyms.byInitials(evidence)) {
            orgs.add(o);
            addSpellings(acronyms, o.acronyms());
            acronyms.add(o.name());
        }
        List<Kind> kinds = new ArrayList<>(Kinds.classify(evidence, acronyms));
        int[] definedAs = definedOrganisations(evidence, defined, kinds, orgs);
        String[] headOf = organisationsByHead(tokens, evidence, kinds, definedAs, orgs);
        People people = People.cluster(evidence, kinds);
        List<NameMention> mentions = mentions(evidence, kinds, people, orgs, definedAs, headOf);
        List<List<Role>> roles = PersonRoles.of(people, evidence, orgs);
        List<Gender> genders = PersonGender.of(tokens, people, evidence, mentions);
        List<PersonEntity> built = new ArrayList<>();
        for (int p = 0; p < people.people().size(); p++) {
            String name = people.people().get(p).name();
            built.add(new PersonEntity(p, name, aliases(p, name, evidence, kinds, people), roles.get(p), genders.get(p)));
        }
        return new Entities(built, orgs.list(), mentions);
    }

    /**
     * Every candidate that names a person or a named organisation, in text order. Organisations
     * are added to {@code orgs} here, before roles add theirs, so their numbering stays in text order.
     */
    private static List<NameMention> mentions(List<CandidateEvidence> evidence, List<Kind> kinds, People people,
            OrganisationIndex orgs, int[] definedAs, String[] headOf) {
        List<NameMention> out = new ArrayList<>();
        for (int c = 0; c < evidence.size(); c++) {
            CandidateEvidence e = evidence.get(c);
            int person = people.personOf().get(c);
            if (definedAs[c] >= 0) {
                out.add(new NameMention(e.span(), e.text(), -1, definedAs[c], e.quoted()));
            } else if (headOf[c] != null) {
                out.add(new NameMention(e.span(), e.text(), -1, orgs.findOrAdd(headOf[c]), e.quoted()));
            } else if (person >= 0) {
                out.add(new NameMention(e.span(), e.text(), person, -1, e.quoted()));
            } else if (kinds.get(c) == Kind.ORGANISATION && e.organisationName() != null) {
                out.add(new NameMention(e.span(), e.text(), -1, orgs.findOrAdd(e.organisationName()), e.quoted()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * An acronym is written in capitals, and long ones are read title-cased ("VALCO" as "Valco",
     * see {@link CandidateEvidence#words}): both spellings name the organisation.
     */
    private static void addSpellings(Set<String> acronyms, List<String> defined) {
        for (String a : defined) {
            acronyms.add(a);
            if (a.length() > 4) {
                acronyms.add(RoleReader.titleCase(a));
            }
        }
    }

    /**
     * For each candidate, the organisation whose full name, defined with its acronym, holds it
     * ("Truth" and "Reconciliation and Reparations Commission" in "Truth, Reconciliation and
     * Reparations Commission (TRRC)"), or -1; such a candidate is an organisation, whatever its
     * own words say. Candidates and definitions are both in text order: one pass.
     */
    private static int[] definedOrganisations(List<CandidateEvidence> evidence, List<Acronyms.Defined> defined,
            List<Kind> kinds, OrganisationIndex orgs) {
        int[] out = new int[evidence.size()];
        Arrays.fill(out, -1);
        int d = 0;
        for (int c = 0; c < evidence.size() && d < defined.size(); c++) {
            Span span = evidence.get(c).span();
            while (d < defined.size() && defined.get(d).span().end() <= span.start()) {
                d++;
            }
            if (d < defined.size() && defined.get(d).span().contains(span) && !evidence.get(c).inHeadline()) {
                out[c] = orgs.find(defined.get(d).organisation().name());
                kinds.set(c, Kind.ORGANISATION);
            }
        }
        return out;
    }

    /**
     * "The Concerned SSNIT Pensioners Forum … the Forum said": a capitalised word alone after
     * "the" that is the last word of the one organisation named before it in full is that
     * organisation, not a person; a role word ("the President" after "Office of the President")
     * stays what it is. For each candidate, that organisation's name, or null.
     */
    private static String[] organisationsByHead(Tokens tokens, List<CandidateEvidence> evidence, List<Kind> kinds,
            int[] definedAs, OrganisationIndex orgs) {
        String[] out = new String[evidence.size()];
        Map<String, String> byHead = new HashMap<>(); // last word, lower case → the one full name, or "" for two
        for (int c = 0; c < evidence.size(); c++) {
            CandidateEvidence e = evidence.get(c);
            List<String> words = e.words();
            if (words.size() == 1 && (kinds.get(c) == Kind.SINGLE || kinds.get(c) == Kind.SINGLE_PERSON) && !e.honorific()
                    && !e.inHeadline()) {
                Token before = tokens.at(e.candidate().first() - 1);
                String full = byHead.get(words.get(0).toLowerCase(Locale.ROOT));
                if (before != null && before.isWord() && before.text().equalsIgnoreCase("the") && full != null
                        && !full.isEmpty() && !tokens.get(e.candidate().first()).is(Word.ROLE)
                        && actsAlone(tokens, e.candidate().last() + 1)) {
                    out[c] = full;
                    kinds.set(c, Kind.ORGANISATION);
                }
                continue;
            }
            // a name defined with its acronym, or one ending in an organisation word ("European Commission")
            String name = definedAs[c] >= 0 ? orgs.get(definedAs[c]).name()
                    : kinds.get(c) == Kind.ORGANISATION && words.size() > 1
                    && tokens.get(e.candidate().last()).is(Word.ORGANISATION) ? e.organisationName() : null;
            if (name != null && name.indexOf(' ') > 0) {
                String head = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                String known = byHead.get(head);
                byHead.put(head, known == null || known.equalsIgnoreCase(name) ? name : "");
            }
        }
        return out;
    }

    /**
     * What follows the word lets it stand for a body of its own: punctuation, a capital, a cue or
     * a verb ("the Forum said", "the Forum is"), not a noun it modifies ("the England captain").
     */
    private static boolean actsAlone(Tokens tokens, int next) {
        Token t = tokens.at(next);
        return t == null || !t.isWord() || Character.isUpperCase(t.first()) || t.cue() != null
                || t.is(Word.BE) || t.is(Word.FINITE) || t.is(Word.AUXILIARY);
    }

    /**
     * The other ways the article writes the person's name, in text order. A run that only holds the
     * name ("Vote Donald Trump", a headline's "Black Lawmakers Rip Donald Trump") still points at
     * the person, but its words are not a name for them: only runs read as names give aliases.
     */
    private static List<String> aliases(int person, String name, List<CandidateEvidence> evidence, List<Kind> kinds,
            People people) {
        Set<String> aliases = new LinkedHashSet<>();
        for (int c : people.candidatesOf().get(person)) {
            String text = evidence.get(c).text();
            if (kinds.get(c) != Kind.OTHER && !evidence.get(c).inHeadline() && !text.equals(name)) {
                aliases.add(text);
            }
        }
        return new ArrayList<>(aliases);
    }
}
