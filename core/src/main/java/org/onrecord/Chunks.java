package org.onrecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Boilerplate;
import org.onrecord.model.Extraction;
import org.onrecord.model.Mention;
import org.onrecord.model.Organisation;
import org.onrecord.model.Person;
import org.onrecord.model.Quote;
import org.onrecord.model.Speaker;

/**
 * Very long texts are read in windows of whole paragraphs, so that memory stays bounded by the
 * window and time stays linear in the text whatever a stage costs per article; the windows'
 * results are then joined: offsets shifted, the same person (by name) merged.
 */
final class Chunks {
    /** Texts longer than this, in UTF-16 units, are read in windows of about this size. */
    static final int WINDOW = 200_000;

    private Chunks() {}

    /** Cut points at paragraph breaks, each window at most about {@link #WINDOW} long. */
    static List<int[]> windows(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + WINDOW);
            if (end < text.length()) {
                // the last line break in the window's second half (lastIndexOf would search back to
                // the text's start when there is none: quadratic in a text with no line breaks)
                int cut = end;
                while (cut > start + WINDOW / 2 && text.charAt(cut) != '\n') {
                    cut--;
                }
                end = cut > start + WINDOW / 2 ? cut + 1 : end;
                if (end < text.length() && Character.isLowSurrogate(text.charAt(end)) && end > start) {
                    end--; // never split a surrogate pair
                }
            }
            out.add(new int[] {start, end});
            start = end;
        }
        return out;
    }

    /** Joins the windows' extractions; {@code codePointStarts} gives each window's first code point. */
    static Extraction join(Extraction first, List<Extraction> parts, int[] codePointStarts) {
        List<Quote> quotes = new ArrayList<>();
        List<Boilerplate> boilerplate = new ArrayList<>();
        Map<String, PersonParts> people = new LinkedHashMap<>();
        Map<String, Organisation> orgs = new LinkedHashMap<>();
        for (int w = 0; w < parts.size(); w++) {
            Extraction x = parts.get(w);
            int shift = codePointStarts[w];
            Map<String, String> ids = new HashMap<>();
            for (Person p : x.people()) {
                PersonParts merged = people.computeIfAbsent(p.name(), n -> new PersonParts("p" + (people.size() + 1), p));
                merged.add(p);
                ids.put(p.id(), merged.id);
            }
            for (Organisation o : x.organisations()) {
                orgs.putIfAbsent(o.name(), o);
            }
            for (Quote q : x.quotes()) {
                Speaker s = q.speaker();
                Speaker shifted = s == null ? null : new Speaker(s.name(), shift(s.mention(), shift), s.role(),
                        s.organisation(), s.personId() == null ? null : ids.get(s.personId()));
                List<Mention> fragments = new ArrayList<>();
                q.fragments().forEach(f -> fragments.add(shift(f, shift)));
                quotes.add(new Quote(q.start() + shift, q.end() + shift, q.text(), q.type(), shifted,
                        shift(q.cue(), shift), shift(q.addressee(), shift), q.confidence(), q.rule(), q.shape(), q.evidence(),
                        fragments, q.modality(), q.act(), shift(q.target(), shift), q.polarity()));
            }
            for (Boilerplate b : x.boilerplate()) {
                boilerplate.add(new Boilerplate(b.start() + shift, b.end() + shift, b.text(), b.kind()));
            }
        }
        List<Person> merged = new ArrayList<>();
        people.values().forEach(p -> merged.add(p.build()));
        return new Extraction(first.schema(), first.id(), first.url(), first.published(), first.outlet(), first.authors(),
                first.language(), first.title(), first.text(), quotes, merged, new ArrayList<>(orgs.values()), boilerplate);
    }

    private static Mention shift(Mention m, int shift) {
        return m == null ? null : new Mention(m.start() + shift, m.end() + shift, m.text());
    }

    /** One person seen in several windows. */
    private static final class PersonParts {
        final String id;
        final Person first;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> organisations = new LinkedHashSet<>();

        PersonParts(String id, Person first) {
            this.id = id;
            this.first = first;
        }

        void add(Person p) {
            aliases.addAll(p.aliases());
            roles.addAll(p.roles());
            organisations.addAll(p.organisations());
        }

        Person build() {
            return new Person(id, first.name(), new ArrayList<>(aliases), new ArrayList<>(roles),
                    new ArrayList<>(organisations), first.gender());
        }
    }
}
