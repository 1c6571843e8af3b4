package org.onrecord.text;

import java.util.List;

/** A document's text cut into paragraphs, boilerplate ones marked. */
public record Segmented(String text, List<Paragraph> paragraphs) {
    public Segmented {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraph that holds the index, or null when it falls between paragraphs. */
    public Paragraph paragraphAt(int index) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (index < p.start()) {
                hi = mid - 1;
            } else if (index >= p.end()) {
                lo = mid + 1;
            } else {
                return p;
            }
        }
        return null;
    }

    /** The nearest content paragraph before the given one, or null. */
    public Paragraph previousContent(Paragraph paragraph) {
        for (int i = paragraph.index() - 1; i >= 0; i--) {
            if (paragraphs.get(i).isContent()) {
                return paragraphs.get(i);
            }
        }
        return null;
    }

    /** The nearest content paragraph after the given one, or null. */
    public Paragraph nextContent(Paragraph paragraph) {
        for (int i = paragraph.index() + 1; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).isContent()) {
                return paragraphs.get(i);
            }
        }
        return null;
    }
}
