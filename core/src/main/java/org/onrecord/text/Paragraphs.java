package org.onrecord.text;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into paragraphs at line breaks; blank lines separate nothing more than one break does. */
public final class Paragraphs {
    private Paragraphs() {}

    public static List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && !Chars.isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && Chars.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Paragraph(out.size(), new Span(s, e), null));
            }
            i = lineEnd + 1;
        }
        return out;
    }
}
