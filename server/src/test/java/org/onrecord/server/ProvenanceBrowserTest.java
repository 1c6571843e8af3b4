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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The quotation page and the "carried by" badge, in headless Chromium against the real server (issue #15). */
class ProvenanceBrowserTest {
    @TempDir
    static Path dir;

    private static ServedStore served;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        String binary = Browser.binary();
        Assumptions.assumeTrue(binary != null, "no Chromium installed: browser tests skipped");
        served = ServedStore.of(ProvenanceArticles.store(dir), Engine.create());
        base = "http://127.0.0.1:" + served.port() + "/";
        driver = Browser.start(binary, Files.createDirectory(dir.resolve("profile")));
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
    void a_search_result_s_badge_opens_the_quotation_page_with_first_appearance_occurrences_and_variant_diffs() {
        driver.get(base + "#/search?q=%22no+choice%22");
        List<WebElement> badges = Browser.waitForAll(driver, By.cssSelector("#results .hit a.badge.carried"));
        assertThat(badges).hasSize(4).allSatisfy(b -> assertThat(b.getText()).isEqualTo("carried by 4 outlets"));
        assertThat(driver.findElement(By.cssSelector("#results .hit a.badge.variants")).getText()).isEqualTo("⚠ 2 variants");

        badges.get(0).click();

        waitForText(By.id("quotation-title"), "Mick Lynch");
        assertThat(text("earliest")).isEqualTo("“" + ProvenanceArticles.EARLIEST + "”");
        assertThat(text("first-appearance")).startsWith("First appeared on 2022-06-01 in Gazette");
        assertThat(text("spread")).isEqualTo("Carried by 4 outlets in 4 articles: Gazette, Post, Herald, Ledger");
        assertThat(text("variant-alert")).contains("2 occurrences changed the words", "Herald: negation added",
                "Ledger: number changed");
        List<WebElement> occurrences = driver.findElements(By.cssSelector("#occurrences > li"));
        assertThat(occurrences).extracting(o -> o.findElement(By.cssSelector(".occ-outlet")).getText())
                .containsExactly("Gazette", "Post", "Herald", "Ledger");
        assertThat(occurrences.get(0).getAttribute("class")).contains("first");
        assertThat(occurrences.get(0).getText()).contains("first appearance");
        assertThat(occurrences.get(1).getText()).contains("no word changed");
        WebElement herald = occurrences.get(2);
        assertThat(herald.getAttribute("class")).contains("serious");
        assertThat(herald.findElement(By.cssSelector(".badge.variant.serious")).getText()).isEqualTo("negation added");
        assertThat(herald.findElement(By.cssSelector(".changes ins")).getText()).isEqualTo("not");
        assertThat(herald.findElement(By.cssSelector(".changes li")).getText()).isEqualTo("added not");
        WebElement ledger = occurrences.get(3);
        assertThat(ledger.findElement(By.cssSelector(".changes del")).getText()).isEqualTo("three");
        assertThat(ledger.findElement(By.cssSelector(".changes ins")).getText()).isEqualTo("five");
        // impossible to miss: the changed words are not styled like the text round them
        String insBackground = ledger.findElement(By.cssSelector(".changes ins")).getCssValue("background-color");
        assertThat(insBackground).isNotEqualTo(ledger.getCssValue("background-color"));
        assertThat(driver.findElement(By.id("spread-timeline")).getAttribute("aria-label"))
                .isEqualTo("2022-06-01: 1, 2022-06-02: 1, 2022-06-03: 1, 2022-06-04: 1");
        assertThat(text("spread-span")).isEqualTo("Dated occurrences a day, 2022-06-01 to 2022-06-04 (3 days)");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", herald);
        screenshot("quotation");
    }

    @Test
    void on_a_phone_width_screen_the_quotation_page_does_not_scroll_sideways() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.get(base + "#/search?q=%22no+choice%22");
            Browser.waitFor(driver, By.cssSelector("#results .hit a.badge.variants")).click();
            Browser.waitFor(driver, By.id("occurrences"));
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            screenshot("quotation-phone");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 900));
        }
    }

    @Test
    void an_undated_quotation_says_it_is_first_in_indexing_order() {
        driver.get(base + "#/search?q=ferry");
        Browser.waitFor(driver, By.cssSelector("#results .hit a.badge.carried")).click();

        waitForText(By.id("first-appearance"), "Undated: first indexed in Harbour Post");
        assertThat(driver.findElements(By.id("variant-alert"))).isEmpty();
    }

    @Test
    void a_quotation_full_of_markup_renders_as_text_and_nothing_runs() {
        driver.get(base + "#/search?q=vote");
        Browser.waitFor(driver, By.cssSelector("#results .hit a.badge.carried")).click();
        waitForText(By.id("quotation-title"), "Evil Doer");
        Browser.waitFor(driver, By.id("occurrences"));

        String shown = driver.findElement(By.id("main")).getText();
        assertThat(shown).contains("<script>window.__xss = 1</script>", "onerror=\"window.__xss = 2\"",
                "<img src=x onerror=\"window.__xss = 3\">", "negation added");
        assertThat(driver.findElements(By.cssSelector("main script, main img, main svg, main [onerror]"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void a_quotation_only_one_article_carries_links_to_its_page_and_a_reported_speech_does_not() {
        driver.get(base + "#/search?q=%22harbour+wall%22");
        WebElement single = Browser.waitFor(driver, By.cssSelector("#results .hit a.badge.single"));
        assertThat(single.getText()).isEqualTo("1 outlet · first appearance");
        assertThat(driver.findElements(By.cssSelector("#results .hit a.badge.carried"))).isEmpty();

        single.click();

        waitForText(By.id("quotation-title"), "Tom Reed");
        assertThat(text("first-appearance")).startsWith("First appeared on 2022-08-01 in Clarion");
        assertThat(text("spread")).isEqualTo("Carried by 1 outlet in 1 article: Clarion");
        List<WebElement> occurrences = driver.findElements(By.cssSelector("#occurrences > li"));
        assertThat(occurrences).hasSize(1);
        assertThat(occurrences.get(0).getText()).contains("first appearance");

        driver.get(base + "#/search?q=fair");
        WebElement reported = Browser.waitFor(driver, By.cssSelector("#results .hit"));
        assertThat(reported.getText()).contains("indirect");
        assertThat(reported.findElements(By.cssSelector("a.badge"))).as("reported speech has no quotation page").isEmpty();
    }

    @Test
    void a_quote_in_no_cluster_gets_an_error_not_an_empty_page() {
        driver.get(base + "#/quote/987654");

        assertThat(Browser.waitFor(driver, By.cssSelector("[role=alert]")).getText()).contains("quote 987654 is in no cluster");
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Saves what the page looks like to target/screenshots/, for people to look at. */
    private static void screenshot(String what) {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Path shots = Files.createDirectories(Path.of(System.getProperty("user.dir")).resolve("target/screenshots"));
            Files.copy(png, shots.resolve(what + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
