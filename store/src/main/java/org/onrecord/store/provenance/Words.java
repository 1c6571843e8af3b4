package org.onrecord.store.provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation as the words that make it the same quotation elsewhere: lower case, no accents, straight marks, no
 * punctuation, "n't" as "not", "1,000" as "1000", hyphenated words apart. Where an outlet left words out
 * ("…", "...", "[…]") or put its own in ("[Tony] Blair", "[he]") the list holds a gap token instead, so
 * that a variant diff can tell an announced elision or insertion from a silent change.
 */
final class Words {
    /** Words left out, announced by an ellipsis. */
    static final String ELLIPSIS = "…";
    /** Words an outlet put in square brackets. */
    static final String BRACKET = "[]";

    /** Accents, so that "Gardaí" and "Gardai" are one word. */
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    /** An outlet's insertion, with the "'s" it may carry ("[Smith]'s" for "she's"), which is the outlet's too. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,80}\\](?:'s\\b)?");
    private static final Pattern ELLIPSES = Pattern.compile("…|\\.\\s*\\.\\s*\\.(?:\\s*\\.)*");
    private static final Pattern NOT = Pattern.compile("(?i)\\b(won|can|shan|ain)'t\\b|n't\\b");
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}]+)*|…|\\[\\]");

    private Words() {}

    /** The words of a quotation, with gap tokens where words were left out or inserted. */
    static List<String> of(String text) {
        String s = MARKS.matcher(Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD))
                .replaceAll("")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .toLowerCase(Locale.ROOT);
        s = BRACKETED.matcher(s).replaceAll(m -> m.group().matches("\\[\\s*(…|\\.\\s*\\.\\s*\\.)\\s*\\](?:'s)?") ? " … " : " [] ");
        s = ELLIPSES.matcher(s).replaceAll(" … ");
        s = NOT.matcher(s).replaceAll(m -> m.group(1) == null ? " not" : switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "won" -> "will not";
            case "can" -> "can not";
            case "shan" -> "shall not";
            default -> "is not";
        });
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                w = w.replace(",", "");
            } else {
                w = w.replace("'", "");
            }
            boolean gap = w.equals(ELLIPSIS) || w.equals(BRACKET);
            if (gap && !words.isEmpty() && isGap(words.get(words.size() - 1))) {
                continue; // "[…]" next to "…" is one gap
            }
            words.add(w);
        }
        return List.copyOf(words);
    }

    static boolean isGap(String word) {
        return word.equals(ELLIPSIS) || word.equals(BRACKET);
    }

    /** The words without gap tokens. */
    static List<String> plain(List<String> words) {
        return words.stream().filter(w -> !isGap(w)).toList();
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }

    /** A word list resource: one word a line, '#' comments and blank lines skipped. */
    static Set<String> resource(String name) {
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
