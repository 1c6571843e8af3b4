package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The trainer on a small fixture written here: two corpora of made-up attributions whose share
 * right is fixed by their features, so what the model must learn, and how sure it may be, is known.
 */
class ConfidenceTrainerTest {
    private static final ConfidenceTrainer TRAINER = new ConfidenceTrainer(ConfidenceTrainer.Settings.STANDARD);
    /** A margin of one standard error, so that the calibration tests' figures do not move with the standard's. */
    private static final ConfidenceTrainer ONE_SE = new ConfidenceTrainer(new ConfidenceTrainer.Settings(4.0, 5, 30, 0.5, 1.0));
    private static final ConfidenceFeatures TRAILING_NAME = ConfidenceFeatures.of(
            Set.of("bias", "rule=trailing-cue", "speaker=full-name", "speaker-resolved", "cue-gap-le2", "cue-same-sentence"), "say");
    private static final ConfidenceFeatures FAR_PRONOUN = ConfidenceFeatures.of(
            Set.of("bias", "rule=previous-subject", "speaker=pronoun", "no-cue", "mention-gap-gt80", "pronoun-mention-gap-gt8"), null);
    private static final ConfidenceFeatures REPORTED = ConfidenceFeatures.of(
            Set.of("bias", "rule=reported-clause", "speaker=description", "cue-gap-le0", "cue-same-sentence"), "say");

    /**
     * Corpus 0 (large): trailing cues with a name right 98 times in 100, far pronouns 30 in 100,
     * reported clauses 70 in 100. Corpus 1 (small): the same kinds right 90, 20 and 60 times in 100.
     */
    static List<ConfidenceTrainer.Example> fixture() {
        List<ConfidenceTrainer.Example> out = new ArrayList<>();
        int article = 0;
        int[][] rightPerHundred = {{98, 30, 70}, {90, 20, 60}};
        int[] copies = {20, 3};
        ConfidenceFeatures[] kinds = {TRAILING_NAME, FAR_PRONOUN, REPORTED};
        for (int corpus = 0; corpus < 2; corpus++) {
            for (int copy = 0; copy < copies[corpus]; copy++) {
                for (int k = 0; k < kinds.length; k++) {
                    for (int i = 0; i < 100; i++) {
                        out.add(new ConfidenceTrainer.Example(kinds[k], i < rightPerHundred[corpus][k], corpus, article + i % 10));
                    }
                }
                article += 10;
            }
        }
        return out;
    }

    private static String written(ConfidenceModel m) throws IOException {
        StringWriter w = new StringWriter();
        m.write(List.of("fixture"), w);
        return w.toString();
    }

    @Test
    void the_same_examples_give_the_same_model_to_the_last_digit() throws IOException {
        assertThat(written(TRAINER.train(fixture()))).isEqualTo(written(TRAINER.train(fixture())));
    }

    @Test
    void the_model_orders_attributions_by_how_often_their_kind_was_right() {
        ConfidenceModel m = TRAINER.train(fixture());
        assertThat(m.score(TRAILING_NAME)).isGreaterThan(m.score(REPORTED));
        assertThat(m.score(REPORTED)).isGreaterThan(m.score(FAR_PRONOUN));
        assertThat(m.confidence(TRAILING_NAME)).isGreaterThan(m.confidence(FAR_PRONOUN));
    }

    @Test
    void no_kind_is_surer_than_it_was_on_the_corpus_where_it_did_worst() {
        ConfidenceModel m = TRAINER.train(fixture());
        // corpus 1 has 300 of each kind: 90 %, 20 % and 60 % right
        assertThat(m.confidence(TRAILING_NAME)).isLessThanOrEqualTo(0.90).isGreaterThan(0.80);
        assertThat(m.confidence(REPORTED)).isLessThanOrEqualTo(0.60);
        assertThat(m.confidence(FAR_PRONOUN)).isLessThanOrEqualTo(0.20).isGreaterThanOrEqualTo(ConfidenceTrainer.FLOOR);
    }

    @Test
    void a_written_model_reads_back_as_the_same_model() throws IOException {
        ConfidenceModel m = TRAINER.train(fixture());
        ConfidenceModel back = ConfidenceModel.parse(written(m).lines().toList(), "fixture");
        assertThat(written(back)).isEqualTo(written(m));
        assertThat(back.confidence(TRAILING_NAME)).isEqualTo(m.confidence(TRAILING_NAME));
    }

    @Test
    void the_held_out_check_scores_each_article_by_a_model_that_never_saw_it() {
        List<ConfidenceTrainer.Example> examples = fixture();
        double[] held = TRAINER.crossCheck(examples);
        assertThat(held).hasSize(examples.size());
        for (int i = 0; i < held.length; i++) {
            assertThat(held[i]).isBetween(ConfidenceTrainer.FLOOR, 1.0);
        }
    }

    @Test
    void pools_of_adjacent_violators_rise_with_the_score() {
        List<double[]> pts = new ArrayList<>();
        double[][] data = {{0.1, 1}, {0.2, 0}, {0.3, 0}, {0.4, 1}, {0.5, 1}, {0.6, 1}};
        for (double[] d : data) {
            pts.add(d);
        }
        double[][] pools = new ConfidenceTrainer(new ConfidenceTrainer.Settings(1, 5, 30, 0.5, 0)).pools(pts);
        // {0.1, 0.2, 0.3} pool at 1/3 right, {0.4, 0.5, 0.6} at 3/3; smoothed (right + 1) / (n + 2)
        assertThat(pools[0]).containsExactly(0.1, 0.4);
        assertThat(pools[1][0]).isEqualTo(2.0 / 5);
        assertThat(pools[1][1]).isEqualTo(4.0 / 5);
    }

    @Test
    void a_small_top_pool_is_merged_with_the_one_below_instead_of_pulling_it_down() {
        // 1,000 quotes at score 1, 950 right; 6 at score 2, all right: alone, the 6 would be cut by
        // the margin below the 1,000's confidence, and the 1,000 must not fall to it
        List<ConfidenceTrainer.Example> examples = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < 1006; i++) {
            examples.add(new ConfidenceTrainer.Example(REPORTED, i < 950 || i >= 1000, i % 2, i % 10));
            scores.add(i < 1000 ? 1.0 : 2.0);
        }
        double[][] steps = ONE_SE.calibration(examples, scores.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(steps[0]).containsExactly(Double.NEGATIVE_INFINITY);
        assertThat(steps[1][0]).isBetween(0.93, 0.95);
    }

    @Test
    void a_pool_is_as_sure_as_the_corpus_that_did_worst_in_it() {
        // one pool: corpus 0 right 190 times in 200, corpus 1 right 160 times in 200
        List<ConfidenceTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int corpus = i / 200;
            examples.add(new ConfidenceTrainer.Example(REPORTED, i % 200 < (corpus == 0 ? 190 : 160), corpus, i % 10));
        }
        double[][] steps = ONE_SE.calibration(examples, new double[400]);
        assertThat(steps[1]).hasSize(1);
        assertThat(steps[1][0]).isLessThan(0.80).isGreaterThan(0.75);
    }

    @Test
    void folds_keep_each_group_whole_and_come_out_near_equal() {
        // groups of 40, 30, 30, 20, 20, 10, 10, 10, 10, 10 examples (190) in one corpus, and 10 in another
        int[] sizes = {40, 30, 30, 20, 20, 10, 10, 10, 10, 10};
        List<ConfidenceTrainer.Example> examples = new ArrayList<>();
        for (int g = 0; g < sizes.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                examples.add(new ConfidenceTrainer.Example(REPORTED, i % 2 == 0, 0, 100 * g + i, g));
            }
        }
        for (int i = 0; i < 10; i++) {
            examples.add(new ConfidenceTrainer.Example(REPORTED, true, 1, i, 99));
        }
        int[] fold = TRAINER.folds(examples);
        int[] load = new int[5];
        for (int i = 0; i < fold.length; i++) {
            ConfidenceTrainer.Example e = examples.get(i);
            for (int j = 0; j < i; j++) {
                if (examples.get(j).corpus() == e.corpus() && examples.get(j).group() == e.group()) {
                    assertThat(fold[j]).as("group %d", e.group()).isEqualTo(fold[i]);
                }
            }
            load[fold[i]] += e.corpus() == 0 ? 1 : 0;
        }
        assertThat(load).containsExactlyInAnyOrder(40, 40, 40, 40, 30);
    }

    @Test
    void a_pool_is_as_sure_as_the_held_out_fold_that_did_worst_in_it() {
        // one corpus, one pool, five groups of 200 (each a fold): four right 195 times, one 150 times
        List<ConfidenceTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int group = i / 200;
            examples.add(new ConfidenceTrainer.Example(REPORTED, i % 200 < (group == 2 ? 150 : 195), 0, i, group));
        }
        double[] scores = new double[examples.size()];
        double byCorpus = ONE_SE.calibration(examples, scores)[1][0];
        double byFold = new ConfidenceTrainer(new ConfidenceTrainer.Settings(4.0, 5, 30, 0.5, 1.0, true))
                .calibration(examples, scores)[1][0];
        assertThat(byCorpus).isGreaterThan(0.90); // 930 of 1,000 right
        assertThat(byFold).isBetween(0.70, 0.77); // the fold of 150 in 200, shrunk a little towards 0.93
    }

    @Test
    void the_held_out_check_never_scores_a_group_by_a_model_that_saw_that_group() {
        // five groups; in group 4 trailing names are always wrong, elsewhere always right: a model
        // that saw group 4 would be unsure of every trailing name, one that did not is sure of them
        List<ConfidenceTrainer.Example> examples = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            for (int i = 0; i < 300; i++) {
                boolean trailing = i % 3 == 0;
                examples.add(new ConfidenceTrainer.Example(trailing ? TRAILING_NAME : FAR_PRONOUN,
                        trailing ? g != 4 : i % 2 == 0, 0, g * 1000 + i / 10, g));
            }
        }
        double[] held = TRAINER.crossCheck(examples);
        int[] fold = TRAINER.folds(examples);
        for (int i = 0; i < held.length; i++) {
            if (examples.get(i).group() == 4 && examples.get(i).features() == TRAILING_NAME) {
                assertThat(held[i]).isGreaterThan(0.5);
            }
        }
        assertThat(fold).contains(0, 1, 2, 3, 4);
    }
}
