package org.onrecord.model;

/**
 * An article to read: its plain text or its HTML (exactly one of them), and what is known of it.
 * Metadata is passed through to the result unchanged.
 */
public record Article(String id, String text, String html, String url, String published, String outlet) {
    public Article {
        if ((text == null) == (html == null)) {
            throw new IllegalArgumentException("an article needs exactly one of text or html");
        }
    }

    public static Article ofText(String id, String text) {
        return new Article(id, text, null, null, null, null);
    }

    public static Article ofHtml(String id, String html) {
        return new Article(id, null, html, null, null, null);
    }

    public boolean isHtml() {
        return html != null;
    }

    public Article withMetadata(String url, String published, String outlet) {
        return new Article(id, text, html, url, published, outlet);
    }
}
