package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static it.toscana.monitoring.funding.Fixtures.with;
import static it.toscana.monitoring.funding.FundingTopic.awaitEvent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.funding.FundingEvents;

/** A funding line's total as a summary table prints it (detail LINE_TOTAL): its payments are not known. */
@QuarkusTest
class LineTotalTest {

    private static final String LINE_TOTAL = "\"detail\": \"LINE_TOTAL\"";

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void aLineTotalHasNoPaidOrToPayAndTakesNoPayment() {
        String community = Territory.community("table1");
        String externalId = "t1-" + community;
        String allocation = Fixtures.created("/api/v1/allocations", with(Fixtures.allocationJson(community,
                Fixtures.fundingLine(), "246084.10"), LINE_TOTAL + ", \"externalId\": \"" + externalId + "\""));

        given().get("/api/v1/allocations/" + allocation).then().statusCode(200)
                .body("detail", equalTo("LINE_TOTAL"))
                .body("amountAssigned", equalTo(eur("246084.10")))
                .body("amountPaid", nullValue())
                .body("amountToPay", nullValue());
        JsonNode event = awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 0);
        assertEquals("LINE_TOTAL", event.at("/data/detail").asText());
        assertTrue(event.at("/data/amountPaid").isNull(), event.toString());
        assertTrue(event.at("/data/amountToPay").isNull(), event.toString());
        assertEquals(0, event.at("/data/payments").size());

        PaymentTest.pay(allocation, "1.00").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("allocationId"));
        given().contentType(ContentType.JSON)
                .body("{\"allocationExternalId\": \"" + externalId + "\", \"amount\": 1.00, \"kind\": \"ADVANCE\"}")
                .post("/api/v1/payments")
                .then().statusCode(422).body("errors.field", hasItem("allocationExternalId"));
        given().queryParam("allocationId", allocation).get("/api/v1/payments").then().body("total", equalTo(0));
    }

    @Test
    void anAllocationWithPaymentsCannotBecomeALineTotal() {
        String community = Territory.community("becomes-total");
        String line = Fixtures.fundingLine();
        String paid = Fixtures.allocation(community, line, "100.00");
        PaymentTest.pay(paid, "1.00").then().statusCode(201);
        patch(paid).then().statusCode(422).body("errors.field", hasItem("detail"));
        given().get("/api/v1/allocations/" + paid).then().body("detail", equalTo("PROJECT"))
                .body("amountPaid", equalTo(eur("1.00")));

        String unpaid = Fixtures.allocation(community, line, "100.00");
        patch(unpaid).then().statusCode(200).body("detail", equalTo("LINE_TOTAL")).body("amountPaid", nullValue());
    }

    /** Summing a line total's unknown payments as zero would understate what was paid: null, with the reason. */
    @Test
    void theSummaryDoesNotCountUnknownPaymentsAsNone() {
        String community = Territory.community("summed");
        String line = Fixtures.fundingLine();
        String project = Fixtures.allocation(community, line, "100.00");
        PaymentTest.pay(project, "40.00").then().statusCode(201);
        Fixtures.created("/api/v1/allocations", with(Fixtures.allocationJson(community, line, "500.00"), LINE_TOTAL));

        given().queryParam("communityCode", community).get("/api/v1/allocations/summary")
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("amountAssigned", equalTo(eur("600.00")))
                .body("amountPaid", nullValue())
                .body("amountToPay", nullValue())
                .body("notKnown", containsString("LINE_TOTAL"));
        given().queryParam("communityCode", community).queryParam("groupBy", "detail")
                .get("/api/v1/allocations/summary")
                .then().statusCode(200)
                .body("groups.key", contains("LINE_TOTAL", "PROJECT"))
                .body("groups[0].amountAssigned", equalTo(eur("500.00")))
                .body("groups[0].amountPaid", nullValue())
                .body("groups[0].notKnown", containsString("LINE_TOTAL"))
                .body("groups[1].amountPaid", equalTo(eur("40.00")))
                .body("groups[1].amountToPay", equalTo(eur("60.00")))
                .body("groups[1].notKnown", nullValue());
        given().queryParam("communityCode", community).queryParam("detail", "PROJECT")
                .get("/api/v1/allocations/summary")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("amountPaid", equalTo(eur("40.00")))
                .body("amountToPay", equalTo(eur("60.00")))
                .body("notKnown", nullValue());
    }

    private static io.restassured.response.Response patch(String allocation) {
        return given().contentType("application/merge-patch+json").body("{" + LINE_TOTAL + "}")
                .patch("/api/v1/allocations/" + allocation);
    }
}
