package org.onrecord.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onrecord.model.Gender;
import org.onrecord.model.Organisation;
import org.onrecord.text.Span;
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
        People people = People.cluster(evidence, kinds);
        List<NameMention> mentions = mentions(evidence, kinds, people, orgs, definedAs);
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
            OrganisationIndex orgs, int[] definedAs) {
        List<NameMention> out = new ArrayList<>();
        for (int c = 0; c < evidence.size(); c++) {
            CandidateEvidence e = evidence.get(c);
            int person = people.personOf().get(c);
            if (definedAs[c] >= 0) {
                out.add(new NameMention(e.span(), e.text(), -1, definedAs[c], e.quoted()));
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
