package org.onrecord.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Both paths are given, so Selenium never
 * tries to fetch a browser or driver of its own.
 */
final class Browser {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    /** The Chromium binary, or null when none is installed. */
    static String binary() {
        for (String b : BROWSERS) {
            if (Files.isExecutable(Path.of(b))) {
                return Files.isExecutable(Path.of(DRIVER)) ? b : null;
            }
        }
        return null;
    }

    static ChromeDriver start(String binary, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        // This machine has no network: without these Chromium keeps trying to reach its services.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1100,900",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** The element once it is visible, waiting up to ten seconds (the page renders after its API calls). */
    static WebElement waitFor(ChromeDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Every element once all are visible, waiting up to ten seconds. */
    static List<WebElement> waitForAll(ChromeDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfAllElementsLocatedBy(by));
    }
}
