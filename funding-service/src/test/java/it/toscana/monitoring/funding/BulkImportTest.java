package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.testsupport.TopicReader;

@QuarkusTest
class BulkImportTest {

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void badItemsAreReportedAndGoodOnesLand() {
        String community = Territory.community("erp-import");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        String body = "[" + String.join(",",
                item(prefix + "-a", community, line, "100.00"),
                item(prefix + "-b", community, line, "-5.00"),
                item(prefix + "-c", "no-such-community", line, "10.00"),
                item(prefix + "-a", community, line, "200.00"),
                item(prefix + "-d", community, line, "10.001")) + "]";

        given().contentType(ContentType.JSON).body(body).post("/api/v1/allocations/bulk")
                .then().statusCode(207)
                .body("succeeded", equalTo(1))
                .body("failed", equalTo(4))
                .body("items.status", contains(201, 400, 422, 422, 400))
                .body("items[1].problem.errors.field", hasItem("amountAssigned"))
                .body("items[2].problem.errors.field", hasItem("communityCode"))
                .body("items[4].problem.errors.field", hasItem("amountAssigned"));

        given().queryParam("communityCode", community).get("/api/v1/allocations")
                .then().body("total", equalTo(1)).body("items[0].amountAssigned", equalTo(eur("100.00")));
    }

    @Test
    void aRetriedCallWithTheSameKeyIsAnsweredOnceAndUpsertsByExternalId() {
        String community = Territory.community("erp-retry");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        String body = "[" + item(prefix + "-1", community, line, "100.00") + ","
                + item(prefix + "-2", community, line, "50.00") + "]";
        String key = UUID.randomUUID().toString();

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/allocations/bulk")
                .then().statusCode(207).body("items.status", contains(201, 201)).extract().asString();
        String replay = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/allocations/bulk")
                .then().statusCode(207).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, replay);
        given().queryParam("communityCode", community).get("/api/v1/allocations")
                .then().body("total", equalTo(2)).body("items.version", contains(0, 0));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body.replace("50.00", "60.00"))
                .post("/api/v1/allocations/bulk")
                .then().statusCode(422);

        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.replace("50.00", "60.00"))
                .post("/api/v1/allocations/bulk")
                .then().statusCode(207).body("items.status", contains(200, 200));
        given().queryParam("communityCode", community).queryParam("sort", "amountAssigned")
                .get("/api/v1/allocations")
                .then().body("total", equalTo(2))
                .body("items.amountAssigned", contains(eur("60.00"), eur("100.00")))
                // an item that changes nothing keeps its version
                .body("items.version", contains(1, 0));
    }

    @Test
    void paymentsImportByTheAllocationsExternalIdAndNeverOvershoot() {
        String community = Territory.community("erp-payments");
        String line = Fixtures.fundingLine();
        String allocation = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body("[" + item(allocation, community, line, "100.00") + "]")
                .post("/api/v1/allocations/bulk").then().statusCode(207).body("succeeded", equalTo(1));

        String body = "[" + String.join(",",
                payment(allocation + "-p1", allocation, "60.00"),
                payment(allocation + "-p2", allocation, "50.00"),
                payment(allocation + "-p3", "unknown-allocation", "1.00"),
                payment(allocation + "-p1", allocation, "1.00")) + "]";
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/payments/bulk")
                .then().statusCode(207)
                .body("items.status", contains(201, 422, 422, 422))
                .body("items[1].problem.errors.field", hasItem("amount"))
                .body("items[2].problem.errors.field", hasItem("allocationExternalId"));

        given().contentType(ContentType.JSON).body("[" + payment(allocation + "-p1", allocation, "100.00") + "]")
                .post("/api/v1/payments/bulk")
                .then().statusCode(207).body("items.status", contains(200));
        given().queryParam("externalId", allocation).get("/api/v1/allocations")
                .then().body("items[0].amountPaid", equalTo(eur("100.00")))
                .body("items[0].amountToPay", equalTo(eur("0.00")));
    }

    @Test
    void moreThanTenThousandItemsAreRefusedWhole() {
        String body = "[" + String.join(",", Collections.nCopies(10_001, "{}")) + "]";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/allocations/bulk")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/payments/bulk")
                .then().statusCode(400);
    }

    @Test
    void aDryRunAnswersEveryItemAndWritesNothing() {
        String community = Territory.community("erp-dry-run");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String body = "[" + String.join(",",
                item(prefix + "-a", community, line, "100.00"),
                item(prefix + "-b", community, line, "-5.00"),
                item(prefix + "-c", community, line, "30.00")) + "]";

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).queryParam("dryRun", true).body(body)
                .post("/api/v1/allocations/bulk")
                .then().statusCode(207)
                .body("succeeded", equalTo(2))
                .body("items.status", contains(201, 400, 201))
                .body("items[1].problem.errors.field", hasItem("amountAssigned"));
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body(body)
                .post("/api/v1/allocations/import-jobs")
                .then().statusCode(207).body("items.status", contains(201, 400, 201));
        given().queryParam("communityCode", community).get("/api/v1/allocations").then().body("total", equalTo(0));

        // the key was not kept: the same key with another body is a first call, and it creates what the dry run did not
        String stored = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("[" + item(prefix + "-a", community, line, "100.00") + "]")
                .post("/api/v1/allocations/bulk")
                .then().statusCode(207).body("items.status", contains(201)).extract().path("items[0].id");
        // the topic up to the real call's event carries nothing of the dry runs
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.FUNDING,
                record -> stored.equals(record.key()), FundingTopic.WITHIN);
        assertTrue(records.stream().noneMatch(record -> record.value().contains(prefix + "-c")));
    }

    @Test
    void aDryRunOfPaymentsSeesTheItemsBeforeEachButNotARefusedOne() {
        String community = Territory.community("erp-dry-payments");
        String allocation = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body("[" + item(allocation, community, Fixtures.fundingLine(), "100.00") + "]")
                .post("/api/v1/allocations/bulk").then().statusCode(207).body("succeeded", equalTo(1));

        given().contentType(ContentType.JSON).queryParam("dryRun", "true").body("[" + String.join(",",
                payment(allocation + "-p1", allocation, "60.00"),
                payment(allocation + "-p2", allocation, "50.00"),
                payment(allocation + "-p3", allocation, "40.00"),
                payment(allocation + "-p4", allocation, "0.01")) + "]")
                .post("/api/v1/payments/bulk")
                .then().statusCode(207).body("items.status", contains(201, 422, 201, 422));
        given().queryParam("externalId", allocation).get("/api/v1/allocations")
                .then().body("items[0].amountPaid", equalTo(eur("0.00")));
        given().contentType(ContentType.JSON).queryParam("dryRun", "yes").body("[" + payment(allocation + "-p1", allocation, "1.00") + "]")
                .post("/api/v1/payments/bulk")
                .then().statusCode(400).body("errors.field", hasItem("dryRun"));
    }

    @Test
    void aBatchWhoseControlTotalsDifferIsRefusedWhole() {
        String community = Territory.community("erp-control");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        String body = "[" + item(prefix + "-1", community, line, "100.00") + ","
                + item(prefix + "-2", community, line, "50.50") + "]";

        given().contentType(ContentType.JSON).header("Control-Item-Count", 3).header("Control-Amount-Sum", "250.50")
                .body(body).post("/api/v1/allocations/bulk")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/control-totals-mismatch"))
                .body("errors.field", contains("Control-Item-Count", "Control-Amount-Sum"))
                .body("errors.message", contains("declared 3, received 2", "declared 250.50, received 150.50"));
        given().contentType(ContentType.JSON).header("Control-Amount-Sum", "150.49").body(body)
                .post("/api/v1/allocations/import-jobs")
                .then().statusCode(422).body("detail", containsString("declared 150.49, received 150.50"));
        given().contentType(ContentType.JSON).header("Control-Item-Count", "two").body(body)
                .post("/api/v1/allocations/bulk")
                .then().statusCode(400).body("errors.field", hasItem("Control-Item-Count"));
        given().queryParam("communityCode", community).get("/api/v1/allocations").then().body("total", equalTo(0));

        given().contentType(ContentType.JSON).header("Control-Item-Count", 2).header("Control-Amount-Sum", "150.5")
                .body(body).post("/api/v1/allocations/bulk")
                .then().statusCode(207).body("items.status", contains(201, 201));
    }

    @Test
    void theReconciliationReportListsPerExternalIdWhatIsHeldAsOfADate() {
        String community = Territory.community("erp-reconciliation");
        String line = Fixtures.fundingLine();
        String prefix = "REC-" + UUID.randomUUID() + "-";
        given().contentType(ContentType.JSON).body("[" + Fixtures.with(item(prefix + "a", community, line, "100.00"),
                "\"assignedOn\": \"2009-01-10\"") + "," + Fixtures.with(item(prefix + "b", community, line, "50.00"),
                        "\"assignedOn\": \"2010-06-01\"") + "]")
                .post("/api/v1/allocations/bulk").then().statusCode(207).body("succeeded", equalTo(2));
        given().contentType(ContentType.JSON).body("[" + Fixtures.with(payment(prefix + "p1", prefix + "a", "40.00"),
                "\"date\": \"2009-03-01\"") + "," + Fixtures.with(payment(prefix + "p2", prefix + "a", "30.00"),
                        "\"date\": \"2010-01-15\"") + "]")
                .post("/api/v1/payments/bulk").then().statusCode(207).body("succeeded", equalTo(2));

        given().queryParam("externalIdPrefix", prefix).get("/api/v1/erp/reconciliation")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.externalId", contains(prefix + "a", prefix + "b"))
                .body("items.amountAssigned", contains(eur("100.00"), eur("50.00")))
                .body("items.amountPaid", contains(eur("70.00"), eur("0.00")))
                .body("items.amountToPay", contains(eur("30.00"), eur("50.00")))
                .body("items.lastChange", everyItem(notNullValue()));
        given().queryParam("externalIdPrefix", prefix).queryParam("asOf", "2009-12-31").get("/api/v1/erp/reconciliation")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].amountPaid", equalTo(eur("40.00"))).body("items[0].amountToPay", equalTo(eur("60.00")));
        String csv = given().accept("text/csv").queryParam("externalIdPrefix", prefix).get("/api/v1/erp/reconciliation")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("externalId,allocationId,communityCode,fundingLineCode,detail,amountAssigned,amountPaid,"
                + "amountToPay,lastChange"), csv);
        assertTrue(csv.contains(prefix + "a,") && csv.contains(",100.00,70.00,30.00,"), csv);

        given().queryParam("externalIdPrefix", "%").get("/api/v1/erp/reconciliation").then().body("total", equalTo(0));
        given().queryParam("asOf", "31/12/2009").get("/api/v1/erp/reconciliation")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
    }

    private static String item(String externalId, String community, String line, String amount) {
        return Fixtures.allocationJson(community, line, amount).replace("{", "{\"externalId\": \"" + externalId + "\", ");
    }

    private static String payment(String externalId, String allocationExternalId, String amount) {
        return """
                {"externalId": "%s", "allocationExternalId": "%s", "amount": %s, "kind": "TRANCHE"}"""
                .formatted(externalId, allocationExternalId, amount);
    }
}
