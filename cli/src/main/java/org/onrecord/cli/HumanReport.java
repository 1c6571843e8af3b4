package org.onrecord.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.model.Extraction;
import org.onrecord.model.Person;
import org.onrecord.model.Quote;
import org.onrecord.model.QuoteType;

/** Who said what, grouped by speaker, for a person reading a terminal. */
final class HumanReport {
    private HumanReport() {}

    static void print(Extraction x, PrintWriter out) {
        about(x, out);
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        List<Quote> stances = new ArrayList<>();
        for (Quote q : x.quotes()) {
            if (q.type() == QuoteType.STANCE) {
                stances.add(q); // positions, not words: listed apart from what was said
                continue;
            }
            String key = q.speaker() == null ? "(unattributed)" : q.speaker().name();
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        if (bySpeaker.isEmpty()) {
            out.println("No quotations found.");
        }
        for (Map.Entry<String, List<Quote>> e : bySpeaker.entrySet()) {
            Quote first = e.getValue().get(0);
            out.println(e.getKey() + describe(x, first));
            for (Quote q : e.getValue()) {
                String modality = q.modality() == null ? "" : (q.cue() == null ? "" : ", ") + q.modality().label();
                String cue = q.cue() == null && modality.isEmpty() ? ""
                        : " [" + (q.cue() == null ? "" : q.cue().text()) + modality + "]";
                String addressee = q.addressee() == null ? "" : " to " + q.addressee().text();
                out.println("  " + shown(q) + cue + addressee);
            }
            out.println();
        }
        if (!stances.isEmpty()) {
            out.println("Stances (positions taken, not words said)");
            for (Quote q : stances) {
                String who = q.speaker() == null ? "(unattributed)" : q.speaker().name();
                String cue = q.cue() == null ? "" : q.cue().text() + " ";
                String polarity = q.polarity() == null ? "" : " [" + q.polarity().label() + "]";
                out.println("  " + who + ": " + cue + q.text() + polarity);
            }
            out.println();
        }
        if (!x.boilerplate().isEmpty()) {
            out.println("Removed as boilerplate: " + x.boilerplate().size() + " line(s)");
            x.boilerplate().forEach(b -> out.println("  (" + b.kind().label() + ") " + b.text()));
        }
        out.flush();
    }

    /** A page's headline, then outlet, date and byline, as a reader of the page saw them; nothing for plain text. */
    private static void about(Extraction x, PrintWriter out) {
        List<String> line = new ArrayList<>();
        if (x.outlet() != null) {
            line.add(x.outlet());
        }
        if (x.published() != null) {
            line.add(x.published());
        }
        if (!x.authors().isEmpty()) {
            line.add("by " + String.join(", ", x.authors()));
        }
        if (x.title() == null && line.isEmpty()) {
            return;
        }
        if (x.title() != null) {
            out.println(x.title());
        }
        if (!line.isEmpty()) {
            out.println(String.join(" · ", line));
        }
        out.println();
    }

    /**
     * Only the words of a direct quotation go in quotation marks: reported speech is paraphrase,
     * and a mixed quotation already holds the marks round its quoted words.
     */
    static String shown(Quote q) {
        return shown(q.type(), q.text());
    }

    static String shown(QuoteType type, String text) {
        return switch (type) {
            case DIRECT -> "“" + text + "”";
            case MIXED -> "partly quoted: " + text;
            case STANCE -> "stance towards: " + text;
            default -> "reported: " + text;
        };
    }

    private static String describe(Extraction x, Quote q) {
        if (q.speaker() == null) {
            return "";
        }
        Person p = q.speaker().personId() == null ? null : x.person(q.speaker().personId());
        List<String> parts = new ArrayList<>();
        if (p != null) {
            parts.addAll(p.roles());
            for (String org : p.organisations()) {
                if (!parts.contains(org)) {
                    parts.add(org);
                }
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
