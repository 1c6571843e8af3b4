package org.onrecord.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.cli.CliRun;
import org.onrecord.eval.GoldDoc;
import org.onrecord.eval.GoldQuote;
import org.onrecord.eval.PredQuote;
import org.onrecord.eval.Scorer;
import org.onrecord.eval.Span;

class ConfidenceCommandTest {
    private static final String TEXT = "“We cannot wait another year,” said Maria Okafor. He said the plan was late.";
    private static final Scorer BY_MENTION = new Scorer(ConfidenceCommand.ALL_TYPES, ConfidenceCommand.ALL_TYPES, 0.5);

    @TempDir
    Path dir;

    /** Twelve short articles the test writes, each quoting someone by name, with its gold. */
    private Path gold() throws IOException {
        String[] names = {"Maria Okafor", "Tom Brennan", "Ann Lee", "Raj Patel"};
        String[] cues = {"said", "added", "told reporters"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = names[i % names.length];
            String text = "The council met on Monday.\n\n“We cannot wait another year " + i + ",” " + cues[i % cues.length]
                    + " " + name + ".\n\nThe depot opened in 1962.";
            lines.add(EvalCommandTest.goldLine("a" + i, text, List.<String[]>of(
                    new String[] {"We cannot wait another year " + i + ",", "direct", name})));
        }
        Path p = dir.resolve("gold.jsonl");
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void training_twice_on_the_same_gold_writes_the_same_model() throws IOException {
        Path g = gold();
        Path one = dir.resolve("one.tsv");
        Path two = dir.resolve("two.tsv");
        CliRun r = CliRun.of("confidence", "--gold", g.toString(), "--write", one.toString(), "--note", "Engine: test.");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(CliRun.of("confidence", "--gold", g.toString(), "--write", two.toString(), "--note", "Engine: test.").exit()).isZero();
        assertThat(Files.readString(one)).isEqualTo(Files.readString(two))
                .contains("# corpus 0: gold.jsonl (12 articles, speakers by mention, or by name where the gold gives a name)")
                .contains("weight\trule=trailing-cue\t").contains("step\t-Infinity\t");
    }

    @Test
    void the_curve_gives_precision_and_recall_at_each_threshold() throws IOException {
        CliRun r = CliRun.of("confidence", "--curve", "--gold-by-name", gold().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("speakers by name").contains("threshold\tquotes\tshare\tright(e2e P)\te2e R")
                .contains("0.90\t");
    }

    private static GoldDoc doc(String speaker, String speakerText) {
        int q = TEXT.indexOf("We cannot");
        int s = TEXT.indexOf(speakerText);
        return new GoldDoc("d", TEXT, List.of(new GoldQuote(q, q + 28, "We cannot wait another year,", "direct", speaker,
                s, s + speakerText.length(), List.of())), 1);
    }

    private static PredQuote predicted(String name, String mentionText) {
        int q = TEXT.indexOf("We cannot");
        int m = TEXT.indexOf(mentionText);
        return new PredQuote(q, q + 28, "direct", name, new Span(m, m + mentionText.length()), "trailing-cue", null);
    }

    @Test
    void a_speaker_named_by_a_pronoun_alone_is_wrong_even_where_its_mention_overlaps() {
        assertThat(ConfidenceCommand.right(BY_MENTION, doc("He", "He"), predicted("He", "He"))).isFalse();
    }

    @Test
    void where_the_gold_gives_a_name_the_predicted_name_must_agree_with_it() {
        GoldDoc d = doc("Maria Okafor", "Maria Okafor");
        assertThat(ConfidenceCommand.right(BY_MENTION, d, predicted("Maria Okafor", "Maria Okafor"))).isTrue();
        assertThat(ConfidenceCommand.right(BY_MENTION, d, predicted("Okafor", "Maria Okafor"))).isFalse();
    }

    @Test
    void where_the_gold_gives_a_description_the_mention_is_enough() {
        GoldDoc d = doc("the minister", "Maria Okafor");
        assertThat(ConfidenceCommand.right(BY_MENTION, d, predicted("Maria Okafor", "Maria Okafor"))).isTrue();
        assertThat(ConfidenceCommand.isName("the minister")).isFalse();
        assertThat(ConfidenceCommand.isName("He")).isFalse();
        assertThat(ConfidenceCommand.isName("Donald Trump")).isTrue();
    }

    @Test
    void a_document_is_grouped_by_its_country_or_outlet_or_where_it_has_none_by_the_outlet_its_id_names() {
        assertThat(ConfidenceCommand.groupKey("uk-dailymail-2020-x", "UK", "country")).isEqualTo("UK");
        assertThat(ConfidenceCommand.groupKey("uk-dailymail-2020-x", "Daily Mail (MailOnline), Welsh story", "outlet"))
                .isEqualTo("Daily Mail");
        assertThat(ConfidenceCommand.groupKey("nyt_2016-03-01_trump-rally", "", "country")).isEqualTo("nyt");
        assertThat(ConfidenceCommand.groupKey("nyt_2016-03-01_trump-rally", "", "article")).isEqualTo("nyt_2016-03-01_trump-rally");
        assertThat(ConfidenceCommand.groupKey("plain", "", "outlet")).isEqualTo("plain");
    }

    @Test
    void the_cross_check_by_outlet_prints_each_folds_figure_and_refuses_an_unknown_grouping() throws IOException {
        Path g = gold();
        CliRun r = CliRun.of("confidence", "--cross-check", "--gold-by-name", g.toString(), "--group-by", "outlet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("held-out confidences").contains("folds at 0.90 (quotes right):").contains("lowest");
        CliRun bad = CliRun.of("confidence", "--cross-check", "--gold-by-name", g.toString(), "--group-by", "planet");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("--group-by");
    }
}
