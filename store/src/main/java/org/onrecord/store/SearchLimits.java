package org.onrecord.store;

/**
 * What one full-text search may ask of SQLite, checked before it runs. A prefix term ({@code strik*})
 * reads the postings of every indexed word it begins, so a one-letter prefix reads a large part of the
 * index, and the same term repeated reads it again each time: {@code a* } two hundred times kept the
 * database busy for most of a minute. A search past these limits is refused at once with a message
 * saying which limit and how to narrow it; cost that slips past them is cut by the time limit on every
 * read ({@link QuoteStore#QUERY_TIME_LIMIT}).
 */
final class SearchLimits {
    /** Characters of search text. */
    static final int MAX_CHARS = 1000;
    /** Words (inside phrases too) in the search text, and in each of the speaker and organisation filters. */
    static final int MAX_WORDS = 32;
    /** Prefix terms ({@code word*}) in one search. */
    static final int MAX_PREFIXES = 4;
    /** Letters or digits before a prefix's {@code *}. */
    static final int MIN_PREFIX = 2;

    private SearchLimits() {}

    /** @throws BadQueryException when the full-text search text asks for more than the limits allow */
    static void checkText(String text) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_CHARS) {
            throw new BadQueryException("the search is " + text.length() + " characters long; at most " + MAX_CHARS
                    + " are allowed");
        }
        int words = 0;
        int prefixes = 0;
        int run = 0; // letters or digits read since the last other character
        int lastRun = 0; // the same, kept across a closing quote: in "new yo"* the prefix is yo
        boolean inString = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (run == 0) {
                    words++;
                }
                lastRun = ++run;
                continue;
            }
            run = 0;
            if (cp == '"') {
                inString = !inString; // a doubled quote inside a string closes and reopens it: the same here
            } else if (cp == '*' && !inString) {
                prefixes++;
                if (lastRun < MIN_PREFIX) {
                    throw new BadQueryException("a prefix needs at least " + MIN_PREFIX + " letters or digits before *"
                            + " (it reads every indexed word it begins)");
                }
                lastRun = 0;
            } else {
                lastRun = 0;
            }
        }
        if (prefixes > MAX_PREFIXES) {
            throw new BadQueryException("the search has " + prefixes + " prefix* terms; at most " + MAX_PREFIXES
                    + " are allowed (each one reads every indexed word it begins)");
        }
        if (words > MAX_WORDS) {
            throw new BadQueryException("the search has " + words + " words; at most " + MAX_WORDS + " are allowed");
        }
    }

    /** @throws BadQueryException when a speaker or organisation filter has too many words */
    static void checkFilter(String name, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_CHARS) {
            throw new BadQueryException("the " + name + " filter is " + value.length() + " characters long; at most "
                    + MAX_CHARS + " are allowed");
        }
        int words = value.strip().isEmpty() ? 0 : value.strip().split("[^\\p{L}\\p{N}]+").length;
        if (words > MAX_WORDS) {
            throw new BadQueryException("the " + name + " filter has " + words + " words; at most " + MAX_WORDS
                    + " are allowed");
        }
    }

    /** Whether the search text has a prefix term: such a search may be costly however few terms it has. */
    static boolean hasPrefix(String text) {
        if (text == null) {
            return false;
        }
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                inString = !inString;
            } else if (ch == '*' && !inString) {
                return true;
            }
        }
        return false;
    }
}
