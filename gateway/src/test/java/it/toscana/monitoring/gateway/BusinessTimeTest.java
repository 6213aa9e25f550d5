package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.gateway.EventFeed.VISIBLE_WITHIN;
import static it.toscana.monitoring.gateway.EventFeed.allocationV2;
import static it.toscana.monitoring.gateway.EventFeed.community;
import static it.toscana.monitoring.gateway.EventFeed.event;
import static it.toscana.monitoring.gateway.EventFeed.payment;
import static it.toscana.monitoring.gateway.EventFeed.send;
import static it.toscana.monitoring.gateway.EventFeed.withCommitment;
import static it.toscana.monitoring.gateway.TotalsTest.amount;
import static it.toscana.monitoring.gateway.TotalsTest.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.events.funding.FundingEvents;

/**
 * Business time (when a fact took effect: ?asOf=) beside recording time (when the system learned it:
 * ?knownAt=), maintained in the cells and asked of them without scanning allocations.
 */
@QuarkusTest
class BusinessTimeTest {

    private static final LocalDate ACT = LocalDate.of(2009, 1, 15);
    private static final Instant FIRST_RECORDED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant PAYMENT_RECORDED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant CORRECTION_RECORDED = Instant.parse("2026-11-03T10:00:00Z");

    @Test
    void aLatePaymentCountsFromItsDateWhileWhatWasKnownBeforeItsRecordingStaysAsItWas() {
        String code = unique("cm");
        community(code, "Late payment", 0);
        String id = code + "-a";
        publish(allocationV2(id, code, Detail.PROJECT, "1000.00", ACT, List.of(), 0), FIRST_RECORDED);
        // recorded a day later, paid (in the world) on 30 June 2009
        publish(allocationV2(id, code, Detail.PROJECT, "1000.00", ACT, List.of(), 1,
                payment("p1", "400.00", LocalDate.of(2009, 6, 30))), PAYMENT_RECORDED);
        await().atMost(VISIBLE_WITHIN).ignoreExceptions()
                .untilAsserted(() -> assertEquals("400.00", amount(totals(code, ""), "money.paid")));

        assertPaid(code, "?asOf=2009-06-29", "0.00", "1000.00");
        assertPaid(code, "?asOf=2009-06-30", "400.00", "600.00");
        assertPaid(code, "?asOf=2009-09-19", "400.00", "600.00");
        // known at 1 November 2026: assigned, not yet paid, whatever the business date
        assertPaid(code, "?asOf=2009-09-19&knownAt=2026-11-01T12:00:00Z", "0.00", "1000.00");
        assertPaid(code, "?knownAt=2026-11-01", "0.00", "1000.00");
        assertPaid(code, "?asOf=2009-09-19&knownAt=2026-11-02T12:00:00Z", "400.00", "600.00");
        // before the act, nothing was assigned: not known rather than zero
        JsonPath before = totals(code, "?asOf=2009-01-14");
        assertNull(before.get("money"));
        assertEquals("No allocation is recorded for this community on 2009-01-14.", before.getString("notKnown.money"));
        // before anything was recorded, nothing was known
        assertNull(totals(code, "?knownAt=2026-11-01T09:59:59Z").get("money"));
    }

    @Test
    void aPaymentDateFixedLaterMovesTheAsOfAnswersButNotWhatWasKnownBeforeTheFix() {
        String code = unique("cm");
        community(code, "Date fix", 0);
        String id = code + "-a";
        publish(allocationV2(id, code, Detail.PROJECT, "1000.00", ACT, List.of(), 0,
                payment("p1", "400.00", LocalDate.of(2009, 6, 30))), PAYMENT_RECORDED);
        publish(allocationV2(id, code, Detail.PROJECT, "1000.00", ACT, List.of(), 1,
                payment("p1", "400.00", LocalDate.of(2009, 7, 15))), CORRECTION_RECORDED);
        await().atMost(VISIBLE_WITHIN).ignoreExceptions().untilAsserted(() -> assertEquals("0.00",
                amount(totals(code, "?asOf=2009-07-01"), "money.paid")));

        assertPaid(code, "?asOf=2009-07-15", "400.00", "600.00");
        assertPaid(code, "?asOf=2009-07-01&knownAt=2026-11-02T12:00:00Z", "400.00", "600.00");
        assertPaid(code, "?asOf=2009-07-01&knownAt=2026-11-03T10:00:00Z", "0.00", "1000.00");
    }

    @Test
    void threePaymentsInThreeQuartersGiveTheSeriesInJsonAndCsv() {
        String code = unique("cm");
        community(code, "Over time", 0);
        publish(allocationV2(code + "-a", code, Detail.PROJECT, "900.00", LocalDate.of(2009, 2, 1), List.of(), 0,
                payment("p1", "100.00", LocalDate.of(2009, 2, 10)), payment("p2", "200.00", LocalDate.of(2009, 5, 20)),
                payment("p3", "300.00", LocalDate.of(2009, 9, 30))), FIRST_RECORDED);
        String url = "/api/v1/communities/" + code + "/totals/over-time?measure=paid&interval=quarter&from=2009-01-01&to=2009-12-31";
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get(url).then().statusCode(200)
                .body("points.size()", equalTo(4)));

        JsonPath series = exact(given().get(url).then().statusCode(200).extract().asString());
        assertEquals(List.of("2009-Q1", "2009-Q2", "2009-Q3", "2009-Q4"), series.getList("points.period"));
        assertEquals(List.of("100.00", "300.00", "600.00", "600.00"), amounts(series, "points.value"));
        assertEquals(List.of("100.00", "200.00", "300.00", "0.00"), amounts(series, "points.change"));
        assertEquals("2009-07-01", series.getString("points[2].start"));
        assertEquals("2009-09-30", series.getString("points[2].end"));
        given().accept("text/csv").get(url).then().statusCode(200)
                .body(containsString("period,start,end,value,change\r\n"))
                .body(containsString("2009-Q1,2009-01-01,2009-03-31,100.00,100.00\r\n"))
                .body(containsString("2009-Q3,2009-07-01,2009-09-30,600.00,300.00\r\n"))
                .body(containsString("2009-Q4,2009-10-01,2009-12-31,600.00,0.00\r\n"));
        // to pay falls as payments come; before what was recorded is known, nothing
        given().get(url.replace("measure=paid", "measure=toPay")).then().body("points[1].value", equalTo(600.00f));
        given().get(url + "&knownAt=2026-11-01T09:00:00Z").then().body("points[3].value", equalTo(0.0f));
        given().get(url.replace("interval=quarter", "interval=decade")).then().statusCode(400)
                .body("errors[0].field", equalTo("interval"));
    }

    @Test
    void aTwoProvinceAllocationSplitsOverItsMunicipalitiesToTheCent() {
        String code = unique("cm");
        community(code, "Two provinces", 0);
        String gr1 = digits(code, 1);
        String gr2 = digits(code, 2);
        String li = digits(code, 3);
        EventFeed.municipality(gr1, "Massa " + code, "GR");
        EventFeed.municipality(gr2, "Montieri " + code, "GR");
        EventFeed.municipality(li, "Sassetta " + code, "LI");
        publish(allocationV2(code + "-a", code, Detail.PROJECT, "100.00", ACT, List.of(gr1, gr2, li), 0,
                payment("p1", "10.00", ACT)), FIRST_RECORDED);
        publish(allocationV2(code + "-b", code, Detail.PROJECT, "50.00", ACT, List.of(), 0), FIRST_RECORDED);
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given()
                .get("/api/v1/communities/" + code + "/totals?by=municipality").then()
                .body("breakdown.find { it.key == '" + li + "' }.name", equalTo("Sassetta " + code)));

        JsonPath byMunicipality = totals(code, "?by=municipality");
        assertEquals("33.34", amount(byMunicipality, "breakdown.find { it.key == '" + gr1 + "' }.money.assigned"));
        assertEquals("33.33", amount(byMunicipality, "breakdown.find { it.key == '" + gr2 + "' }.money.assigned"));
        assertEquals("33.33", amount(byMunicipality, "breakdown.find { it.key == '" + li + "' }.money.assigned"));
        assertEquals("3.34", amount(byMunicipality, "breakdown.find { it.key == '" + gr1 + "' }.money.paid"));
        assertEquals("30.00", amount(byMunicipality, "breakdown.find { it.key == '" + li + "' }.money.toPay"));
        assertEquals(Boolean.TRUE, byMunicipality.get("breakdown.find { it.key == '" + li + "' }.estimated"));
        assertEquals("50.00", amount(byMunicipality, "breakdown.find { it.key == '' }.money.assigned"));
        assertEquals(Boolean.TRUE, byMunicipality.get("breakdown[0].additive"));

        JsonPath byProvince = totals(code, "?by=province");
        assertEquals("66.67", amount(byProvince, "breakdown.find { it.key == 'GR' }.money.assigned"));
        assertEquals("33.33", amount(byProvince, "breakdown.find { it.key == 'LI' }.money.assigned"));
        assertEquals("50.00", amount(byProvince, "breakdown.find { it.key == '' }.money.assigned"));
        assertEquals(amount(byProvince, "money.assigned"), amount(byProvince, "breakdown.sum { it.money.assigned }"));
        assertEquals(amount(byProvince, "money.paid"), amount(byProvince, "breakdown.sum { it.money.paid }"));
    }

    @Test
    void committedIsCountedFromTheCommitmentsDateBesideAssignedPaidAndToPay() {
        String code = unique("cm");
        community(code, "Committed", 0);
        publish(withCommitment(allocationV2(code + "-a", code, Detail.PROJECT, "1000.00", ACT, List.of(), 0,
                payment("p1", "300.00", LocalDate.of(2009, 6, 30)), payment("p1-recovery", "-100.00", LocalDate.of(2009, 9, 1))),
                "800.00", LocalDate.of(2009, 3, 1)), FIRST_RECORDED);
        await().atMost(VISIBLE_WITHIN).ignoreExceptions().untilAsserted(() -> assertEquals("800.00",
                amount(totals(code, ""), "money.committed")));

        JsonPath now = totals(code, "");
        assertEquals("1000.00", amount(now, "money.assigned"));
        assertEquals("200.00", amount(now, "money.paid"));
        assertEquals("800.00", amount(now, "money.toPay"));
        JsonPath beforeCommitment = totals(code, "?asOf=2009-02-01");
        assertEquals("0.00", amount(beforeCommitment, "money.committed"));
        assertEquals("1000.00", amount(beforeCommitment, "money.assigned"));
        // the recovery (a correcting entry) counts from its own date: before it, the payment whole
        assertPaid(code, "?asOf=2009-08-31", "300.00", "700.00");
        assertPaid(code, "?asOf=2009-09-01", "200.00", "800.00");
    }

    @Test
    void lineTotalsHaveTheirAssignedMoneyButNoPaymentsAndSaySo() {
        String code = unique("cm");
        community(code, "Table 1 only", 0);
        publish(allocationV2(code + "-t1-voip", code, Detail.LINE_TOTAL, "60706.89", LocalDate.of(2009, 9, 19), List.of(), 0),
                FIRST_RECORDED);
        await().atMost(VISIBLE_WITHIN).ignoreExceptions().untilAsserted(() -> assertEquals("60706.89",
                amount(totals(code, ""), "money.assigned")));

        JsonPath totals = totals(code, "");
        assertNull(totals.get("money.paid"));
        assertNull(totals.get("money.toPay"));
        assertEquals("LINE_TOTALS", totals.getString("money.basis"));
        assertEquals("0.00", amount(totals, "money.paymentsKnown.assigned"));
        assertEquals("Payments are not known for 1 of the 1 allocations (60706.89 EUR assigned): they are funding-line "
                + "totals from a summary table (Table 1), which prints assigned amounts only. paymentsKnown has the figures "
                + "of the others.", totals.getString("notKnown.'money.paid'"));
        given().get("/api/v1/communities/totals").then()
                .body("items.find { it.code == '" + code + "' }.paid", equalTo(null))
                .body("items.find { it.code == '" + code + "' }.basis", equalTo("LINE_TOTALS"))
                .body("items.find { it.code == '" + code + "' }.localProgramme", equalTo(60706.89f));
        given().get("/api/v1/communities/" + code + "/totals/over-time?measure=paid&from=2009-07-01&to=2009-12-31").then()
                .body("points[1].value", equalTo(null))
                .body("notKnown.'points.value'", containsString("Table 1"));
    }

    private static void assertPaid(String code, String query, String paid, String toPay) {
        JsonPath totals = totals(code, query);
        assertEquals(paid, amount(totals, "money.paid"), query);
        assertEquals(toPay, amount(totals, "money.toPay"), query);
    }

    private static void publish(AllocationStateV2 state, Instant recordedAt) {
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED_V2, state, recordedAt));
    }

    static JsonPath totals(String code, String query) {
        return exact(given().get("/api/v1/communities/" + code + "/totals" + query).then().statusCode(200).extract().asString());
    }

    static JsonPath exact(String body) {
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static List<String> amounts(JsonPath json, String path) {
        return json.<java.math.BigDecimal>getList(path).stream().map(java.math.BigDecimal::toPlainString).toList();
    }

    /** A 6-digit ISTAT-like code unique to this test's community. */
    private static String digits(String code, int n) {
        return String.format("%05d%d", Math.abs(code.hashCode()) % 100000, n);
    }
}
