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

    @Test
    void contractions_with_one_reading_are_spelt_out_and_the_others_are_left_alone() {
        assertThat(Words.of("We’re going to build a wall")).isEqualTo(Words.of("We are going to build a wall"));
        assertThat(Words.of("I'm sure they've said we'll win")).containsExactly("i", "am", "sure", "they", "have", "said",
                "we", "will", "win");
        assertThat(Words.of("She's sure he'd go")).as("'s and 'd have two readings").containsExactly("shes", "sure", "hed", "go");
    }

    @Test
    void a_mixed_quotes_quoted_words_are_its_parts_in_quotation_marks_and_a_title_is_not_one() {
        assertThat(Words.quoted("she wanted to speak “directly to white people” and let them know that “this is not who we are.”"))
                .containsExactly("directly", "to", "white", "people", "…", "this", "is", "not", "who", "we", "are");
        assertThat(Words.quoted("he said \"we will\" and then \"win it\"")).containsExactly("we", "will", "…", "win", "it");
        assertThat(Words.quoted("the change from the usual campaign slogan, “Make America Great Again.”")).isEmpty();
        assertThat(Words.quoted("a memo titled \"The Facts on Where the Race Stands.\"")).isEmpty();
        assertThat(Words.quoted("no marks at all")).isEmpty();
        assertThat(Words.isTitle("Make America Great Again")).isTrue();
        assertThat(Words.isTitle("Make America great again")).isFalse();
    }

    @Test
    void a_mixed_quote_is_matched_by_its_quoted_words_too() {
        String mixed = "he was “not quite there yet” on supporting Ryan";
        String direct = "I’m not quite there yet.";
        assertThat(Match.best(Match.forms(mixed, true), Match.forms(direct, false), true)).isNotNull();
        assertThat(Match.best(Match.forms(mixed, false), Match.forms(direct, false), true))
                .as("the same span read as a direct quote: its paraphrase is not in the other").isNull();
        assertThat(Match.forms("Make America Great Again", false)).as("a slogan alone is never clustered").isEmpty();
        assertThat(Match.forms("that the laws “are set”", true)).as("too few quoted words to be a form").hasSize(1);
    }

    @Test
    void a_mixed_quotes_variant_is_read_on_its_quoted_words_only() {
        String mixed = "that his own foundation had received “hundreds of thousands of dollars” in personal donations from his father";
        assertThat(Variant.of(Words.spoken(mixed, true), Words.spoken("My father has given me and my foundation hundreds of"
                + " thousands of dollars.", false))).isNull();
        assertThat(Words.spoken("no marks in this mixed quote", true)).isEqualTo(Words.of("no marks in this mixed quote"));
    }

    @Test
    void the_closer_match_has_the_larger_share_then_more_words_shared() {
        assertThat(new Match(6, 6, 6).closerThan(new Match(5, 6, 5))).isTrue();
        assertThat(new Match(40, 40, 40).closerThan(new Match(7, 7, 7))).as("both whole inside: the longer").isTrue();
        assertThat(new Match(7, 7, 7).closerThan(new Match(40, 40, 40))).isFalse();
    }

    private static Variant variant(String occurrence) {
        return Variant.of(Words.of(ORIGINAL), Words.of(occurrence));
    }
}
