package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.testsupport.ListingChecks;

@QuarkusTest
class AllocationQueryTest {

    private static String community;
    private static String voip;
    private static String broadband;
    private static String barga;
    private static String coreglia;

    /** Once per class; not in @BeforeAll, which runs before the application's port is known. */
    @BeforeEach
    void threeAllocations() {
        Fixtures.exactMoney();
        if (community != null) {
            return;
        }
        barga = Territory.istatCode();
        coreglia = Territory.istatCode();
        community = Territory.community("query", barga, coreglia);
        voip = Fixtures.fundingLine();
        broadband = Fixtures.fundingLine();
        String voipAllocation = create(community, voip, "LOCAL_PROGRAMME", "\"INFRASTRUCTURE\"", "100.00", barga,
                "2007-2010");
        create(community, broadband, "TERRITORIAL_IMPACT", "null", "250.50", coreglia, "2009");
        create(community, voip, "LOCAL_PROGRAMME", "\"WORK\"", "30.25", null, "2007-2010");
        PaymentTest.pay(voipAllocation, "40.00").then().statusCode(201);
    }

    @Test
    void sumsAreComputedForAnyFilter() {
        summary("communityCode", community).body("count", equalTo(3))
                .body("amountAssigned", equalTo(eur("380.75")))
                .body("amountPaid", equalTo(eur("40.00")))
                .body("amountToPay", equalTo(eur("340.75")));
        summary("section", "LOCAL_PROGRAMME").body("amountAssigned", equalTo(eur("130.25")));
        summary("fundingLineCode", voip).body("count", equalTo(2));
        summary("category", "WORK").body("amountAssigned", equalTo(eur("30.25")));
        summary("municipality", barga).body("amountAssigned", equalTo(eur("100.00")))
                .body("amountToPay", equalTo(eur("60.00")));
        summary("programmePeriod", "2009").body("amountAssigned", equalTo(eur("250.50")));
    }

    @Test
    void sumsCanBeGrouped() {
        given().queryParam("communityCode", community).queryParam("groupBy", "section")
                .get("/api/v1/allocations/summary")
                .then().statusCode(200)
                .body("groups.key", contains("LOCAL_PROGRAMME", "TERRITORIAL_IMPACT"))
                .body("groups.amountAssigned", contains(eur("130.25"), eur("250.50")))
                .body("groups.amountPaid", contains(eur("40.00"), eur("0.00")));
        given().queryParam("groupBy", "title").get("/api/v1/allocations/summary")
                .then().statusCode(400).body("errors.field", hasItem("groupBy"));
    }

    @Test
    void listsFilterSortAndPage() {
        given().queryParam("communityCode", community).queryParam("municipality", coreglia)
                .get("/api/v1/allocations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].fundingLineCode", equalTo(broadband));
        given().queryParam("communityCode", community).queryParam("sort", "-amountAssigned")
                .get("/api/v1/allocations")
                .then().body("items.amountAssigned", contains(eur("250.50"), eur("100.00"), eur("30.25")));
        List<String> links = given().queryParam("communityCode", community).queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/allocations")
                .then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(3))
                .extract().headers().getValues("Link");
        assertThat(links, hasItem(containsString("page=2>; rel=\"next\"")));
        assertThat(links, hasItem(containsString("page=0>; rel=\"prev\"")));
        ListingChecks.refusesUnknownSort("/api/v1/allocations", "amountAssigned, amountPaid, assignedOn, category,"
                + " communityCode, externalId, fundingLineCode, programmePeriod, section, title");
        given().queryParam("size", 501).get("/api/v1/allocations").then().statusCode(400);
        given().queryParam("section", "NOT_A_SECTION").get("/api/v1/allocations")
                .then().statusCode(400).body("errors.field", hasItem("section"));
    }

    /** A payment changes its allocation too: both count as changed since then. */
    @Test
    void updatedSinceListsWhatChangedSinceOldestChangeFirst() {
        String resync = Territory.community("resync");
        String before = create(resync, voip, "LOCAL_PROGRAMME", "null", "10.00", null, "2009");
        Instant since = Instant.now();
        String after = create(resync, voip, "LOCAL_PROGRAMME", "null", "20.00", null, "2009");
        String line = Fixtures.fundingLine();

        given().queryParam("communityCode", resync).queryParam("updatedSince", since.toString())
                .get("/api/v1/allocations")
                .then().statusCode(200).body("items.id", contains(after));
        PaymentTest.pay(before, "4.00").then().statusCode(201);
        given().queryParam("communityCode", resync).queryParam("updatedSince", since.toString())
                .get("/api/v1/allocations")
                .then().statusCode(200).body("items.id", contains(after, before));
        given().queryParam("allocationId", before).queryParam("updatedSince", since.toString()).get("/api/v1/payments")
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("updatedSince", since.toString()).queryParam("size", 500).get("/api/v1/funding-lines")
                .then().statusCode(200).body("items.code", hasItem(line)).body("items.code", not(hasItem(voip)));
        ListingChecks.refusesMalformedUpdatedSince("/api/v1/allocations");
    }

    private static io.restassured.response.ValidatableResponse summary(String filter, String value) {
        return given().queryParam("communityCode", community).queryParam(filter, value)
                .get("/api/v1/allocations/summary").then().statusCode(200);
    }

    private static String create(String community, String line, String section, String category, String amount,
            String municipality, String period) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"communityCode": "%s", "fundingLineCode": "%s", "title": "t", "section": "%s",
                         "category": %s, "amountAssigned": %s, "municipalityIstatCodes": [%s],
                         "programmePeriod": "%s"}"""
                        .formatted(community, line, section, category, amount,
                                municipality == null ? "" : "\"" + municipality + "\"", period))
                .post("/api/v1/allocations")
                .then().statusCode(201).extract().path("id");
    }
}
