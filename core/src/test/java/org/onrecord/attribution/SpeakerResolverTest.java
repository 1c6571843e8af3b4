package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;

/** How a source becomes the name a reader sees. */
class SpeakerResolverTest {
    private static List<Attribution> marked(String text) {
        return Stages.attributions(text).stream().filter(a -> a.quote().isMarked()).toList();
    }

    @Test
    void a_description_followed_by_a_name_in_apposition_is_that_person() {
        String text = "“Canadians are perplexed,” said the country’s U.S. ambassador, Kirsten Hillman.";
        Attribution a = marked(text).get(0);
        assertThat(a.speaker().name()).isEqualTo("Kirsten Hillman");
    }

    @Test
    void a_description_with_a_name_between_commas_before_the_cue_is_that_person() {
        String text = "“If prices go up, it is because of others,” his homeland secretary, Kristi Noem, said on NBC.";
        Attribution a = marked(text).get(0);
        assertThat(a.speaker().name()).isEqualTo("Kristi Noem");
    }

    @Test
    void a_description_followed_by_a_comma_and_a_clause_keeps_its_words() {
        String text = "Tom Baker arrived.\n\n“It is over,” said the minister, Tom Baker having left.";
        Attribution a = marked(text).get(0);
        assertThat(a.speaker().mention().of(text)).isEqualTo("the minister"); // not "the minister, Tom Baker"
    }

    @Test
    void a_source_read_as_part_of_a_longer_name_is_the_whole_name() {
        String text = "Founder He Xiaopeng says he no longer sees XPeng simply as a carmaker.";
        Attribution a = Stages.attributions(text).get(0);
        assertThat(a.speaker().name()).isEqualTo("He Xiaopeng");
    }

    @Test
    void it_is_the_body_that_opened_the_sentence_before_rather_than_one_it_named_as_an_object() {
        String text = "The Northern Miners Union opposed the sale of the Vantor Mining Company on Monday.\n\n"
                + "“The mine must stay in public hands,” it said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Northern Miners Union");
    }

    @Test
    void it_passes_over_a_quoted_sentence_to_the_body_that_spoke_before_it() {
        String text = "The Northern Miners Union opposed the sale of the Vantor Mining Company on Monday.\n\n"
                + "“The Vantor Mining Company is ours.”\n\n"
                + "“The mine must stay in public hands,” it said.";
        assertThat(marked(text).get(1).speaker().name()).isEqualTo("Northern Miners Union");
    }

    @Test
    void he_is_the_man_who_opened_a_recent_sentence_rather_than_one_listed_after_him() {
        String text = "Mr John Barilaro arrived with colleagues Paul Toole and Sarah Mitchell.\n\n"
                + "“We will sit on the crossbench,” he said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("John Barilaro");
    }

    @Test
    void he_is_the_last_man_named_when_no_man_opened_a_recent_sentence() {
        String text = "The premier met Paul Toole on Monday.\n\n“We will sit on the crossbench,” he said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Paul Toole");
    }

    @Test
    void he_after_a_quotation_of_several_paragraphs_is_the_subject_before_it_not_a_man_named_later() {
        String text = "Tom Baker thanked Mayor Ann Lee and councillor Bob Price for their help.\n\n"
                + "“It was a long year for the town. We worked hard.\n\n"
                + "“The town is better for it,” he said.";
        assertThat(marked(text).get(1).speaker().name()).isEqualTo("Tom Baker");
    }

    @Test
    void he_after_a_photo_caption_speaks_on_from_the_story_not_from_the_caption() {
        String text = "Coach Sam Webb hit back at club owner Dan Ross on Monday.\n\n"
                + "Club owner Dan Ross apologised to fans on Twitter after the defeat\n\n"
                + "He said: “It is not helpful.”";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Sam Webb");
    }

    @Test
    void a_name_after_a_fronted_adjunct_and_a_comma_is_the_subject() {
        String text = "After deleting the post, Peter Hall sent an apology to John Marsh.\n\n"
                + "“We meant no harm,” he wrote.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Peter Hall");
    }

    @Test
    void the_owner_named_before_a_possessive_is_not_the_subject() {
        String text = "Tom Reed's father Raj Kumar, a surgeon, backed his son.\n\n"
                + "“He works hard,” he added.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Raj Kumar");
    }

    @Test
    void a_name_after_an_article_modifies_a_noun_and_is_no_subject() {
        String text = "Jay Santos, a broadcaster, shared the claim on Monday.\n\n"
                + "The Facebook post drew many replies.\n\n"
                + "“Be careful,” he wrote.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Jay Santos");
    }

    /** Only a known other gender rules a subject out: the nearer subject, whose name may be either, is "he". */
    @Test
    void a_subject_whose_gender_is_not_told_is_nearer_than_a_man_named_before() {
        String text = "MP Justin Field urged the premier to act.\n\n"
                + "Council chief Chris Gambian criticised the plan.\n\n"
                + "“It is one small step,” he said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Chris Gambian");
    }

    @Test
    void he_is_the_man_named_after_the_cue_of_the_quotation_before_not_a_man_he_named_in_passing() {
        String text = "“We won the final,” said Tom Baker, who thanked his coach Sam Webb.\n\n"
                + "“It was a hard season,” he said.";
        assertThat(marked(text).get(1).speaker().name()).isEqualTo("Tom Baker");
    }

    @Test
    void he_that_goes_on_from_a_he_before_reaches_back_past_it_to_the_man_it_stood_for() {
        String text = "Tom Banks announced the plan on Monday, with colleagues Paul Toole and Sam Webb beside him.\n\n"
                + "‘We will abstain from every vote,’ he said.\n\n"
                + "He said the party would not attend meetings.\n\n"
                + "However, he added the ministers would stay.";
        Attribution added = Stages.attributions(text).stream()
                .filter(a -> a.quote().content().of(text).startsWith("the ministers")).findFirst().orElseThrow();
        assertThat(added.speaker().name()).isEqualTo("Tom Banks");
    }

    @Test
    void the_union_speaks_for_the_one_union_named_before_and_an_acronym_for_its_full_name() {
        String text = "The Industrial and Commercial Workers’ Union (ICU) has kicked against the sale of the company.\n\n"
                + "“Where lies their patriotism?” the union asked.\n\n"
                + "“Assets must be preserved,” ICU said.";
        List<Attribution> quotes = marked(text);
        assertThat(quotes).extracting(a -> a.speaker().name())
                .containsExactly("Industrial and Commercial Workers’ Union", "Industrial and Commercial Workers’ Union");
    }

    @Test
    void the_statement_speaks_for_the_body_whose_cue_named_it_before() {
        String text = "In an updated statement on Monday, the Harbour Police said the woman had been found.\n\n"
                + "“There is no risk to the public,” the statement said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Harbour Police");
    }

    @Test
    void a_statement_is_a_new_one_and_takes_no_author_from_an_earlier_sentence() {
        String text = "The Harbour Police said in a statement that the woman had been found.\n\n"
                + "“Rates will rise,” a statement from nobody in particular said.";
        assertThat(marked(text).get(0).speaker().name()).isNotEqualTo("Harbour Police");
    }

    @Test
    void a_poll_speaks_for_itself_not_for_its_pollster() {
        String text = "A Harbour Research poll of 1,000 voters was published on Monday.\n\n"
                + "The poll showed that voters were tired of the race.";
        Attribution showed = Stages.attributions(text).stream()
                .filter(a -> a.quote().content().of(text).startsWith("voters")).findFirst().orElseThrow();
        assertThat(showed.speaker().name()).isEqualTo("The poll");
    }

    @Test
    void the_official_is_named_as_the_fuller_description_that_introduced_them() {
        String text = "A transport department official, however, claimed that the bus was in its lane.\n\n"
                + "“The driver tried to stop,” the official said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("a transport department official");
    }

    @Test
    void a_description_beside_a_name_belongs_to_that_person_and_is_not_reused() {
        String text = "Tom Baker, a transport department official, claimed that the bus was in its lane.\n\n"
                + "Mary Webb arrived later.\n\n"
                + "“The driver tried to stop,” the official said.";
        assertThat(marked(text).get(0).speaker().name()).isNotEqualTo("a transport department official");
    }

    @Test
    void a_name_listed_after_including_is_not_the_role_of_the_place_before_it() {
        String text = "Several leaders in Jammu and Kashmir, including party chief Mehbooba Mufti, were held.\n\n"
                + "“We are under house arrest,” the party chief said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Mehbooba Mufti");
    }

    @Test
    void she_after_an_unnamed_relative_opened_the_sentence_before_is_that_relative_not_a_woman_named_earlier() {
        String text = "Mary Webb, the local MP, visited the family on Monday.\n\n"
                + "Police said the inquiry was going on.\n\n"
                + "However, the girl's aunt accused the police of negligence. She also said that nobody had called.";
        Attribution said = Stages.attributions(text).stream()
                .filter(a -> a.quote().content().of(text).startsWith("nobody")).findFirst().orElseThrow();
        assertThat(said.speaker().name()).isEqualTo("the girl's aunt");
    }

    @Test
    void he_after_an_epithet_that_names_nobody_new_is_still_the_man_named_before() {
        String text = "Tom Baker returned to the club on Monday after ten years away.\n\n"
                + "The Bengaluru man spent the day with the players.\n\n"
                + "“It was incredible,” he said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Tom Baker");
    }

    @Test
    void a_report_is_a_source_of_its_own_not_the_body_that_published_it() {
        String text = "In a report published on Monday, the Harbour Trust said the water was clean.\n\n"
                + "“Swimming is safe again,” the report said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("the report");
    }

    @Test
    void a_body_s_own_post_speaks_for_the_body() {
        String text = "East Dorset Police's original post said: “Officers executed a drugs warrant this afternoon.”";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("East Dorset Police");
    }

    @Test
    void it_after_according_to_a_body_is_that_body_not_the_subject_of_what_it_said() {
        String text = "The Northern Miners Union (NMU) in Ghana has kicked against any move to sell the Volta Mining "
                + "Company Limited (VOMCO).\n\n“Where lies their patriotism?” the union asked.\n\n"
                + "According to NMU-Ghana, VOMCO has faced challenges before and successfully rebounded each time, "
                + "maintaining its position as a critical pillar of the national economy. It cited plans to expand "
                + "the mine as evidence that the company remains viable.";
        Attribution cited = Stages.attributions(text).stream()
                .filter(a -> a.quote().content().of(text).startsWith("the company remains")).findFirst().orElseThrow();
        assertThat(cited.speaker().name()).isEqualTo("Northern Miners Union");
    }

    @Test
    void the_one_a_named_person_owns_speaks_not_the_owner() {
        String text = "Daniel John Gorshenin was granted bail on Monday.\n\n"
                + "“My client has been in the dark,” Gorshenin's defence lawyer said.";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Daniel John Gorshenin's defence lawyer");
    }

    @Test
    void the_role_of_a_body_before_a_name_and_a_comma_is_that_person_s_role() {
        String text = "The Minister for Government Communications, Felix Kwakye Ofosu, has announced plans.\n\n"
                + "Mary Webb of the union welcomed them.\n\n"
                + "According to the Minister, journalists are partners.";
        Attribution said = Stages.attributions(text).stream()
                .filter(a -> a.quote().content().of(text).startsWith("journalists")).findFirst().orElseThrow();
        assertThat(said.speaker().name()).isEqualTo("Felix Kwakye Ofosu");
    }

    @Test
    void the_one_told_before_a_colon_is_the_hearer_never_the_speaker() {
        String text = "Daisy Cooper, the party's education spokesperson, told BBC Radio 4's Today programme: "
                + "“I'm extremely worried about these young people.”";
        assertThat(marked(text).get(0).speaker().name()).isEqualTo("Daisy Cooper");
    }

    @Test
    void a_quotation_followed_by_a_name_does_not_inherit_the_speaker_of_the_paragraph_before() {
        String text = "The union said on Monday that it would strike.\n\n“It is over,” Tom Baker is telling his friends.";
        Attribution over = marked(text).get(0);
        assertThat(over.speaker() == null ? null : over.speaker().name()).isNotEqualTo("The union");
    }
}
