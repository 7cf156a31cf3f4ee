package org.openmat.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, through its own chromedriver (installed by {@code ensure-chromium.sh}), with a fresh
 * profile each time so no sign-in carries over. The driver path is given explicitly, so Selenium Manager never
 * downloads anything.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** @param downloads where the browser saves files without asking */
    static HeadlessChromium start(Path profiles, Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver; system-tests/src/test/scripts/ensure-chromium.sh"
                    + " installs them as root)");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + freshProfile(profiles));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(service, driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A screenshot and the page's HTML, to see what the browser showed when a test failed. */
    void saveEvidence(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            File screenshot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(screenshot.toPath(), directory.resolve(name + ".png"));
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser's evidence for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.close();
        }
    }

    private static Path freshProfile(Path profiles) {
        try {
            return Files.createDirectories(profiles.resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
