package org.onrecord.attribution;

import java.util.HashMap;
import java.util.Map;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Paragraphs set between the paragraphs of a story that are not part of its narrative: a photo
 * caption ("Fulham owner Khan issued an apology on Twitter after the defeat", "… rate of inflation
 * (file image)") or a section heading. Newsroom pages put them anywhere, even inside a quotation
 * that runs over paragraphs, so a pronoun's person and a continued quotation's speaker are sought
 * past them. An aside is a paragraph after the first (the headline is not one) that is a single
 * sentence with no end mark, or that ends in a bracket closing a picture credit.
 */
final class Asides {
    private final Segmented doc;
    private final Tokens tokens;

    Asides(Segmented doc, Tokens tokens) {
        this.doc = doc;
        this.tokens = tokens;
    }

    /** Whether token {@code i} stands in an aside. */
    boolean holds(int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        // each paragraph is walked once: a walk asks about many tokens of one long paragraph
        return byParagraph.computeIfAbsent(tokens.paragraphOf(i), p -> walk(i));
    }

    private final Map<Integer, Boolean> byParagraph = new HashMap<>();

    private boolean walk(int i) {
        int start = i;
        while (start > 0 && tokens.sameParagraph(start - 1, i)) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        int last = i;
        while (last + 1 < tokens.size() && tokens.sameParagraph(last + 1, i)) {
            last++;
        }
        Token end = tokens.get(last);
        if (end.is(")") || end.is("]")) {
            return true; // "(file image)", "[File photo]": a picture's credit ends its caption
        }
        return (end.isWord() || end.kind() == Token.Kind.NUMBER) && tokens.sentenceStart(last) == start;
    }

    /** Whether the content paragraph {@code p} is an aside. */
    boolean is(Paragraph p) {
        int first = tokens.firstAtOrAfter(p.start());
        return first < tokens.size() && tokens.get(first).start() < p.end() && holds(first);
    }

    /** The nearest content paragraph before {@code p} that is not an aside, or null. */
    Paragraph storyBefore(Paragraph p) {
        Paragraph prev = doc.previousContent(p);
        while (prev != null && is(prev)) {
            prev = doc.previousContent(prev);
        }
        return prev;
    }
}
