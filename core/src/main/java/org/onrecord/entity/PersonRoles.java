package org.onrecord.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The roles each person is given outside quotations, with their organisations named one way. */
final class PersonRoles {
    private PersonRoles() {}

    /**
     * @param orgs the article's organisations; a role's organisation not yet among them is added,
     *     so people are resolved in index order and their roles in text order
     */
    static List<List<Role>> of(People people, List<CandidateEvidence> evidence, OrganisationIndex orgs) {
        List<List<Role>> out = new ArrayList<>();
        for (int p = 0; p < people.people().size(); p++) {
            List<Role> resolved = new ArrayList<>();
            for (Role r : asWritten(p, people, evidence)) {
                resolved.add(resolve(r, orgs));
            }
            out.add(List.copyOf(resolved));
        }
        return List.copyOf(out);
    }

    /** The distinct roles written before and after the person's unquoted mentions, in text order. */
    private static List<Role> asWritten(int person, People people, List<CandidateEvidence> evidence) {
        Set<Role> roles = new LinkedHashSet<>();
        for (int c : people.candidatesOf().get(person)) {
            CandidateEvidence e = evidence.get(c);
            if (e.quoted()) {
                continue;
            }
            for (Role r : new Role[] {e.roleBefore(), e.roleAfter()}) {
                if (r != null && (r.title() != null || r.organisation() != null)) {
                    roles.add(r);
                }
            }
        }
        return new ArrayList<>(roles);
    }

    private static Role resolve(Role r, OrganisationIndex orgs) {
        if (r.organisation() == null) {
            // "UK party leader": the party is the one party the article names, if it names one
            String implied = orgs.onlyOneEndingIn(genericOrganisation(r.title()));
            return implied != null ? new Role(r.title(), implied) : r;
        }
        // one name for one organisation: a role's "RMT" or "(RMT) union" is the defined one
        return new Role(r.title(), orgs.get(orgs.findOrAdd(r.organisation())).name());
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
}
