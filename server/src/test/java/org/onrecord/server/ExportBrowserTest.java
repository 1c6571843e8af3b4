package org.onrecord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.Engine;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Downloading a search as CSV, and narrowing it by its counts, in headless Chromium against the real server. */
class ExportBrowserTest {
    @TempDir
    static Path dir;

    private static ServedStore served;
    private static ChromeDriver driver;
    private static String base;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        String binary = Browser.binary();
        Assumptions.assumeTrue(binary != null, "no Chromium installed: browser tests skipped");
        served = ServedStore.of(TestArticles.store(dir), Engine.create());
        base = "http://127.0.0.1:" + served.port() + "/";
        driver = Browser.start(binary, Files.createDirectory(dir.resolve("profile")));
        downloads = Files.createDirectory(dir.resolve("downloads"));
        // Headless Chromium drops downloads unless told where to put them.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString(), "eventsEnabled", false));
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
    void the_csv_link_downloads_every_result_of_the_search_and_it_parses() throws Exception {
        driver.get(base + "#/search?from=2022-01-01&size=2");
        String count = Browser.waitFor(driver, By.id("result-count")).getText();
        int total = Integer.parseInt(count.replaceAll("[^0-9]", ""));
        assertThat(total).isGreaterThan(2); // more than the page shows: the file has them all

        Browser.waitFor(driver, By.id("download-csv")).click();

        Path file = downloads.resolve("onrecord-quotes.csv");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Files.exists(file) && !partial());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(total);
        assertThat(rows).extracting(r -> r.get("speaker")).contains("Jane Smith", "Mick Lynch", "Priya Patel");
        assertThat(rows).extracting(r -> r.get("text"))
                .contains("Passengers deserve better than another winter of delays.");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("published")).isGreaterThanOrEqualTo("2022-01-01"));
    }

    @Test
    void counts_beside_the_results_narrow_the_search_with_a_click_and_the_filter_comes_off_again() {
        driver.get(base + "#/search");
        String all = Browser.waitFor(driver, By.id("result-count")).getText();
        WebElement outlet = Browser.waitFor(driver, By.xpath("//section[@data-facet='outlets']//li[a[normalize-space()='Daily Ledger']]"));
        String expected = outlet.findElement(By.className("facet-count")).getText();

        outlet.findElement(By.tagName("a")).click();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("result-count"),
                expected + ("1".equals(expected) ? " quote" : " quotes")));
        assertThat(driver.findElements(By.cssSelector("#results .hit")))
                .allSatisfy(hit -> assertThat(hit.getText()).contains("Daily Ledger"));
        assertThat(driver.findElement(By.id("f-outlet")).getAttribute("value")).isEqualTo("Daily Ledger");
        assertThat(driver.findElement(By.id("download-csv")).getAttribute("href")).contains("outlet=Daily+Ledger",
                "format=csv");

        Browser.waitFor(driver, By.xpath("//section[@data-facet='outlets']//a[contains(., 'any outlet')]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("result-count"), all));

        Browser.waitFor(driver, By.xpath("//section[@data-facet='speakers']//a[normalize-space()='Mick Lynch']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("result-count"), "3 quotes"));
        assertThat(driver.findElements(By.cssSelector("#results .hit")))
                .allSatisfy(hit -> assertThat(hit.getText()).contains("Mick Lynch"));
    }

    private static boolean partial() {
        try (var files = Files.list(downloads)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
