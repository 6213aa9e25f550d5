package it.toscana.monitoring.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/**
 * The dashboard in a real browser (headless Chromium over WebDriver) against the packaged system
 * with the reference data loaded: what it shows is the API's figures to the cent in Italian
 * format, the booklet's self-contradiction is flagged, a write shows up live, the CSV is the
 * API's own, and the pages log no error and talk to no other origin. Screenshots of both pages
 * are left in target/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest {

    private static final Duration LOADED_WITHIN = Duration.ofSeconds(90);
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(10);
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(2);
    private static final JsonPathConfig EXACT = new JsonPathConfig(NumberReturnType.BIG_DECIMAL);
    private static final String CMET = "colline-metallifere";

    private static ReferenceStack stack;
    private static Chromium chromium;

    @BeforeAll
    static void startSystemAndBrowser() throws Exception {
        stack = ReferenceStack.startAndLoad("dashboard");
        // The gateway applies the loaded events asynchronously: wait for the last community's totals.
        await("reference data in the totals").atMost(LOADED_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> regionTotals().getList("communities").size() == 19
                        && "896551.00".equals(communityTotals(CMET).getString("money.assigned")));
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowserAndSystem() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theRegionPageShowsEveryHeadlineFigureOfTheApiToTheCentInItalianFormat() throws Exception {
        open("/");
        JsonPath region = regionTotals();
        // Table 1's printed total beside the one computed from the allocations (the rows).
        String table1 = "reconciliation.find { it.scope == 'TABLE1' && it.fundingLine == null"
                + " && it.computedFrom.startsWith('allocations') }";
        int flagged = region.getList("reconciliation.findAll { it.flagged }").size()
                + region.<Number>getList("communities.flaggedDifferences").stream().mapToInt(Number::intValue).sum();
        Map<String, String> expected = Map.of(
                "headline-assigned", shownAs(region, "money.assigned"),
                "headline-paid", shownAs(region, "money.paid"),
                "headline-to-pay", shownAs(region, "money.toPay"),
                "headline-table1-declared", shownAs(region, table1 + ".declared"),
                "headline-table1-computed", shownAs(region, table1 + ".computed"),
                "headline-flagged", Integer.toString(flagged));
        expected.forEach((id, figure) -> await(id + " shows " + figure).atMost(SHOWN_WITHIN).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertEquals(figure, figure(id))));
        assertEquals("5.716.583,97 €", figure("headline-table1-declared"), "Table 1's total as printed");
        assertEquals(19, chromium.driver.findElements(By.cssSelector("#communities-table tbody tr")).size());
        chromium.screenshot("dashboard-region.png");
    }

    @Test
    @Order(2)
    void theCsvDownloadOfTheCommunityTableIsTheApisCsv() throws Exception { // byte for byte: both are UTF-8
        open("/");
        awaitText(By.id("headline-table1-declared"), "5.716.583,97 €");
        chromium.driver.findElement(By.id("communities-csv")).click();
        Path downloaded = chromium.downloads.resolve("comunita-totali.csv");
        await("the CSV download").atMost(SHOWN_WITHIN).until(() -> Files.exists(downloaded) && Files.size(downloaded) > 0);
        String api = given().baseUri(stack.gatewayUrl()).accept("text/csv").get("/api/v1/communities/totals")
                .then().statusCode(200).extract().asString();
        assertEquals(api, Files.readString(downloaded));
    }

    @Test
    @Order(3)
    void collineMetalliferesPageListsItsPrintedGrandTotalBesideTheComputedOneFlagged() throws Exception {
        open("/communities/" + CMET);
        awaitText(By.id("community-name"), "Colline Metallifere");
        By grandTotal = By.xpath("//table[@id='table-reconciliation']//tr[td[@data-column='declared'][starts-with(normalize-space(), '896.641,10')]]");
        await("the grand total's row").atMost(SHOWN_WITHIN).until(() -> !chromium.driver.findElements(grandTotal).isEmpty());
        WebElement row = chromium.driver.findElement(grandTotal);
        assertEquals("896.551,00 €", cell(row, "computed"));
        assertEquals("+90,10 €", cell(row, "difference"));
        assertEquals("⚠ Sì", cell(row, "flagged"));
        assertTrue(row.getAttribute("class").contains("flagged"), "the row is marked as flagged");
        List<WebElement> rows = chromium.driver.findElements(By.cssSelector("#table-reconciliation tbody tr"));
        long flaggedRows = rows.stream().filter(r -> r.getAttribute("class").contains("flagged")).count();
        assertTrue(flaggedRows >= 2, "Table 2 and the grand total are flagged");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i < flaggedRows, rows.get(i).getAttribute("class").contains("flagged"), "flagged rows come first");
        }
        assertTrue(cell(row, "document").endsWith(".txt") && !cell(row, "location").isBlank(), "the row names its source");
        chromium.screenshot("dashboard-community.png");
    }

    @Test
    @Order(4)
    void aCommunityPageShowsPaymentsOverTimeAndTheBookletAsOfAPickedDate() {
        open("/communities/" + CMET);
        JsonPath overTime = read("/api/v1/communities/" + CMET + "/totals/over-time?measure=paid&interval=quarter");
        List<Map<String, Object>> points = overTime.getList("points");
        assertFalse(points.isEmpty(), "quarters with payments");
        Map<String, Object> last = points.get(points.size() - 1);
        await("the over-time figure").atMost(SHOWN_WITHIN)
                .until(() -> chromium.driver.findElement(By.id("over-time-figure")).isDisplayed());
        chromium.driver.findElement(By.cssSelector("#over-time-figure summary")).click();
        await("the last quarter").atMost(SHOWN_WITHIN).untilAsserted(() -> {
            WebElement row = chromium.driver.findElement(By.cssSelector("#table-over-time tbody tr:last-child"));
            assertEquals(last.get("period"), cell(row, "period"));
            assertEquals(italian(new BigDecimal(last.get("value").toString())), cell(row, "value"));
        });
        assertEquals(points.size(), chromium.driver.findElements(By.cssSelector("#table-over-time tbody tr")).size());

        // The booklet as of 19/09/2009: pick the date, and the page reads everything as of that business date.
        chromium.driver.executeScript("document.getElementById('as-of').value = '2009-09-19'");
        chromium.driver.findElement(By.cssSelector("form.as-of button[type='submit']")).click();
        await("the page as of the date").atMost(SHOWN_WITHIN)
                .until(() -> chromium.driver.getCurrentUrl().endsWith("/communities/" + CMET + "?asOf=2009-09-19"));
        JsonPath asOf = read("/api/v1/communities/" + CMET + "/totals?asOf=2009-09-19");
        for (String[] shown : new String[][] { { "headline-assigned", "money.assigned" }, { "headline-paid", "money.paid" } }) {
            await(shown[0] + " as of the date").atMost(SHOWN_WITHIN)
                    .untilAsserted(() -> assertEquals(shownAs(asOf, shown[1]), figure(shown[0])));
        }
        assertEquals("Situazione al 19/09/2009", text(By.id("as-of-shown")));
    }

    @Test
    @Order(5)
    void aCommunityWithoutABookletShowsItsTable1MoneyWithPaymentsNotKnown() {
        String code = "alta-versilia";
        open("/communities/" + code);
        JsonPath totals = communityTotals(code);
        assertEquals("LINE_TOTALS", totals.getString("money.basis"));
        for (String[] shown : new String[][] { { "headline-assigned", "money.assigned" }, { "headline-paid", "money.paid" },
                { "headline-to-pay", "money.toPay" } }) {
            await(shown[0]).atMost(SHOWN_WITHIN).pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertEquals(shownAs(totals, shown[1]), figure(shown[0])));
        }
        assertEquals(italian(new BigDecimal("154894.07")), figure("headline-assigned"), "its Table 1 total, as printed");
        assertTrue(figure("headline-paid").startsWith("n.d. | "), "payments not known, not 0");
    }

    @Test
    @Order(6)
    void aPaymentPostedThroughTheApiShowsOnTheOpenPageWithinTwoSecondsWithoutAReload() {
        open("/communities/" + CMET);
        BigDecimal paid = communityTotals(CMET).getObject("money.paid", BigDecimal.class);
        awaitText(By.id("headline-paid"), italian(paid)); // the booklet's rows: payments known
        await("the page says it is live").atMost(SHOWN_WITHIN)
                .until(() -> "In diretta".equals(text(By.cssSelector("#live-status .live-label"))));
        chromium.driver.executeScript("window.stillTheSamePage = true");

        given().baseUri(stack.gatewayUrl()).contentType(ContentType.JSON)
                .body("""
                        {"allocationExternalId": "cmet-t2-01", "amount": 1000.00, "kind": "TRANCHE", "date": "2010-06-30",
                         "note": "dashboard system test"}""")
                .post("/api/v1/payments").then().statusCode(201);
        long posted = System.nanoTime();
        awaitText(By.id("headline-paid"), italian(paid.add(new BigDecimal("1000.00"))), LIVE_WITHIN);
        System.out.printf("payment shown on the open page %d ms after the POST answered%n", (System.nanoTime() - posted) / 1_000_000);
        assertEquals(Boolean.TRUE, chromium.driver.executeScript("return window.stillTheSamePage === true"), "no reload");
    }

    @Test
    @Order(7)
    void inEnglishToo() {
        open("/?lang=en");
        awaitText(By.id("headline-table1-declared"), "€5,716,583.97");
        assertEquals("Assigned", text(By.xpath("//dd[@id='headline-assigned']/preceding-sibling::dt")));
        assertEquals("en", chromium.driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    @Order(8)
    void theRegionPageWorksFromTheKeyboardWithAVisibleFocusAndFitsAPhone() {
        open("/");
        awaitText(By.id("headline-table1-declared"), "5.716.583,97 €");
        new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
        WebElement focused = chromium.driver.switchTo().activeElement();
        assertEquals("skip-link", focused.getAttribute("class"), "the first stop is the skip link");
        assertEquals("solid", focused.getCssValue("outline-style"), "focus is visible");
        WebElement sortByAssigned = chromium.driver.findElement(By.cssSelector("#communities-table th[data-column='assigned'] button"));
        sortByAssigned.sendKeys(Keys.ENTER);
        sortByAssigned.sendKeys(Keys.ENTER);
        assertEquals("descending", chromium.driver.findElement(By.cssSelector("#communities-table th[data-column='assigned']"))
                .getAttribute("aria-sort"));
        String largest = regionTotals().getString(
                "communities.findAll { it.assigned != null }.max { it.assigned }.name");
        assertEquals(largest, text(By.cssSelector("#communities-table tbody tr:first-child th")), "the largest assignment first");

        // A phone's viewport (a desktop window cannot be made this narrow).
        chromium.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            for (String page : List.of("/", "/communities/" + CMET)) {
                open(page);
                JsonPath totals = page.equals("/") ? regionTotals() : communityTotals(CMET);
                await(page + " loaded").atMost(SHOWN_WITHIN)
                        .untilAsserted(() -> assertEquals(shownAs(totals, "money.assigned"), figure("headline-assigned")));
                assertEquals(375L, chromium.driver.executeScript("return document.documentElement.clientWidth"));
                assertEquals(Boolean.TRUE, chromium.driver.executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                        page + " has no sideways scrolling at a phone's width (wide tables scroll on their own)");
            }
        } finally {
            chromium.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(9)
    void thePagesLoggedNoErrorAndSentNoRequestBeyondTheGatewaysOrigin() {
        List<String> errors = chromium.console().stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
        List<String> elsewhere = chromium.requestedUrls().stream()
                .filter(url -> url.matches("(?i)^(https?|wss?)://.*") && !url.startsWith(stack.gatewayUrl() + "/"))
                .toList();
        assertEquals(List.of(), elsewhere, "requests to another origin");
        assertTrue(chromium.requestedUrls().stream().anyMatch(url -> url.startsWith(stack.gatewayUrl() + "/api/v1/stream")),
                "the pages subscribe to the stream");
    }

    private static void open(String path) {
        chromium.driver.get(stack.gatewayUrl() + path);
    }

    private static String text(By locator) {
        return chromium.driver.findElement(locator).getText().replace('\u00a0', ' ').trim();
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("[data-column='" + column + "']")).getText().replace('\u00a0', ' ').trim();
    }

    private static void awaitText(By locator, String expected) {
        awaitText(locator, expected, SHOWN_WITHIN);
    }

    private static void awaitText(By locator, String expected, Duration within) {
        await(locator + " shows " + expected).atMost(within).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertEquals(expected, text(locator)));
    }

    private static JsonPath regionTotals() {
        return read("/api/v1/totals");
    }

    private static JsonPath communityTotals(String code) {
        return read("/api/v1/communities/" + code + "/totals");
    }

    private static JsonPath read(String path) {
        return JsonPath.from(given().baseUri(stack.gatewayUrl()).get(path).then().statusCode(200).extract().asString())
                .using(EXACT);
    }

    /**
     * A headline figure as a person sees it: the amount, or "n.d." with the reason it carries (its
     * tooltip, and text for screen readers).
     */
    private static String figure(String id) {
        return ((String) chromium.driver.executeScript("""
                const figure = document.getElementById(arguments[0]);
                const notKnown = figure.querySelector('.not-known');
                return notKnown ? notKnown.firstChild.nodeValue + ' | ' + notKnown.title : figure.textContent;""", id))
                .replace('\u00a0', ' ').trim();
    }

    /** What {@link #figure} should show for the API's figure at {@code path}: a null one with the API's reason. */
    private static String shownAs(JsonPath json, String path) {
        BigDecimal value = json.getObject(path, BigDecimal.class);
        return value != null ? italian(value) : "n.d. | " + notKnownReason(json.getMap("notKnown"), path);
    }

    /** The API's reason for a null figure, or for the part it belongs to when the whole part is not known. */
    private static String notKnownReason(Map<String, String> reasons, String path) {
        for (String at = path; !at.isEmpty(); at = at.contains(".") ? at.substring(0, at.lastIndexOf('.')) : "") {
            if (reasons.containsKey(at)) {
                return reasons.get(at);
            }
        }
        throw new AssertionError("the API gives no reason for the null " + path);
    }

    /** As the booklets print money: 1.111.465,10 €. */
    private static String italian(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY)).format(amount) + " €";
    }
}
