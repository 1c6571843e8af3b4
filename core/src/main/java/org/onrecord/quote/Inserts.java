package org.onrecord.quote;

import org.onrecord.text.Chars;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;

/**
 * Lines a page sets between the paragraphs of one quotation: a photo caption or a promo line
 * ("Back on: The BBC One soap is returning …", "Are you in Zante? Let us know …"). Captions and
 * such lines end without a sentence's closing punctuation, where the story's own paragraphs end
 * with one; a quotation left open before at most two of them and reopened right after goes on
 * past them, as it goes on into a paragraph that reopens it directly.
 */
final class Inserts {
    private static final int MAX_INSERTS = 2;

    private Inserts() {}

    /**
     * The content paragraph after the inserts that start at {@code next}, or null when {@code next}
     * is no insert or more than {@link #MAX_INSERTS} follow one another.
     */
    static Paragraph resumedPast(Segmented doc, Paragraph next) {
        Paragraph here = next;
        for (int n = 0; n < MAX_INSERTS && here != null && isInsert(doc.text(), here); n++) {
            here = doc.nextContent(here);
        }
        return here == next ? null : here;
    }

    /** A paragraph that neither opens with a quotation mark nor ends with a sentence's punctuation. */
    private static boolean isInsert(String text, Paragraph p) {
        int s = p.start();
        int e = p.end();
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Chars.isSpace(text.charAt(e - 1)) || Chars.isQuoteMark(text.charAt(e - 1)))) {
            e--;
        }
        if (e <= s || Chars.isQuoteMark(text.charAt(s))) {
            return false;
        }
        char last = text.charAt(e - 1);
        return Character.isLetterOrDigit(last) || last == ')';
    }
}
