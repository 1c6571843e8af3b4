package org.onrecord.text;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of an HTML page: the article body without navigation, share bars, captions,
 * related links and scripts, as paragraphs separated by blank lines.
 */
public final class HtmlText {
    private static final String NOISE_TAGS =
            "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, figure, "
                    + "figcaption, picture, video, audio, select, input, textarea";
    private static final Pattern NOISE_NAMES = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|promo|newsletter|comments?|caption|breadcrumbs?|advert|ads?|"
                    + "cookie|subscribe|subscription|footer|nav|navigation|menu|sidebar|byline|author-bio|tags|"
                    + "most-read|trending|recommended|read-more|readmore|outbrain|taboola)([\\s_-]|$)");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt";

    /** The extracted text and what the page says about itself. */
    public record Result(String text, PageMetadata metadata) {
        /** The page's headline, or null. */
        public String title() {
            return metadata.title();
        }
    }

    private HtmlText() {}

    public static Result extract(String html) {
        Document doc = Jsoup.parse(html);
        PageMetadata metadata = MetadataReader.read(doc);
        doc.select(NOISE_TAGS).remove();
        for (Element e : doc.getAllElements()) {
            if (e != doc.body() && e.parent() != null && isNoise(e)) {
                e.remove();
            }
        }
        Element root = mainElement(doc);
        StringBuilder out = new StringBuilder();
        appendBlocks(root, out);
        return new Result(out.toString(), metadata);
    }

    private static boolean isNoise(Element e) {
        String names = e.className() + " " + e.id();
        return !names.isBlank() && NOISE_NAMES.matcher(names).find() && !e.tagName().equals("article");
    }

    private static Element mainElement(Document doc) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Elements found = doc.select(selector);
            Element best = null;
            for (Element e : found) {
                if (best == null || textLength(e) > textLength(best)) {
                    best = e;
                }
            }
            if (best != null && textLength(best) > 200) {
                return best;
            }
        }
        Element best = doc.body() == null ? doc : doc.body();
        int bestScore = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = textLength(parent);
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return bestScore > 400 ? best : (doc.body() == null ? doc : doc.body());
    }

    private static int textLength(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static void appendBlocks(Element root, StringBuilder out) {
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            append(root.text(), out);
            return;
        }
        for (Element block : blocks) {
            if (hasBlockAncestorWithin(block, root)) {
                continue;
            }
            append(block.text(), out);
        }
    }

    private static boolean hasBlockAncestorWithin(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static void append(String text, StringBuilder out) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(t);
    }
}
