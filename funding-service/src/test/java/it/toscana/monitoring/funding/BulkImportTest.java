package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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

    private static String item(String externalId, String community, String line, String amount) {
        return Fixtures.allocationJson(community, line, amount).replace("{", "{\"externalId\": \"" + externalId + "\", ");
    }

    private static String payment(String externalId, String allocationExternalId, String amount) {
        return """
                {"externalId": "%s", "allocationExternalId": "%s", "amount": %s, "kind": "TRANCHE"}"""
                .formatted(externalId, allocationExternalId, amount);
    }
}
