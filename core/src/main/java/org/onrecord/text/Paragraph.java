package org.onrecord.text;

import org.onrecord.model.Boilerplate;

/**
 * One paragraph of a document: a line of text without its line break and surrounding white space.
 *
 * @param boilerplate what kind of boilerplate it is, or null when it is content
 */
public record Paragraph(int index, Span span, Boilerplate.Kind boilerplate) {
    public boolean isContent() {
        return boilerplate == null;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    Paragraph as(Boilerplate.Kind kind) {
        return new Paragraph(index, span, kind);
    }
}
