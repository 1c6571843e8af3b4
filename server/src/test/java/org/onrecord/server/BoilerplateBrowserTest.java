package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.model.Article;
import org.onrecord.model.Extraction;
import org.onrecord.store.ArticleEntry;
import org.onrecord.store.QuoteStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Boilerplate on the article page (issue #14): a "READ MORE: …" line the engine marked comes back from the API with
 * the article and is dimmed in headless Chromium, its text still shown as text, the quotations round it highlighted.
 */
class BoilerplateBrowserTest {
    /** The promo line carries markup meant to run: dimming must not make the page parse it. */
    private static final String PROMO = "READ MORE: <img src=x onerror=\"window.__xss = 7\"> Rail strike latest news";
    /** An emoji (one code point, two UTF-16 units) before everything, so that the page's offsets are checked. */
    private static final String WITH_PROMO = """
            Talks collapse 🚆 on the railway

            Mick Lynch, general secretary of the RMT union, said: “Our members have been left with no choice but to strike.”

            %s

            “This is a company that refuses to negotiate,” Lynch said. He added that picket lines would go up on Monday.
            """.formatted(PROMO);
    private static final String PLAIN = """
            Ann Lee, the mayor of Northgate, said: “The bridge will reopen in May.”
            """;

    @TempDir
    static Path dir;

    private static ServedStore served;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Engine engine = Engine.create();
        QuoteStore store = QuoteStore.openOrCreate(dir.resolve("news.db"));
        store.put(List.of(entry(engine, "promo-1", WITH_PROMO), entry(engine, "plain-1", PLAIN)));
        served = ServedStore.of(store, engine);
        base = "http://127.0.0.1:" + served.port() + "/";
        String binary = Browser.binary();
        if (binary != null) {
            driver = Browser.start(binary, Files.createDirectory(dir.resolve("profile")));
        }
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void the_article_api_gives_the_boilerplate_spans_in_code_points() throws Exception {
        JsonNode article = served.http().get("/api/articles/" + articleId("promo-1")).json();

        JsonNode spans = article.get("boilerplate");
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).get("kind").asText()).isEqualTo("promo");
        String text = article.get("text").asText();
        assertThat(text.substring(text.offsetByCodePoints(0, spans.get(0).get("start").asInt()),
                text.offsetByCodePoints(0, spans.get(0).get("end").asInt()))).isEqualTo(PROMO);
        assertThat(served.http().get("/api/articles/" + articleId("plain-1")).json().get("boilerplate")).isEmpty();
    }

    @Test
    void a_read_more_line_is_dimmed_as_text_while_the_quotations_keep_their_highlighting() throws Exception {
        Assumptions.assumeTrue(driver != null, "no Chromium installed: browser tests skipped");
        driver.get(base + "#/article/" + articleId("promo-1"));
        Browser.waitFor(driver, By.id("article-title"));

        List<WebElement> dimmed = driver.findElements(By.cssSelector(".article-text .boilerplate"));
        assertThat(dimmed).hasSize(1);
        WebElement promo = dimmed.get(0);
        assertThat(promo.getText()).isEqualTo(PROMO);
        assertThat(promo.getAttribute("data-kind")).isEqualTo("promo");
        WebElement box = driver.findElement(By.cssSelector(".article-text"));
        assertThat(promo.getCssValue("color")).as("visibly different from the article's text")
                .isNotEqualTo(box.getCssValue("color"));
        assertThat(promo.getCssValue("font-style")).isEqualTo("italic");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return document.querySelector('.article-text').textContent"))
                .as("every character of the text, once, in order").isEqualTo(WITH_PROMO);
        assertThat(driver.findElements(By.cssSelector("main img, main [onerror]"))).isEmpty();
        assertThat(js.executeScript("return window.__xss === undefined")).isEqualTo(true);

        List<WebElement> marks = driver.findElements(By.cssSelector(".article-text mark.q"));
        assertThat(marks).extracting(m -> m.getAttribute("data-speaker")).containsOnly("Mick Lynch").hasSizeGreaterThanOrEqualTo(2);
        assertThat(marks).extracting(WebElement::getText).contains(
                "Our members have been left with no choice but to strike.", "This is a company that refuses to negotiate,");
        for (WebElement mark : marks) {
            if (mark.getAttribute("class").contains("verbatim")) {
                assertThat(mark.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
            }
            assertThat(mark.getCssValue("color")).as("a quotation is not dimmed").isEqualTo(box.getCssValue("color"));
        }
        assertThat(driver.findElements(By.cssSelector(".article-text mark .boilerplate, .boilerplate mark"))).isEmpty();
        WebElement key = driver.findElement(By.cssSelector(".legend-kinds .key.boilerplate"));
        assertThat(key.isDisplayed()).isTrue();
        assertThat(key.getCssValue("color")).isEqualTo(promo.getCssValue("color"));
    }

    @Test
    void an_article_without_boilerplate_dims_nothing_and_has_no_legend_entry_for_it() throws Exception {
        Assumptions.assumeTrue(driver != null, "no Chromium installed: browser tests skipped");
        driver.get(base + "#/article/" + articleId("plain-1"));
        Browser.waitFor(driver, By.cssSelector(".article-text mark.q"));

        assertThat(driver.findElements(By.cssSelector(".boilerplate"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".article-text")).getText()).contains("The bridge will reopen in May.");
    }

    private static long articleId(String sourceId) throws Exception {
        for (JsonNode hit : served.http().get("/api/quotes?size=50").json().get("hits")) {
            if (sourceId.equals(hit.get("article").get("sourceId").asText())) {
                return hit.get("article").get("id").asLong();
            }
        }
        throw new AssertionError("no quote of " + sourceId + " found");
    }

    private static ArticleEntry entry(Engine engine, String id, String text) {
        Extraction x = engine.extract(Article.ofText(id, text).withMetadata("https://news.example/" + id, "2022-06-03",
                "The Courier"));
        return new ArticleEntry(id, text, "h" + text.hashCode(), x);
    }
}
