package org.onrecord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14's check on PolNeAR, on articles written for it in the same shape (a title-case headline
 * closed by a full stop, then the story): people by surname alone join the full-named person only on
 * evidence, whatever order the articles are indexed in, and no alias is a headline line.
 */
class CorpusPeopleStoreTest {
    @TempDir
    Path dir;

    private static final List<String[]> ARTICLES = List.of(
            new String[] {"n1", "Black Lawmakers Rip Marcus Obend As A ‘Disgrace.’\n\nWASHINGTON ― Marcus Obend’s attacks on"
                    + " President Dana Harlow are an insult, lawmakers said Friday. \"This is a disgusting day,\" said Rep."
                    + " Tom Greel. \"We will answer,\" Obend said."},
            new String[] {"n2", "Harlow Sees Insult if Voters Stay Home.\n\nPresident Dana Harlow is rolling out a new appeal."
                    + " \"I will consider it a personal insult,\" Harlow said on Saturday."},
            new String[] {"n3", "Harlow Speaks At The Caucus Dinner.\n\n\"We are not done,\" President Harlow told the crowd."
                    + " \"Vote,\" Harlow said."},
            new String[] {"n4", "Pat O'Leary Hosts The Debate Night Special.\n\nPat O'Leary, the host, opened the show."
                    + " \"Tonight we talk taxes,\" O'Leary said."},
            new String[] {"n5", "Ratings Rise For Cable News.\n\n\"The viewers are back,\" O'Leary said on Monday."},
            new String[] {"n6", "Obend Rampages To A Lead In Florida.\n\n\"We will win Florida,\" Mr. Obend told reporters in"
                    + " Everett. \"Bad things are going to happen,\" Obend warned in Everett."});

    @Test
    void surnamesJoinTheirFullNameOnEvidenceInAnyOrderAndNoAliasIsAHeadline() throws SQLException {
        Map<String, Long> forward = index(dir.resolve("forward.db"), false);
        Map<String, Long> backward = index(dir.resolve("backward.db"), true);

        assertThat(forward).isEqualTo(backward);
        assertThat(forward).containsEntry("dana harlow", 3L).containsEntry("pat oleary", 2L)
                .containsEntry("marcus obend", 2L).doesNotContainKeys("harlow", "oleary", "obend");
        assertThat(headlineOnly(dir.resolve("forward.db"))).isEmpty();
        assertThat(addressees(dir.resolve("forward.db"))).doesNotContain("Everett").contains("the crowd", "reporters");
    }

    @Test
    void reindexingAnArticleMovesItsPeopleBack() throws SQLException {
        Path db = dir.resolve("news.db");
        try (QuoteStore store = QuoteStore.openOrCreate(db)) {
            for (String[] a : ARTICLES) {
                store.put(List.of(Fixtures.engine(a[0], "2016-09-16", null, a[1])));
            }
            // n2 no longer names Dana Harlow in full: n3's "President Harlow" has nobody's evidence left but n1's
            // ("Harlow" is never used alone for her there), so both stay "harlow"
            store.put(List.of(Fixtures.engine("n2", "2016-09-16", null, "Voters Stay Home.\n\n\"I will consider it an"
                    + " insult,\" Harlow said on Saturday.")));
        }
        assertThat(articleCounts(db)).containsEntry("dana harlow", 1L).containsEntry("harlow", 2L);
    }

    private static Map<String, Long> index(Path db, boolean backward) throws SQLException {
        List<String[]> order = new ArrayList<>(ARTICLES);
        if (backward) {
            java.util.Collections.reverse(order);
        }
        try (QuoteStore store = QuoteStore.openOrCreate(db)) {
            for (String[] a : order) {
                store.put(List.of(Fixtures.engine(a[0], "2016-09-16", null, a[1])));
            }
        }
        return articleCounts(db);
    }

    private static Map<String, Long> articleCounts(Path db) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT p.name_key, count(DISTINCT ap.article_id)"
                        + " FROM people p JOIN article_people ap ON ap.person_id = p.id GROUP BY p.id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** Aliases and names of people found only in their article's headline line. */
    private static List<String> headlineOnly(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT f.value, a.text FROM person_facts f"
                        + " JOIN articles a ON a.id = f.article_id WHERE f.kind = 'alias'"
                        + " UNION ALL SELECT ap.name, a.text FROM article_people ap JOIN articles a ON a.id = ap.article_id")) {
            while (rs.next()) {
                String text = rs.getString(2);
                int line = text.indexOf('\n');
                String name = rs.getString(1);
                if (text.substring(0, line).contains(name) && !text.substring(line).contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static List<String> addressees(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT addressee FROM quotes WHERE addressee IS NOT NULL")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
