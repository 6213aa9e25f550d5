package it.toscana.monitoring.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through its chromedriver (WebDriver), in Italian, with a
 * fresh profile and downloads into a folder of its own. Chromium's own background traffic is
 * switched off: this machine has no network beyond its own addresses. Everything the pages log
 * to the console and every request they send are kept for the test to inspect.
 */
final class Chromium implements AutoCloseable {

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();
    private final List<String> requestedUrls = new ArrayList<>();

    private Chromium(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    static Chromium start() throws IOException {
        if (!Files.isExecutable(Path.of(BINARY)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException(BINARY + " and " + DRIVER + " are needed: apt-get install chromium chromium-driver"
                    + " (.ci/run does)");
        }
        Path downloads = Files.createTempDirectory("dashboard-downloads");
        Path profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(BINARY).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=it-IT", "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", "it-IT,it",
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options), downloads, profile);
    }

    /** What the pages logged to the console since the start, errors and warnings alike. */
    List<LogEntry> console() {
        drainLogs();
        return console;
    }

    /** Every URL the browser asked for since the start (pages, scripts, API reads, streams). */
    List<String> requestedUrls() {
        drainLogs();
        return requestedUrls;
    }

    /** Saves what the window shows, grown to the page's full height, to {@code target/<name>}. */
    Path screenshot(String name) throws IOException {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(height + 140, 8000)));
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
        return file;
    }

    private void drainLogs() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                    requestedUrls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        for (Path folder : List.of(downloads, profile)) {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
