package org.onrecord.entity;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Each person's gender, from the strongest evidence the article gives: a known first name, else
 * the first gendered title ("Ms Gibney"), else a pronoun right after an unquoted mention.
 */
final class PersonGender {
    private PersonGender() {}

    static List<Gender> of(Tokens tokens, People people, List<CandidateEvidence> evidence, List<NameMention> mentions) {
        List<Gender> out = new ArrayList<>();
        List<List<Integer>> mentionsOf = new ArrayList<>();
        for (int p = 0; p < people.people().size(); p++) {
            mentionsOf.add(new ArrayList<>());
        }
        for (int m = 0; m < mentions.size(); m++) {
            if (mentions.get(m).person() >= 0) {
                mentionsOf.get(mentions.get(m).person()).add(m);
            }
        }
        for (int p = 0; p < people.people().size(); p++) {
            Gender g = FirstNames.gender(people.people().get(p).words().get(0));
            if (g == Gender.UNKNOWN) {
                g = fromTitles(p, people, evidence);
            }
            if (g == Gender.UNKNOWN) {
                g = fromNouns(mentionsOf.get(p), tokens, mentions);
            }
            if (g == Gender.UNKNOWN) {
                g = fromPronouns(mentionsOf.get(p), tokens, mentions);
            }
            out.add(g);
        }
        return List.copyOf(out);
    }

    /** The first gendered title before any of the person's mentions, quoted or not. */
    private static Gender fromTitles(int person, People people, List<CandidateEvidence> evidence) {
        for (int c : people.candidatesOf().get(person)) {
            if (evidence.get(c).titleGender() != Gender.UNKNOWN) {
                return evidence.get(c).titleGender();
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * "her ex-boyfriend Chris Lopez", "Mother-of-two Dorota Rynkiewicz": a noun of one gender right
     * before an unquoted mention, whole or as the first or last part of a hyphenated word. A pronoun
     * after the name is weaker evidence: in "her ex-boyfriend Chris Lopez, with whom she …" it is the
     * other person's.
     */
    private static Gender fromNouns(List<Integer> ofPerson, Tokens tokens, List<NameMention> mentions) {
        for (int m : ofPerson) {
            NameMention mention = mentions.get(m);
            int first = tokens.firstAtOrAfter(mention.span().start());
            Token before = tokens.at(first - 1);
            if (mention.quoted() || before == null || !before.isWord() || !tokens.sameParagraph(first - 1, first)) {
                continue;
            }
            String w = before.lower();
            int hyphen = w.indexOf('-');
            Gender g = nounGender(tokens, w);
            if (g == Gender.UNKNOWN && hyphen > 0) {
                g = nounGender(tokens, w.substring(0, hyphen));
                if (g == Gender.UNKNOWN) {
                    g = nounGender(tokens, w.substring(w.lastIndexOf('-') + 1));
                }
            }
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    private static Gender nounGender(Tokens tokens, String word) {
        var entry = tokens.lexicon().entry(word);
        return entry.is(Word.PERSON_MALE) ? Gender.MALE : entry.is(Word.PERSON_FEMALE) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /**
     * "he" or "she" after an unquoted mention of the person ({@code ofPerson}: the indices of the
     * person's mentions), before anyone else is named.
     */
    private static Gender fromPronouns(List<Integer> ofPerson, Tokens tokens, List<NameMention> mentions) {
        for (int m : ofPerson) {
            NameMention mention = mentions.get(m);
            if (mention.quoted()) {
                continue;
            }
            int limit = m + 1 < mentions.size() ? mentions.get(m + 1).span().start() : Integer.MAX_VALUE;
            int from = tokens.firstAtOrAfter(mention.span().end());
            for (int i = from; i < tokens.size() && i < from + 40 && tokens.get(i).start() < limit; i++) {
                Token w = tokens.get(i);
                if (w.is(Word.PRONOUN_MALE)) {
                    return Gender.MALE;
                }
                if (w.is(Word.PRONOUN_FEMALE)) {
                    return Gender.FEMALE;
                }
            }
        }
        return Gender.UNKNOWN;
    }
}
