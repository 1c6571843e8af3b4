package org.onrecord.attribution;

import java.util.Set;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.lexicon.Word;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Which addressees the engine reports: people, outlets and bodies only. The cue reader's addressee
 * also bounds the clause, so it is kept as found there; this decides only what the output says a
 * quote was said to. Left out: a phrase that is not right after its cue ("warned in Everett",
 * "told reporters in Washington" read as Washington), pronouns ("told him": no one named), and
 * lower-case phrases headed by no word for a group of people, an outlet or a body ("tell the truth
 * about things", "ask Trump a question").
 */
public final class Addressees {
    private static final Set<String> HEADS = Set.copyOf(ResourceLines.of(Addressees.class, "addressee-heads.txt"));

    private Addressees() {}

    /** The addressee to report, or null. */
    public static Span reported(CueMatch match, Tokens tokens, Entities entities) {
        Span span = match == null ? null : match.addressee();
        if (span == null) {
            return null;
        }
        int first = tokens.firstAtOrAfter(span.start());
        int last = tokens.lastEndingBy(span.end());
        if (first < 1 || last < first) {
            return null;
        }
        if (!rightAfterCue(tokens.get(first - 1), match)) {
            // "told the Evening Courier", "told the BBC": the source reader gives the name without its "the"
            Span theName = first >= 2 && tokens.get(first - 1).is("the") && rightAfterCue(tokens.get(first - 2), match)
                    ? theName(tokens, first - 1, last) : null;
            return theName != null ? theName : groupRightAfterCue(tokens, match.cue(), first);
        }
        NameMention named = entities.mentionHolding(span);
        if (named != null && (named.isPerson() || named.organisation() >= 0)) {
            return span;
        }
        Token head = tokens.get(last);
        if (last == first && head.is(Word.PRONOUN) || head.is(Word.OBJECT_PRONOUN)) {
            return null;
        }
        if (Character.isUpperCase(tokens.get(first).first())) {
            return leadingName(tokens, first, last);
        }
        Span theName = tokens.get(first).is("the") && first < last ? theName(tokens, first, last) : null;
        if (theName != null) {
            return theName; // "told the BBC the plan would fail"
        }
        if (tokens.get(first).is("that")) {
            return null; // "said to that if voters…": a clause, not a party
        }
        return head.is(Word.PLURAL_SOURCE) || head.is(Word.ROLE) || HEADS.contains(head.lower()) ? span : null;
    }

    /**
     * A name the entity stage did not place, an outlet or a body as written: its capitalised words up
     * to the first small one ("POLITICO" of "POLITICO before Ryan’s interview"), without a closing
     * day ("CNN Tuesday"); the name after a possessive ("CNN's Jake Tapper"), and null when what the
     * name owns is a thing ("Romney's accusations").
     */
    private static Span leadingName(Tokens tokens, int first, int last) {
        int end = first;
        while (end + 1 <= last && (tokens.get(end + 1).isCapitalised() || tokens.get(end + 1).is("of")
                && end + 2 <= last && tokens.get(end + 2).isCapitalised())) {
            end++;
        }
        if (end < last && tokens.get(end + 1).kind() == Token.Kind.POSSESSIVE) {
            // "CNN's Jake Tapper" is Jake Tapper; "Romney's accusations" no party
            return end + 2 <= last && tokens.get(end + 2).isCapitalised() ? leadingName(tokens, end + 2, last) : null;
        }
        while (end > first && tokens.get(end).is(Word.TIME_WORD)) {
            end--;
        }
        return new Span(tokens.get(first).start(), tokens.get(end).end());
    }

    /**
     * "the" and a name, an outlet or a body as written ("the Evening Courier", "the House of
     * Commons"): capitalised words, with "of", "and" or "&" only between them, to the end of the
     * phrase (or on through "of" and a capitalised word) but for a closing day ("the BBC Tuesday"); null for "the Trump campaign" (a small
     * head, not in the heads list: the name only modifies it) and "the BBC's Andrew Marr".
     */
    private static Span theName(Tokens tokens, int the, int last) {
        int end = last;
        while (end > the + 1 && tokens.get(end).is(Word.TIME_WORD)) {
            end--;
        }
        if (!tokens.get(the + 1).isCapitalised() || !tokens.get(end).isCapitalised()) {
            return null;
        }
        for (int k = the + 2; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalised() && !t.is("of") && !t.is("and") && !t.is("&")) {
                return null;
            }
        }
        // "the House of Commons": the source reader ends a name before "of"; the name goes on
        while (end == last && tokens.at(end + 2) != null && tokens.get(end + 1).is("of")
                && tokens.get(end + 2).isCapitalised() && tokens.sameParagraph(end, end + 2)) {
            end += 2;
            last = end;
        }
        return new Span(tokens.get(the).start(), tokens.get(end).end());
    }

    /** "told reporters in Washington", read as Washington: the group the cue was said to is "reporters". */
    private static Span groupRightAfterCue(Tokens tokens, Span cue, int found) {
        int i = tokens.firstAtOrAfter(cue.end());
        if (i < tokens.size() && tokens.get(i).is("to")) {
            i++;
        }
        if (i >= found || !tokens.sameParagraph(i, found)) {
            return null;
        }
        Token t = tokens.get(i);
        return t.isWord() && !t.isCapitalised() && (t.is(Word.PLURAL_SOURCE) || HEADS.contains(t.lower())) ? t.span() : null;
    }

    /** The word before the addressee is the cue's own ("told", "said to") or ends its source ("said Smith to"). */
    private static boolean rightAfterCue(Token before, CueMatch match) {
        if (before.is("to") || before.end() == match.cue().end()) {
            return true;
        }
        Span source = match.source() == null ? null : match.source().mention();
        return source != null && before.end() == source.end();
    }
}
