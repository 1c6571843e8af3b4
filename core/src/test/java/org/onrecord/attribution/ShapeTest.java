package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onrecord.Stages;

/** One short text per shape: the runner records the shape that read each clause, and its rule. */
class ShapeTest {
    /** The shape, a text, and the content it reads there. */
    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(Shape.LABELLED, "NY Daily News: Paris attacks highlight the threat posed by the gun lobby.",
                        "Paris attacks highlight the threat posed by the gun lobby"),
                arguments(Shape.PARTICIPLE_AFTER_QUOTE,
                        "“We sell old episodes,” said Rice, noting that the reruns still earn money for the network.",
                        "the reruns still earn money for the network"),
                arguments(Shape.INTO_QUOTATION,
                        "Swers said because Obama is popular with voters, “he is a very good surrogate for her.”",
                        "because Obama is popular with voters, “he is a very good surrogate for her."),
                arguments(Shape.TRAILING_ATTRIBUTION, "Talks with the company have failed, the union said on Tuesday.",
                        "Talks with the company have failed"),
                arguments(Shape.POLL_FRAMING, "In a poll released Monday, 50 percent of voters chose Clinton over Sanders.",
                        "50 percent of voters chose Clinton over Sanders"),
                arguments(Shape.AS_REPORTED, "As Breitbart News reported, the White House was refusing to release the documents.",
                        "the White House was refusing to release the documents"),
                arguments(Shape.REPORTED_BY, "The senator’s move was first reported by MSNBC on Tuesday night.",
                        "The senator’s move"),
                arguments(Shape.ACCORDING_TO, "According to union staff, only a few trains are running this morning.",
                        "only a few trains are running this morning"),
                arguments(Shape.OBJECT_CUE, "The governor talked about the southern border for an hour.",
                        "the southern border for an hour"),
                arguments(Shape.STANCE_PARTICIPLE, "A group of pastors supporting Mr. Cruz met in Iowa on Monday.", "Mr. Cruz"),
                arguments(Shape.STANCE_OBJECT, "The mayor endorsed Clinton.", "Clinton"),
                arguments(Shape.CLAUSE_AFTER_CUE, "Starmer ordered his team not to join the strike.",
                        "his team not to join the strike"),
                arguments(Shape.CLAUSE_BEFORE_CUE, "The solution, the partner told them, was simple.",
                        "The solution, the partner told them, was simple"),
                arguments(Shape.IN_DOCUMENT, "In the report, the bridge remains unsafe for heavy trucks.",
                        "the bridge remains unsafe for heavy trucks"),
                arguments(Shape.IN_POLL, "Sanders has led Clinton in just about every statewide poll in New Hampshire.",
                        "Sanders has led Clinton in just about every statewide poll in New Hampshire"),
                arguments(Shape.UNSOURCED, "Trump is expected to win the primary in South Carolina.",
                        "Trump is expected to win the primary in South Carolina"),
                arguments(Shape.EARLIER_CUE, "Smith said the plan would fail. Nobody listened. “It cannot work.”",
                        "It cannot work."));
    }

    private static Attribution reading(List<Attribution> all, String text, String content) {
        return all.stream().filter(a -> a.quote().content().of(text).equals(content)).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void each_shape_is_recorded_on_what_it_read(Shape shape, String text, String content) {
        Attribution a = reading(Stages.attributions(text), text, content);
        assertThat(a).as("an attribution of “%s”", content).isNotNull();
        assertThat(a.shape()).isEqualTo(shape);
        assertThat(a.rule()).isEqualTo(shape.family());
    }

    @ParameterizedTest(name = "without {0}: {1}")
    @MethodSource("cases")
    void a_shape_switched_off_reads_nothing(Shape shape, String text, String content) {
        List<Attribution> all = Stages.attributions(text, new Ablation(Set.of(), Set.of(shape)));
        assertThat(all).extracting(Attribution::shape).doesNotContain(shape);
    }

    @Test
    void every_shape_has_a_case_above() {
        Set<Shape> covered = EnumSet.noneOf(Shape.class);
        cases().forEach(c -> covered.add((Shape) c.get()[0]));
        assertThat(covered).containsExactlyInAnyOrder(Shape.values());
    }

    @Test
    void every_shape_of_reported_speech_names_reported_clause_or_unsourced_as_its_rule() {
        for (Shape s : Shape.values()) {
            if (s.stage() != Shape.Stage.INHERITED) {
                assertThat(s.family()).as(s.label()).isIn(Rule.REPORTED_CLAUSE, Rule.UNSOURCED);
            }
        }
    }

    @Test
    void labels_are_unique_and_found_again() {
        for (Shape s : Shape.values()) {
            assertThat(Shape.byLabel(s.label())).isSameAs(s);
        }
        assertThat(Shape.byLabel("no-such-shape")).isNull();
    }
}
