package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.funding.FundingEvents;

@QuarkusTest
class AllocationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void createsAnAllocationWithEveryBookletFieldAndDerivedAmounts() {
        String barga = Territory.istatCode();
        String community = Territory.community("media-valle", barga);
        String line = Fixtures.fundingLine();

        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"externalId": "mvs-t2-07-%s", "communityCode": "%s", "fundingLineCode": "%s",
                         "title": "Voip - Voice over ip - telefono on line", "section": "LOCAL_PROGRAMME",
                         "category": "INFRASTRUCTURE", "amountAssigned": 65000.00,
                         "communityParticipates": true, "municipalityIstatCodes": ["%s"],
                         "legalActs": [{"act": "Deliberazione GR 916/06", "scope": "PROGRAMME", "note": "basis"}],
                         "programmePeriod": "2007-2010", "assignedOn": "2007-03-01",
                         "notes": ["40%% advance paid"],
                         "source": {"document": "000_740a832bca25e879.txt", "location": "Tabella 2, row 7",
                                    "lines": "283-287", "alsoIn": []},
                         "provenance": {"table": "Tabella 2", "rowNumber": 7, "amountPrinted": true,
                                        "printedCells": {"assigned": "65.000,00", "paid": "26.000,00", "toPay": "39.000,00"},
                                        "otherPrintedAmounts": [{"amount": 18897.81, "label": "SUAP"}],
                                        "corrections": [{"field": "amountToPay", "printed": "61.065,61", "corrected": 61065.51}],
                                        "uncertain": false}}"""
                        .formatted(line, community, line, barga))
                .post("/api/v1/allocations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/allocations/"))
                .header("ETag", equalTo("\"0\""))
                .body("amountAssigned", equalTo(Fixtures.eur("65000.00")))
                .body("amountPaid", equalTo(Fixtures.eur("0.00")))
                .body("amountToPay", equalTo(Fixtures.eur("65000.00")))
                .extract().path("id");

        given().get("/api/v1/allocations/" + id)
                .then().statusCode(200)
                .body("municipalityIstatCodes", hasItem(barga))
                .body("legalActs[0].act", equalTo("Deliberazione GR 916/06"))
                .body("source.location", equalTo("Tabella 2, row 7"))
                .body("provenance.printedCells.assigned", equalTo("65.000,00"))
                .body("provenance.otherPrintedAmounts[0].amount", equalTo(Fixtures.eur("18897.81")))
                .body("notes[0]", equalTo("40% advance paid"));
    }

    @Test
    void refusesUnknownCommunityLineAndMunicipalityNamingEachField() {
        String community = Territory.community("alta-val");
        given().contentType(ContentType.JSON)
                .body("""
                        {"communityCode": "nowhere", "fundingLineCode": "NO_SUCH_LINE", "title": "x",
                         "section": "LOCAL_PROGRAMME", "amountAssigned": 10.00, "municipalityIstatCodes": ["999999"]}""")
                .post("/api/v1/allocations")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("communityCode"))
                .body("errors.field", hasItem("fundingLineCode"))
                .body("errors.field", hasItem("municipalityIstatCodes[0]"));

        given().queryParam("communityCode", "nowhere").get("/api/v1/allocations")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("communityCode", community).get("/api/v1/allocations")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void refusesBadAmountsWithProblemDetails() {
        String community = Territory.community("colline");
        String line = Fixtures.fundingLine();
        for (String amount : new String[] { "-1.00", "10.123", "10000000000000.00" }) {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.allocationJson(community, line, amount))
                    .post("/api/v1/allocations")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("amountAssigned"));
        }
        given().contentType(ContentType.JSON)
                .body(Fixtures.allocationJson(community, line, "9999999999999.99"))
                .post("/api/v1/allocations")
                .then().statusCode(201);
        given().queryParam("communityCode", community).get("/api/v1/allocations")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void refusesPaidAndToPayBecauseTheyAreDerived() {
        String community = Territory.community("garfagnana");
        String line = Fixtures.fundingLine();
        given().contentType(ContentType.JSON)
                .body(Fixtures.allocationJson(community, line, "100.00").replace("}", ", \"amountPaid\": 40.00}"))
                .post("/api/v1/allocations")
                .then().statusCode(400)
                .body("errors.field", hasItem("amountPaid"));
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyCreatesOneAllocation() {
        String community = Territory.community("idempotent");
        String line = Fixtures.fundingLine();
        String body = Fixtures.allocationJson(community, line, "10.00");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "alloc-" + community).body(body)
                .post("/api/v1/allocations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "alloc-" + community).body(body)
                .post("/api/v1/allocations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "alloc-" + community)
                .body(body.replace("10.00", "11.00"))
                .post("/api/v1/allocations").then().statusCode(422);
        given().queryParam("communityCode", community).get("/api/v1/allocations").then().body("total", equalTo(1));
    }

    @Test
    void writesHonourIfMatchAndPatchNeedsItsMediaType() {
        String community = Territory.community("etags");
        String line = Fixtures.fundingLine();
        String id = Fixtures.allocation(community, line, "10.00");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.allocationJson(community, line, "12.00"))
                .put("/api/v1/allocations/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.allocationJson(community, line, "13.00"))
                .put("/api/v1/allocations/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).body("{\"title\": \"x\"}")
                .patch("/api/v1/allocations/" + id).then().statusCode(415);
        given().contentType("application/merge-patch+json").body("{\"title\": \"Videocom\", \"category\": null}")
                .patch("/api/v1/allocations/" + id)
                .then().statusCode(200).body("title", equalTo("Videocom")).body("category", equalTo(null))
                .body("amountAssigned", equalTo(Fixtures.eur("12.00")));
        given().header("If-Match", "\"1\"").delete("/api/v1/allocations/" + id).then().statusCode(412);
        given().header("If-Match", "\"2\"").delete("/api/v1/allocations/" + id).then().statusCode(204);
        given().get("/api/v1/allocations/" + id).then().statusCode(404);
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().contentType(ContentType.JSON)
                .body("{\"communityCode\": \"x\", \"amountAssigned\": ")
                .post("/api/v1/allocations")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Malformed request body"))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void unknownIdIsNotFound() {
        given().get("/api/v1/allocations/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().get("/api/v1/allocations/not-a-uuid").then().statusCode(404);
    }

    @Test
    void listsAsCsv() {
        String community = Territory.community("casentino");
        String line = Fixtures.fundingLine();
        Fixtures.allocation(community, line, "1234.50");
        String csv = given().accept("text/csv").queryParam("communityCode", community)
                .get("/api/v1/allocations")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",1234.50,0.00,1234.50,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("id,externalId,communityCode"), csv);
    }

    @Test
    void anAllocationCarriesItsCupWhichNoOtherAllocationMayHave() {
        String community = Territory.community("cup");
        String line = Fixtures.fundingLine();
        String cup = "D12B" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
        String json = Fixtures.with(Fixtures.allocationJson(community, line, "100.00"), "\"cup\": \"" + cup + "\"");

        String id = given().contentType(ContentType.JSON).body(json).post("/api/v1/allocations")
                .then().statusCode(201).body("cup", equalTo(cup)).extract().path("id");
        assertEquals(cup, FundingTopic.awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, id, 0).at("/data/cup").asText());
        given().contentType(ContentType.JSON).body(json).put("/api/v1/allocations/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON).body(json).post("/api/v1/allocations")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(cup));
        given().contentType(ContentType.JSON).body("[" + json.replace("{", "{\"externalId\": \"" + UUID.randomUUID() + "\", ") + "]")
                .post("/api/v1/allocations/bulk").then().statusCode(207).body("items[0].status", equalTo(409));
        given().contentType(ContentType.JSON).body(json.replace(cup, cup.toLowerCase())).post("/api/v1/allocations")
                .then().statusCode(400).body("errors.field", hasItem("cup"));
        given().contentType(ContentType.JSON).body(json.replace(cup, cup + "0")).post("/api/v1/allocations")
                .then().statusCode(400).body("errors.field", hasItem("cup"));
        given().queryParam("communityCode", community).get("/api/v1/allocations").then().body("total", equalTo(1));
    }

    @Test
    void aCommitmentIsReportedBesideAssignedAndPaidAndNeverExceedsAssigned() {
        String community = Territory.community("commitment");
        String json = Fixtures.with(Fixtures.allocationJson(community, Fixtures.fundingLine(), "100.00"),
                "\"commitment\": {\"act\": \"Decreto di impegno 1380/07\", \"date\": \"2007-04-02\", \"amount\": 80.00}");

        String id = given().contentType(ContentType.JSON).body(json).post("/api/v1/allocations")
                .then().statusCode(201)
                .body("amountAssigned", equalTo(Fixtures.eur("100.00")))
                .body("amountCommitted", equalTo(Fixtures.eur("80.00")))
                .body("amountPaid", equalTo(Fixtures.eur("0.00")))
                .body("amountToPay", equalTo(Fixtures.eur("100.00")))
                .body("commitment.act", equalTo("Decreto di impegno 1380/07"))
                .body("commitment.date", equalTo("2007-04-02"))
                .extract().path("id");
        assertEquals("80.00", FundingTopic.awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, id, 0).at("/data/commitment/amount")
                .decimalValue().setScale(2).toPlainString());

        given().contentType(ContentType.JSON).body(json.replace("80.00", "100.01")).put("/api/v1/allocations/" + id)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("commitment.amount"));
        given().contentType(ContentType.JSON).body(json.replace("80.00", "120.00")).post("/api/v1/allocations")
                .then().statusCode(422);
        given().get("/api/v1/allocations/" + id).then().body("amountCommitted", equalTo(Fixtures.eur("80.00")))
                .body("version", equalTo(0));
        given().queryParam("communityCode", community).get("/api/v1/allocations").then().body("total", equalTo(1));
    }
}
