package org.onrecord.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD blocks, if any. Pages put it at the top of a
 * block, in an array, or in a {@code @graph} (WordPress with Yoast) where the author and publisher are
 * {@code {"@id": …}} references to other nodes of the graph; references are followed. A block that is
 * not valid JSON is skipped: a page's broken markup never stops extraction.
 */
final class JsonLd {
    /** The kinds of news article schema.org names, tried before the generic kinds below. */
    private static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicQuestion", "LiveBlogPosting");
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "BlogPosting", "Report", "SatiricalArticle");
    /** Lenient as pages need: comments, trailing commas and raw line breaks inside strings are common. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final int MAX_BLOCK_CHARS = 1_000_000;

    private final JsonNode article;
    private final Map<String, JsonNode> byId;

    private JsonLd(JsonNode article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = byId;
    }

    /** The page's article node, or an empty reading when it has none. */
    static JsonLd of(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            String type = script.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            try {
                collect(LENIENT.readTree(unwrap(data)), nodes, 0);
            } catch (Exception e) { // NOPMD: any failure to read one block only means that block says nothing
                // a malformed block is skipped; the page's other blocks and tags still count
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            String id = string(n.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, n);
            }
        }
        JsonNode article = first(nodes, NEWS_TYPES);
        if (article == null) {
            article = first(nodes, ARTICLE_TYPES);
        }
        return new JsonLd(article, byId);
    }

    /** Some CMSs wrap the block in a comment or CDATA section for old browsers. */
    private static String unwrap(String data) {
        String d = data;
        for (String[] wrap : new String[][] {{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}}) {
            if (d.startsWith(wrap[0]) && d.endsWith(wrap[1])) {
                d = d.substring(wrap[0].length(), d.length() - wrap[1].length()).strip();
            }
        }
        return d;
    }

    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, into, depth + 1);
            }
        }
    }

    private static JsonNode first(List<JsonNode> nodes, Set<String> types) {
        for (JsonNode n : nodes) {
            if (hasType(n, types)) {
                return n;
            }
        }
        return null;
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && types.contains(localName(t.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && types.contains(localName(type.asText()));
    }

    /** {@code https://schema.org/NewsArticle} and {@code schema:NewsArticle} are NewsArticle too. */
    private static String localName(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1);
    }

    boolean found() {
        return article != null;
    }

    String headline() {
        String h = text("headline");
        return h != null ? h : text("name");
    }

    String datePublished() {
        return text("datePublished");
    }

    String dateModified() {
        return text("dateModified");
    }

    String language() {
        JsonNode lang = field("inLanguage");
        if (lang != null && lang.isObject()) {
            return string(lang.get("alternateName"));
        }
        return string(lang);
    }

    /** {@code url}, else {@code mainEntityOfPage} as a string or as a node's {@code @id} or {@code url}. */
    String url() {
        String url = text("url");
        if (url != null) {
            return url;
        }
        JsonNode page = field("mainEntityOfPage");
        if (page == null) {
            return null;
        }
        if (page.isObject()) {
            String u = string(page.get("url"));
            return u != null ? u : string(page.get("@id"));
        }
        return string(page);
    }

    /** The authors' names: a string, a Person or Organization, or an array of these. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        JsonNode author = field("author");
        if (author == null) {
            author = field("creator");
        }
        if (author == null) {
            return names;
        }
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            JsonNode resolved = resolve(a);
            String name = resolved.isObject() ? string(resolved.get("name")) : string(resolved);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    String publisher() {
        JsonNode publisher = field("publisher");
        if (publisher == null) {
            return null;
        }
        JsonNode p = resolve(publisher.isArray() && !publisher.isEmpty() ? publisher.get(0) : publisher);
        return p.isObject() ? string(p.get("name")) : string(p);
    }

    private String text(String name) {
        JsonNode v = field(name);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return string(v);
    }

    private JsonNode field(String name) {
        return article == null ? null : article.get(name);
    }

    /** A node that is only {@code {"@id": …}} stands for the node of the graph with that id. */
    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.get("name") == null) {
            String id = string(node.get("@id"));
            JsonNode target = id == null ? null : byId.get(id);
            if (target != null) {
                return target;
            }
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    private static String string(JsonNode v) {
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
