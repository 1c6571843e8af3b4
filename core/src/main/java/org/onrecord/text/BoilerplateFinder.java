package org.onrecord.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onrecord.model.Boilerplate;

/**
 * Marks paragraphs that are not article content: links to other stories, bylines, calls to action
 * and caption residue. Each rule looks at one paragraph and, for captions, at whether the next one
 * opens a quotation (then a short name on its own line is a speaker label, not a caption).
 */
public final class BoilerplateFinder {
    private static final Pattern PROMO = Pattern.compile(
            "^(read more|more|related|see also|also read|recommended|watch|listen|most read|trending|"
                    + "related articles?|related stories|related coverage|don't miss|don’t miss)\\s*[:|\\-–—]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "^(read (the )?(rest|full|whole|more)( of)?( the| this)?( story| article| report)?( here| at| on)?\\b.{0,40}"
                    + "|click here\\b.*|sign up\\b.{0,80}|subscribe\\b.{0,80}|advertisement|share this( article| story)?"
                    + "|share on (facebook|twitter|whatsapp).*|continue reading.{0,40}|listen to this article.{0,40})[.!:]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^([Bb]y\\s+[\\p{Lu}][\\p{L}.’'\\-]+(\\s+[\\p{Lu}][\\p{L}.’'\\-]+){0,3}(\\s*(,|and|&)\\s*[\\p{Lu}][\\p{L}.’'\\-]+(\\s+[\\p{Lu}][\\p{L}.’'\\-]+){0,3})*\\s*\\|?.{0,30}"
                    + "|[Ff]ollow\\s+.{1,60}\\s+on\\s+(?i:twitter|x|facebook|instagram|threads|bluesky)\\b.*"
                    + "|([Rr]each|[Cc]ontact|[Ee]mail)\\s+(him|her|them|the author|[\\p{Lu}][\\p{L}]+)\\b.{0,20}\\s+(at|on|via)\\s+.*"
                    + "|\\((reporting|additional reporting|writing|editing) by .*\\)\\.?)$");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "^(picture|photo|image|photograph|credit|pictured|main image|video)\\s*:.{0,80}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_NAME = Pattern.compile(
            "^(the\\s+)?[\\p{Lu}][\\p{L}’'&.\\-]*(\\s+(of|the|and|&|[\\p{Lu}][\\p{L}’'&.\\-]*)){0,5}\\s*:?$");

    private BoilerplateFinder() {}

    public static Segmented segment(String text) {
        List<Paragraph> paragraphs = Paragraphs.split(text);
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Boilerplate.Kind kind = null;
            if (p.span().length() <= MAX_LENGTH) { // a longer paragraph is content: no need to cut it out
                String line = p.span().of(text);
                Span next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1).span() : null;
                kind = classify(line, next != null && next.length() > 0 && Chars.isQuoteMark(text.charAt(next.start())));
            }
            out.add(kind == null ? p : p.as(kind));
        }
        return new Segmented(text, out);
    }

    /** Paragraphs longer than this, in UTF-16 units, are never boilerplate. */
    private static final int MAX_LENGTH = 400;

    static Boilerplate.Kind classify(String line, String nextLine) {
        return classify(line, opensQuote(nextLine));
    }

    private static Boilerplate.Kind classify(String line, boolean nextOpensQuote) {
        if (line.isEmpty() || !mayOpenBoilerplate(line.charAt(0))) {
            return null;
        }
        return match(line, nextOpensQuote);
    }

    /** What {@link #classify} answers without its test of the first character: for the test that holds the two equal. */
    static Boilerplate.Kind match(String line, boolean nextOpensQuote) {
        if (line.length() > MAX_LENGTH) {
            return null;
        }
        if (PROMO.matcher(line).lookingAt()) { // anchored: find() tried the pattern at every offset
            return Boilerplate.Kind.PROMO;
        }
        if (CALL_TO_ACTION.matcher(line).matches()) {
            return Boilerplate.Kind.CALL_TO_ACTION;
        }
        if (line.length() <= 200 && BYLINE.matcher(line).matches() && !endsLikeSentence(line)) {
            return Boilerplate.Kind.BYLINE;
        }
        if (CAPTION_CREDIT.matcher(line).matches()) {
            return Boilerplate.Kind.CAPTION;
        }
        if (line.length() <= 60 && CAPTION_NAME.matcher(line).matches() && !nextOpensQuote
                && !line.toLowerCase(Locale.ROOT).equals(line)) {
            return Boilerplate.Kind.CAPTION;
        }
        return null;
    }

    /**
     * Whether a paragraph opening with {@code c} can match any of the patterns, all anchored at its
     * start: each opens with a letter of its words (case-blind in ASCII only, as the patterns are),
     * a bracket, or a capital of any script (a caption's name). Most paragraphs open with a capital
     * too, but the test spares the five matchers every paragraph opening with a quotation mark, a
     * digit or a lower-case letter outside these.
     */
    static boolean mayOpenBoilerplate(char c) {
        if (c < 0x80) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            // PROMO r m s a w l t d; CALL_TO_ACTION r c s a l; BYLINE b f r c e (; CAPTION_CREDIT p c i v m;
            // CAPTION_NAME "the" or any capital
            return c >= 'A' && c <= 'Z' || "rmsawltdcbfepiv(".indexOf(lower) >= 0;
        }
        // a surrogate may start a capital beyond the first plane (\p{Lu} reads code points)
        return Character.isSurrogate(c) || Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static boolean endsLikeSentence(String line) {
        return line.length() > 80 && Chars.isSentenceEnd(line.charAt(line.length() - 1));
    }

    private static boolean opensQuote(String line) {
        return !line.isEmpty() && Chars.isQuoteMark(line.charAt(0));
    }
}
