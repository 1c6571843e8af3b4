package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.lexicon.Verb;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Gender;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.Chars;
import org.onrecord.text.Paragraph;
import org.onrecord.text.Segmented;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * Attributes each quotation by the ordered {@link Rule}s, in two passes: first every quotation
 * tries the rules that read a cue of its own; then, in text order, the ones left open inherit from
 * their neighbours (the paragraph they run on from, another quotation in their paragraph, the
 * quotation or narrative just before). This class holds the rules' readers; {@link RuleRunner}
 * walks them and decides.
 */
public final class Attributor {
    private final Segmented doc;
    private final Tokens tokens;
    private final CueReader cues;
    private final JointSource joint;
    private final SpeakerResolver resolver;
    private final Entities entities;
    private final RuleRunner runner;
    private final Asides asides;
    // What the inheriting rules searched before, so that each quotation of a long paragraph does not
    // search the paragraph (or the one before) again from its start: quadratic in quotations × words.
    private final int[] doubleMarksBefore; // for each token index, the double quotation marks before it
    private final Map<Integer, int[]> cueScans = new HashMap<>(); // by first token: {last token read, cue or -1}
    private final Map<Integer, NameMention> firstPersonIn = new HashMap<>(); // by paragraph index, null for none
    private Attribution[] laterFound; // the decisions the last run-on search read, and what it found
    private int laterFrom = -1;
    private int laterStop = -1;
    private boolean laterHit;

    private Attributor(Segmented doc, Tokens tokens, Entities entities, List<QuoteSpan> quotes, Ablation off) {
        this.doc = doc;
        this.tokens = tokens;
        this.entities = entities;
        this.cues = new CueReader(tokens);
        this.joint = new JointSource(cues, tokens);
        this.resolver = new SpeakerResolver(doc, tokens, entities, quotes);
        this.runner = new RuleRunner(off);
        this.asides = new Asides(doc, tokens);
        this.doubleMarksBefore = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean mark = t.kind() == Token.Kind.QUOTE_MARK && Chars.isDoubleQuote(t.first());
            doubleMarksBefore[i + 1] = doubleMarksBefore[i] + (mark ? 1 : 0);
        }
    }

    public static List<Attribution> attribute(Segmented doc, Tokens tokens, Entities entities, List<QuoteSpan> quotes) {
        return attribute(doc, tokens, entities, quotes, Ablation.NONE);
    }

    /** As {@link #attribute(Segmented, Tokens, Entities, List)}, with the rules and shapes of {@code off} switched off. */
    public static List<Attribution> attribute(Segmented doc, Tokens tokens, Entities entities, List<QuoteSpan> quotes,
            Ablation off) {
        return new Attributor(doc, tokens, entities, quotes, off).run(quotes);
    }

    private List<Attribution> run(List<QuoteSpan> quotes) {
        List<Attribution> marked = runner.marked(this, quotes);
        List<ReportedSpeech.Found> reported = withoutNames(new ReportedSpeech(tokens, cues, runner).find(quotes), quotes);
        // the decider's last word on every proposal, whichever rule made it
        return Vetting.vet(doc, tokens, entities, runner.settle(marked, reported, this::reported));
    }

    /**
     * The clauses with the titles and nicknames in marks left out of their quoted fragments: a
     * clause that quotes nothing else is reported speech, not a mixed quotation. The names stay
     * fragments until here so that they bound the clauses like any quoted words.
     */
    private static List<ReportedSpeech.Found> withoutNames(List<ReportedSpeech.Found> clauses, List<QuoteSpan> quotes) {
        Set<Integer> nameStarts = new HashSet<>();
        for (QuoteSpan q : quotes) {
            if (q.holdsName()) {
                nameStarts.add(q.content().start());
            }
        }
        if (nameStarts.isEmpty()) {
            return clauses;
        }
        List<ReportedSpeech.Found> out = new ArrayList<>(clauses.size());
        for (ReportedSpeech.Found f : clauses) {
            List<Span> fragments = f.fragments().stream().filter(s -> !nameStarts.contains(s.start())).toList();
            out.add(fragments.size() == f.fragments().size() ? f
                    : new ReportedSpeech.Found(f.content(), fragments, f.match(), f.shape()));
        }
        return out;
    }

    /** What a reported clause's own cue attributes it to, by its shape's rule. */
    private Attribution reported(ReportedSpeech.Found f) {
        QuoteSpan q = QuoteSpan.unmarked(f.content(), doc.paragraphAt(f.content().start()).index());
        Rule rule = f.shape().family();
        return rule == Rule.UNSOURCED ? unsourced(q, ReportedSpeech.typeOf(f), f.match())
                : decided(q, ReportedSpeech.typeOf(f), f.match(), rule);
    }

    // The rules' readers, named by the constants of Rule. Each proposes an attribution or passes (null).

    Attribution trailingCue(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        int close = q.isClosed() ? tokens.firstAtOrAfter(q.close()) : -1;
        if (close < 0) {
            return null;
        }
        CueMatch m = cues.trailing(close + 1);
        return m == null ? null : decided(q, QuoteType.DIRECT, m, self);
    }

    Attribution leadingCue(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        int open = tokens.firstAtOrAfter(q.open());
        CueMatch lead = cues.leading(open, leadInFloor(q, site.before(), open));
        return lead == null ? null : decided(q, QuoteType.DIRECT, lead, self);
    }

    /** The end of the previous paragraph, when the quotation opens its paragraph and that one ends in ":" or ",". */
    private record LineBefore(int last, int floor) {}

    private LineBefore lineBefore(QuoteSpan q) {
        if (q.continuesPrevious()) {
            return null; // a quotation running on from the paragraph before has no lead-in of its own
        }
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph prev = doc.previousContent(here);
        if (q.open() != here.start() || prev == null) {
            return null;
        }
        int lastToken = tokens.lastEndingBy(prev.end());
        int prevFloor = tokens.firstAtOrAfter(prev.start());
        if (lastToken >= prevFloor && (tokens.get(lastToken).is(":") || tokens.get(lastToken).is(","))) {
            return new LineBefore(lastToken, prevFloor);
        }
        return null;
    }

    Attribution cueLineBefore(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        LineBefore before = lineBefore(q);
        if (before == null) {
            return null;
        }
        int lastToken = before.last();
        int prevFloor = before.floor();
        CueMatch line = cues.leading(lastToken + 1, tokens.sentenceStart(lastToken, prevFloor));
        if (line == null) {
            line = cues.label(lastToken, prevFloor);
        }
        return line == null ? null : decided(q, QuoteType.DIRECT, line, self);
    }

    /**
     * The colon ending the paragraph before, or else the lead-in right before the quotation: the name
     * before it, or the sentence's subject. Where the paragraph before ends in a colon, that colon decides.
     */
    Attribution colonSubject(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        if (q.continuesPrevious()) {
            return null;
        }
        LineBefore before = lineBefore(q);
        if (before != null && tokens.get(before.last()).is(":")) {
            return colonSubject(q, before.last(), tokens.sentenceStart(before.last(), before.floor()), self);
        }
        int open = tokens.firstAtOrAfter(q.open());
        int floor = leadInFloor(q, site.before(), open);
        if (open - 1 >= floor && tokens.get(open - 1).is(":")) {
            return colonSubject(q, open - 1, floor, self);
        }
        return null;
    }

    /**
     * A short paragraph that opens with a closed quotation and a colon, then a name and its verb
     * (‘The time has come’: Ardern apologises for …; ‘Shocking display’: Congress slams govt): the
     * headline and standfirst form of UK, Irish, Australian, New Zealand and Indian newsrooms. The
     * name is the speaker; its verb is the cue when it is one.
     */
    Attribution headlineLabel(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        Paragraph here = doc.paragraphs().get(q.paragraph());
        if (!q.isClosed() || q.open() != here.start() || q.continuesPrevious()) {
            return null;
        }
        int colon = tokens.firstAtOrAfter(q.close()) + 1;
        int last = tokens.lastEndingBy(here.end());
        if (colon + 2 > last || !tokens.get(colon).is(":") || last - colon > HEADLINE_WORDS) {
            return null;
        }
        Source s = cues.sourceFrom(colon + 1, true);
        if (s == null || s.kind() != Source.Kind.NAME || tokens.firstAtOrAfter(s.mention().start()) != colon + 1) {
            return null;
        }
        int verb = tokens.lastEndingBy(s.mention().end()) + 1;
        Token head = tokens.get(verb - 1);
        if (entities.lastMentionIn(s.mention()) == null && !(head.is(Word.ORGANISATION) || head.is(Word.KNOWN_ORGANISATION))) {
            return null; // "‘All white’: Grammy-winning rapper Cardi B …": a person or body the article names, or nothing
        }
        Token v = tokens.at(verb);
        if (v == null || verb > last || !v.isWord() || !Character.isLowerCase(v.first()) || v.is(Word.PREPOSITION)) {
            return null; // "‘Fake news’: Trump on the report" names a topic, not what the name did
        }
        Span cue = v.cue() != null ? v.span() : null;
        return decided(q, QuoteType.DIRECT, new CueMatch(cue, s, null), self);
    }

    private static final int HEADLINE_WORDS = 30;

    /**
     * "Trump railed against Canada’s trade surplus with the United States: “…”": the name before the
     * colon follows a preposition, so it is an object; the sentence's subject leads in.
     */
    private boolean objectOfPreposition(Source s, int floor) {
        int p = tokens.firstAtOrAfter(s.mention().start()) - 1;
        if (p >= floor && tokens.get(p).is(Word.DETERMINER)) {
            p--;
        }
        return p > floor && tokens.get(p).isWord() && (tokens.get(p).isLowerCase(Word.PREPOSITION) || tokens.get(p).is("to"));
    }

    /** "President Clinton released the following statement:" — the name before the colon, or the subject. */
    private Attribution colonSubject(QuoteSpan q, int colon, int floor, Rule self) {
        for (int k = colon - 1; k >= floor && colon - floor <= 4; k--) {
            if (tokens.get(k).is(Word.LABEL)) {
                return null; // "Partial transcript as follows:", "Update:": a short label line, nobody's lead-in
            }
        }
        Source s = cues.sourceBefore(colon - 1, floor);
        Token last = colon > floor ? tokens.get(colon - 1) : null;
        if (s != null && last != null && s.mention().end() == last.end() && TokenView.isInflectedCue(last)) {
            // "One wrote:" read as one phrase: a cue whose subject the leading-cue rule found no source
            // in; the words before the cue are proposed, for vetting to keep or to say why none is acceptable
            if (colon - 2 < floor || colon - 2 - floor > 2) {
                return null;
            }
            Source before = new Source(new Span(tokens.get(floor).start(), tokens.get(colon - 2).end()), Source.Kind.DESCRIPTION);
            return decided(q, QuoteType.DIRECT, new CueMatch(last.span(), before, null), self);
        }
        if (s == null || s.kind() != Source.Kind.NAME || objectOfPreposition(s, floor)) {
            Source subject = cues.subjectAt(floor, colon);
            s = subject != null ? subject : s;
        }
        return s == null ? null : decided(q, QuoteType.DIRECT, new CueMatch(null, s, null), self);
    }

    /**
     * A part of a run-on quotation with no cue of its own: the speaker a later part of the same
     * quotation names by its own cue (“…¶…,” said Tom Price), else the speaker of the part the
     * paragraph before left open, or no one when that one has none.
     */
    Attribution multiParagraph(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        Attribution later = laterPart(site);
        if (later != null) {
            return later.inheritBy(q, self, "runs on into a part whose own cue names its speaker");
        }
        Attribution previous = site.previous();
        if (!(q.continuesPrevious() && previous != null && previous.quote().continuesNext())) {
            return null;
        }
        return previous.isAttributed()
                ? previous.inheritBy(q, self, "runs on from the quotation in the paragraph before")
                : undecided(q);
    }

    /**
     * A later part of the same quotation, across the paragraphs or lines it runs on into, that read
     * a cue of its own: “The club is in fine shape.¶We have the best squad,” said Tom Price.
     */
    private Attribution laterPart(RuleRunner.Site site) {
        List<QuoteSpan> quotes = site.quotes();
        Attribution[] found = site.found();
        int i = site.index();
        if (found == laterFound && i > laterFrom && i < laterStop) {
            // an earlier part of this quotation searched past here: the parts after this one are
            // decided as they were then (quotations are decided in text order), so the answer stands
            return laterHit ? found[laterStop] : null;
        }
        int j = i + 1;
        boolean hit = false;
        for (; j < quotes.size() && quotes.get(j - 1).continuesNext() && quotes.get(j).continuesPrevious(); j++) {
            Attribution a = found[j];
            if (a != null && a.isAttributed() && a.rule() != null && a.rule().readsCue()) {
                hit = true;
                break;
            }
        }
        laterFound = found;
        laterFrom = i;
        laterStop = j;
        laterHit = hit;
        return hit ? found[j] : null;
    }

    Attribution sameParagraph(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        Attribution sibling = sibling(q, site.index(), site.found());
        if (sibling == null) {
            return null;
        }
        if (sibling.quote().close() < q.open() && sibling.speaker() != null && sibling.speaker().person() >= 0) {
            // "“…” In the debate, DA chief whip George Michalakis said parliament … “For more than two
            // years …”": a person named with a cue of their own between the two speaks the later one
            // from the sentence after the one the earlier quotation closes in: not its own cue's clause
            int k = tokens.firstAtOrAfter(sibling.quote().close() + 1);
            while (k < tokens.size() && tokens.get(k).start() < q.open() && !tokens.startsSentence(k)) {
                k++;
            }
            Attribution between = k < tokens.size() && tokens.get(k).start() < q.open()
                    ? lastCueBefore(q, tokens.get(k).start(), q.open(), "in its paragraph, after the last quotation", self, null) : null;
            if (between != null && between.speaker().person() >= 0 && between.speaker().person() != sibling.speaker().person()
                    && namedThere(between.speaker().mention())) {
                return between;
            }
        }
        return sibling.inheritBy(q, self, "another quotation in its paragraph is attributed");
    }

    /** A person's name is the mention ("George Michalakis said"), not a pronoun or a description that stands for them. */
    private boolean namedThere(Span mention) {
        NameMention m = mention == null ? null : entities.lastMentionIn(mention);
        return m != null && m.isPerson();
    }

    /** The paragraph before is the story's: a photo caption set between two paragraphs of one quotation is passed over. */
    Attribution continuation(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        Attribution previous = site.previous();
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph prev = asides.storyBefore(here);
        if (prev != null && previous != null && previous.isAttributed() && previous.quote().paragraph() == prev.index()
                && startsWithQuote(here, q)) {
            return previous.inheritBy(q, self, "follows a quotation of the same speaker in the paragraph before");
        }
        return null;
    }

    /**
     * A closed quotation that is its whole paragraph, with no speaker from before, takes the speaker
     * of the quotation opening the next paragraph, when that one's own cue names it: the two are
     * one speaker's words laid out as two quotations, “…”¶“…,” the mayor said.
     */
    Attribution nextQuotation(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph next = doc.nextContent(here);
        if (next == null || !q.isClosed() || q.continuesPrevious() || q.continuesNext() || !startsWithQuote(here, q)
                || !onlyBlankAfter(q.close() + 1, here.end())) {
            return null;
        }
        List<QuoteSpan> quotes = site.quotes();
        int j = site.index() + 1;
        if (j >= quotes.size() || quotes.get(j).paragraph() != next.index() || !startsWithQuote(next, quotes.get(j))) {
            return null;
        }
        Attribution a = site.found()[j];
        if (a == null || !a.isAttributed() || a.rule() == null || !a.rule().readsCue() || a.quote().inline()) {
            return null;
        }
        return a.inheritBy(q, self, "the quotation opening the next paragraph names its speaker by its own cue");
    }

    private boolean onlyBlankAfter(int from, int end) {
        for (int i = from; i < end; i++) {
            if (!Chars.isSpace(doc.text().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The last cue earlier in its paragraph (shape {@link Shape#EARLIER_CUE}), else the paragraph before's subject. */
    Attribution previousSubject(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph prev = asides.storyBefore(here); // a caption's subject is the picture's, not the story's
        if (q.open() > here.start() && runner.allows(Shape.EARLIER_CUE)) {
            Attribution inParagraph = lastCueBefore(q, here.start(), q.open(), "earlier in its paragraph", self,
                    Shape.EARLIER_CUE);
            if (inParagraph != null) {
                return speaksOn(inParagraph);
            }
        }
        if (prev != null && !nameFollows(q)) {
            Attribution bySubject = paragraphBefore(q, prev, self);
            if (bySubject != null) {
                return bySubject;
            }
        }
        return null;
    }

    /**
     * “It is over,” Tom Baker is telling his friends: a person named right after the closing mark
     * (no cue read there) may be the speaker, so the paragraph before's subject is not inherited.
     */
    private boolean nameFollows(QuoteSpan q) {
        if (!q.isClosed()) {
            return false;
        }
        int k = tokens.firstAtOrAfter(q.close()) + 1;
        Token next = tokens.at(k);
        if (next != null && next.is(",")) {
            next = tokens.at(++k);
        }
        if (next == null || !tokens.sameParagraph(k - 1, k)) {
            return false;
        }
        NameMention nm = entities.mentionHolding(next.span());
        return nm != null && nm.isPerson() && nm.span().start() == next.start();
    }

    Attribution nearestPerson(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        Paragraph here = doc.paragraphs().get(q.paragraph());
        Paragraph prev = doc.previousContent(here);
        int reachFrom = prev != null ? prev.start() : here.start();
        PersonEntity near = entities.lastPersonBefore(q.open(), reachFrom, Gender.UNKNOWN);
        if (near != null) {
            return new Attribution(q, QuoteType.DIRECT, SpeakerResolver.person(near, null), null, self,
                    "the person last named before it");
        }
        return null;
    }

    private static boolean startsWithQuote(Paragraph p, QuoteSpan q) {
        return q.open() == p.start();
    }

    /** The nearest quotation of the same paragraph that read a cue of its own: before it first, then after. */
    private static Attribution sibling(QuoteSpan q, int index, Attribution[] found) {
        Attribution fragment = null;
        for (int j = index - 1; j >= 0 && j >= index - 8; j--) {
            Attribution a = found[j];
            if (a == null) {
                continue;
            }
            if (a.quote().paragraph() != q.paragraph()) {
                break;
            }
            if (a.isAttributed() && !a.quote().inline()) {
                return a;
            }
            if (a.isAttributed() && fragment == null) {
                fragment = a; // Trump is a “change agent,” Cole said. “That’s exactly what people want.”
            }
        }
        if (fragment != null) {
            return fragment;
        }
        for (int j = index + 1; j < found.length && j <= index + 8; j++) {
            Attribution a = found[j];
            if (a == null) {
                continue;
            }
            if (a.quote().paragraph() != q.paragraph()) {
                break;
            }
            if (a.isAttributed() && a.rule() != null && a.rule().readsCue() && !a.quote().inline()) {
                return a;
            }
        }
        return null;
    }

    /** The speaker of the previous paragraph's last cue outside quotations, or its first person named. */
    private Attribution paragraphBefore(QuoteSpan q, Paragraph prev, Rule self) {
        Attribution byCue = lastCueBefore(q, prev.start(), prev.end(), "in the paragraph before", self, null);
        if (byCue != null) {
            return speaksOn(byCue);
        }
        if (!firstPersonIn.containsKey(prev.index())) { // asked again by each quotation of the paragraph after
            firstPersonIn.put(prev.index(), entities.firstNarrativePersonIn(prev.span()));
        }
        NameMention first = firstPersonIn.get(prev.index());
        Source pronoun = first != null ? subjectPronounBefore(prev.start(), first.span().start()) : null;
        if (pronoun != null) {
            // "… it’s that he fell short of becoming England’s first triple-centurion since Gooch": the
            // paragraph is about the one "he" stands for, not the first person it names
            ResolvedSpeaker speaker = resolver.resolve(pronoun);
            return speaker == null || speaker.name() == null ? null : new Attribution(q, QuoteType.DIRECT, speaker, null, self,
                    "“" + pronoun.mention().of(doc.text()) + "”, the subject of the paragraph before");
        }
        if (first != null) {
            return new Attribution(q, QuoteType.DIRECT, SpeakerResolver.person(entities.person(first.person()), null), null,
                    self, "the first person named in the paragraph before");
        }
        return null;
    }

    /**
     * "New Delhi has said …", "Accra has seen …": a bare quotation is not carried on by the source of
     * the last cue before it when that source is a place: the quotation keeps no speaker, with the
     * reason, rather than another guess.
     */
    private Attribution speaksOn(Attribution a) {
        ResolvedSpeaker s = a.speaker();
        if (s == null || s.mention() == null || s.person() >= 0) {
            return a;
        }
        boolean place = entities.lastMentionIn(s.mention()) == null && Entities.namesPlace(tokens.wordsIn(s.mention()));
        return place ? a.unattributed("no acceptable speaker: “" + s.mention().of(doc.text())
                + "”, the source of the last cue before it, is a place") : a;
    }

    /** A subject "he" or "she" outside quotation marks in {@code [start, end)}, or null. */
    private Source subjectPronounBefore(int start, int end) {
        int from = tokens.firstAtOrAfter(start);
        for (int i = from; i < tokens.size() && tokens.get(i).end() <= end; i++) {
            Token t = tokens.get(i);
            boolean quoted = (doubleMarksBefore[i + 1] - doubleMarksBefore[from]) % 2 == 1;
            if (!quoted && t.isWord() && (t.lower().equals("he") || t.lower().equals("she"))) {
                return new Source(t.span(), Source.Kind.PRONOUN);
            }
        }
        return null;
    }

    /** The source of the last cue outside quotation marks in {@code [start, end)}. */
    private Attribution lastCueBefore(QuoteSpan q, int start, int end, String where, Rule rule, Shape shape) {
        int from = tokens.firstAtOrAfter(start);
        int to = tokens.lastEndingBy(end);
        int c = lastSourcedCue(from, to);
        if (c < 0) {
            return null;
        }
        // "He said … it was impossible to understand how the protesters thought they could succeed":
        // a later thought is no one's words; an earlier speech cue of the stretch speaks
        for (int k = c; isThought(k); ) {
            k = lastSourcedCue(from, k - 1);
            if (k >= 0 && !isThought(k)) {
                // "… Mars and told Swisher that he thinks": a second verb's words before it are no subject
                if (!cues.dependsOnSubject(k) && cues.isPlainSource(cues.sourceBefore(k - 1, tokens.sentenceStart(k, from)))) {
                    c = k;
                }
                break;
            }
            if (k < 0) {
                break;
            }
        }
        Source s = cues.sourceBefore(c - 1, tokens.sentenceStart(c, from));
        ResolvedSpeaker speaker = resolver.resolve(s);
        return new Attribution(q, QuoteType.DIRECT, speaker, null, rule, shape,
                "“" + tokens.get(c).text() + "” with “" + s.mention().of(doc.text()) + "” " + where, List.of(), null);
    }

    private boolean isThought(int cue) {
        CueActs.Reading r = CueActs.standard().of(tokens, tokens.get(cue).span());
        return r != null && r.kind() == CueActs.Kind.THOUGHT;
    }

    /**
     * The last cue in tokens {@code from..to} that stands outside double marks (counted from
     * {@code from}) and has a source, or -1. A search from the same token that reaches further than
     * an earlier one reads only the tokens past that one's end.
     */
    private int lastSourcedCue(int from, int to) {
        int[] before = cueScans.get(from);
        boolean goesOn = before != null && to >= before[0];
        int read = goesOn ? before[0] : from - 1;
        int found = goesOn ? before[1] : -1;
        for (int c = to; c > read; c--) {
            boolean quoted = (doubleMarksBefore[c + 1] - doubleMarksBefore[from]) % 2 == 1;
            if (!quoted && cues.isCue(c) && cues.sourceBefore(c - 1, tokens.sentenceStart(c, from)) != null) {
                found = c;
                break;
            }
        }
        if (to >= from) {
            cueScans.put(from, new int[] {to, found});
        }
        return found;
    }

    /** A fragment is kept only when its sentence has a cue: otherwise it is a scare quote or a title. */
    Attribution fragment(RuleRunner.Site site, Rule self) {
        QuoteSpan q = site.quote();
        int open = tokens.firstAtOrAfter(q.open());
        int close = q.isClosed() ? tokens.firstAtOrAfter(q.close()) : tokens.lastEndingBy(q.content().end());
        int sStart = tokens.sentenceStart(open, tokens.firstAtOrAfter(doc.paragraphs().get(q.paragraph()).start()));
        int sEnd = tokens.sentenceEnd(close);
        CueMatch m = cues.aroundFragment(open, close, sStart, sEnd);
        if (m == null || isTitle(open, close)) {
            return null;
        }
        boolean rightAfterCue = m.cue() != null && open > 0 && tokens.get(open - 1).end() <= m.cue().end()
                && tokens.get(open - 1).start() >= m.cue().start()
                && !tokens.get(open - 1).isCue(Verb.NAMING);
        return decided(q, rightAfterCue ? QuoteType.DIRECT : QuoteType.MIXED, m, self);
    }

    /** "said on ABC’s “This Week”", "the show “Shark Tank”": a title in quotation marks, not anyone's words. */
    private boolean isTitle(int open, int close) {
        Token before = tokens.at(open - 1);
        if (before == null || !(before.kind() == Token.Kind.POSSESSIVE || before.isWord() && before.is(Word.TITLE_BEFORE))) {
            return false;
        }
        int words = 0;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !Character.isUpperCase(t.first()) && !t.is(Word.TITLE_SMALL_WORD)) {
                return false;
            }
            words += t.isWord() ? 1 : 0;
        }
        return words > 0 && words <= 6;
    }

    private Attribution decided(QuoteSpan q, QuoteType type, CueMatch m, Rule rule) {
        ResolvedSpeaker speaker = speakerOf(m);
        String cue = m.cue() == null ? (rule == Rule.COLON_SUBJECT ? "a colon" : "a name alone before a colon")
                : "“" + m.cue().of(doc.text()) + "”";
        boolean joined = m.source().relative() == null && speaker.mention() != null
                && !m.source().mention().equals(speaker.mention()); // names said it together
        Span written = joined ? speaker.mention() : m.source().mention();
        String why = cue + " with “" + written.of(doc.text()) + "” (" + m.source().kind().name().toLowerCase(Locale.ROOT)
                + ")";
        return new Attribution(q, type, speaker, m, rule, null, why, List.of(), ModalityReader.before(tokens, m.cue()));
    }

    /**
     * The source of {@code m} resolved, or, where it is one of names joined by "and" at the cue
     * ("Smith and Jones said"), all of them as one group: its name lists each resolved name, its
     * mention covers the list, and it is no single person of the article.
     */
    private ResolvedSpeaker speakerOf(CueMatch m) {
        List<Span> names = joint.names(m.source(), m.cue());
        if (names != null) {
            ResolvedSpeaker alone = resolver.resolve(m.source());
            names = alone.name().contains(" and ") ? null : names; // the article already names the pair as one
        }
        if (names == null) {
            return ownedBy(m.source()) ? new ResolvedSpeaker(m.source().mention().of(doc.text()), m.source().mention(), -1,
                    null, null) : resolver.resolve(m.source());
        }
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
            name.append(k == 0 ? "" : k == names.size() - 1 ? " and " : ", ")
                    .append(resolver.resolve(new Source(names.get(k), Source.Kind.NAME)).name());
        }
        Span mention = new Span(names.get(0).start(), names.get(names.size() - 1).end());
        return new ResolvedSpeaker(name.toString(), mention, -1, null, null);
    }

    /**
     * A description headed by what a plural possessive owns: "Sanders’ aides", "the Smiths' lawyer".
     * Like "Clinton's aides" it stands as written, not for the person whose name it holds.
     */
    private boolean ownedBy(Source s) {
        if (s.kind() != Source.Kind.DESCRIPTION || s.relative() != null) {
            return false;
        }
        int from = tokens.firstAtOrAfter(s.mention().start());
        int to = tokens.lastEndingBy(s.mention().end());
        for (int i = from + 1; i < to; i++) {
            if (cues.isPluralPossessive(i)) {
                return true;
            }
        }
        return false;
    }

    private Attribution unsourced(QuoteSpan q, QuoteType type, CueMatch m) {
        return new Attribution(q, type, null, m, Rule.UNSOURCED, null, "“" + m.cue().of(doc.text()) + "” with no source named",
                List.of(), ModalityReader.before(tokens, m.cue()));
    }

    static Attribution undecided(QuoteSpan q) {
        return new Attribution(q, QuoteType.DIRECT, null, null, null, null);
    }

    /** The lead-in starts after the previous quotation in the paragraph, or at the sentence start. */
    private int leadInFloor(QuoteSpan q, QuoteSpan before, int open) {
        int paragraphFirst = tokens.firstAtOrAfter(doc.paragraphs().get(q.paragraph()).start());
        int floor = paragraphFirst;
        if (before != null && before.paragraph() == q.paragraph()) {
            floor = tokens.firstAtOrAfter(before.after());
        }
        return tokens.sentenceStart(open - 1, floor);
    }

    /** The spans of quotations' content, in order, for the entity stage. */
    public static List<Span> contents(List<QuoteSpan> quotes) {
        List<Span> out = new ArrayList<>(quotes.size());
        for (QuoteSpan q : quotes) {
            out.add(q.content());
        }
        return out;
    }
}
