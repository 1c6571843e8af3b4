package org.onrecord.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads what a page says about itself ({@link PageMetadata}) from its head and structured data. Each
 * field takes the first source, in this order, that gives a usable value (docs/SCHEMA.md, "Article"):
 *
 * <ul>
 *   <li>title: JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, the first {@code <h1>},
 *       {@code <title>}; a trailing " | Outlet" (or " - ", " – ", " — ") naming the outlet is cut off
 *   <li>published: {@code article:published_time}, JSON-LD {@code datePublished}, the other date meta tags
 *       ({@code itemprop=datePublished}, {@code date}, {@code pubdate}, {@code dc.date} …), the article's
 *       {@code <time datetime>}, then, for a page that gives no publication time at all, its last
 *       modification ({@code article:modified_time}, JSON-LD {@code dateModified}, {@code og:updated_time})
 *   <li>url: {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url} / {@code mainEntityOfPage};
 *       absolute http(s) addresses only
 *   <li>authors: JSON-LD {@code author} (string, object or array, {@code @id} references followed),
 *       {@code article:author}, {@code <meta name=author>} and its CMS variants, {@code itemprop=author},
 *       {@code rel=author} links; profile URLs are not names
 *   <li>outlet: {@code og:site_name}, JSON-LD {@code publisher.name}, {@code application-name}
 *   <li>language: {@code <html lang>}, JSON-LD {@code inLanguage}, {@code og:locale},
 *       {@code content-language}
 * </ul>
 *
 * <p>Values the caller gives (a corpus line's url, published, outlet) win over all of these; that is
 * the engine's rule, not this class's.
 */
final class MetadataReader {
    private static final List<String> DATE_META = List.of("date", "pubdate", "publishdate", "publish-date", "publish_date",
            "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "article.published",
            "article_date_original", "original-publish-date", "sailthru.date", "parsely-pub-date", "og:published_time",
            "datepublished");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time", "dateModified",
            "last-modified", "dc.date.modified", "dcterms.modified");
    private static final List<String> AUTHOR_META = List.of("author", "byl", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");
    private static final int MAX_VALUE_CHARS = 500;
    private static final int MAX_AUTHORS = 12;

    private MetadataReader() {}

    /** Reads {@code doc} before anything is removed from it: bylines and headers hold some of the fields. */
    static PageMetadata read(Document doc) {
        Head head = new Head(doc);
        JsonLd ld = JsonLd.of(doc);
        Element h1 = doc.selectFirst("h1");
        String headline = first(clean(ld.headline()), head.property("og:title"), head.meta("twitter:title"),
                h1 == null ? null : clean(h1.text()));
        String outlet = first(head.property("og:site_name"), clean(ld.publisher()), head.meta("application-name"),
                titleSuffix(clean(doc.title()), headline));
        String title = withoutOutlet(first(headline, clean(doc.title())), outlet);
        return new PageMetadata(title, published(doc, head, ld), url(doc, head, ld), authors(doc, head, ld), outlet,
                language(doc, head, ld));
    }

    /**
     * "Bridge closure to last until spring | Dunmore Valley Gazette" names the site after the headline: a page
     * whose {@code <title>} is its headline, a separator and a short name gives no other outlet on small CMSs.
     */
    static String titleSuffix(String pageTitle, String headline) {
        if (pageTitle == null || headline == null || !pageTitle.startsWith(headline)) {
            return null;
        }
        var m = TITLE_SEPARATOR.matcher(pageTitle);
        if (!m.find(headline.length()) || m.start() != headline.length()) {
            return null;
        }
        String rest = pageTitle.substring(m.end());
        String[] parts = TITLE_SEPARATOR.split(rest);
        String name = parts[parts.length - 1].strip();
        return name.isEmpty() || name.length() > 60 ? null : name;
    }

    /** "Talks fail | The Valley Gazette" → "Talks fail", when the page names The Valley Gazette its outlet. */
    static String withoutOutlet(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        var m = TITLE_SEPARATOR.matcher(title);
        int cut = -1;
        while (m.find()) {
            if (title.substring(m.end()).equalsIgnoreCase(outlet)) {
                cut = m.start();
                break;
            }
        }
        return cut > 0 ? title.substring(0, cut) : title;
    }

    private static String published(Document doc, Head head, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(head.property("article:published_time"));
        candidates.add(ld.datePublished());
        for (Element e : doc.select("[itemprop=datePublished]")) {
            candidates.add(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
        }
        DATE_META.forEach(name -> candidates.add(head.meta(name)));
        candidates.add(articleTime(doc));
        for (String c : candidates) {
            String date = PublishedDate.normalise(c);
            if (date != null) {
                return date;
            }
        }
        List<String> modified = new ArrayList<>();
        modified.add(ld.dateModified());
        MODIFIED_META.forEach(name -> modified.add(head.meta(name)));
        for (String c : modified) {
            String date = PublishedDate.normalise(c);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The {@code <time datetime>} of the article: inside the article element first, then one in a byline
     * or dateline, then one marked {@code pubdate}. A page header's "today" clock is none of these.
     */
    private static String articleTime(Document doc) {
        for (String selector : List.of("article time[datetime]", "main time[datetime]",
                "[class~=(?i)byline|dateline|date|meta|posted|published|timestamp] time[datetime]",
                "[id~=(?i)byline|dateline] time[datetime]", "time[datetime][pubdate]")) {
            Element t = doc.selectFirst(selector);
            if (t != null && PublishedDate.normalise(t.attr("datetime")) != null) {
                return t.attr("datetime");
            }
        }
        return null;
    }

    private static String url(Document doc, Head head, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        for (Element link : doc.select("link[rel][href]")) {
            if (link.attr("rel").strip().equalsIgnoreCase("canonical")) {
                candidates.add(link.attr("href"));
            }
        }
        candidates.add(head.property("og:url"));
        candidates.add(ld.url());
        for (String c : candidates) {
            String url = c == null ? null : c.strip();
            if (url != null && isWebAddress(url)) {
                return url;
            }
        }
        return null;
    }

    private static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && s.length() > 10
                && s.length() <= 2000 && s.chars().noneMatch(Character::isWhitespace);
    }

    private static List<String> authors(Document doc, Head head, JsonLd ld) {
        // JSON-LD and article:author give one name a value ("Guardian staff and agencies" is one); the
        // author meta tags of smaller CMSs give a byline ("By Jo Bloggs and Sam Lee"), split into names.
        List<List<String>> sources = new ArrayList<>();
        sources.add(names(ld.authors(), false));
        sources.add(names(head.all("article:author"), false));
        AUTHOR_META.forEach(name -> sources.add(names(head.all(name), true)));
        List<String> itemprop = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            itemprop.add(name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                    : e.hasAttr("content") ? e.attr("content") : e.text());
        }
        sources.add(names(itemprop, false));
        sources.add(names(doc.select("a[rel=author]").eachText(), false));
        for (List<String> names : sources) {
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** Names from one source: a profile URL is none, the same name counts once, and "By A and B" is two when split. */
    private static List<String> names(List<String> values, boolean split) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            String v = clean(value);
            if (v == null || v.contains("://") || v.startsWith("www.")) {
                continue;
            }
            v = BY.matcher(v).replaceFirst("");
            for (String part : split ? AUTHOR_SPLIT.split(v) : new String[] {v}) {
                String name = part.strip();
                if (name.length() > 1 && name.length() <= 100 && name.chars().anyMatch(Character::isLetter)
                        && names.size() < MAX_AUTHORS) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    private static String language(Document doc, Head head, JsonLd ld) {
        Element html = doc.selectFirst("html");
        for (String c : new String[] {html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                ld.language(), head.property("og:locale"), head.httpEquiv("content-language"), head.meta("language")}) {
            String tag = languageTag(c);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** "en_GB" → "en-GB", "EN" → "en"; null for anything that is not a language tag. */
    static String languageTag(String value) {
        String v = value == null ? "" : value.strip();
        if (!LANGUAGE.matcher(v).matches()) {
            return null;
        }
        String[] parts = v.split("[-_]");
        StringBuilder tag = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            tag.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT) : p);
        }
        return tag.toString();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Whitespace collapsed, entities left in JSON-LD decoded; null for nothing or an absurdly long value. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value;
        v = v.replaceAll("\\s+", " ").strip();
        return v.isEmpty() || v.length() > MAX_VALUE_CHARS ? null : v;
    }

    /** The page's {@code <meta>} tags, looked up by name or property, ignoring case. */
    private static final class Head {
        private final List<Element> metas;

        Head(Document doc) {
            this.metas = doc.select("meta[content]");
        }

        String property(String name) {
            return meta(name);
        }

        String meta(String name) {
            List<String> all = all(name);
            return all.isEmpty() ? null : all.get(0);
        }

        String httpEquiv(String name) {
            return value(e -> e.attr("http-equiv"), name);
        }

        List<String> all(String name) {
            List<String> out = new ArrayList<>();
            for (Element e : metas) {
                if (matches(e.attr("property"), name) || matches(e.attr("name"), name) || matches(e.attr("itemprop"), name)) {
                    String v = clean(e.attr("content"));
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
            return out;
        }

        private String value(Function<Element, String> key, String name) {
            for (Element e : metas) {
                if (matches(key.apply(e), name)) {
                    String v = clean(e.attr("content"));
                    if (v != null) {
                        return v;
                    }
                }
            }
            return null;
        }

        private static boolean matches(String attr, String name) {
            return attr != null && attr.strip().equalsIgnoreCase(name);
        }
    }
}
