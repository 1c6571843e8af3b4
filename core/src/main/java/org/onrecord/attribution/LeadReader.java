package org.onrecord.attribution;

import static org.onrecord.attribution.NarrativeSubjects.REACH;

import java.util.List;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.entity.Role;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Forward resolution in the headline and lead, which name people by role before name: a bare role
 * or description there is the person the body then introduces ("Imam says …" → "Imam Gamal
 * Fouda"); and a description followed by a name in apposition ("the country's U.S. ambassador,
 * Kirsten Hillman").
 */
final class LeadReader {
    private final Segmented doc;
    private final Tokens tokens;
    private final Entities entities;

    LeadReader(Segmented doc, Tokens tokens, Entities entities) {
        this.doc = doc;
        this.tokens = tokens;
        this.entities = entities;
    }

    /** How far into the text a description may be resolved to a person named after it: the headline and the lead sentence. */
    static final int LEAD_CHARS = 400;

    /** The mention stands in the first two paragraphs: the headline and the lead, which name people by role first. */
    boolean inLead(Span m) {
        List<Paragraph> paragraphs = doc.paragraphs(); // the second paragraph's end, not a walk: asked for every description
        return paragraphs.size() < 2 || m.start() <= paragraphs.get(1).end();
    }

    /**
     * "Imam says killer is ‘grandstanding’" in a standfirst: a bare role in the first two paragraphs
     * names the person the body then introduces with that role ("Imam Gamal Fouda"), the first such
     * person within reach after it; else null. Headlines name their speakers by role before name.
     */
    PersonEntity describedInBody(Span m, String head) {
        if (!inLead(m)) {
            return null;
        }
        for (NameMention nm : entities.mentionsStartingIn(new Span(m.end(), Math.min(doc.text().length(), m.end() + REACH)))) {
            if (!nm.isPerson() || nm.quoted()) {
                continue;
            }
            PersonEntity p = entities.person(nm.person());
            for (Role role : p.roles()) {
                if (Entities.titleIs(role, head)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * "…, the country's eSafety commissioner has said. ¶ Julie Inman-Grant, who …, said": the person
     * whose full name opens the next paragraph, with no role of their own, is the one the lead
     * described; else null.
     */
    PersonEntity namedNextWithoutRole(Span m) {
        Paragraph here = null;
        for (Paragraph p : doc.paragraphs()) {
            if (p.start() <= m.start() && m.start() < p.end()) {
                here = p;
                break;
            }
        }
        Paragraph next = here == null ? null : doc.nextContent(here);
        if (next == null) {
            return null;
        }
        NameMention first = entities.firstMentionIn(new Span(next.start(), next.end()));
        if (first == null || !first.isPerson() || first.span().start() != next.start()) {
            return null;
        }
        PersonEntity p = entities.person(first.person());
        return p.roles().isEmpty() && p.name().contains(" ") ? p : null;
    }

    /**
     * "the country’s U.S. ambassador, Kirsten Hillman", "his homeland secretary, Kristi Noem, said":
     * the person named right after the description and a comma, when the name ends the sentence
     * or is closed by a comma or dash; else null.
     */
    PersonEntity appositiveName(Span m) {
        int comma = tokens.firstAtOrAfter(m.end());
        if (comma >= tokens.size() || !tokens.get(comma).is(",") || !tokens.sameParagraph(comma, comma + 1)
                || tokens.lastEndingBy(m.end()) + 1 != comma) {
            return null;
        }
        Token first = tokens.at(comma + 1);
        if (first == null) {
            return null;
        }
        NameMention nm = entities.firstMentionIn(new Span(first.start(), doc.text().length()));
        if (nm == null || !nm.isPerson() || nm.span().start() != first.start()) {
            return null;
        }
        int after = tokens.firstAtOrAfter(nm.span().end());
        Token next = tokens.at(after);
        boolean closed = next == null || !tokens.sameParagraph(after, comma) || next.is(",") || next.is(".")
                || next.kind() == Token.Kind.PUNCT && org.onrecord.text.Chars.isDash(next.first());
        return closed ? entities.person(nm.person()) : null;
    }
}
