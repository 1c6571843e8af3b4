package org.onrecord.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.onrecord.json.ExtractionJson;

/**
 * Made-up news articles for benchmarks: each a corpus line with four or five quotations from people
 * with names, roles and organisations, built from fixed word lists by a seeded random source, so a
 * run can be repeated exactly.
 */
final class SyntheticNews {
    static final List<String> FIRST = List.of("Jane", "Mick", "Priya", "Tom", "Aisha", "Gareth", "Nicola", "Darren", "Fiona",
            "Kwame", "Sarah", "Owen", "Rachel", "Imran", "Helen", "Liam", "Grace", "Marek", "Chloe", "Ravi", "Sian", "Connor",
            "Ruth", "Malik", "Yvonne", "Ben", "Anita", "Hugo", "Leah", "Stuart");
    static final List<String> LAST = List.of("Smith", "Lynch", "Patel", "Hughes", "Khan", "Evans", "Sturgeon", "Reid",
            "Campbell", "Mensah", "Wright", "Jones", "Reeves", "Hussain", "Morgan", "Byrne", "Okafor", "Nowak", "Fraser",
            "Sharma", "Price", "Doyle", "Bennett", "Ali", "Turner", "Walsh", "Kaur", "Fischer", "Ahmed", "Moss");
    private static final List<String> ROLES = List.of("chief executive", "general secretary", "spokesperson", "chair",
            "director", "leader", "deputy leader", "treasurer");
    private static final List<String> ORGS = List.of("Acme Rail", "Northgate Council", "Harbour Water", "Fenwick Energy",
            "Westmoor Hospital Trust", "Castleford Buses", "Riverside Housing", "Lowland Ports", "Eastbrook University",
            "Meadow Farms");
    private static final List<String> OUTLETS = List.of("The Courier", "Daily Ledger", "Evening Post", "The Northern Star",
            "Metro Wire", "Valley News");
    static final List<String> NOUNS = List.of("pay offer", "picket lines", "energy bills", "rail timetable", "housing plan",
            "budget", "pension scheme", "water supply", "bus routes", "hospital waiting lists", "tuition fees", "harvest",
            "port expansion", "council tax", "ticket prices", "staff shortages", "flood defences", "investment", "contract",
            "working conditions", "safety review", "inflation", "cost of living", "overtime", "ballot");
    private static final List<String> VERBS = List.of("protect", "cut", "review", "defend", "scrap", "improve", "delay",
            "fund", "reject", "deliver", "freeze", "negotiate", "support", "oppose");
    private static final List<String> ADJECTIVES = List.of("fair", "reckless", "urgent", "sensible", "unacceptable",
            "generous", "late", "bold", "careful", "damaging", "overdue", "realistic");
    private static final List<String> GROUPS = List.of("our members", "passengers", "families", "patients", "tenants",
            "students", "workers", "ministers", "managers", "residents");

    private final Random random;
    private long next;

    SyntheticNews(long seed) {
        this.random = new Random(seed);
    }

    /** The next article as a corpus line. */
    String nextLine() {
        long n = next++;
        String[] a = person();
        String[] b = person();
        while (b[1].equals(a[1])) {
            b = person();
        }
        String noun = pick(NOUNS);
        StringBuilder text = new StringBuilder();
        text.append(capitalise(pick(GROUPS))).append(" fear ").append(noun).append(" row will ").append(pick(VERBS))
                .append(" ").append(pick(NOUNS)).append("\n\n");
        text.append(a[0]).append(' ').append(a[1]).append(", the ").append(a[2]).append(" of ").append(a[3])
                .append(", said: “").append(sentence(noun)).append(' ').append(sentence(pick(NOUNS))).append("”\n\n");
        text.append("“").append(sentence(pick(NOUNS)).replaceAll("\\.$", ",")).append("” ").append(a[1]).append(" said.\n\n");
        text.append(b[0]).append(' ').append(b[1]).append(", ").append(b[2]).append(" at ").append(b[3])
                .append(", told reporters: “").append(sentence(noun)).append("”\n\n");
        text.append("The ").append(pick(NOUNS)).append(" has been under discussion for months, and talks are expected to ")
                .append("resume next week.\n\n");
        text.append("“").append(sentence(pick(NOUNS)).replaceAll("\\.$", ",")).append("” said ").append(b[1]).append(".\n");
        ObjectNode line = ExtractionJson.mapper().createObjectNode();
        line.put("id", "synthetic-" + n);
        line.put("text", text.toString());
        line.put("url", "https://news.example/synthetic/" + n);
        line.put("published", LocalDate.of(2021, 1, 1).plusDays(random.nextInt(4 * 365)).toString());
        line.put("outlet", pick(OUTLETS));
        return line.toString();
    }

    private String[] person() {
        return new String[] {pick(FIRST), pick(LAST), pick(ROLES), pick(ORGS)};
    }

    private String sentence(String noun) {
        return switch (random.nextInt(4)) {
            case 0 -> "We will " + pick(VERBS) + " the " + noun + " because " + pick(GROUPS) + " deserve " + pick(ADJECTIVES)
                    + " treatment.";
            case 1 -> "This " + noun + " is " + pick(ADJECTIVES) + " and " + pick(GROUPS) + " know it.";
            case 2 -> "Nobody should " + pick(VERBS) + " " + pick(NOUNS) + " without asking " + pick(GROUPS) + " first.";
            default -> "The " + noun + " will " + pick(VERBS) + " jobs unless we " + pick(VERBS) + " it now.";
        };
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
