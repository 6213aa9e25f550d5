package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static it.toscana.monitoring.funding.Fixtures.with;
import static it.toscana.monitoring.funding.FundingTopic.awaitEvent;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import it.toscana.monitoring.events.funding.FundingEvents;

/**
 * Business dates (issue 13): an allocation's act date, a payment's date and a declared total's document
 * date, each given with its source or none, read back resolved (never null) and published so.
 */
@QuarkusTest
class BusinessDatesTest {

    private static final String ALLOCATIONS = "/api/v1/allocations";
    private static final String PAYMENTS = "/api/v1/payments";

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void anAllocationsDateIsResolvedBySourceInTheResponseAndTheEvent() {
        String community = Territory.community("dated");
        String line = Fixtures.fundingLine();
        String base = Fixtures.allocationJson(community, line, "100.00");
        String stated = Fixtures.created(ALLOCATIONS, with(base, "\"assignedOn\": \"2007-03-01\""));
        String document = Fixtures.created(ALLOCATIONS,
                with(base, "\"assignedOn\": \"2009-09-19\", \"assignedOnSource\": \"DOCUMENT_DATE\""));
        String undated = Fixtures.created(ALLOCATIONS, base);
        String ignored = Fixtures.created(ALLOCATIONS,
                with(base, "\"assignedOn\": \"2001-01-01\", \"assignedOnSource\": \"RECORDING_DATE\""));

        assertAssignedOn(stated, "2007-03-01", "STATED");
        assertAssignedOn(document, "2009-09-19", "DOCUMENT_DATE");
        assertAssignedOn(undated, today(), "RECORDING_DATE");
        assertAssignedOn(ignored, today(), "RECORDING_DATE");

        given().contentType(ContentType.JSON).body(with(base, "\"assignedOnSource\": \"DOCUMENT_DATE\""))
                .post(ALLOCATIONS)
                .then().statusCode(400).body("errors.field", hasItem("assignedOn"));
    }

    /** What a GET returns, sent back by PUT, changes nothing (no new version): a resolved recording day stays one. */
    @Test
    void aGetSentBackByPutKeepsEveryDateAndSource() {
        String community = Territory.community("round-trip");
        String base = Fixtures.allocationJson(community, Fixtures.fundingLine(), "100.00");
        for (String allocation : List.of(Fixtures.created(ALLOCATIONS, base), Fixtures.created(ALLOCATIONS,
                with(base, "\"assignedOn\": \"2009-09-19\", \"assignedOnSource\": \"DOCUMENT_DATE\"")))) {
            JsonPath before = given().get(ALLOCATIONS + "/" + allocation).then().statusCode(200).extract().jsonPath();
            String body = given().get(ALLOCATIONS + "/" + allocation).asString()
                    .replaceAll("\"amount(Paid|ToPay)\":[0-9.]+,", "");
            given().contentType(ContentType.JSON).body(body).put(ALLOCATIONS + "/" + allocation)
                    .then().statusCode(200)
                    .body("version", equalTo(before.getInt("version")))
                    .body("assignedOn", equalTo(before.getString("assignedOn")))
                    .body("assignedOnSource", equalTo(before.getString("assignedOnSource")));
        }
    }

    /** A merge patch setting the date states it; clearing it leaves the allocation without a date of its own. */
    @Test
    void aPatchStatesOrClearsTheDate() {
        String allocation = Fixtures.allocation(Territory.community("patched"), Fixtures.fundingLine(), "100.00");
        patch(allocation, "{\"assignedOn\": \"2008-02-01\"}").then().statusCode(200)
                .body("assignedOn", equalTo("2008-02-01")).body("assignedOnSource", equalTo("STATED"));
        patch(allocation, "{\"assignedOn\": null}").then().statusCode(200)
                .body("assignedOn", equalTo(today())).body("assignedOnSource", equalTo("RECORDING_DATE"));
    }

    @Test
    void theAllocationEventCarriesEveryPaymentWithItsResolvedDateInDateOrder() {
        String allocation = Fixtures.allocation(Territory.community("tranches"), Fixtures.fundingLine(), "1000.00");
        String may = pay(allocation, "\"date\": \"2009-05-01\"", "100.00");
        String undated = pay(allocation, null, "50.00");
        String january = pay(allocation, "\"date\": \"2008-01-15\", \"dateSource\": \"DOCUMENT_DATE\"", "200.00");
        String alsoMay = pay(allocation, "\"date\": \"2009-05-01\", \"dateSource\": \"STATED\"", "300.00");

        JsonNode event = awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 4);
        List<String> mayInIdOrder = Stream.of(may, alsoMay).sorted().toList();
        assertEquals(List.of(january, mayInIdOrder.get(0), mayInIdOrder.get(1), undated), texts(event, "id"));
        assertEquals(List.of("2008-01-15", "2009-05-01", "2009-05-01", today()), texts(event, "date"));
        assertEquals(List.of("DOCUMENT_DATE", "STATED", "STATED", "RECORDING_DATE"), texts(event, "dateSource"));
        assertEquals("200.00", event.at("/data/payments/0/amount").decimalValue().toPlainString());
        assertEquals("TRANCHE", event.at("/data/payments/0/kind").asText());
        assertEquals("650.00", event.at("/data/amountPaid").decimalValue().toPlainString());

        given().get(PAYMENTS + "/" + undated).then().statusCode(200)
                .body("date", equalTo(today())).body("dateSource", equalTo("RECORDING_DATE"));
        given().get(PAYMENTS + "/" + january).then().statusCode(200)
                .body("date", equalTo("2008-01-15")).body("dateSource", equalTo("DOCUMENT_DATE"));
        // the payment's own event stays v1: its stored date, none for a recording day
        assertTrue(awaitEvent(FundingEvents.PAYMENT_UPSERTED, undated, 0).at("/data/date").isNull());
        assertEquals("2008-01-15", awaitEvent(FundingEvents.PAYMENT_UPSERTED, january, 0).at("/data/date").asText());
    }

    /** A payment's new date, same amount, is a new allocation version: its event lists the payments. */
    @Test
    void redatingAPaymentRepublishesItsAllocation() {
        String allocation = Fixtures.allocation(Territory.community("redated"), Fixtures.fundingLine(), "100.00");
        String payment = pay(allocation, "\"date\": \"2009-05-01\"", "10.00");
        given().contentType(ContentType.JSON)
                .body(Fixtures.paymentJson(allocation, "10.00").replace("2009-03-01", "2009-06-30"))
                .put(PAYMENTS + "/" + payment).then().statusCode(200).body("date", equalTo("2009-06-30"));

        given().get(ALLOCATIONS + "/" + allocation).then().body("version", equalTo(2));
        assertEquals("2009-06-30", awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 2)
                .at("/data/payments/0/date").asText());
    }

    @Test
    void aDatedPaymentCannotPrecedeTheDatedActAssigningItsMoney() {
        String community = Territory.community("order");
        String line = Fixtures.fundingLine();
        String allocation = Fixtures.created(ALLOCATIONS,
                with(Fixtures.allocationJson(community, line, "100.00"), "\"assignedOn\": \"2008-06-01\""));

        payment(allocation, "\"date\": \"2008-05-31\"").then().statusCode(422).body("errors.field", hasItem("date"));
        payment(allocation, "\"date\": \"2008-05-31\", \"dateSource\": \"DOCUMENT_DATE\"").then().statusCode(422)
                .body("errors.field", hasItem("date"));
        payment(allocation, "\"date\": \"2008-06-01\"").then().statusCode(201);
        payment(allocation, "\"dateSource\": \"RECORDING_DATE\"").then().statusCode(201);
        given().queryParam("allocationId", allocation).get(PAYMENTS).then().body("total", equalTo(2));

        patch(allocation, "{\"assignedOn\": \"2008-06-02\"}").then().statusCode(422)
                .body("errors.field", hasItem("assignedOn"));
        given().get(ALLOCATIONS + "/" + allocation).then().body("assignedOn", equalTo("2008-06-01"));
        patch(allocation, "{\"assignedOn\": \"2008-06-01\", \"assignedOnSource\": \"DOCUMENT_DATE\"}")
                .then().statusCode(200);
        patch(allocation, "{\"assignedOn\": \"2008-05-01\"}").then().statusCode(200);

        // a recording day says when this system learned of the act, not when it was signed: nothing to compare
        String undated = Fixtures.allocation(community, line, "100.00");
        payment(undated, "\"date\": \"1999-12-31\"").then().statusCode(201);
    }

    @Test
    void paymentsAreFilteredByTheirResolvedDate() {
        String allocation = Fixtures.allocation(Territory.community("paid-between"), Fixtures.fundingLine(), "100.00");
        String january = pay(allocation, "\"date\": \"2008-01-15\"", "1.00");
        String may = pay(allocation, "\"date\": \"2009-05-01\", \"dateSource\": \"DOCUMENT_DATE\"", "1.00");
        String undated = pay(allocation, null, "1.00");

        assertPaid(allocation, "2009-01-01", null, may, undated);
        assertPaid(allocation, null, "2009-05-01", january, may);
        assertPaid(allocation, "2009-05-01", "2009-05-01", may);
        assertPaid(allocation, "2008-01-16", "2009-04-30");
        assertPaid(allocation, today(), today(), undated);

        given().queryParam("paidFrom", "yesterday").get(PAYMENTS)
                .then().statusCode(400).body("errors.field", hasItem("paidFrom"));
        given().queryParam("paidFrom", "2009-01-02").queryParam("paidTo", "2009-01-01").get(PAYMENTS)
                .then().statusCode(400).body("errors.field", hasItem("paidTo"));
    }

    @Test
    void aDeclaredTotalCarriesItsDocumentsDateInTheV3Event() {
        String community = Territory.community("declared-dated");
        String figure = """
                {"communityCode": "%s", "scope": "%s", "amount": 430084.10,
                 "source": {"document": "000_740a832bca25e879.txt", "location": "Tabella 2"}}""";
        String printed = Fixtures.created("/api/v1/declared-totals",
                with(figure.formatted(community, "LOCAL_PROGRAMME"), "\"documentDate\": \"2009-09-19\""));
        String undated = Fixtures.created("/api/v1/declared-totals", figure.formatted(community, "TERRITORIAL_IMPACT"));

        given().get("/api/v1/declared-totals/" + printed).then().statusCode(200)
                .body("documentDate", equalTo("2009-09-19")).body("documentDateSource", equalTo("STATED"))
                .body("amount", equalTo(eur("430084.10")));
        given().get("/api/v1/declared-totals/" + undated).then().statusCode(200)
                .body("documentDate", equalTo(today())).body("documentDateSource", equalTo("RECORDING_DATE"));
        JsonNode event = awaitEvent(FundingEvents.DECLARED_TOTAL_UPSERTED_V3, printed, 0);
        assertEquals("2009-09-19", event.at("/data/documentDate").asText());
        assertEquals("STATED", event.at("/data/documentDateSource").asText());
        JsonNode recorded = awaitEvent(FundingEvents.DECLARED_TOTAL_UPSERTED_V3, undated, 0);
        assertEquals(today(), recorded.at("/data/documentDate").asText());
        assertEquals("RECORDING_DATE", recorded.at("/data/documentDateSource").asText());

        given().delete("/api/v1/declared-totals/" + printed).then().statusCode(204);
        assertEquals("2009-09-19", awaitEvent(FundingEvents.DECLARED_TOTAL_DELETED_V3, printed, 1)
                .at("/data/documentDate").asText());

        given().contentType(ContentType.JSON)
                .body(with(figure.formatted(community, "GRAND_TOTAL"),
                        "\"documentDate\": \"2009-09-19\", \"documentDateSource\": \"DOCUMENT_DATE\""))
                .post("/api/v1/declared-totals")
                .then().statusCode(400).body("errors.field", hasItem("documentDateSource"));
        given().contentType(ContentType.JSON)
                .body(with(figure.formatted(community, "GRAND_TOTAL"), "\"documentDateSource\": \"STATED\""))
                .post("/api/v1/declared-totals")
                .then().statusCode(400).body("errors.field", hasItem("documentDate"));
        given().queryParam("communityCode", community).get("/api/v1/declared-totals").then().body("total", equalTo(1));
    }

    private static void assertAssignedOn(String allocation, String date, String source) {
        given().get(ALLOCATIONS + "/" + allocation).then().statusCode(200)
                .body("assignedOn", equalTo(date)).body("assignedOnSource", equalTo(source));
        JsonNode event = awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 0);
        assertEquals(date, event.at("/data/assignedOn").asText());
        assertEquals(source, event.at("/data/assignedOnSource").asText());
    }

    private static void assertPaid(String allocation, String from, String to, String... payments) {
        given().queryParam("allocationId", allocation).queryParam("paidFrom", from == null ? "" : from)
                .queryParam("paidTo", to == null ? "" : to).get(PAYMENTS)
                .then().statusCode(200)
                .body("total", equalTo(payments.length))
                .body("items.id", payments.length == 0 ? equalTo(List.of()) : containsInAnyOrder(payments));
    }

    private static io.restassured.response.Response patch(String allocation, String patch) {
        return given().contentType("application/merge-patch+json").body(patch).patch(ALLOCATIONS + "/" + allocation);
    }

    /** A payment of 1.00 on the allocation with the given date fields (null: none). */
    private static io.restassured.response.Response payment(String allocation, String dateFields) {
        return payment(allocation, dateFields, "1.00");
    }

    private static io.restassured.response.Response payment(String allocation, String dateFields, String amount) {
        String json = """
                {"allocationId": "%s", "amount": %s, "kind": "TRANCHE"}""".formatted(allocation, amount);
        return given().contentType(ContentType.JSON).body(dateFields == null ? json : with(json, dateFields))
                .post(PAYMENTS);
    }

    private static String pay(String allocation, String dateFields, String amount) {
        return payment(allocation, dateFields, amount).then().statusCode(201).extract().path("id");
    }

    private static List<String> texts(JsonNode event, String field) {
        List<String> values = new ArrayList<>();
        event.at("/data/payments").forEach(payment -> values.add(payment.get(field).asText()));
        return values;
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Rome")).toString();
    }
}
