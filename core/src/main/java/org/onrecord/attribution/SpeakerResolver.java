package org.onrecord.attribution;

import java.util.List;
import java.util.Locale;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.entity.Role;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Tokens;

/**
 * Turns a source mention into a speaker: names to their person, pronouns to the last compatible
 * person named in the narrative ({@link PronounReader}), descriptions to the person whose role they
 * repeat ({@link DescriptionReader}), and documents ("the memo") to their author when the text names
 * one ({@link AuthorReader}). Organisations named again are {@link BodyReader}'s, the headline's and
 * lead's forward references {@link LeadReader}'s.
 */
final class SpeakerResolver {
    private final Segmented doc;
    private final Tokens tokens;
    private final Entities entities;
    private final NamesInside names;
    private final LeadReader lead;
    private final PronounReader pronouns;
    private final DescriptionReader descriptions;

    SpeakerResolver(Segmented doc, Tokens tokens, Entities entities) {
        this(doc, tokens, entities, List.of());
    }

    /** @param quotes the article's quotations in marks: a pronoun's person is sought in the narrative around them */
    SpeakerResolver(Segmented doc, Tokens tokens, Entities entities, List<QuoteSpan> quotes) {
        this.doc = doc;
        this.tokens = tokens;
        this.entities = entities;
        NarrativeSubjects subjects = new NarrativeSubjects(doc, tokens, entities, quotes);
        SourceReader reader = new SourceReader(tokens); // no state of its own: one for every phrase read
        SpeakerReader.Parts parts = new SpeakerReader.Parts(doc, tokens, entities, subjects, reader,
                new Phrases(tokens, entities, reader));
        this.names = new NamesInside(parts);
        this.lead = new LeadReader(doc, tokens, entities);
        AuthorReader authors = new AuthorReader(parts, this);
        BodyReader bodies = new BodyReader(parts, authors);
        this.descriptions = new DescriptionReader(parts, names, lead, bodies, authors);
        this.pronouns = new PronounReader(parts, bodies, descriptions);
    }

    ResolvedSpeaker resolve(Source source) {
        ResolvedSpeaker head = resolveHead(source);
        if (source.relative() == null) {
            return head;
        }
        // PolNeAR and readers alike point at the "who" that attributes; the name is what it stands for
        return new ResolvedSpeaker(head.name(), source.relative(), head.person(), head.role(), head.organisation());
    }

    ResolvedSpeaker resolveHead(Source source) {
        Span m = source.mention();
        String written = m.of(doc.text());
        if (source.kind() != Source.Kind.PRONOUN) {
            String force = PoliceForce.of(written, doc.text(), tokens);
            if (force != null) {
                return new ResolvedSpeaker(force, m, -1, null, null); // "the police" → "Manitoba RCMP"
            }
        }
        return switch (source.kind()) {
            case NAME -> name(m, written);
            case PRONOUN -> pronouns.pronoun(m, written);
            case DESCRIPTION -> descriptions.description(m, written);
        };
    }

    private ResolvedSpeaker name(Span m, String written) {
        NameMention nm = entities.lastMentionIn(m);
        if (nm == null) {
            nm = entities.mentionHolding(m); // the source is part of a longer name
        }
        if (nm == null) {
            nm = names.nameCutShort(m); // "The Industrial" of "The Industrial and Commercial Workers’ Union"
        }
        String owned = nm != null && nm.isPerson() ? names.ownedBy(m, nm) : null;
        if (owned != null) {
            return new ResolvedSpeaker(owned, m, -1, null, null);
        }
        if (nm != null && nm.isPerson()) {
            return person(entities.person(nm.person()), m);
        }
        if (nm != null) {
            return new ResolvedSpeaker(entities.organisations().get(nm.organisation()).name(), m, -1, null, null);
        }
        // "After conceding 33 goals last season, Klopp may …": a surname alone that the entity stage
        // left unlinked is the one person the article names with it
        String bare = stripPossessive(written);
        PersonEntity bySurname = entities.onlyPersonCalled(bare);
        if (bySurname != null) {
            return person(bySurname, m);
        }
        String lone = bare.toLowerCase(Locale.ROOT);
        PersonEntity titled = Entities.abbreviatesTitle(lone) ? lead.describedInBody(m, lone) : null;
        if (titled != null) {
            return person(titled, m); // "PM targets oppn …" in a headline: the prime minister the body introduces
        }
        return new ResolvedSpeaker(bare, m, -1, null, null);
    }

    static ResolvedSpeaker person(PersonEntity p, Span mention) {
        Role role = p.role();
        String org = null;
        for (Role r : p.roles()) {
            if (r.organisation() != null) {
                org = r.organisation();
                break;
            }
        }
        return new ResolvedSpeaker(p.name(), mention, p.index(), role == null ? null : role.title(), org);
    }

    /** As {@code s.replaceAll("[’']s$", "")}, without compiling that pattern for every speaker. */
    private static String stripPossessive(String s) {
        int n = s.length();
        int end = n; // {@code $} also matches before a line terminator that ends the input
        if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') {
            end = n - 2;
        } else if (n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(n - 1)) >= 0) {
            end = n - 1;
        }
        boolean possessive = end >= 2 && s.charAt(end - 1) == 's' && (s.charAt(end - 2) == '’' || s.charAt(end - 2) == '\'');
        return possessive ? s.substring(0, end - 2) + s.substring(end) : s;
    }
}
