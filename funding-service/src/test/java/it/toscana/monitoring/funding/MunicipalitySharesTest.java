package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static it.toscana.monitoring.funding.Fixtures.with;
import static it.toscana.monitoring.funding.FundingTopic.awaitEvent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.funding.Territory.Member;

/**
 * How an allocation splits over municipalities: printed shares, checked against the allocation; else equal
 * shares over the municipalities it names; else the community's members by population; else none.
 */
@QuarkusTest
class MunicipalitySharesTest {

    private static final String ALLOCATIONS = "/api/v1/allocations";

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void printedSharesAreTheSplitWhenTheyAddUpToTheAmountAssigned() {
        String barga = Territory.istatCode();
        String coreglia = Territory.istatCode();
        String community = Territory.community("printed", barga, coreglia);
        String base = Fixtures.allocationJson(community, Fixtures.fundingLine(), "100.00");

        String named = Fixtures.created(ALLOCATIONS, with(base, """
                "municipalityIstatCodes": ["%1$s", "%2$s"],
                "municipalityShares": [{"istatCode": "%1$s", "amount": 60.00}, {"istatCode": "%2$s", "amount": 40}]"""
                .formatted(barga, coreglia)));
        given().get(ALLOCATIONS + "/" + named).then().statusCode(200)
                .body("municipalityShares.amount", contains(eur("60.00"), eur("40.00")))
                .body("shareRule", equalTo("PRINTED"));
        assertShares(named, "PRINTED", Map.of(barga, "60.00", coreglia, "40.00"));

        String sharesOnly = Fixtures.created(ALLOCATIONS, with(base, """
                "municipalityShares": [{"istatCode": "%s", "amount": 30.00}, {"istatCode": "%s", "amount": 70.00}]"""
                .formatted(coreglia, barga)));
        given().get(ALLOCATIONS + "/" + sharesOnly).then().body("municipalityIstatCodes", contains(coreglia, barga));
        assertShares(sharesOnly, "PRINTED", Map.of(barga, "70.00", coreglia, "30.00"));
        given().queryParam("municipality", coreglia).queryParam("communityCode", community).get(ALLOCATIONS)
                .then().body("total", equalTo(2));
    }

    @Test
    void printedSharesThatAreNotASplitOfTheAllocationAreRefused() {
        String barga = Territory.istatCode();
        String coreglia = Territory.istatCode();
        String outsider = Territory.istatCode();
        String community = Territory.community("not-a-split", barga, coreglia);
        Territory.community("elsewhere", outsider);
        String base = Fixtures.allocationJson(community, Fixtures.fundingLine(), "100.00");

        refused(with(base, "\"municipalityShares\": [{\"istatCode\": \"%s\", \"amount\": 99.99}]".formatted(barga)),
                "municipalityShares");
        refused(with(base, """
                "municipalityIstatCodes": ["%1$s"],
                "municipalityShares": [{"istatCode": "%1$s", "amount": 50.00}, {"istatCode": "%2$s", "amount": 50.00}]"""
                .formatted(barga, coreglia)), "municipalityShares[1].istatCode");
        refused(with(base, """
                "municipalityShares": [{"istatCode": "%1$s", "amount": 50.00}, {"istatCode": "%1$s", "amount": 50.00}]"""
                .formatted(barga)), "municipalityShares[1].istatCode");
        refused(with(base, "\"municipalityShares\": [{\"istatCode\": \"%s\", \"amount\": 100.00}]".formatted(outsider)),
                "municipalityShares[0]");
        given().contentType(ContentType.JSON)
                .body(with(base, "\"municipalityShares\": [{\"istatCode\": \"%s\", \"amount\": 1.001}]".formatted(barga)))
                .post(ALLOCATIONS).then().statusCode(400).body("errors.field", hasItem("municipalityShares[0].amount"));
        given().queryParam("communityCode", community).get(ALLOCATIONS).then().body("total", equalTo(0));

        String allocation = Fixtures.created(ALLOCATIONS,
                with(base, "\"municipalityShares\": [{\"istatCode\": \"%s\", \"amount\": 100.00}]".formatted(barga)));
        given().contentType("application/merge-patch+json").body("{\"amountAssigned\": 120.00}")
                .patch(ALLOCATIONS + "/" + allocation)
                .then().statusCode(422).body("errors.field", hasItem("municipalityShares"));
    }

    @Test
    void withoutPrintedSharesTheNamedMunicipalitiesShareEqually() {
        String barga = Territory.istatCode();
        String coreglia = Territory.istatCode();
        String community = Territory.communityWith("equal", new Member(barga, 10052, null),
                new Member(coreglia, 5000, null));
        String allocation = Fixtures.created(ALLOCATIONS, with(Fixtures.allocationJson(community,
                Fixtures.fundingLine(), "100.00"), "\"municipalityIstatCodes\": [\"%s\", \"%s\"]".formatted(coreglia, barga)));
        assertShares(allocation, "EQUAL", Map.of(barga, "1", coreglia, "1"));
    }

    /** The members on the allocation's date: Sassetta-like municipalities that left before it do not share. */
    @Test
    void withoutMunicipalitiesTheCommunitysMembersOnItsDateShareByPopulation() {
        String barga = Territory.istatCode();
        String coreglia = Territory.istatCode();
        String left = Territory.istatCode();
        String community = Territory.communityWith("population", new Member(barga, 10052, null),
                new Member(coreglia, 5251, null), new Member(left, 640, LocalDate.of(2005, 12, 31)));
        String line = Fixtures.fundingLine();
        String base = Fixtures.allocationJson(community, line, "100.00");

        String in2008 = Fixtures.created(ALLOCATIONS, with(base, "\"assignedOn\": \"2008-01-01\""));
        assertShares(in2008, "POPULATION", Map.of(barga, "10052", coreglia, "5251"));
        String in2004 = Fixtures.created(ALLOCATIONS,
                with(base, "\"assignedOn\": \"2004-06-30\", \"assignedOnSource\": \"DOCUMENT_DATE\""));
        assertShares(in2004, "POPULATION", Map.of(barga, "10052", coreglia, "5251", left, "640"));
        String recordedToday = Fixtures.allocation(community, line, "100.00");
        assertShares(recordedToday, "POPULATION", Map.of(barga, "10052", coreglia, "5251"));
    }

    @Test
    void membersWithAnUnknownPopulationShareEqually() {
        String barga = Territory.istatCode();
        String unknown = Territory.istatCode();
        String community = Territory.communityWith("unknown-population", new Member(barga, 10052, null),
                new Member(unknown, null, null));
        assertShares(Fixtures.allocation(community, Fixtures.fundingLine(), "100.00"), "EQUAL",
                Map.of(barga, "1", unknown, "1"));
    }

    @Test
    void aCommunityWithoutMembersOnTheDateSplitsNothing() {
        String community = Territory.community("no-members");
        assertShares(Fixtures.allocation(community, Fixtures.fundingLine(), "100.00"), "NONE", Map.of());
    }

    /** The rule and weights, ordered by ISTAT code, in the response and in the allocation's v2 event. */
    private static void assertShares(String allocation, String rule, Map<String, String> weights) {
        List<Map.Entry<String, String>> expected = new ArrayList<>(new TreeMap<>(weights).entrySet());
        JsonNode response = FundingTopic.read(given().get(ALLOCATIONS + "/" + allocation)
                .then().statusCode(200).extract().asString());
        assertEquals(rule, response.get("shareRule").asText());
        assertEquals(expected, weights(response.get("shareWeights")));
        JsonNode event = awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 0);
        assertEquals(rule, event.at("/data/shareRule").asText());
        assertEquals(expected, weights(event.at("/data/municipalityShares")));
    }

    /** ISTAT code and weight as exact decimals, in the order given. */
    private static List<Map.Entry<String, String>> weights(JsonNode shares) {
        List<Map.Entry<String, String>> weights = new ArrayList<>();
        shares.forEach(share -> weights.add(Map.entry(share.get("istatCode").asText(),
                share.get("weight").decimalValue().toPlainString())));
        return weights;
    }

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body).post(ALLOCATIONS)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
