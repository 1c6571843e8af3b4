package org.onrecord.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.onrecord.lexicon.Lexicon;
import org.onrecord.lexicon.Word;

/**
 * The tokens of a document's content paragraphs, in order, with the paragraph each belongs to.
 * Boilerplate paragraphs contribute none.
 */
public final class Tokens {
    /**
     * How far back, in tokens, {@link #sentenceStart} looks for the start of a sentence: a longer
     * "sentence" (a page that never ends one, a list of a thousand names) is read in windows of
     * this size, so that every search bounded by a sentence costs at most this much and a text
     * costs time linear in its length. Real sentences are far shorter: the longest in PolNeAR
     * train + dev has 217 tokens (a list of names; 99.9% have at most 74), in the outlets' tuning
     * half 65.
     */
    public static final int SENTENCE_WINDOW = 256;

    private final Token[] tokens; // an array, not a list: every stage reads it token by token
    private final int[] paragraphOf;
    private final Lexicon lexicon;
    private final int[] sentenceFirst; // for each token, the last token at or before it that starts a sentence
    // the tokens' offsets side by side: the binary searches by offset, asked by every stage, read
    // them without loading each token they pass
    private final int[] starts;
    private final int[] ends;
    // for every fourth offset up to the last token's end, the first token starting at or after it:
    // a search by offset is then a read and a step or two (null for a text longer than FIRST_AT_LIMIT)
    private final int[] firstAt;
    private static final int STEP_BITS = 2;
    private static final int FIRST_AT_LIMIT = 1 << 20;
    private java.util.Map<Object, Object> memo; // see memo(): null until a stage asks

    private Tokens(Token[] tokens, int[] paragraphOf, Lexicon lexicon) {
        this.tokens = tokens;
        this.paragraphOf = paragraphOf;
        this.lexicon = lexicon;
        this.sentenceFirst = new int[tokens.length];
        this.starts = new int[tokens.length];
        this.ends = new int[tokens.length];
        for (int i = 0; i < sentenceFirst.length; i++) {
            sentenceFirst[i] = readsAsSentenceStart(i) ? i : sentenceFirst[i - 1];
            starts[i] = tokens[i].start();
            ends[i] = tokens[i].end();
        }
        this.firstAt = firstAt(starts, ends);
    }

    /** The table of {@link #firstAt}, or null when the tokens overlap or are too far apart to keep one. */
    private static int[] firstAt(int[] starts, int[] ends) {
        int n = starts.length;
        if (n == 0 || starts[0] < 0 || ends[n - 1] > FIRST_AT_LIMIT) {
            return null;
        }
        for (int k = 0; k < n; k++) {
            if (ends[k] <= starts[k] || k > 0 && starts[k] < ends[k - 1]) {
                return null; // the reading of lastEndingBy below holds for disjoint tokens in order only
            }
        }
        int[] table = new int[(ends[n - 1] >> STEP_BITS) + 1];
        int b = 0;
        for (int k = 0; k < n; k++) {
            while (b < table.length && (b << STEP_BITS) <= starts[k]) {
                table[b++] = k;
            }
        }
        while (b < table.length) {
            table[b++] = n;
        }
        return table;
    }

    /**
     * What {@code compute} gives for this article, computed on the first call with {@code key} and
     * kept (null too): for a question a stage asks again and again whose answer depends on the
     * article alone, such as which police force it names.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        if (memo == null) {
            memo = new java.util.HashMap<>();
        } else if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = compute.get();
        memo.put(key, value);
        return value;
    }

    public static Tokens of(Segmented doc) {
        return of(doc, Lexicon.standard());
    }

    /** The tokens of a document, each annotated by {@code lexicon}. */
    public static Tokens of(Segmented doc, Lexicon lexicon) {
        List<Token> all = new ArrayList<>(doc.text().length() / 5 + 16); // news runs about five characters a token
        int[] paragraphOf = new int[64];
        char[] chars = doc.text().toCharArray(); // the tokenizer's reading of the text, made once
        for (Paragraph p : doc.paragraphs()) {
            if (!p.isContent()) {
                continue;
            }
            int from = all.size();
            Tokenizer.tokenize(chars, p.start(), p.end(), lexicon, all);
            if (all.size() > paragraphOf.length) {
                paragraphOf = Arrays.copyOf(paragraphOf, Math.max(all.size(), 2 * paragraphOf.length));
            }
            Arrays.fill(paragraphOf, from, all.size(), p.index());
        }
        return new Tokens(all.toArray(new Token[0]), Arrays.copyOf(paragraphOf, all.size()), lexicon);
    }

    /** The lexicon the tokens were annotated by, for questions about words that are no single token's. */
    public Lexicon lexicon() {
        return lexicon;
    }

    public int size() {
        return tokens.length;
    }

    /**
     * "@lk-jord", "@john_smith9": an "@" that no word touches before it, and the words and
     * underscores touching it after, are a social media handle; returns its last token, or
     * {@code i} when none starts here (an e-mail address's "@" follows a word). The entity stage
     * reads a handle as a name, attribution as a source.
     */
    public int handleEnd(int i) {
        Token at = at(i);
        Token before = at(i - 1);
        if (at == null || !at.is("@") || before != null && before.end() == at.start() && before.isWord()) {
            return i;
        }
        int last = i;
        while (last + 1 < size() && get(last + 1).start() == get(last).end() && (get(last + 1).isWord() || get(last + 1).is("_"))) {
            last++;
        }
        return get(last).isWord() ? last : i;
    }

    public Token get(int i) {
        return tokens[i];
    }

    /** The token at {@code i}, or null when {@code i} is out of range. */
    public Token at(int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : null;
    }

    public int paragraphOf(int i) {
        return paragraphOf[i];
    }

    /** Whether tokens {@code i} and {@code j} stand in the same paragraph. */
    public boolean sameParagraph(int i, int j) {
        return sameIn(paragraphOf, i, j);
    }

    // under 35 bytes of bytecode, as is sameParagraph: the JIT then inlines both at every call site,
    // hot or not (every stage asks this, at some two hundred places). The tests are written out one
    // by one so that in a loop the JIT can still drop the array's bounds checks: folded into
    // (i | j) >= 0 and Math.max(i, j) < length they cost a paragraph walk two and a half times the time.
    private static boolean sameIn(int[] of, int i, int j) {
        return i >= 0 && j >= 0 && i < of.length && j < of.length && of[i] == of[j];
    }

    /** Index of the first token that starts at or after {@code charIndex}; {@link #size()} if none. */
    public int firstAtOrAfter(int charIndex) {
        // the table's case here, the search apart: small enough for the JIT to inline everywhere
        int[] table = firstAt;
        return table != null && charIndex >= 0 && (charIndex >> STEP_BITS) < table.length
                ? stepTo(charIndex) : searchFirstAtOrAfter(charIndex);
    }

    private int searchFirstAtOrAfter(int charIndex) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first token at or after {@code charIndex}, from the table's entry for its step. */
    private int stepTo(int charIndex) {
        int k = firstAt[charIndex >> STEP_BITS];
        while (k < starts.length && starts[k] < charIndex) {
            k++;
        }
        return k;
    }

    /** Index of the last token that ends at or before {@code charIndex}; -1 if none. */
    public int lastEndingBy(int charIndex) {
        int[] table = firstAt;
        return table != null && charIndex >= 0 && (charIndex >> STEP_BITS) < table.length
                ? lastEndingByStep(charIndex) : searchLastEndingBy(charIndex);
    }

    /**
     * The tokens before the first at or after the offset, but the last of them when the offset
     * falls inside it.
     */
    private int lastEndingByStep(int charIndex) {
        int f = stepTo(charIndex);
        return f > 0 && ends[f - 1] > charIndex ? f - 2 : f - 1;
    }

    private int searchLastEndingBy(int charIndex) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The words (not the punctuation) wholly inside {@code span}, as written. */
    public List<String> wordsIn(Span span) {
        List<String> out = new ArrayList<>();
        for (int i = firstAtOrAfter(span.start()); i < size() && tokens[i].end() <= span.end(); i++) {
            if (tokens[i].isWord()) {
                out.add(tokens[i].text());
            }
        }
        return out;
    }

    /** Whether any token wholly inside {@code span} is {@code such}. */
    public boolean anyIn(Span span, Predicate<Token> such) {
        for (int i = firstAtOrAfter(span.start()); i < size() && tokens[i].end() <= span.end(); i++) {
            if (such.test(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token begins a sentence: first in its paragraph, or after a sentence end or a colon. */
    public boolean startsSentence(int i) {
        return i <= 0 || i >= sentenceFirst.length || sentenceFirst[i] == i; // read once for each token
    }

    private boolean readsAsSentenceStart(int i) {
        if (i == 0 || !sameParagraph(i, i - 1)) {
            return true;
        }
        Token prev = tokens[i - 1];
        if (prev.kind() == Token.Kind.QUOTE_MARK) {
            return i < 2 || !sameParagraph(i, i - 2) || isEnd(tokens[i - 2]);
        }
        return isEnd(prev) || prev.first() == ':' && prev.is(":") || afterAbbreviation(prev, tokens[i]);
    }

    /**
     * "… in the U.S. He says …", "… on President Ferdinand Marcos Jr. The user wrote …": an
     * abbreviation keeps its dot, yet a pronoun or article after it starts anew ("v." and "vs." join
     * the parties of a case: "Smith v. The State").
     */
    private static boolean afterAbbreviation(Token prev, Token t) {
        String p = prev.text();
        return prev.kind() == Token.Kind.WORD && p.length() >= 3 && p.endsWith(".") && !p.equalsIgnoreCase("vs.")
                && t.isCapitalised(Word.SENTENCE_OPENER);
    }

    /** Only punctuation ends a sentence: a dot the tokenizer kept on a word marks an abbreviation ("Dec.", "U.S."). */
    private static boolean isEnd(Token t) {
        return t.kind() == Token.Kind.PUNCT && Chars.isSentenceEnd(t.first());
    }

    /** The first token of the sentence that holds token {@code i}. */
    public int sentenceStart(int i) {
        return sentenceStart(i, 0);
    }

    /**
     * The first token of the sentence that holds token {@code i}, but no earlier than {@code floor}
     * nor more than {@link #SENTENCE_WINDOW} tokens before {@code i}.
     */
    public int sentenceStart(int i, int floor) {
        int s = Math.max(i, floor);
        return s <= floor || s >= sentenceFirst.length ? s : windowed(s, floor); // small enough to inline everywhere
    }

    private int windowed(int s, int floor) {
        return Math.max(Math.max(sentenceFirst[s], floor), s - SENTENCE_WINDOW);
    }

    /** The last token of the sentence that holds token {@code i}, at most {@link #SENTENCE_WINDOW} on. */
    public int sentenceEnd(int i) {
        int e = i;
        while (e + 1 < size() && sameParagraph(e, e + 1) && e - i < SENTENCE_WINDOW) {
            e++;
            if (isEnd(get(e))) {
                break;
            }
        }
        return e;
    }
}
