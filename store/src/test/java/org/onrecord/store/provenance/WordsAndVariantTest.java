package org.onrecord.store.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normaliser's allowances and the variant classes, word list against word list. */
class WordsAndVariantTest {
    private static final String ORIGINAL = "We will build 500,000 homes, and Tony Blair knows it.";

    @Test
    void case_punctuation_marks_ellipses_brackets_and_contractions_are_normalised() {
        assertThat(Words.of("“We won’t — ever — give up… so” [Tony] Blair’s line"))
                .containsExactly("we", "will", "not", "ever", "give", "up", "…", "so", "[]", "blairs", "line");
        assertThat(Words.of("give up … [and] so")).as("gaps side by side are one").containsExactly("give", "up", "…", "so");
        assertThat(Words.of("\"It costs 1,000 pounds . . . a year\""))
                .containsExactly("it", "costs", "1000", "pounds", "…", "a", "year");
        assertThat(Words.of("middle-class [...] families")).containsExactly("middle", "class", "…", "families");
    }

    @Test
    void truncation_elision_and_bracketed_insertion_are_not_variants() {
        assertThat(variant("We will build 500,000 homes")).isNull();
        assertThat(variant("build 500,000 homes, and Tony Blair knows it")).isNull();
        assertThat(variant("We will build 500,000 homes … and Tony Blair knows it")).isNull();
        assertThat(variant("We will build 500,000 homes, and [Tony] Blair knows it.")).isNull();
        assertThat(variant("We will build 500,000 homes, and [he] knows it.")).isNull();
        assertThat(Variant.of(Words.of("And she’s given the charity millions of pounds"), Words.of("And [Smith]’s given the charity millions of pounds")))
                .isNull();
        assertThat(variant("“We will build 500,000 homes, and Tony Blair knows it”")).isNull();
    }

    @Test
    void each_change_is_classified() {
        assertThat(variant("We will not build 500,000 homes, and Tony Blair knows it.").classes())
                .containsExactly(Variant.NEGATION_ADDED);
        assertThat(variant("We will build 50,000 homes, and Tony Blair knows it.").classes())
                .containsExactly(Variant.NUMBER_CHANGED);
        assertThat(variant("We will build five hundred thousand homes, and Tony Blair knows it.").classes())
                .containsExactly(Variant.NUMBER_CHANGED);
        assertThat(variant("We will sell 500,000 homes, and Tony Blair knows it.").classes())
                .containsExactly(Variant.SUBSTITUTED);
        assertThat(variant("We will build 500,000 new homes, and Tony Blair knows it.").classes())
                .containsExactly(Variant.INSERTED);
        assertThat(variant("We will build 500,000 homes, and Blair knows it.").classes()).containsExactly(Variant.REMOVED);
        Variant v = variant("We will sell 500,000 homes, and Tony Blair knows it.");
        assertThat(v.diff()).isEqualTo("-[build] +[sell]");
        assertThat(Variant.of(Words.of("We won't back down now"), Words.of("We will back down now")).classes())
                .containsExactly(Variant.NEGATION_REMOVED);
    }

    @Test
    void a_short_quotation_inside_a_longer_one_is_accepted_and_scattered_common_words_are_not() {
        var longer = Words.plain(Words.of("The fact is that we will build the homes this country needs, and we will do it"
                + " on time, because the people of this country deserve it"));
        assertThat(Match.of(Words.plain(Words.of("we will build the homes this country needs")), longer).accepted(true)).isTrue();
        assertThat(Match.of(Words.plain(Words.of("the people deserve better than this")), longer).accepted(true)).isFalse();
        assertThat(Match.of(Words.plain(Words.of("we will win")), Words.plain(Words.of("we will win"))).accepted(true))
                .as("three words are too common to be one quotation").isFalse();
    }

    private static Variant variant(String occurrence) {
        return Variant.of(Words.of(ORIGINAL), Words.of(occurrence));
    }
}
