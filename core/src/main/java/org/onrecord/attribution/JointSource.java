package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Names joined by "and" (and commas) right beside a cue speak together: "Smith and Jones said",
 * "said Jane Smith, Tom Jones and Ann Cole". The source reader reads one name, the one next to
 * the cue; this widens it to every name of the list, so the quotation is not put in the mouth of
 * one person as if she alone said it. Only names join: "Smith and her lawyer" is left alone, and
 * a list counts only when nothing but the cue, a sentence's edge or punctuation lies around it
 * ("He met Ann Cole and Tom Jones said" is no list of speakers).
 */
final class JointSource {
    private static final int MAX_NAMES = 5;

    private final SourceReader reader;
    private final Tokens tokens;

    JointSource(SourceReader reader, Tokens tokens) {
        this.reader = reader;
        this.tokens = tokens;
    }

    /** The names of the list {@code source} is one of, in text order, or null when it stands alone. */
    List<Span> names(Source source, Span cue) {
        if (source.kind() != Source.Kind.NAME || source.relative() != null || cue == null) {
            return null;
        }
        int first = tokens.firstAtOrAfter(source.mention().start());
        int last = tokens.lastEndingBy(source.mention().end());
        if (first > last || last >= tokens.size()) {
            return null;
        }
        int cueFirst = tokens.firstAtOrAfter(cue.start());
        int cueLast = tokens.lastEndingBy(cue.end());
        List<int[]> names = new ArrayList<>();
        names.add(new int[] {first, last});
        boolean cueAfter = cueFirst > last;
        // to the left only where the cue follows: "Smith and Jones said"
        while (cueAfter && names.size() < MAX_NAMES) {
            int[] head = names.get(0);
            int joiner = head[0] - 1;
            Token j = tokens.at(joiner);
            if (j == null || !(j.is("and") || j.is(",")) || !tokens.sameParagraph(joiner, head[0])) {
                break;
            }
            int end = j.is("and") && reader.isPunct(joiner - 1, ",") ? joiner - 2 : joiner - 1;
            Source s = end >= 0 ? reader.nounPhraseEndingAt(end, tokens.sentenceStart(end)) : null;
            if (s == null || s.kind() != Source.Kind.NAME || tokens.lastEndingBy(s.mention().end()) != end) {
                break;
            }
            names.add(0, new int[] {tokens.firstAtOrAfter(s.mention().start()), end});
        }
        // to the right, up to the cue or the sentence's end: "Jane Smith and Tom Jones said", "said Smith and Jones."
        while (names.size() < MAX_NAMES) {
            int[] tail = names.get(names.size() - 1);
            int joiner = tail[1] + 1;
            Token j = tokens.at(joiner);
            if (j == null || !(j.is("and") || j.is(",")) || !tokens.sameParagraph(tail[1], joiner)
                    || cueAfter && joiner >= cueFirst) {
                break;
            }
            int start = j.is(",") && tokens.at(joiner + 1) != null && tokens.get(joiner + 1).is("and") ? joiner + 2 : joiner + 1;
            Source s = tokens.at(start) != null && tokens.sameParagraph(joiner, start) ? reader.sourceFrom(start, true) : null;
            if (s == null || s.kind() != Source.Kind.NAME || tokens.firstAtOrAfter(s.mention().start()) != start) {
                break;
            }
            names.add(new int[] {start, tokens.lastEndingBy(s.mention().end())});
        }
        if (names.size() < 2 || !joinedByAnd(names) || !bounded(names, cueFirst, cueLast)) {
            return null;
        }
        List<Span> out = new ArrayList<>(names.size());
        for (int[] n : names) {
            out.add(new Span(tokens.get(n[0]).start(), tokens.get(n[1]).end()));
        }
        return out;
    }

    /** Commas between the names and "and" (or ", and") before the last: a list, not a series of clauses. */
    private boolean joinedByAnd(List<int[]> names) {
        for (int k = 1; k < names.size(); k++) {
            int joiner = names.get(k)[0] - 1;
            boolean and = tokens.get(joiner).is("and");
            if (and != (k == names.size() - 1)) {
                return false;
            }
            if (and && reader.isPunct(joiner - 1, ",") && names.size() == 2) {
                return false; // "said Jane Smith, and Tom Jones nodded": two clauses
            }
        }
        return true;
    }

    /**
     * The list touches the cue on one side and ends the clause on the other: the sentence's start,
     * a comma or a quotation mark before it; its end, a comma or a colon after it.
     */
    private boolean bounded(List<int[]> names, int cueFirst, int cueLast) {
        int first = names.get(0)[0];
        int last = names.get(names.size() - 1)[1];
        if (cueFirst > last) {
            int k = last + 1;
            while (k < cueFirst && reader.isSkippable(k)) {
                k++;
            }
            Token before = tokens.at(first - 1);
            boolean opens = first == tokens.sentenceStart(first) || before == null || !tokens.sameParagraph(first - 1, first)
                    || before.kind() == Token.Kind.QUOTE_MARK || before.is(",") || before.is(":");
            return k == cueFirst && opens;
        }
        if (first <= cueLast) {
            return false;
        }
        int k = cueLast + 1;
        while (k < first && reader.isSkippable(k)) {
            k++;
        }
        Token after = tokens.at(last + 1);
        boolean closes = after == null || !tokens.sameParagraph(last, last + 1) || after.kind() == Token.Kind.PUNCT
                && (reader.endsSentence(last + 1) || after.is(",") || after.is(":") || after.is(";"));
        return k == first && closes;
    }
}
