package it.toscana.monitoring.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import it.toscana.monitoring.refdata.LoadSummary;
import it.toscana.monitoring.refdata.LoadSummary.Outcome;

/**
 * The acceptance data end to end: the four packaged services as processes on a real broker and
 * real PostgreSQL, reference-data/ loaded through the gateway's public API by the loader, and
 * every printed figure of the issue read back from the gateway's totals, to the cent. Loading a
 * second time changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoldenFiguresTest {

    private static final Duration CONVERGES_WITHIN = Duration.ofSeconds(90);
    private static final JsonPathConfig EXACT = new JsonPathConfig(NumberReturnType.BIG_DECIMAL);
    private static final String MVS = "media-valle-del-serchio";
    private static final String AVC = "alta-val-di-cecina";
    private static final String CMET = "colline-metallifere";
    /** The national (CNIPA) contribution of every project on a page of co-financed projects. */
    private static final String NATIONAL_CONTRIBUTIONS =
            "items.collectMany { it.contributions }.findAll { it.source == 'CNIPA' }.amount";

    private static ReferenceStack stack;
    private static LoadSummary firstLoad;

    @BeforeAll
    static void startServicesAndLoad() throws Exception {
        stack = ReferenceStack.startAndLoad("golden");
        firstLoad = stack.firstLoad();
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyRecordOfTheDatasetIsAccepted() {
        assertEquals(0, firstLoad.refusals().size(), () -> "refused: " + firstLoad.refusals());
        assertEquals(19, firstLoad.total("community"));
        assertEquals(14, firstLoad.total("municipality"));
        assertEquals(14, firstLoad.total("membership"));
        assertEquals(51, firstLoad.total("allocation"));
        assertEquals(14, firstLoad.total("broadband"));
        assertTrue(firstLoad.total("paas-point") >= 14, "PAAS points loaded: " + firstLoad.total("paas-point"));
        assertEquals(3, firstLoad.total("co-financing-project"));
        assertEquals(3, firstLoad.total("call"));
        assertEquals(5, firstLoad.total("mandatory-requirement"));
    }

    @Test
    @Order(2)
    void eachBookletCommunityShowsItsPrintedFigures() {
        await("Media Valle del Serchio totals").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath mvs = totals(MVS, "");
                    assertMoney("430084.10", mvs, "money.bySection.LOCAL_PROGRAMME.assigned");
                    assertMoney("681381.00", mvs, "money.bySection.TERRITORIAL_IMPACT.assigned");
                    assertMoney("1111465.10", mvs, "money.assigned");
                    assertCount(718, mvs, "paas.registeredUsers");
                    assertCount(6178, mvs, "paas.accesses");
                    assertDeclared(mvs, "LOCAL_PROGRAMME", "430084.10", "430084.10", false);
                    assertDeclared(mvs, "GRAND_TOTAL", "1111465.10", "1111465.10", false);
                    assertCoverage(mvs, Map.of("PARTIALLY_COVERED", 4));
                });
        await("Alta Val di Cecina totals").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath avc = totals(AVC, "");
                    assertMoney("187353.51", avc, "money.bySection.LOCAL_PROGRAMME.assigned");
                    assertMoney("468400.00", avc, "money.bySection.TERRITORIAL_IMPACT.assigned");
                    assertMoney("655753.51", avc, "money.assigned");
                    assertCount(732, avc, "paas.registeredUsers");
                    assertCount(8361, avc, "paas.accesses");
                    assertDeclared(avc, "TERRITORIAL_IMPACT", "468400.00", "468400.00", false);
                    assertCoverage(avc, Map.of("COVERED_ACTIVE", 2, "PLANNED", 3));
                });
        await("Colline Metallifere totals").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath cmet = totals(CMET, "");
                    assertMoney("336312.00", cmet, "money.bySection.LOCAL_PROGRAMME.assigned");
                    assertMoney("560239.00", cmet, "money.bySection.TERRITORIAL_IMPACT.assigned");
                    assertMoney("896551.00", cmet, "money.assigned");
                    assertCount(207, cmet, "paas.registeredUsers");
                    assertCount(2850, cmet, "paas.accesses");
                    // The booklet disagrees with itself: both figures are shown and the gap flagged.
                    assertDeclared(cmet, "LOCAL_PROGRAMME", "336312.10", "336312.00", true);
                    assertDeclared(cmet, "GRAND_TOTAL", "896641.10", "896551.00", true);
                    assertDeclared(cmet, "TERRITORIAL_IMPACT", "560239.00", "560239.00", false);
                    assertCount(142, cmet, "broadband.unservableUsers");
                    // Sassetta is printed as outside the intervention, which is not the same as not covered.
                    assertCoverage(cmet, Map.of("COVERED_ACTIVE", 4, "NOT_IN_INTERVENTION", 1));
                });
    }

    @Test
    @Order(3)
    void municipalitiesShowTheirPaasUsageAndUnservableUsers() {
        await("per-municipality figures").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath mvs = totals(MVS, "?by=municipality");
                    assertCount(556, mvs, "breakdown.find { it.key == '046003' }.paas.registeredUsers");
                    assertCount(4858, mvs, "breakdown.find { it.key == '046003' }.paas.accesses");
                    JsonPath cmet = totals(CMET, "?by=municipality");
                    assertCount(65, cmet, "breakdown.find { it.key == '053015' }.broadband.unservableUsers");
                    assertCount(77, cmet, "breakdown.find { it.key == '053021' }.broadband.unservableUsers");
                });
    }

    @Test
    @Order(4)
    void theRegionShowsTable1AsPrintedBesideTheSumOfItsRows() {
        await("region reconciliation").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath region = JsonPath.from(given().baseUri(stack.gatewayUrl()).get("/api/v1/totals")
                            .then().statusCode(200).extract().asString()).using(EXACT);
                    String table1 = "reconciliation.find { it.scope == 'TABLE1' && it.fundingLine == null }";
                    assertMoney("5716583.97", region, table1 + ".declared");
                    assertMoney("5716593.87", region, table1 + ".computed");
                    assertMoney("-9.90", region, table1 + ".difference");
                    assertEquals(Boolean.TRUE, region.get(table1 + ".flagged"));
                    assertNotNull(region.get(table1 + ".declaredSource.document"));
                });
    }

    @Test
    @Order(5)
    void theApqSectionTotalsAddUpFromTheCoFinancedProjects() {
        // Printed in the act's summary tables; reproduced from the projects as listed by section.
        JsonPath implementation = read("/api/v1/co-financing-projects?section=ATTUATIVA");
        assertEquals("1892850.00", sum(implementation, "items.totalInvestment"));
        assertEquals("584745.76", sum(implementation, NATIONAL_CONTRIBUTIONS));
        JsonPath programming = read("/api/v1/co-financing-projects?section=PROGRAMMATICA");
        assertEquals("8583829.00", sum(programming, "items.totalInvestment"));
        assertEquals("3389968.00", sum(programming, NATIONAL_CONTRIBUTIONS));

        JsonPath alliance = read("/api/v1/co-financing-projects/CSTT_ALI");
        assertMoney("1892850.00", alliance, "contributionsTotal");
        assertMoney("1308104.24", alliance, "contributions.find { it.source == 'REGIONE_TOSCANA' }.amount");
        assertMoney("2313960.00", alliance, "regionalOwnFunds.total");
        JsonPath reuse = read("/api/v1/co-financing-projects/E_TOSCANA_RIUSO");
        assertMoney("4949418.00", reuse, "contributionsTotal");
        assertMoney("2988445.00", reuse, "contributions.find { it.source == 'REGIONE_TOSCANA' }.amount");
        assertMoney("4314148.97", reuse, "regionalOwnFunds.total");
        assertEquals("4314148.97", sum(reuse, "regionalOwnFunds.decrees.amount"));
        JsonPath geosigma = read("/api/v1/co-financing-projects/GEOSIGMA");
        assertMoney("3634411.00", geosigma, "contributionsTotal");
        assertMoney("2205416.00", geosigma, "contributions.find { it.source == 'REGIONE_TOSCANA' }.amount");
        assertMoney("1480808.02", geosigma, "regionalOwnFunds.total");
        assertEquals("1480808.02", sum(geosigma, "regionalOwnFunds.decrees.amount"));
        for (JsonPath project : new JsonPath[] { alliance, reuse, geosigma }) {
            assertEquals(Boolean.TRUE, project.get("balanced"), () -> project.getString("code") + " balanced");
        }
    }

    @Test
    @Order(6)
    void theSlidesCallsAndMandatoryRequirementsAreServed() {
        JsonPath calls = read("/api/v1/calls?sort=code");
        assertEquals(3, calls.getInt("total"));
        assertMoney("700000.00", calls, "items.find { it.code == 'BUSINESS_DEMATERIALISATION' }.budget");
        assertMoney("1016000.00", calls, "items.find { it.code == 'PA_SERVICES_DIGITALISATION' }.budget");
        assertMoney("450000.00", calls, "items.find { it.code == 'PUBLIC_SECTOR_INFORMATION' }.budget");
        assertEquals("2009-10-30", calls.getString("items.find { it.code == 'PUBLIC_SECTOR_INFORMATION' }.deadline"));
        assertEquals("2166000.00", sum(calls, "items.budget"));
        JsonPath requirements = read("/api/v1/mandatory-requirements?sort=code");
        assertEquals(List.of("INTERPRO", "IRIS_PAYMENTS", "RTRT", "START", "VOIP_RTRT"),
                requirements.getList("items.code"));
    }

    @Test
    @Order(7)
    void everySchedaHeadlineIsShownAsPrintedBesideTheCommunitysTotals() {
        JsonPath dataset = JsonPath.from(ReferenceStack.dataset().resolve("declared-totals.json").toFile()).using(EXACT);
        List<Map<String, Object>> communities = dataset.getList("communities");
        int asserted = 0;
        for (int c = 0; c < communities.size(); c++) {
            String code = dataset.getString("communities[" + c + "].communityCode");
            List<Map<String, Object>> printed = dataset.getList("communities[" + c + "].schedaHeadlines");
            await(code + " Scheda headlines").atMost(CONVERGES_WITHIN).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        JsonPath totals = totals(code, "");
                        assertEquals(printed.size(), totals.getList("reconciliation.findAll { it.scope == 'SCHEDA' }").size());
                        for (Map<String, Object> headline : printed) {
                            assertSchedaHeadline(totals, headline);
                        }
                    });
            asserted += printed.size();
        }
        assertEquals(32, asserted, "headlines in the dataset");
        assertEquals(32, firstLoad.total("scheda-headline"));
        // Two headlines of one page, and one that is not the Table 2 total computed from the rows (336,312.00).
        JsonPath mvs = totals(MVS, "");
        assertMoney("30000.00", mvs, "reconciliation.find { it.scope == 'SCHEDA' && it.label == 'Telecentri' }.declared");
        assertMoney("50000.00", mvs, "reconciliation.find { it.label == 'Finanziamento regionale per fase II telecentri' }.declared");
        assertMoney("336312.10", totals(CMET, ""),
                "reconciliation.find { it.scope == 'SCHEDA' && it.label == 'Supporto alla programmazione locale' }.declared");
    }

    /** Declared as printed, to the cent, with its page and label; nothing computed beside it, so nothing flagged. */
    private static void assertSchedaHeadline(JsonPath totals, Map<String, Object> headline) {
        String title = (String) headline.get("title");
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) headline.get("source");
        List<Map<String, Object>> shown = totals.<Map<String, Object>>getList("reconciliation").stream()
                .filter(r -> "SCHEDA".equals(r.get("scope")) && title.equals(r.get("label"))).toList();
        assertEquals(1, shown.size(), () -> title + " shown once");
        Map<String, Object> entry = shown.get(0);
        assertEquals(headline.get("amount").toString(), entry.get("declared").toString(), title);
        @SuppressWarnings("unchecked")
        Map<String, Object> declaredSource = (Map<String, Object>) entry.get("declaredSource");
        assertEquals(source.get("document"), declaredSource.get("document"), title);
        assertEquals(source.get("location"), declaredSource.get("location"), title);
        assertNull(entry.get("computed"), title);
        assertEquals(Boolean.FALSE, entry.get("flagged"), title);
    }

    @Test
    @Order(8)
    void loadingTwiceChangesNothing() throws Exception {
        Map<String, String> before = snapshot();
        LoadSummary second = stack.load();
        assertEquals(0, second.refusals().size(), () -> "refused: " + second.refusals());
        assertEquals(0, second.total(Outcome.CREATED), "nothing is created twice");
        assertEquals(0, second.total(Outcome.UPDATED), "nothing is rewritten");
        // Give the gateway the time it would need to apply stray events, then compare everything.
        await("totals settled after the second load").atMost(CONVERGES_WITHIN).pollDelay(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals(before, snapshot()));
        eachBookletCommunityShowsItsPrintedFigures();
    }

    /** Everything the totals say that a load could change (not the lag or the time of the read). */
    private static Map<String, String> snapshot() {
        Map<String, String> figures = new java.util.TreeMap<>();
        for (String code : new String[] { MVS, AVC, CMET }) {
            JsonPath totals = totals(code, "");
            for (String part : new String[] { "municipalities", "population", "money", "broadband", "cart", "paas",
                    "reconciliation", "lastChangedAt" }) {
                figures.put(code + "." + part, String.valueOf((Object) totals.get(part)));
            }
        }
        JsonPath region = JsonPath.from(given().baseUri(stack.gatewayUrl()).get("/api/v1/totals")
                .then().statusCode(200).extract().asString()).using(EXACT);
        for (String part : new String[] { "money", "paas", "reconciliation", "communities" }) {
            figures.put("region." + part, String.valueOf((Object) region.get(part)));
        }
        return figures;
    }

    private static JsonPath read(String path) {
        return JsonPath.from(given().baseUri(stack.gatewayUrl()).get(path).then().statusCode(200).extract().asString())
                .using(EXACT);
    }

    /** The exact sum of the amounts at {@code path}, as the API prints money. */
    private static String sum(JsonPath json, String path) {
        List<Object> amounts = json.getList(path);
        assertTrue(amounts != null && !amounts.isEmpty(), path + " is empty");
        return amounts.stream().map(amount -> new BigDecimal(amount.toString())).reduce(BigDecimal::add).orElseThrow()
                .toPlainString();
    }

    private static JsonPath totals(String community, String query) {
        return JsonPath.from(given().baseUri(stack.gatewayUrl()).get("/api/v1/communities/" + community + "/totals" + query)
                .then().statusCode(200).extract().asString()).using(EXACT);
    }

    private static void assertMoney(String expected, JsonPath json, String path) {
        Object actual = json.get(path);
        assertNotNull(actual, path + " is missing");
        assertEquals(expected, actual.toString(), path);
    }

    private static void assertCount(long expected, JsonPath json, String path) {
        Object actual = json.get(path);
        assertNotNull(actual, path + " is missing");
        assertEquals(new BigDecimal(expected), new BigDecimal(actual.toString()), path);
    }

    /** The community's municipalities by citizen coverage: exactly these values, no other. */
    private static void assertCoverage(JsonPath json, Map<String, Integer> expected) {
        Map<String, Object> actual = json.getMap("broadband.coverage");
        assertNotNull(actual, "broadband.coverage is missing");
        Map<String, Integer> counts = new TreeMap<>();
        actual.forEach((coverage, count) -> counts.put(coverage, new BigDecimal(count.toString()).intValueExact()));
        assertEquals(new TreeMap<>(expected), counts, "broadband.coverage");
    }

    private static void assertDeclared(JsonPath json, String scope, String declared, String computed, boolean flagged) {
        String entry = "reconciliation.find { it.scope == '" + scope + "' }";
        assertMoney(declared, json, entry + ".declared");
        assertMoney(computed, json, entry + ".computed");
        assertEquals(flagged, json.get(entry + ".flagged"), entry + ".flagged");
    }
}
