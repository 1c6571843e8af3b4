package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.entity.Entities;
import org.onrecord.entity.NameMention;
import org.onrecord.entity.PersonEntity;
import org.onrecord.lexicon.Lemma;
import org.onrecord.lexicon.Word;
import org.onrecord.model.Act;
import org.onrecord.model.Gender;
import org.onrecord.model.Modality;
import org.onrecord.model.Organisation;
import org.onrecord.model.QuoteType;
import org.onrecord.quote.QuoteSpan;
import org.onrecord.text.ResourceLines;
import org.onrecord.text.Span;
import org.onrecord.text.Token;
import org.onrecord.text.Tokens;

/**
 * What the engine knows about one attribution when it has decided it, as numbers a {@link
 * ConfidenceModel} weighs: the rule and shape that decided, the kind of words naming the speaker and
 * whether they resolve to a person the article names in full, how far the speaker's words and the
 * cue are from the quotation, the quotation's length and place, and how many people are named near
 * it. The engine computes these at run time and {@code onrecord confidence} computes the same
 * ones, through this class, to train the model, so the two cannot drift apart. Everything here is
 * a few token look-ups per quotation.
 */
public final class ConfidenceFeatures {
    /** The kinds of words that name a speaker, as the model tells them apart. */
    enum Form {
        /** A person's name of two words or more: "Sharon Graham". */
        FULL_NAME,
        /** One word of a person's name: "Graham", "Ms Graham". */
        SURNAME,
        PRONOUN,
        /** "who", "which": a relative that attributes. */
        RELATIVE,
        /** "the union chief", "analysts", "the memo". */
        DESCRIPTION,
        /** A name the article gives an organisation. */
        ORGANISATION,
        /** Capitalised words that are no person or organisation the article names. */
        OTHER_NAME,
        NONE;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The rule families whose errors differ most: own cue in marks, inherited in marks, fragment, reported. */
    private enum Family {
        OWN_CUE,
        INHERITED,
        FRAGMENT,
        REPORTED;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Family of(Rule r) {
            if (r == Rule.FRAGMENT_CUE) {
                return FRAGMENT;
            }
            return switch (r.pass()) {
                case OWN_CUE, FRAGMENT -> OWN_CUE;
                case INHERITED -> INHERITED;
                case REPORTED -> REPORTED;
            };
        }
    }

    /** How far back, in tokens, a rival to the speaker is looked for: the sentence of the speaker's last name, at most this. */
    private static final int RIVAL_REACH = 300;
    /** How far back an unknown name is looked for when the speaker was not named before the quotation. */
    private static final int UNKNOWN_REACH = 40;

    /** Distances in tokens, as bins: a gap of at most {@code BINS[i]} tokens falls in bin i. */
    private static final int[] BINS = {0, 2, 8, 25, 80};
    private static final String[] ACT = names("act=", Act.values());
    private static final String[] MODALITY = names("modality=", Modality.values());

    private static String[] names(String prefix, Enum<?>[] values) {
        String[] out = new String[values.length];
        for (Enum<?> v : values) {
            out[v.ordinal()] = prefix + v.name().toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /** Bins of the distance in tokens from the quotation to the nearest narrative mention of the speaker's name. */
    private static final String[] NAME_GAP = {"le8", "le25", "le80", "gt80"};

    /** What a distance is measured from: the cue (0) or the speaker's words (1). */
    private static final String[] WHAT = {"cue", "mention"};

    /**
     * Features whose risk shows only where a speaker counts right by name: a pronoun resolved past a
     * rival, a first name alone, a description left unresolved. PolNeAR leaves its pronouns and
     * descriptions unresolved, so by mention such a quote is right whoever it was resolved to; each
     * has a twin, named with {@link #TWIN}, that is set with it at run time and cleared in the
     * training rows of a corpus scored by mention ({@link #byMention}), so that only corpora scored
     * by name weigh it.
     */
    private static final List<String> BY_NAME = List.of("speaker-rival-before&pronoun", "unknown-name-before&pronoun",
            "speaker-first-name-only", "speaker=description&head-named");
    static final String TWIN = "@by-name";
    private static final int[][] TWINS = new int[BY_NAME.size()][];

    /** The names of the features, in the order of {@link #value(int)}; the model file weighs them by name. */
    public static final List<String> NAMES;
    private static final Map<String, Integer> INDEX;

    /** Indices of the one-hot features, looked up once so that reading a quote's features builds no strings. */
    private static final int[] RULE_AT = new int[Rule.values().length];
    private static final int[] SHAPE_AT = new int[Shape.values().length];
    private static final int[] TYPE_AT = new int[QuoteType.values().length];
    private static final int[] FORM_AT = new int[Form.values().length];
    private static final int[][] FORM_FAMILY_AT = new int[Form.values().length][Family.values().length];
    private static final int[][] GAP_AT = new int[2][BINS.length + 1];
    private static final int[] NAME_GAP_AT = new int[NAME_GAP.length];

    static {
        List<String> n = new ArrayList<>();
        n.add("bias");
        for (Rule r : Rule.values()) {
            n.add("rule=" + r.label());
        }
        for (Shape s : Shape.values()) {
            n.add("shape=" + s.label());
        }
        for (QuoteType t : QuoteType.values()) {
            n.add("type=" + t.label());
        }
        for (String act : ACT) {
            n.add(act);
        }
        for (String m : MODALITY) {
            n.add(m);
        }
        for (Form f : Form.values()) {
            n.add("speaker=" + f.label());
            for (Family fam : Family.values()) {
                n.add("speaker=" + f.label() + "&" + fam.label());
            }
        }
        n.add("speaker-resolved");
        n.add("speaker=pronoun&resolved");
        n.add("speaker=relative&resolved");
        n.add("speaker=description&resolved");
        n.add("speaker-gender-known");
        n.add("speaker-first-name-known");
        n.add("speaker-named-in-full");
        n.add("speaker-name-two-words");
        n.add("speaker-mentions-1");
        n.add("speaker-mentions-2-3");
        n.add("speaker-last-person-before");
        n.add("speaker-head-speaks-not"); // SpeakerForm.headCanSpeak: "a closer look", "The camera pans"
        n.add("no-cue");
        for (String what : WHAT) {
            for (int b = 0; b <= BINS.length; b++) {
                n.add(what + "-gap-" + (b < BINS.length ? "le" + BINS[b] : "gt" + BINS[BINS.length - 1]));
            }
            n.add(what + "-after-quote");
            n.add(what + "-same-sentence");
            n.add(what + "-same-paragraph");
        }
        n.add("pronoun-mention-gap-gt8");
        n.add("pronoun-other-sentence");
        n.add("quote-words-le3");
        n.add("quote-words-le8");
        n.add("quote-words-gt40");
        n.add("quote-opens-paragraph");
        n.add("quote-is-paragraph");
        n.add("quote-in-first-paragraph");
        n.add("quote-continues-previous");
        n.add("quote-continues-next");
        n.add("quote-unclosed");
        n.add("quote-inline");
        n.add("people-near-0");
        n.add("people-near-2");
        n.add("people-near-3+");
        n.add("cue=other");
        // How the name shown was reached, for corpora that count a speaker right only by name.
        n.add("speaker-surname-shared");
        n.add("speaker-named-before");
        n.add("speaker-named-in-full-before");
        for (String b : NAME_GAP) {
            n.add("speaker-name-gap-" + b);
        }
        n.add("speaker=pronoun&name-gap-gt25");
        n.add("speaker=description&name-gap-gt25");
        n.add("speaker-role-known");
        n.add("speaker-name-joint");
        n.add("speaker-name-acronym");
        n.add("speaker-name-lowercase");
        n.add("speaker-name-one-word&unresolved");
        n.add("speaker-name-lowercase&people-near-0");
        // Ways a name shown goes wrong on the outlets' tuning half and PolNeAR train (session 13).
        n.add("speaker-rival-before&pronoun");
        n.add("speaker-rival-before&inherited");
        n.add("speaker-rival-before&other");
        n.add("unknown-name-before");
        n.add("unknown-name-before&pronoun");
        n.add("speaker-first-name-only");
        n.add("speaker-mention-possessive");
        n.add("speaker=description&head-named");
        for (String base : BY_NAME) {
            n.add(base + TWIN);
        }
        NAMES = List.copyOf(n);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            index.put(NAMES.get(i), i);
        }
        INDEX = Collections.unmodifiableMap(new HashMap<>(index)); // probed per feature set: cheaper than Map.copyOf's
        for (Rule r : Rule.values()) {
            RULE_AT[r.ordinal()] = index("rule=" + r.label());
        }
        for (Shape sh : Shape.values()) {
            SHAPE_AT[sh.ordinal()] = index("shape=" + sh.label());
        }
        for (QuoteType t : QuoteType.values()) {
            TYPE_AT[t.ordinal()] = index("type=" + t.label());
        }
        for (Form f : Form.values()) {
            FORM_AT[f.ordinal()] = index("speaker=" + f.label());
            for (Family fam : Family.values()) {
                FORM_FAMILY_AT[f.ordinal()][fam.ordinal()] = index("speaker=" + f.label() + "&" + fam.label());
            }
        }
        for (int b = 0; b < NAME_GAP.length; b++) {
            NAME_GAP_AT[b] = index("speaker-name-gap-" + NAME_GAP[b]);
        }
        for (int t = 0; t < BY_NAME.size(); t++) {
            TWINS[t] = new int[] {index(BY_NAME.get(t)), index(BY_NAME.get(t) + TWIN)};
        }
        for (int w = 0; w < 2; w++) {
            for (int b = 0; b <= BINS.length; b++) {
                GAP_AT[w][b] = index(WHAT[w] + "-gap-" + (b < BINS.length ? "le" + BINS[b] : "gt" + BINS[BINS.length - 1]));
            }
        }
    }

    private static final Set<String> FIRST_NAMES = firstNames();

    private final double[] values;
    private final String cue;

    private ConfidenceFeatures(double[] values, String cue) {
        this.values = values;
        this.cue = cue;
    }

    /** The value of feature {@code i} (see {@link #NAMES}). */
    public double value(int i) {
        return values[i];
    }

    /** The lemma of the cue verb ("say", "tell"), or null: the model weighs the common ones by name. */
    public String cue() {
        return cue;
    }

    /**
     * These features as a training row of a corpus that scores speakers by mention: the by-name
     * twins ({@link #TWIN}) cleared, since there a wrong person for a pronoun or a description left
     * unresolved still counts right.
     */
    public ConfidenceFeatures byMention() {
        double[] copy = values.clone();
        for (int[] twin : TWINS) {
            copy[twin[1]] = 0;
        }
        return new ConfidenceFeatures(copy, cue);
    }

    /** The features with a value other than 0, by name, for tests and for reading a decision. */
    public Map<String, Double> nonZero() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                out.put(NAMES.get(i), values[i]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Features with the value 1 for each name in {@code on} and 0 for the others: for tests of the model and trainer. */
    static ConfidenceFeatures of(Set<String> on, String cue) {
        double[] x = new double[NAMES.size()];
        for (String name : on) {
            x[index(name)] = 1;
        }
        return new ConfidenceFeatures(x, cue);
    }

    static int index(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no confidence feature " + name);
        }
        return i;
    }

    /**
     * What one article gives every attribution's features: its tokens and names, and how often each
     * person is named, counted once.
     */
    public static final class Article {
        private final Tokens tokens;
        private final Entities entities;
        private final int[] mentionsOf;
        /** Per person, the first tokens of their narrative mentions (not inside quotation marks), in order. */
        private final int[][] namedAt;
        /** Per person, the first token of their first narrative mention of two words or more, or -1. */
        private final int[] namedInFullAt;
        /** Per person, how many of the article's people end in the same word ("Graham"). */
        private final int[] sameSurname;

        public Article(Tokens tokens, Entities entities) {
            this.tokens = tokens;
            this.entities = entities;
            int people = entities.people().size();
            this.mentionsOf = new int[people];
            int[] narrative = new int[people];
            for (NameMention m : entities.mentions()) {
                if (m.isPerson()) {
                    mentionsOf[m.person()]++;
                    narrative[m.person()] += m.quoted() ? 0 : 1;
                }
            }
            this.namedAt = new int[people][];
            for (int p = 0; p < people; p++) {
                namedAt[p] = new int[narrative[p]];
            }
            this.namedInFullAt = new int[people];
            Arrays.fill(namedInFullAt, -1);
            int[] filled = new int[people];
            for (NameMention m : entities.mentions()) { // in text order: so is each person's list
                if (m.isPerson() && !m.quoted()) {
                    int at = tokens.firstAtOrAfter(m.span().start());
                    namedAt[m.person()][filled[m.person()]++] = at;
                    if (namedInFullAt[m.person()] < 0 && m.text().strip().indexOf(' ') > 0) {
                        namedInFullAt[m.person()] = at;
                    }
                }
            }
            Map<String, Integer> surnames = new HashMap<>();
            for (PersonEntity p : entities.people()) {
                surnames.merge(lastWord(p.name()), 1, Integer::sum);
            }
            this.sameSurname = new int[people];
            for (int p = 0; p < people; p++) {
                sameSurname[p] = surnames.get(lastWord(entities.person(p).name()));
            }
        }

        private Set<String> namedWords;

        /** The lower-case words of the article's organisations' names and its people's role titles, made once when first asked. */
        Set<String> namedWords() {
            if (namedWords == null) {
                Set<String> words = new HashSet<>();
                for (Organisation o : entities.organisations()) {
                    addWords(o.name(), words);
                }
                for (PersonEntity p : entities.people()) {
                    for (org.onrecord.entity.Role r : p.roles()) {
                        if (r.title() != null) {
                            addWords(r.title(), words);
                        }
                    }
                }
                namedWords = words;
            }
            return namedWords;
        }

        private static void addWords(String s, Set<String> out) {
            int start = -1;
            for (int i = 0; i <= s.length(); i++) {
                boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    if (i - start >= 3) {
                        out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                    }
                    start = -1;
                }
            }
        }

        private int[] unknownNames;

        /**
         * The first tokens of the names the entity stage did not find ({@link Reading#unknownNameBetween}),
         * in text order, found in one pass over the article when first asked.
         */
        int[] unknownNames() {
            if (unknownNames == null) {
                int[] found = new int[16];
                int n = 0;
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    int end = unknownNameAt(i);
                    if (end > i) {
                        if (n == found.length) {
                            found = Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = i;
                        i = end;
                    }
                }
                unknownNames = Arrays.copyOf(found, n);
            }
            return unknownNames;
        }

        /**
         * The last token of a name the entity stage did not find (see {@link Reading#unknownNameBetween})
         * starting at token {@code i}, or {@code i} when none starts there.
         */
        private int unknownNameAt(int i) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() || !tokens.get(i + 1).isCapitalised() || tokens.startsSentence(i)
                    || !tokens.sameParagraph(i, i + 1) || i > 0 && tokens.get(i - 1).isCapitalised()) {
                return i;
            }
            int end = i + 1;
            while (end + 1 < tokens.size() && end - i < 3 && tokens.get(end + 1).isCapitalised()) {
                end++;
            }
            if (end - i >= 3 || !isFirstName(t.text()) && !setOffByComma(end)) {
                return i;
            }
            return entities.mentionHolding(new Span(t.start(), t.end())) != null ? i : end;
        }

        /** Whether a comma follows token {@code end}, and "who", "said" or a number (an age) follows it. */
        private boolean setOffByComma(int end) {
            if (end + 2 >= tokens.size() || !tokens.get(end + 1).is(",")) {
                return false;
            }
            Token next = tokens.get(end + 2);
            return next.kind() == Token.Kind.NUMBER || next.isIgnoreCase("who") || next.isIgnoreCase("said");
        }

        private static String lastWord(String name) {
            String n = name.strip();
            return n.substring(n.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        }

        /** The features of {@code a}, one of this article's attributions. */
        public ConfidenceFeatures of(Attribution a) {
            return new Reading(this, a).read();
        }
    }

    /** The features of one attribution, read in one go. */
    private static final class Reading {
        private final Article art;
        private final Tokens tokens;
        private final Attribution a;
        private final double[] x = new double[NAMES.size()];

        Reading(Article art, Attribution a) {
            this.art = art;
            this.tokens = art.tokens;
            this.a = a;
        }

        private void set(String name) {
            x[index(name)] = 1;
        }

        ConfidenceFeatures read() {
            set("bias");
            if (tokens.size() == 0) {
                return new ConfidenceFeatures(x, null);
            }
            Span content = a.quote().content();
            int q0 = Math.min(tokens.firstAtOrAfter(content.start()), tokens.size() - 1);
            int q1 = Math.max(tokens.lastEndingBy(content.end()), q0);
            if (a.rule() != null) {
                x[RULE_AT[a.rule().ordinal()]] = 1;
            }
            if (a.shape() != null) {
                x[SHAPE_AT[a.shape().ordinal()]] = 1;
            }
            x[TYPE_AT[a.type().ordinal()]] = 1;
            if (a.act() != null) {
                set(ACT[a.act().ordinal()]);
            }
            if (a.modality() != null) {
                set(MODALITY[a.modality().ordinal()]);
            }
            Form form = form();
            x[FORM_AT[form.ordinal()]] = 1;
            if (a.rule() != null) {
                x[FORM_FAMILY_AT[form.ordinal()][Family.of(a.rule()).ordinal()]] = 1;
            }
            ResolvedSpeaker s = a.speaker();
            if (s != null && s.person() < 0 && s.mention() != null && !SpeakerForm.headCanSpeak(tokens, s.mention())) {
                set("speaker-head-speaks-not");
            }
            if (s != null && s.person() >= 0) {
                set("speaker-resolved");
                if (form == Form.PRONOUN) {
                    set("speaker=pronoun&resolved");
                } else if (form == Form.RELATIVE) {
                    set("speaker=relative&resolved");
                } else if (form == Form.DESCRIPTION) {
                    set("speaker=description&resolved");
                }
                PersonEntity p = art.entities.person(s.person());
                if (p.gender() != Gender.UNKNOWN) {
                    set("speaker-gender-known");
                }
                int space = p.name().indexOf(' ');
                if (space > 0 && isFirstName(p.name().substring(0, space))) {
                    set("speaker-first-name-known");
                }
                if (art.entities.person(s.person()).name().indexOf(' ') > 0) {
                    set("speaker-named-in-full");
                }
                int n = art.mentionsOf[s.person()];
                if (n <= 1) {
                    set("speaker-mentions-1");
                } else if (n <= 3) {
                    set("speaker-mentions-2-3");
                }
                if (lastPersonBefore(content.start()) == s.person()) {
                    set("speaker-last-person-before");
                }
            }
            if (s != null && s.name() != null && s.name().strip().indexOf(' ') > 0) {
                set("speaker-name-two-words");
            }
            shownName(s, q0, q1);
            risks(s, form, q0);
            Span cueSpan = a.match() == null ? null : a.match().cue();
            if (cueSpan == null) {
                set("no-cue");
            } else {
                distance(0, cueSpan, q0, q1);
            }
            int mentionGap = -1;
            boolean mentionSameSentence = false;
            if (s != null && s.mention() != null) {
                mentionGap = distance(1, s.mention(), q0, q1);
                mentionSameSentence = x[index("mention-same-sentence")] == 1;
            }
            if (form == Form.PRONOUN || form == Form.RELATIVE) {
                if (mentionGap > 8) {
                    set("pronoun-mention-gap-gt8");
                }
                if (!mentionSameSentence) {
                    set("pronoun-other-sentence");
                }
            }
            int words = 0;
            for (int i = q0; i <= q1; i++) {
                words += tokens.get(i).isWord() ? 1 : 0;
            }
            if (words <= 3) {
                set("quote-words-le3");
            } else if (words <= 8) {
                set("quote-words-le8");
            } else if (words > 40) {
                set("quote-words-gt40");
            }
            boolean opens = opensParagraph(q0);
            if (opens) {
                set("quote-opens-paragraph");
                if (closesParagraph(q1)) {
                    set("quote-is-paragraph");
                }
            }
            if (tokens.paragraphOf(q0) == tokens.paragraphOf(0)) {
                set("quote-in-first-paragraph");
            }
            QuoteSpan q = a.quote();
            if (q.continuesPrevious()) {
                set("quote-continues-previous");
            }
            if (q.continuesNext()) {
                set("quote-continues-next");
            }
            if (q.isMarked() && !q.isClosed()) {
                set("quote-unclosed");
            }
            if (q.isMarked() && q.inline()) {
                set("quote-inline");
            }
            int near = peopleNear(content);
            if (near == 0) {
                set("people-near-0");
            } else if (near == 2) {
                set("people-near-2");
            } else if (near >= 3) {
                set("people-near-3+");
            }
            String lemma = cueSpan == null ? null : lemma(cueSpan);
            if (cueSpan != null && lemma == null) {
                set("cue=other");
            }
            if (near == 0 && x[index("speaker-name-lowercase")] == 1) {
                set("speaker-name-lowercase&people-near-0");
            }
            for (int[] twin : TWINS) {
                x[twin[1]] = x[twin[0]];
            }
            return new ConfidenceFeatures(x, lemma);
        }

        /**
         * Sets the features of how the name shown was reached: a resolved person's nearest name in
         * narrative and whether the article named them (in full) before the quotation, a surname
         * that several people share; an unresolved source shown as a description, an acronym, one
         * word, or names joined by "and".
         */
        private void shownName(ResolvedSpeaker s, int q0, int q1) {
            if (s == null || s.name() == null) {
                return;
            }
            String name = s.name().strip();
            if (name.contains(" and ") || name.contains(", ")) {
                set("speaker-name-joint");
            }
            if (s.role() != null) {
                set("speaker-role-known");
            }
            if (s.person() < 0) {
                if (!name.isEmpty() && Character.isLowerCase(name.charAt(0))) {
                    set("speaker-name-lowercase");
                } else if (name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(c -> Character.isUpperCase(c))) {
                    set("speaker-name-acronym");
                } else if (name.indexOf(' ') < 0) {
                    set("speaker-name-one-word&unresolved");
                }
                return;
            }
            int p = s.person();
            if (art.sameSurname[p] > 1) {
                set("speaker-surname-shared");
            }
            int[] at = art.namedAt[p];
            int k = Arrays.binarySearch(at, q0);
            int after = k >= 0 ? k : -k - 1; // the first mention at or after the quotation's start
            if (after > 0) {
                set("speaker-named-before");
            }
            int full = art.namedInFullAt[p];
            if (full >= 0 && full < q0) {
                set("speaker-named-in-full-before");
            }
            int gap = Integer.MAX_VALUE;
            if (after > 0) {
                gap = q0 - at[after - 1] - 1;
            }
            if (after < at.length) {
                gap = Math.min(gap, at[after] <= q1 ? 0 : at[after] - q1 - 1);
            }
            int b = gap <= 8 ? 0 : gap <= 25 ? 1 : gap <= 80 ? 2 : 3;
            x[NAME_GAP_AT[b]] = 1;
            if (b >= 2) {
                if (x[FORM_AT[Form.PRONOUN.ordinal()]] == 1) {
                    set("speaker=pronoun&name-gap-gt25");
                } else if (x[FORM_AT[Form.DESCRIPTION.ordinal()]] == 1) {
                    set("speaker=description&name-gap-gt25");
                }
            }
        }

        /**
         * Sets the features of risks to the name shown that the outlets' tuning half showed: another
         * person of a gender that fits named between the speaker's last name and the quotation
         * ("Upton … worked with Gukesh. “…,” he said": Gukesh spoke), a name the entity stage did not
         * make a person in the same stretch ("like Chelsea Murphy, who built a fire pit"), a person
         * known by a first name alone ("Solomon"), a speaker's words that are a possessor ("said
         * Paul's mother"), and a description left unresolved though the article names someone or
         * something by its head word ("the premier", "the ministry").
         */
        private void risks(ResolvedSpeaker s, Form form, int q0) {
            if (s == null) {
                return;
            }
            boolean pronoun = form == Form.PRONOUN || form == Form.RELATIVE;
            if (s.mention() != null) {
                int m1 = tokens.lastEndingBy(s.mention().end());
                if (m1 >= 0 && m1 + 1 < tokens.size() && tokens.get(m1 + 1).kind() == Token.Kind.POSSESSIVE
                        && tokens.firstAtOrAfter(s.mention().start()) <= m1) {
                    set("speaker-mention-possessive");
                }
            }
            int from = -1; // where the stretch before the quotation that could hold a rival starts
            if (s.person() >= 0) {
                int p = s.person();
                String name = art.entities.person(p).name().strip();
                if (name.indexOf(' ') < 0 && isFirstName(name)) {
                    set("speaker-first-name-only");
                }
                int[] at = art.namedAt[p];
                int k = Arrays.binarySearch(at, q0);
                int after = k >= 0 ? k : -k - 1;
                if (after > 0 && at[after - 1] < q0) {
                    from = Math.max(tokens.sentenceStart(at[after - 1]), q0 - RIVAL_REACH);
                    if (rivalBetween(p, from, q0, pronoun)) {
                        set(pronoun ? "speaker-rival-before&pronoun"
                                : a.rule() != null && Family.of(a.rule()) == Family.INHERITED
                                        ? "speaker-rival-before&inherited" : "speaker-rival-before&other");
                    }
                }
            } else if (s.name() != null && isDescription(s.name().strip()) && headNamed(s.name().strip())) {
                set("speaker=description&head-named");
            }
            if (from < 0) {
                from = Math.max(0, q0 - UNKNOWN_REACH);
            }
            if (unknownNameBetween(from, q0)) {
                set("unknown-name-before");
                if (pronoun) {
                    set("unknown-name-before&pronoun");
                }
            }
        }

        /**
         * Whether a person other than {@code p} is named in narrative from token {@code from} to
         * before {@code to}; for a pronoun, only one of a gender that fits.
         */
        private boolean rivalBetween(int p, int from, int to, boolean pronoun) {
            Gender g = art.entities.person(p).gender();
            for (NameMention m : art.entities.mentionsStartingIn(new Span(tokens.get(from).start(), tokens.get(to).start()))) {
                if (m.isPerson() && !m.quoted() && m.person() != p) {
                    Gender other = art.entities.person(m.person()).gender();
                    if (!pronoun || g == Gender.UNKNOWN || other == Gender.UNKNOWN || g == other) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether two or three capitalised words, not opening a sentence and not part of a name the
         * entity stage found, stand from token {@code from} to before {@code to}, the first of them a
         * known first name or the run set off by a comma ("like Chelsea Murphy, who built",
         * "superintendent of police, Palash Chandra Dhali, said"): someone the article names whom no
         * speaker can be resolved to.
         */
        private boolean unknownNameBetween(int from, int to) {
            int[] at = art.unknownNames();
            int k = Arrays.binarySearch(at, from);
            int first = k >= 0 ? k : -k - 1; // the first at or after from
            return first < at.length && at[first] + 1 < to;
        }

        /** Whether an unresolved source reads as a description: lower case, or opening with an article or determiner. */
        private static boolean isDescription(String name) {
            if (name.isEmpty() || name.indexOf(' ') < 0) {
                return false;
            }
            if (Character.isLowerCase(name.charAt(0))) {
                return true;
            }
            String first = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
            return first.equals("the") || first.equals("a") || first.equals("an") || first.equals("this");
        }

        /** Whether the article names an organisation, or gives a person a role, with the description's last word ("the ministry"). */
        private boolean headNamed(String description) {
            String head = description.substring(description.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            return head.length() >= 3 && art.namedWords().contains(head);
        }

        /** Sets the gap, side, sentence and paragraph features of {@code span} against the quotation; returns the gap. */
        private int distance(int from, Span span, int q0, int q1) {
            int s0 = Math.min(tokens.firstAtOrAfter(span.start()), tokens.size() - 1);
            int s1 = Math.max(tokens.lastEndingBy(span.end()), s0);
            int gap;
            int left;
            int right;
            if (s1 < q0) {
                gap = q0 - s1 - 1;
                left = s1;
                right = q0;
            } else if (s0 > q1) {
                gap = s0 - q1 - 1;
                left = q1;
                right = s0;
                set(from == 0 ? "cue-after-quote" : "mention-after-quote");
            } else {
                gap = 0;
                left = right = -1;
            }
            int b = 0;
            while (b < BINS.length && gap > BINS[b]) {
                b++;
            }
            x[GAP_AT[from][b]] = 1;
            if (left < 0 || sameSentence(left, right)) {
                set(from == 0 ? "cue-same-sentence" : "mention-same-sentence");
            }
            if (left < 0 || tokens.sameParagraph(left, right)) {
                set(from == 0 ? "cue-same-paragraph" : "mention-same-paragraph");
            }
            return gap;
        }

        /** No sentence starts between token {@code left} and token {@code right} (quotation marks aside). */
        private boolean sameSentence(int left, int right) {
            if (right - left > BINS[BINS.length - 1] || !tokens.sameParagraph(left, right)) {
                return false;
            }
            for (int i = left + 1; i <= right; i++) {
                if (tokens.get(i).kind() != Token.Kind.QUOTE_MARK && tokens.startsSentence(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean opensParagraph(int q0) {
            int j = q0 - 1;
            while (j >= 0 && tokens.sameParagraph(j, q0) && tokens.get(j).kind() == Token.Kind.QUOTE_MARK) {
                j--;
            }
            return j < 0 || !tokens.sameParagraph(j, q0);
        }

        private boolean closesParagraph(int q1) {
            int j = q1 + 1;
            while (j < tokens.size() && tokens.sameParagraph(j, q1)
                    && (tokens.get(j).kind() == Token.Kind.QUOTE_MARK || tokens.get(j).kind() == Token.Kind.PUNCT)) {
                j++;
            }
            return j >= tokens.size() || !tokens.sameParagraph(j, q1);
        }

        private Form form() {
            ResolvedSpeaker s = a.speaker();
            if (s == null || s.mention() == null) {
                return Form.NONE;
            }
            Span m = s.mention();
            int from = tokens.firstAtOrAfter(m.start());
            int to = tokens.lastEndingBy(m.end());
            if (from > to || from >= tokens.size()) {
                return Form.DESCRIPTION;
            }
            if (from == to && tokens.get(from).is(Word.RELATIVE)) {
                return Form.RELATIVE;
            }
            if (from == to && tokens.get(from).is(Word.PRONOUN)) {
                return Form.PRONOUN;
            }
            int capitalised = 0;
            for (int i = from; i <= to; i++) {
                Token t = tokens.get(i);
                if (t.isWord() && Character.isLetter(t.first())) {
                    if (!Character.isUpperCase(t.first())) {
                        return Form.DESCRIPTION;
                    }
                    capitalised++;
                }
            }
            if (s.person() >= 0) {
                return capitalised >= 2 ? Form.FULL_NAME : Form.SURNAME;
            }
            for (Organisation o : art.entities.organisations()) {
                if (o.name().equals(s.name())) {
                    return Form.ORGANISATION;
                }
            }
            return Form.OTHER_NAME;
        }

        /** The person last named in narrative before {@code index}, or -1. */
        private int lastPersonBefore(int index) {
            List<NameMention> ms = art.entities.mentions();
            for (int i = firstMentionAtOrAfter(ms, index) - 1; i >= 0; i--) {
                NameMention m = ms.get(i);
                if (m.isPerson() && !m.quoted()) {
                    return m.person();
                }
            }
            return -1;
        }

        /** How many people are named in narrative from 600 characters before the quotation to 200 after it (at most 3). */
        private int peopleNear(Span content) {
            List<NameMention> ms = art.entities.mentions();
            int seen0 = -1;
            int seen1 = -1;
            int count = 0;
            for (int i = firstMentionAtOrAfter(ms, content.start() - 600); i < ms.size(); i++) {
                NameMention m = ms.get(i);
                if (m.span().start() > content.end() + 200) {
                    break;
                }
                if (!m.isPerson() || m.quoted() || m.person() == seen0 || m.person() == seen1) {
                    continue;
                }
                count++;
                if (count >= 3) {
                    return 3;
                }
                if (seen0 < 0) {
                    seen0 = m.person();
                } else {
                    seen1 = m.person();
                }
            }
            return count;
        }

        private String lemma(Span cueSpan) {
            int from = tokens.firstAtOrAfter(cueSpan.start());
            for (int i = from; i < tokens.size() && tokens.get(i).start() < cueSpan.end(); i++) {
                Lemma l = tokens.get(i).cue();
                if (l != null) {
                    return l.text();
                }
            }
            return null;
        }
    }

    /**
     * Whether a word is a first name of the entity stage's list ({@code entity/first-names.tsv},
     * which writes names without accents): "Sharon Graham" is a name in full, "Cr Morrison" a title
     * and a surname the article never completed.
     */
    static boolean isFirstName(String word) {
        return FIRST_NAMES.contains(word) || !isAscii(word)
                && FIRST_NAMES.contains(Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> firstNames() {
        Set<String> out = new HashSet<>();
        for (String line : ResourceLines.of(ConfidenceFeatures.class, "/org/onrecord/entity/first-names.tsv")) {
            int tab = line.indexOf('\t');
            out.add((tab < 0 ? line : line.substring(0, tab)).strip());
        }
        return Set.copyOf(out);
    }

    private static int firstMentionAtOrAfter(List<NameMention> ms, int index) {
        int lo = 0;
        int hi = ms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).span().start() < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
