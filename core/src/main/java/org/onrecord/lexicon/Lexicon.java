package org.onrecord.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.onrecord.text.ResourceLines;

/**
 * The engine's word lists, read from the data files beside this class: verbs with their forms and
 * flags ({@code verbs.tsv}), word classes ({@code function-words.tsv}, {@code word-forms.tsv},
 * {@code nouns.tsv}) and object cues ({@code object-cues.txt}). Every form gets one shared
 * {@link Entry}, so a token is annotated by one map lookup and asked about by bit tests.
 *
 * <p>The standard lexicon is loaded once per JVM; {@link #read} builds another from other lines
 * (a test's, an experiment's) and the stages take whichever they are given.
 */
public final class Lexicon {
    public static final String VERBS = "verbs.tsv";
    public static final String FUNCTION_WORDS = "function-words.tsv";
    public static final String WORD_FORMS = "word-forms.tsv";
    public static final String NOUNS = "nouns.tsv";
    public static final String OBJECT_CUES = "object-cues.txt";
    /** The files a lexicon is read from. */
    public static final List<String> FILES = List.of(VERBS, FUNCTION_WORDS, WORD_FORMS, NOUNS, OBJECT_CUES);

    private final Map<String, Entry> entries;
    private final FormTable table;
    private final Map<String, Lemma> lemmas;
    private final Map<String, Set<String>> objectCues;
    /** The entries of the one-character ASCII stretches, by character, looked up once. */
    private final Entry[] oneChar = new Entry[128];
    /**
     * The hashes of the object cues' first words, as bits: asked for every word followed by
     * another, most of which no object cue starts with, so a clear bit answers without the map.
     */
    private final long[] objectCueFirst = new long[64];

    private Lexicon(Map<String, Entry> entries, Map<String, Lemma> lemmas, Map<String, Set<String>> objectCues) {
        this.entries = entries;
        this.table = new FormTable(entries);
        for (String first : objectCues.keySet()) {
            int h = first.hashCode();
            objectCueFirst[(h >>> 6) & (objectCueFirst.length - 1)] |= 1L << h;
        }
        for (char c = 0; c < oneChar.length; c++) {
            oneChar[c] = entry(String.valueOf(c).toLowerCase(Locale.ROOT));
        }
        this.lemmas = lemmas;
        this.objectCues = objectCues;
    }

    /** The lexicon of the bundled data files. */
    public static Lexicon standard() {
        return Standard.LEXICON;
    }

    /** The lines (without blanks and {@code #} comments) of one of the bundled {@link #FILES}. */
    public static List<String> bundled(String file) {
        return ResourceLines.of(Lexicon.class, file);
    }

    /** A lexicon from the lines of each of the {@link #FILES}, as {@code lines} gives them. */
    public static Lexicon read(Function<String, List<String>> lines) {
        Map<String, EnumSet<Word>> words = new HashMap<>();
        for (String file : List.of(FUNCTION_WORDS, WORD_FORMS, NOUNS)) {
            for (String line : lines.apply(file)) {
                String[] cols = columns(line, 2, file);
                EnumSet<Word> classes = words.computeIfAbsent(cols[0], k -> EnumSet.noneOf(Word.class));
                for (String c : cols[1].split(",")) {
                    classes.add(Word.byKey(c.strip()));
                }
            }
        }
        Map<String, Lemma> lemmas = new LinkedHashMap<>();
        Map<String, Lemma> cueForms = new HashMap<>();
        Map<String, Lemma> thoughtForms = new HashMap<>();
        List<String[]> verbRows = new ArrayList<>();
        for (String line : lines.apply(VERBS)) {
            String[] cols = columns(line, 3, VERBS);
            int flags = 0;
            for (String f : cols[2].split(",")) {
                flags |= Verb.byKey(f.strip()).bit;
            }
            Lemma lemma = new Lemma(lemmas.size(), cols[0], flags);
            if (lemmas.put(cols[0], lemma) != null) {
                throw new IllegalArgumentException(VERBS + ": " + cols[0] + " twice");
            }
            verbRows.add(cols);
        }
        for (String[] cols : verbRows) {
            Lemma lemma = lemmas.get(cols[0]);
            for (String form : Inflector.forms(lemma.text(), lemma.has(Verb.DOUBLES), cols[1])) {
                if (lemma.has(Verb.SPEECH)) {
                    cueForms.put(form, lemma);
                }
                if (lemma.has(Verb.COGNITION)) {
                    thoughtForms.put(form, lemma);
                }
            }
        }
        Set<String> forms = new HashSet<>(words.keySet());
        forms.addAll(cueForms.keySet());
        forms.addAll(thoughtForms.keySet());
        Map<String, Entry> entries = new HashMap<>();
        for (String form : forms) {
            entries.put(form, new Entry(form, words.containsKey(form) ? Word.bits(words.get(form)) : Word.NONE, cueForms.get(form),
                    thoughtForms.get(form), entries.size()));
        }
        Map<String, Set<String>> objectCues = new HashMap<>();
        for (String line : lines.apply(OBJECT_CUES)) {
            String phrase = line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int space = phrase.indexOf(' ');
            if (space > 0) {
                objectCues.computeIfAbsent(phrase.substring(0, space), k -> new HashSet<>()).add(phrase.substring(space + 1));
            }
        }
        objectCues.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        // HashMaps, not Map.copyOf: object cues are probed for every word, and the immutable maps'
        // probe divides where a HashMap's masks
        return new Lexicon(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(lemmas),
                Collections.unmodifiableMap(objectCues));
    }

    private static String[] columns(String line, int n, String file) {
        String[] cols = line.split("\t");
        if (cols.length != n) {
            throw new IllegalArgumentException(file + ": expected " + n + " tab-separated columns in \"" + line + "\"");
        }
        for (int i = 0; i < n; i++) {
            cols[i] = cols[i].strip();
        }
        return cols;
    }

    /** What the lexicon knows of a lower-case form; {@link Entry#NONE} when nothing. */
    public Entry entry(String lower) {
        Entry e = table.get(lower);
        return e != null ? e : Entry.NONE;
    }

    /**
     * What the lexicon knows of {@code text[from, to)} in lower case ({@link Locale#ROOT}), as
     * {@link #entry} of {@code text.substring(from, to).toLowerCase(Locale.ROOT)} but without making
     * either string for an ASCII word; {@link Entry#form()} is the lower-case form when known.
     */
    public Entry entry(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) < oneChar.length) {
            return oneChar[text.charAt(from)]; // punctuation, mostly: a token in five
        }
        Entry e = table.get(text, from, to);
        if (e == FormTable.NOT_ASCII) {
            return entry(text.substring(from, to).toLowerCase(Locale.ROOT));
        }
        return e != null ? e : Entry.NONE;
    }

    /** As {@link #entry(String, int, int)}, for a stretch of an array: the tokenizer reads an article as one. */
    public Entry entry(char[] text, int from, int to) {
        if (to - from == 1 && text[from] < oneChar.length) {
            return oneChar[text[from]];
        }
        Entry e = table.get(text, from, to);
        if (e == FormTable.NOT_ASCII) {
            return entry(new String(text, from, to - from).toLowerCase(Locale.ROOT));
        }
        return e != null ? e : Entry.NONE;
    }

    /**
     * "al-Maliki", "el-Sisi": a word that is a name particle joined by a hyphen to a capitalised
     * word, and so a capitalised name word as "Al-Maliki" would be.
     */
    public boolean isParticleJoined(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                && entry(word.substring(0, hyphen)).is(Word.HYPHEN_PARTICLE);
    }

    /** The verb with this lemma, or null. */
    public Lemma lemma(String lemma) {
        return lemmas.get(lemma);
    }

    /** Every verb, in file order. */
    public List<Lemma> verbs() {
        return List.copyOf(lemmas.values());
    }

    /** How many forms the lexicon knows: their entries are numbered from 0 to this, exclusive ({@link Entry#id()}). */
    public int size() {
        return entries.size();
    }

    /** Every form the lexicon knows, with what it knows of it. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** Whether {@code word} followed by {@code next}, both in lower case, opens an object cue ("calling" "for"). */
    public boolean opensObjectCue(String word, String next) {
        int h = word.hashCode();
        if ((objectCueFirst[(h >>> 6) & (objectCueFirst.length - 1)] & (1L << h)) == 0) {
            return false;
        }
        Set<String> nexts = objectCues.get(word);
        return nexts != null && nexts.contains(next);
    }

    private static final class Standard {
        static final Lexicon LEXICON = read(Lexicon::bundled);
    }
}
