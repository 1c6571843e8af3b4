package org.onrecord.attribution;

/**
 * The limits reported speech reads by. Its word lists are data now: see {@code org.onrecord.lexicon}
 * ({@code verbs.tsv}, {@code function-words.tsv}, {@code word-forms.tsv}, {@code nouns.tsv}).
 */
final class ReportedWords {
    private ReportedWords() {}

    static final int MIN_WORDS = 3;

    static final int FRAGMENT_REACH = 80;
}
