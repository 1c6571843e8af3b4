package org.onrecord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onrecord.attribution.Addressees;
import org.onrecord.attribution.Attribution;
import org.onrecord.attribution.Confidence;
import org.onrecord.attribution.ConfidenceFeatures;
import org.onrecord.attribution.ResolvedSpeaker;
import org.onrecord.entity.Entities;
import org.onrecord.entity.PersonEntity;
import org.onrecord.entity.Role;
import org.onrecord.model.Article;
import org.onrecord.model.Boilerplate;
import org.onrecord.model.Extraction;
import org.onrecord.model.Mention;
import org.onrecord.model.Person;
import org.onrecord.model.Quote;
import org.onrecord.model.Speaker;
import org.onrecord.text.CodePoints;
import org.onrecord.text.PageMetadata;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Tokens;
import org.onrecord.text.Span;

/** The last step: internal UTF-16 spans become the public model's code point offsets. */
final class ResultBuilder {
    private ResultBuilder() {}

    /** {@code page} gives the title, authors and language; url, published and outlet are the article's. */
    static Extraction build(Article article, PageMetadata page, Segmented doc, Tokens tokens, Entities entities,
            List<Attribution> attributions) {
        return build(article, page, doc, tokens, entities, attributions, null);
    }

    /** As above, adding each quote's confidence features to {@code features} (in quote order) when it is not null. */
    static Extraction build(Article article, PageMetadata page, Segmented doc, Tokens tokens, Entities entities,
            List<Attribution> attributions, List<ConfidenceFeatures> features) {
        String text = doc.text();
        ConfidenceFeatures.Article forConfidence = new ConfidenceFeatures.Article(tokens, entities);
        CodePoints cp = CodePoints.of(text);
        List<Quote> quotes = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            Span c = a.quote().content();
            Speaker speaker = speaker(a.speaker(), text, cp);
            Mention cue = a.match() == null ? null : mention(a.match().cue(), text, cp);
            Mention addressee = mention(Addressees.reported(a.match(), tokens, entities), text, cp);
            ConfidenceFeatures cf = forConfidence.of(a);
            double confidence = Confidence.of(a, cf);
            if (features != null) {
                features.add(cf);
            }
            List<Mention> fragments = new ArrayList<>(a.fragments().size());
            for (Span f : a.fragments()) {
                fragments.add(mention(f, text, cp));
            }
            quotes.add(new Quote(cp.offset(c.start()), cp.offset(c.end()), c.of(text), a.type(), speaker, cue, addressee,
                    confidence, a.rule() == null ? null : a.rule().label(), a.shape() == null ? null : a.shape().label(),
                    a.evidence(), fragments, a.modality(), a.act(), mention(a.target(), text, cp), a.polarity()));
        }
        List<Person> people = new ArrayList<>();
        for (PersonEntity p : entities.people()) {
            people.add(person(p));
        }
        List<Boilerplate> boilerplate = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            if (!p.isContent()) {
                boilerplate.add(new Boilerplate(cp.offset(p.start()), cp.offset(p.end()), p.span().of(text), p.boilerplate()));
            }
        }
        return new Extraction(Extraction.SCHEMA, article.id(), article.url(), article.published(), article.outlet(),
                page.authors(), page.language(), page.title(), article.isHtml() ? text : null, quotes, people, entities.organisations(), boilerplate);
    }

    private static Speaker speaker(ResolvedSpeaker s, String text, CodePoints cp) {
        if (s == null) {
            return null;
        }
        return new Speaker(s.name(), mention(s.mention(), text, cp), s.role(), s.organisation(),
                s.person() >= 0 ? personId(s.person()) : null);
    }

    private static Mention mention(Span span, String text, CodePoints cp) {
        return span == null ? null : new Mention(cp.offset(span.start()), cp.offset(span.end()), span.of(text));
    }

    private static Person person(PersonEntity p) {
        Set<String> roles = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (Role r : p.roles()) {
            if (r.title() != null) {
                roles.add(r.title());
            }
            if (r.organisation() != null) {
                orgs.add(r.organisation());
            }
        }
        return new Person(personId(p.index()), p.name(), p.aliases(), new ArrayList<>(roles), new ArrayList<>(orgs), p.gender());
    }

    private static String personId(int index) {
        return "p" + (index + 1);
    }
}
