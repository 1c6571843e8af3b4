package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.onrecord.store.QuoteStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web page in headless Chromium against the real server on loopback. */
class WebPageBrowserTest {
    @TempDir
    static Path dir;

    private static QuoteStore store;
    private static OnrecordServer server;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        String binary = Browser.binary();
        if (binary == null) {
            System.err.println("NOTICE: no Chromium and chromedriver in /usr/bin: the browser tests are skipped "
                    + "(apt-get install chromium chromium-driver, as .ci/setup.d/chromium.sh does)");
        }
        Assumptions.assumeTrue(binary != null, "no Chromium installed: browser tests skipped");
        store = TestArticles.store(dir);
        server = OnrecordServer.start(store, Engine.create(), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        driver = Browser.start(binary, Files.createDirectory(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void desktop() {
        driver.manage().window().setSize(new Dimension(1100, 900));
    }

    @Test
    void searching_shows_matching_quotes_with_their_speakers() {
        driver.get(base);
        WebElement box = Browser.waitFor(driver, By.id("f-q"));
        box.sendKeys("winter");
        driver.findElement(By.id("f-speaker")).sendKeys("Smith");
        box.sendKeys(Keys.ENTER);

        waitForText(By.id("result-count"), "1 quote");
        List<WebElement> hits = driver.findElements(By.cssSelector("#results .hit"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).getText()).contains("Passengers deserve better", "Jane Smith", "Daily Ledger");
        screenshot("search");
    }

    @Test
    void a_search_error_is_shown_not_thrown() {
        driver.get(base + "#/search?q=%22unclosed");

        WebElement error = Browser.waitFor(driver, By.cssSelector("[role=alert]"));
        assertThat(error.getText()).contains("unterminated string");
    }

    @Test
    void a_person_page_shows_roles_organisations_and_quotes() {
        driver.get(base + "#/search?speaker=Lynch");
        Browser.waitFor(driver, By.cssSelector("#results .hit a.who")).click();

        waitForText(By.id("person-name"), "Mick Lynch");
        String page = driver.findElement(By.id("main")).getText();
        assertThat(page).contains("general secretary", "RMT union", "3 quotes in 1 article");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#person-quotes .hit")).size() == 3);
        screenshot("person");
    }

    @Test
    void an_article_page_highlights_every_quote_and_explains_it_on_hover() {
        driver.get(base + "#/search?q=negotiate");
        Browser.waitFor(driver, By.cssSelector("#results .hit .meta a")).click();

        Browser.waitFor(driver, By.id("article-title"));
        List<WebElement> marks = driver.findElements(By.cssSelector("mark.q"));
        assertThat(marks).hasSize(4); // three quoted, one reported: "He added that picket lines would go up"
        assertThat(marks).extracting(m -> m.getAttribute("data-speaker"))
                .containsExactly("Jane Smith", "Mick Lynch", "Mick Lynch", "Mick Lynch");
        assertThat(marks.get(0).getCssValue("background-color")).isNotEqualTo(marks.get(1).getCssValue("background-color"));
        assertThat(marks.get(1).getCssValue("background-color")).isEqualTo(marks.get(2).getCssValue("background-color"));
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContain("null");

        new Actions(driver).moveToElement(marks.get(1)).perform();
        WebElement card = driver.findElement(By.id("card"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(card));
        assertThat(card.getText()).contains("Mick Lynch", "general secretary", "said");
        assertThat(card.findElements(By.cssSelector(".modality"))).as("a plain cue has no label").isEmpty();
        screenshot("article");
    }

    @Test
    void a_page_s_headline_outlet_and_date_show_in_results_on_its_article_page_and_on_the_speaker_s_timeline() {
        driver.get(base + "#/search?q=plots");
        waitForText(By.id("result-count"), "1 quote");
        WebElement meta = Browser.waitFor(driver, By.cssSelector("#results .hit .meta"));
        assertThat(meta.getText()).isEqualTo("Eastfield Echo · 2024-04-09 · Allotment rents to double, council confirms");

        meta.findElement(By.tagName("a")).click();
        waitForText(By.id("article-title"), "Allotment rents to double, council confirms");
        assertThat(driver.findElement(By.id("article-meta")).getText())
                .isEqualTo("Eastfield Echo · 2024-04-09 · by Nadia Ferreira · original");
        assertThat(driver.findElement(By.cssSelector(".article-text")).getAttribute("lang")).isEqualTo("en-GB");
        assertThat(driver.getTitle()).startsWith("Allotment rents to double, council confirms");
        screenshot("article-metadata");

        driver.get(base + "#/search?q=plots");
        Browser.waitFor(driver, By.cssSelector("#results .hit a.who")).click();
        waitForText(By.id("person-name"), "Marta Kowalczyk");
        assertThat(Browser.waitFor(driver, By.cssSelector(".timeline")).getAttribute("aria-label")).isEqualTo("2024-04: 1");
    }

    @Test
    void an_article_without_a_headline_is_named_by_its_outlet_and_date_not_its_id() {
        driver.get(base + "#/search?q=negotiate");
        WebElement link = Browser.waitFor(driver, By.cssSelector("#results .hit .meta a"));
        assertThat(link.getText()).isEqualTo("untitled article");
        assertThat(driver.findElement(By.cssSelector("#results .hit .meta")).getText())
                .isEqualTo("The Courier · 2022-06-03 · untitled article");

        link.click();
        waitForText(By.id("article-title"), "The Courier · 2022-06-03");
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContain("rail-1");
    }

    @Test
    void a_negated_or_hedged_cue_is_labelled_in_results_and_on_the_card() {
        driver.get(base + "#/search?q=ferry");
        waitForText(By.id("result-count"), "3 quotes");
        for (WebElement hit : driver.findElements(By.cssSelector("#results .hit"))) {
            String speaker = hit.findElement(By.cssSelector(".who")).getText();
            assertThat(hit.findElements(By.cssSelector(".modality"))).as(speaker).extracting(WebElement::getText)
                    .containsExactlyElementsOf(switch (speaker) {
                        case "Tom Baker" -> List.of("negated");
                        case "The harbour minister" -> List.of("hedged");
                        default -> List.of();
                    });
            // paraphrase never looks verbatim: only the words in marks are put in marks
            String shown = hit.findElement(By.cssSelector("blockquote")).getText();
            if (speaker.equals("Ann Lee")) {
                assertThat(shown).startsWith("“");
            } else {
                assertThat(shown.toLowerCase(java.util.Locale.ROOT)).as(speaker).startsWith("reported: ").doesNotContain("“", "”");
            }
        }
        screenshot("search-modality");
        Browser.waitFor(driver, By.cssSelector("#results .hit .meta a")).click();

        Browser.waitFor(driver, By.id("article-title"));
        List<WebElement> marks = driver.findElements(By.cssSelector("mark.q"));
        assertThat(marks).extracting(m -> m.getAttribute("aria-label")).containsExactly(
                "Reported speech of Tom Baker, negated", "Reported speech of The harbour minister, hedged", "Quote by Ann Lee");
        assertThat(marks).extracting(m -> m.getAttribute("class")).containsExactly("q reported", "q reported", "q verbatim");
        WebElement card = driver.findElement(By.id("card"));
        new Actions(driver).moveToElement(marks.get(0)).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(card));
        WebElement label = card.findElement(By.cssSelector("dd .modality"));
        assertThat(label.getText()).isEqualTo("negated");
        assertThat(label.findElement(By.xpath("..")).getText()).isEqualTo("say negated");
        screenshot("card-modality");
        new Actions(driver).moveToElement(marks.get(1)).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> card.getText().contains("The harbour minister"));
        assertThat(card.findElement(By.cssSelector("dd .modality")).getText()).isEqualTo("hedged");
        new Actions(driver).moveToElement(marks.get(2)).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> card.getText().contains("Ann Lee"));
        assertThat(card.findElements(By.cssSelector(".modality"))).isEmpty();

        driver.get(base + "#/check");
        WebElement text = Browser.waitFor(driver, By.id("check-text"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", text, TestArticles.FERRY);
        text.sendKeys(" ");
        waitForText(By.id("check-count"), "3 quotes found");
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#check-result mark.q"))).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(card));
        assertThat(card.findElement(By.cssSelector("dd .modality")).getText()).isEqualTo("negated");
    }

    @Test
    void highlights_are_reached_with_the_keyboard() {
        driver.get(base + "#/search?q=negotiate");
        String href = Browser.waitFor(driver, By.cssSelector("#results .hit .meta a")).getAttribute("href");
        driver.get(href);
        Browser.waitFor(driver, By.cssSelector("mark.q"));

        WebElement active = null;
        for (int i = 0; i < 30; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            active = driver.switchTo().activeElement();
            if ("mark".equals(active.getTagName())) {
                break;
            }
        }
        assertThat(active.getTagName()).isEqualTo("mark");
        assertThat(driver.findElement(By.id("card")).isDisplayed()).isTrue();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(driver.findElement(By.id("card")).isDisplayed()).isFalse();
    }

    @Test
    void a_pasted_article_is_analysed_live() {
        driver.get(base + "#/check");
        WebElement text = Browser.waitFor(driver, By.id("check-text"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", text, TestArticles.CHECK);
        text.sendKeys(" ");

        waitForText(By.id("check-count"), "2 quotes found");
        List<WebElement> marks = driver.findElements(By.cssSelector("#check-result mark.q"));
        assertThat(marks).extracting(m -> m.getAttribute("data-speaker")).containsExactly("Ann Lee", "Tom Hughes");
        assertThat(marks.get(0).getText()).isEqualTo("The bridge will reopen in May.");
        screenshot("check");
    }

    @Test
    void article_text_full_of_markup_is_shown_as_text_and_nothing_runs() {
        long doer = personIdOf("Evil Doer");
        for (WebElement hit : driver.findElements(By.cssSelector("#results .hit"))) {
            new Actions(driver).moveToElement(hit).perform();
        }
        driver.get(base + "#/person/" + doer);
        waitForText(By.id("person-name"), "Evil Doer");
        driver.get(base + "#/search?speaker=Doer");
        Browser.waitFor(driver, By.cssSelector("#results .hit .meta a")).click();
        Browser.waitFor(driver, By.cssSelector("mark.q"));
        for (WebElement mark : driver.findElements(By.cssSelector("mark.q"))) {
            new Actions(driver).moveToElement(mark).perform();
        }

        String shown = driver.findElement(By.id("main")).getText();
        assertThat(shown).contains("<script>window.__xss = 1</script>", "onerror=\"window.__xss = 2\"", "<svg onload=");
        assertThat(driver.findElements(By.cssSelector("main script, main img, main svg, main [onmouseover], main [onerror]")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void on_a_phone_width_screen_nothing_scrolls_sideways() {
        driver.manage().window().setSize(new Dimension(390, 844));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (String page : List.of("#/search?q=winter", "#/check", "#/search?q=negotiate")) {
            driver.get(base + page);
            Browser.waitFor(driver, By.id("main"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                String text = d.findElement(By.id("main")).getText();
                return !text.contains("Searching…") && !text.contains("Loading…");
            });
            Object overflow = js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as(page).isLessThanOrEqualTo(0);
            screenshot("phone-" + page.replaceAll("[^a-z]+", "-"));
        }
    }

    private long personIdOf(String name) {
        String href = null;
        driver.get(base + "#/search?speaker=" + name.replace(' ', '+'));
        for (WebElement a : Browser.waitForAll(driver, By.cssSelector("#results a.who"))) {
            if (a.getText().equals(name)) {
                href = a.getAttribute("href");
            }
        }
        assertThat(href).as("a link to " + name).isNotNull();
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    private static void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Saves what the page looks like to target/screenshots/, for people to look at. With
     * {@code -Donrecord.docs.screenshot=true} the article page also goes to docs/screenshot.png for the
     * README (so that picture is made by this test, not by hand); without it the test writes only under
     * target/ and leaves the checkout as it found it.
     */
    private static void screenshot(String what) {
        Path module = Path.of(System.getProperty("user.dir"));
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Path shots = Files.createDirectories(module.resolve("target/screenshots"));
            Files.copy(png, shots.resolve(what + ".png"), StandardCopyOption.REPLACE_EXISTING);
            if ("article".equals(what) && Boolean.getBoolean("onrecord.docs.screenshot")) {
                Path docs = Files.createDirectories(module.resolveSibling("docs"));
                Files.copy(png, docs.resolve("screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
