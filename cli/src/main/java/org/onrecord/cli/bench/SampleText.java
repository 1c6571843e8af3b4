package org.onrecord.cli.bench;

import java.util.Random;

/**
 * News-like text the project writes itself, for benchmarks: reports with direct, split, mixed and
 * reported quotations, named speakers with roles, pronouns and narrative between them. The same
 * seed gives the same text, so runs compare.
 */
public final class SampleText {
    private static final String[] FIRST = {"Maria", "Tom", "Aisha", "Peter", "Helen", "Rajesh", "Claire", "David",
        "Fatima", "George", "Ingrid", "Samuel", "Lucy", "Omar", "Ruth", "Daniel"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Haddad", "Brennan", "Moreau", "Patel", "Novak",
        "Whitfield", "Castillo", "Adeyemi", "Fischer", "Gallagher", "Romano", "Kowalski", "Ashworth", "Delgado"};
    private static final String[] ROLE = {"the transport minister", "a spokesperson for the council",
        "the chief executive of Harbour Energy", "the union's general secretary", "a senior economist at the bank",
        "the head of the local hospital trust", "the opposition leader", "a professor of public health"};
    private static final String[] CUE = {"said", "told reporters", "added", "warned", "said on Tuesday", "explained"};
    private static final String[] SUBJECT = {"the new timetable", "the budget", "the flood defences", "this decision",
        "the rail strike", "the housing plan", "the inquiry", "the hospital's waiting list"};
    private static final String[] PREDICATE = {"will cost far more than anyone admitted", "is the right thing to do",
        "has left families without a choice", "cannot wait another year", "was never properly explained",
        "shows that the system is working", "puts thousands of jobs at risk", "needs a serious second look"};
    private static final String[] NARRATIVE = {
        "The proposal was published on Monday after months of negotiation between the two sides.",
        "Figures released by the statistics office showed a rise of 4.2 per cent over the year.",
        "Several hundred people gathered outside the town hall as the meeting began.",
        "The scheme, first announced in 2019, has been delayed three times.",
        "Officials declined to say when a final decision would be made.",
        "Critics have pointed to similar projects elsewhere that ran over budget."};

    private final Random random;

    public SampleText(long seed) {
        this.random = new Random(seed);
    }

    /** An article of at least {@code targetBytes} UTF-8 bytes, paragraphs separated by blank lines. */
    public String article(int targetBytes) {
        StringBuilder sb = new StringBuilder(targetBytes + 512);
        int bytes = 0;
        while (bytes < targetBytes) {
            String paragraph = paragraph();
            sb.append(paragraph).append("\n\n");
            bytes += paragraph.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 2;
        }
        return sb.toString();
    }

    private String paragraph() {
        String first = pick(FIRST);
        String name = first + " " + pick(LAST);
        String role = pick(ROLE);
        String claim = capitalised(pick(SUBJECT)) + " " + pick(PREDICATE);
        return switch (random.nextInt(6)) {
            case 0 -> "“" + claim + ",” " + name + ", " + role + ", " + pick(CUE) + ".";
            case 1 -> name + ", " + role + ", " + pick(CUE) + ": “" + claim + ". " + capitalised(pick(SUBJECT)) + " "
                    + pick(PREDICATE) + ".”";
            case 2 -> "“" + claim + ",” " + (random.nextBoolean() ? "she" : "he") + " said. “" + capitalised(pick(SUBJECT))
                    + " " + pick(PREDICATE) + ".”";
            case 3 -> name + " said " + pick(SUBJECT) + " " + pick(PREDICATE) + ", calling it “" + pick(PREDICATE) + "”.";
            case 4 -> "According to " + name + ", " + pick(SUBJECT) + " " + pick(PREDICATE) + ". " + pick(NARRATIVE);
            default -> pick(NARRATIVE) + " " + pick(NARRATIVE);
        };
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
