package org.onrecord.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final String TEXT = "“We will win,” Anna Berg said. Ben Cole said taxes would fall. "
            + "“Nobody asked us,” he added.";
    private static final Scorer DIRECT = new Scorer(Set.of("direct"), Set.of("direct", "mixed"), 0.5);

    static int at(String text, String part) {
        int i = text.indexOf(part);
        assertThat(i).as("'%s' in the text", part).isNotNegative();
        return text.codePointCount(0, i);
    }

    static int end(String text, String part) {
        return at(text, part) + part.codePointCount(0, part.length());
    }

    static GoldQuote gold(String text, String quoted, String type, String speaker) {
        int s = speaker == null ? -1 : at(text, speaker);
        int e = speaker == null ? -1 : end(text, speaker);
        return new GoldQuote(at(text, quoted), end(text, quoted), quoted, type, speaker, s, e, List.of());
    }

    static PredQuote pred(String text, String quoted, String name, String mentionWords) {
        Span mention = mentionWords == null ? null : new Span(at(text, mentionWords), end(text, mentionWords));
        return new PredQuote(at(text, quoted), end(text, quoted), "direct", name, mention, "trailing-cue", null);
    }

    static Map<String, GoldDoc> golds(GoldDoc... docs) {
        Map<String, GoldDoc> m = new LinkedHashMap<>();
        for (GoldDoc d : docs) {
            m.put(d.id(), d);
        }
        return m;
    }

    static Map<String, PredDoc> preds(PredDoc... docs) {
        Map<String, PredDoc> m = new LinkedHashMap<>();
        for (PredDoc d : docs) {
            m.put(d.id(), d);
        }
        return m;
    }

    private static GoldDoc doc() {
        return new GoldDoc("d1", TEXT, List.of(
                gold(TEXT, "We will win,", "direct", "Anna Berg"),
                gold(TEXT, "taxes would fall", "indirect", "Ben Cole"),
                gold(TEXT, "Nobody asked us,", "direct", "he")), 1);
    }

    @Test
    void aPerfectPredictionScoresOneEverywhere() {
        Figures f = DIRECT.score(golds(doc()), preds(new PredDoc("d1", List.of(
                pred(TEXT, "We will win", "Anna Berg", "Anna Berg"),
                pred(TEXT, "Nobody asked us", "Anna Berg", "he"))))).figures();
        assertThat(f.scorerLine()).isEqualTo("gold=2 pred=2 P=1.0 R=1.0 F1=1.0 speaker_acc=1.0 speaker_n=2 "
                + "e2e_P=1.0 e2e_R=1.0 e2e_F1=1.0 missing_docs=0");
    }

    @Test
    void byNameAMentionOverlapNoLongerSufficesOnlyTheNameDoes() {
        Map<String, PredDoc> predicted = preds(new PredDoc("d1", List.of(
                pred(TEXT, "We will win", "Berg", "Anna Berg"),
                pred(TEXT, "Nobody asked us", "he", "he"))));
        Scorer byName = new Scorer(Set.of("direct"), Set.of("direct", "mixed"), 0.5, true);
        assertThat(DIRECT.score(golds(doc()), predicted).figures().speakerOk()).isEqualTo(2);
        // gold "he" is a pronoun: no name agrees with it; gold "Anna Berg" is not all in "Berg"
        assertThat(byName.score(golds(doc()), predicted).figures().speakerOk()).isZero();
        Map<String, PredDoc> named = preds(new PredDoc("d1", List.of(pred(TEXT, "We will win", "Dr Anna Berg", null))));
        assertThat(byName.score(golds(doc()), named).figures().speakerOk()).isEqualTo(1);
    }

    @Test
    void onlyActsLeavesReportedQuotesOfOtherActsOutOnBothSidesButNotQuotesWithoutAnAct() {
        String text = "Ben Cole said taxes would fall. Ann Berg fears rents will rise. Kim Lee believes costs drop.";
        GoldQuote said = gold(text, "taxes would fall", "indirect", "Ben Cole");
        GoldQuote fears = gold(text, "rents will rise", "indirect", "Ann Berg");
        GoldQuote unannotated = gold(text, "costs drop", "indirect", "Kim Lee");
        GoldDoc d = new GoldDoc("d", text, List.of(
                withAct(said, "speech"), withAct(fears, "thought"), unannotated), 1);
        PredDoc p = new PredDoc("d", List.of(
                reported(text, "taxes would fall", "Ben Cole", "speech"),
                reported(text, "rents will rise", "Ann Berg", "thought")));
        Scorer all = new Scorer(Set.of("indirect"), Set.of("indirect"), 0.5);
        Figures everything = all.score(golds(d), preds(p)).figures();
        assertThat(everything.gold()).isEqualTo(3);
        assertThat(everything.pred()).isEqualTo(2);
        Figures speech = all.onlyActs(Set.of("speech")).score(golds(d), preds(p)).figures();
        assertThat(speech.gold()).as("the thought is out; the quote without an act stays").isEqualTo(2);
        assertThat(speech.pred()).isEqualTo(1);
        assertThat(speech.found()).isEqualTo(1);
    }

    private static GoldQuote withAct(GoldQuote q, String act) {
        return new GoldQuote(q.start(), q.end(), q.text(), q.type(), q.speaker(), q.speakerStart(), q.speakerEnd(),
                q.fragments(), act);
    }

    private static PredQuote reported(String text, String quoted, String name, String act) {
        return new PredQuote(at(text, quoted), end(text, quoted), "indirect", name, null, "reported", null, act);
    }

    @Test
    void aGoldQuoteHalfCoveredIsFoundAndLessIsMissed() {
        String text = "“abcd efgh” she said.";
        GoldDoc d = new GoldDoc("d", text, List.of(gold(text, "abcd efgh", "direct", null)), 1);
        assertThat(DIRECT.score(golds(d), preds(new PredDoc("d", List.of(pred(text, "abcd", null, null)))))
                .figures().found()).isEqualTo(1);
        assertThat(DIRECT.score(golds(d), preds(new PredDoc("d", List.of(pred(text, "abc", null, null)))))
                .figures().found()).isZero();
    }

    @Test
    void aPredictionOutsideAllGoldIsExtraButOneInsideReportedSpeechIsCorrect() {
        Figures f = DIRECT.score(golds(doc()), preds(new PredDoc("d1", List.of(
                pred(TEXT, "Anna Berg said", null, null),
                pred(TEXT, "taxes would fall", "Ben Cole", "Ben Cole"))))).figures();
        assertThat(f.pred()).isEqualTo(2);
        assertThat(f.correct()).isEqualTo(1);
        assertThat(f.e2ePrecision()).isEqualTo(1);
        assertThat(f.gold()).isEqualTo(2);
        assertThat(f.found()).isZero();
    }

    @Test
    void theSpeakerIsRightByMentionOverlapOrByNameButAPronounOnlyByMention() {
        GoldQuote byName = gold(TEXT, "We will win,", "direct", "Anna Berg");
        GoldQuote pronoun = gold(TEXT, "Nobody asked us,", "direct", "he");
        assertThat(Scorer.speakerOk(byName, pred(TEXT, "We will win", "Berg", null))).isFalse();
        assertThat(Scorer.speakerOk(byName, pred(TEXT, "We will win", "Dr Anna Berg", null))).isTrue();
        assertThat(Scorer.speakerOk(byName, pred(TEXT, "We will win", "someone", "Berg"))).isTrue();
        assertThat(Scorer.speakerOk(pronoun, pred(TEXT, "Nobody asked us", "he", null))).isFalse();
        assertThat(Scorer.speakerOk(pronoun, pred(TEXT, "Nobody asked us", "Anna Berg", "he"))).isTrue();
        assertThat(Scorer.speakerOk(pronoun, new PredQuote(0, 5, "direct", null, null, null, null))).isFalse();
    }

    @Test
    void aGoldQuoteWithoutASourceNeedsOnlyItsSpan() {
        GoldQuote noSource = gold(TEXT, "We will win,", "direct", null);
        assertThat(Scorer.speakerOk(noSource, new PredQuote(1, 12, "direct", null, null, null, null))).isTrue();
    }

    @Test
    void aDiscontinuousGoldQuoteCountsOnlyItsFragments() {
        String text = "“Yes,” she said, “we do.”";
        GoldQuote split = new GoldQuote(at(text, "Yes"), end(text, "we do."), "Yes … we do.", "direct", null, -1, -1,
                List.of(new Span(at(text, "Yes,"), end(text, "Yes,")), new Span(at(text, "we do."), end(text, "we do."))));
        GoldDoc d = new GoldDoc("d", text, List.of(split), 1);
        // "she said" lies inside the hull but outside the fragments: a prediction of it is extra.
        Figures f = DIRECT.score(golds(d), preds(new PredDoc("d", List.of(pred(text, "she said", null, null))))).figures();
        assertThat(f.found()).isZero();
        assertThat(f.correct()).isZero();
        Figures g = DIRECT.score(golds(d), preds(new PredDoc("d", List.of(pred(text, "we do", null, null))))).figures();
        assertThat(g.found()).isEqualTo(1);
    }

    @Test
    void theCoveringQuoteThatDecidesTheSpeakerIsTheOneCoveringMost() {
        String text = "“One two three four five,” said Kim Lee and Sam Ode.";
        GoldDoc d = new GoldDoc("d", text, List.of(gold(text, "One two three four five,", "direct", "Kim Lee")), 1);
        Figures f = DIRECT.score(golds(d), preds(new PredDoc("d", List.of(
                pred(text, "One two", "Sam Ode", null),
                pred(text, "three four five", "Kim Lee", null))))).figures();
        assertThat(f.speakerOk()).isEqualTo(1);
    }

    @Test
    void documentsWithoutPredictionsAreCountedAndScoredAsEmpty() {
        Figures f = DIRECT.score(golds(doc()), preds()).figures();
        assertThat(f.missingDocs()).isEqualTo(1);
        assertThat(f.gold()).isEqualTo(2);
        assertThat(f.recall()).isZero();
    }

    @Test
    void predictedTypesOutsideTheChosenOnesAreIgnored() {
        PredQuote indirect = new PredQuote(at(TEXT, "taxes"), end(TEXT, "fall"), "indirect", null, null, null, null);
        Figures f = DIRECT.score(golds(doc()), preds(new PredDoc("d1", List.of(indirect)))).figures();
        assertThat(f.pred()).isZero();
    }

    @Test
    void offsetsAreCodePointsNotUtf16Units() {
        String text = "𝐀𝐁 “Go home,” Kim said.";
        GoldDoc d = new GoldDoc("d", text, List.of(gold(text, "Go home,", "direct", "Kim")), 1);
        assertThat(at(text, "Go")).isEqualTo(4);
        Figures f = DIRECT.score(golds(d), preds(new PredDoc("d", List.of(pred(text, "Go home", "Kim", "Kim"))))).figures();
        assertThat(f.f1()).isEqualTo(1.0);
        assertThat(f.speakerAccuracy()).isEqualTo(1.0);
    }
}
