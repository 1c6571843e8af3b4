package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.model.Act;
import org.onrecord.model.QuoteType;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Tokens;

/**
 * The last word on each proposed attribution, so that onrecord says nothing rather than something
 * wrong: a reported clause is kept only when its cue reports speech, thought or a finding (then
 * {@code indirect} or {@code mixed}, with its act) or a stance (then {@code stance}, towards its
 * content); a clause whose cue names only an action ("issued an ultimatum", "released songs") is no
 * attribution. A source that is a clause fragment rather than a name or description ({@link
 * SpeakerForm}) removes a reported clause — its cue was misread — and leaves a quotation in marks
 * with no speaker and the reason. Reported clauses in a headline are dropped: headline grammar
 * ("Kenya extradites Afghan national wanted in the US") misleads a clause reader.
 */
final class Vetting {
    private final Segmented doc;
    private final Tokens tokens;
    private final CueActs acts;

    private Vetting(Segmented doc, Tokens tokens, CueActs acts) {
        this.doc = doc;
        this.tokens = tokens;
        this.acts = acts;
    }

    static List<Attribution> vet(Segmented doc, Tokens tokens, List<Attribution> proposed) {
        Vetting v = new Vetting(doc, tokens, CueActs.standard());
        List<Attribution> out = new ArrayList<>(proposed.size());
        for (Attribution a : proposed) {
            Attribution kept = v.vet(a);
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    private Attribution vet(Attribution a) {
        boolean reported = !a.quote().isMarked();
        String junk = a.speaker() == null || a.speaker().mention() == null ? null
                : SpeakerForm.why(tokens, a.speaker().mention(), a.speaker().person() >= 0);
        if (reported) {
            if (junk != null || inHeadline(a.quote().content())) {
                return null;
            }
            return reading(a);
        }
        if (junk != null) {
            return new Attribution(a.quote(), a.type(), null, null, null, "no acceptable speaker: “"
                    + a.speaker().mention().of(doc.text()) + "” " + junk, a.fragments(), null);
        }
        return a;
    }

    /** The reported clause typed by what its cue reports, or null for an action. */
    private Attribution reading(Attribution a) {
        if (a.match() == null || a.match().cue() == null) {
            return a;
        }
        CueActs.Reading r = acts.of(tokens, a.match().cue());
        if (r == null) {
            return a;
        }
        return switch (r.kind()) {
            case ACTION -> null;
            case STANCE -> a.fragments().isEmpty()
                    ? new Attribution(a.quote(), QuoteType.STANCE, a.speaker(), a.match(), a.rule(), a.evidence(),
                            a.fragments(), a.modality(), null, a.quote().content(), r.polarity())
                    : with(a, Act.SPEECH); // quoted words inside a stance were said: "condemned the “reckless” plan"
            case SPEECH -> with(a, Act.SPEECH);
            case THOUGHT -> with(a, Act.THOUGHT);
            case FINDING -> with(a, Act.FINDING);
        };
    }

    private static Attribution with(Attribution a, Act act) {
        return new Attribution(a.quote(), a.type(), a.speaker(), a.match(), a.rule(), a.evidence(), a.fragments(),
                a.modality(), act, null, null);
    }

    /**
     * The first paragraph of a longer text, when it has no sentence end: a headline. Its quotations
     * in marks stand (Union ‘ready to strike’, says leader); clause readings do not.
     */
    private boolean inHeadline(Span content) {
        if (doc.paragraphs().size() < 2) {
            return false;
        }
        Paragraph first = doc.paragraphs().get(0);
        if (!first.span().contains(content)) {
            return false;
        }
        String text = first.span().of(doc.text()).strip();
        return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }
}
