package org.onrecord.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.onrecord.json.ExtractionJson;

/**
 * News-like articles made from templates, for tests and the throughput benchmark: invented people
 * with roles and organisations, quoted directly (cue before and after), in continuation paragraphs
 * and in reported speech, among paragraphs with no quotes. The same seed gives the same corpus.
 *
 * <p>{@code java -cp … org.onrecord.spark.SyntheticCorpus ARTICLES FILE.jsonl [--html [PAGE_KB]]}
 */
public final class SyntheticCorpus {
    private static final String[] FIRST = {"Amara", "Tomasz", "Ingrid", "Kwame", "Lucía", "Oren", "Priya",
        "Declan", "Mei", "Rasmus", "Zainab", "Hugo", "Chiara", "Tobias", "Noor", "Emeka"};
    private static final String[] LAST = {"Okonkwo", "Lindqvist", "Haddad", "Ferreira", "Novak", "Brennan",
        "Takahashi", "Mwangi", "Castellano", "Whitfield", "Osei", "Kowalczyk", "Álvarez", "Duchamp"};
    private static final String[] ROLES = {"chief executive", "spokesperson", "general secretary", "director",
        "chair", "head of policy", "chief economist", "mayor"};
    private static final String[] ORGS = {"the Harbour Trust", "Northline Rail", "the Civic Budget Office",
        "the Riverside Council", "Meridian Energy", "the Teachers' Union", "the Coastal Authority"};
    private static final String[] OUTLETS = {"harbourpost.example", "dailyledger.example", "northgazette.example"};
    private static final String[] TOPICS = {"the new budget", "the rail timetable", "the housing plan",
        "the energy tariff", "the school closures", "the port expansion"};
    private static final String[] SAYINGS = {"We will not accept %s as it stands.",
        "Nobody should be surprised by %s.", "This is the moment to rethink %s.",
        "Families deserve a clear answer on %s.", "We have listened, and %s will change.",
        "There is no money left for %s."};
    private static final String[] MORE = {"We are ready to talk.", "The numbers simply do not add up.",
        "It has taken far too long.", "Our members are angry, and rightly so."};
    private static final String[] FILLER = {"The proposal was published on Tuesday after months of delay.",
        "Officials expect a decision before the end of the month.",
        "The figures were revised twice during the consultation.",
        "Several groups have asked for more time to respond.",
        "A first draft, seen by this newspaper, set out three options and a timetable running to 2027.",
        "The cost of the scheme has risen by a fifth since it was first announced two years ago.",
        "Opposition members said they would table amendments when the plan returns to the chamber.",
        "Local businesses along the waterfront have been asked to submit evidence by the end of April.",
        "An independent review is due to report in the summer, although its terms have not been agreed.",
        "Earlier this year a similar plan was abandoned after a legal challenge from residents."};
    private static final String[] CUES = {"said", "told reporters", "added", "warned"};

    private final Random random;

    public SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** One generated article. */
    public record Piece(String id, String title, String text, String url, String published, String outlet) {
        /** The article as a page, with navigation and a footer for the engine's boilerplate removal. */
        public String html() {
            return html(0);
        }

        /**
         * The article as a page padded to about {@code pageBytes} with what real news pages carry
         * around an article (scripts, menus, related links), for benchmarks of the HTML path.
         */
        public String html(int pageBytes) {
            StringBuilder b = new StringBuilder("<!doctype html><html><head><title>").append(escape(title))
                    .append("</title><meta property=\"article:published_time\" content=\"").append(published)
                    .append("\">");
            StringBuilder padding = new StringBuilder();
            for (int i = 0; padding.length() < pageBytes / 2; i++) {
                padding.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({slot:").append(i)
                        .append(",section:'news',consent:true,ab:'variant-").append(i % 7).append("'});</script>\n");
            }
            b.append(padding).append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>");
            for (int i = 0; b.length() < pageBytes * 3 / 4; i++) {
                b.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
            }
            b.append("</nav><article><h1>").append(escape(title)).append("</h1>");
            for (String p : text.split("\n\n")) {
                b.append("<p>").append(escape(p)).append("</p>");
            }
            b.append("</article><aside><h2>Most read</h2><ul>");
            for (int i = 0; b.length() < pageBytes; i++) {
                b.append("<li><a href=\"/news/related-").append(i).append("\">A related story about ")
                        .append(title.toLowerCase(Locale.ROOT)).append(" and what comes next</a></li>");
            }
            return b.append("</ul></aside><footer>© ").append(outlet).append("</footer></body></html>").toString();
        }

        /** The JSONL corpus line, with the text or (when asked) the page. */
        public String jsonLine(boolean asHtml) {
            return jsonLine(asHtml, 0);
        }

        String jsonLine(boolean asHtml, int pageBytes) {
            ObjectNode node = ExtractionJson.mapper().createObjectNode();
            node.put("id", id);
            node.put(asHtml ? "html" : "text", asHtml ? html(pageBytes) : text);
            node.put("url", url);
            node.put("published", published);
            node.put("outlet", outlet);
            return node.toString();
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    public List<Piece> articles(int count) {
        List<Piece> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(i));
        }
        return out;
    }

    public Piece article(int index) {
        String topic = pick(TOPICS);
        String outlet = OUTLETS[index % OUTLETS.length];
        String published = String.format("2024-03-%02dT%02d:%02d:00Z", 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(60));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("A row over " + topic + " deepened on Monday as critics and supporters traded blows.");
        int people = 1 + random.nextInt(3);
        for (int p = 0; p < people; p++) {
            String name = pick(FIRST) + " " + pick(LAST);
            String role = pick(ROLES);
            String org = pick(ORGS);
            String saying = String.format(pick(SAYINGS), topic);
            switch (random.nextInt(3)) {
                case 0 -> paragraphs.add("\"" + saying.substring(0, saying.length() - 1) + ",\" " + pick(CUES)
                        + " " + name + ", the " + role + " of " + org + ".");
                case 1 -> paragraphs.add(name + ", the " + role + " of " + org + ", said: \"" + saying + "\"");
                default -> paragraphs.add(capitalise(role) + " " + name + " said " + topic
                        + " had been handled badly by " + org + ".");
            }
            if (random.nextBoolean()) {
                paragraphs.add("\"" + pick(MORE) + "\"");
            }
            for (int f = 2 + random.nextInt(4); f > 0; f--) {
                paragraphs.add(pick(FILLER) + " " + pick(FILLER) + " " + pick(FILLER));
            }
        }
        String title = capitalise(topic) + ": row deepens";
        String id = "syn-" + index;
        return new Piece(id, title, String.join("\n\n", paragraphs), "https://www." + outlet + "/news/" + id,
                published, outlet);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code ARTICLES FILE.jsonl [--html [PAGE_KB]]}: text articles, or pages padded to PAGE_KB. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus ARTICLES FILE.jsonl [--html [PAGE_KB]]");
            System.exit(2);
        }
        boolean html = args.length > 2 && args[2].equals("--html");
        int pageBytes = args.length > 3 ? Integer.parseInt(args[3]) * 1024 : 0;
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0, n = Integer.parseInt(args[0]); i < n; i++) {
                w.write(corpus.article(i).jsonLine(html, pageBytes));
                w.newLine();
            }
        }
    }
}
