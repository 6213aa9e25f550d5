package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.FundingTopic.WITHIN;
import static it.toscana.monitoring.funding.FundingTopic.awaitEvent;
import static it.toscana.monitoring.funding.FundingTopic.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.testsupport.TopicReader;

@QuarkusTest
class FundingEventsTest {

    @Test
    void aPaymentPublishesItselfAndTheAllocationWithItsNewPaidAmount() {
        String allocation = Fixtures.allocation(Territory.community("events"), Fixtures.fundingLine(), "100.00");
        String payment = PaymentTest.pay(allocation, "40.00").then().statusCode(201).extract().path("id");

        JsonNode paid = awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 1);
        assertEquals("/funding-service", paid.get("source").asText());
        assertEquals(0, new BigDecimal("40.00").compareTo(paid.at("/data/amountPaid").decimalValue()));
        assertEquals(0, new BigDecimal("60.00").compareTo(paid.at("/data/amountToPay").decimalValue()));
        assertEquals(0, new BigDecimal("100.00").compareTo(paid.at("/data/amountAssigned").decimalValue()));

        JsonNode tranche = awaitEvent(FundingEvents.PAYMENT_UPSERTED, payment, 0);
        assertEquals(allocation, tranche.at("/data/allocationId").asText());
        assertEquals("TRANCHE", tranche.at("/data/kind").asText());

        given().delete("/api/v1/payments/" + payment).then().statusCode(204);
        JsonNode deleted = awaitEvent(FundingEvents.PAYMENT_DELETED, payment, 1);
        assertEquals(0, new BigDecimal("40.00").compareTo(deleted.at("/data/amount").decimalValue()));
        JsonNode unpaid = awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 2);
        assertEquals(0, BigDecimal.ZERO.compareTo(unpaid.at("/data/amountPaid").decimalValue()));

        given().delete("/api/v1/allocations/" + allocation).then().statusCode(204);
        awaitEvent(FundingEvents.ALLOCATION_DELETED_V2, allocation, 3);
    }

    /** Events of one allocation share a partition, in order: a refused change would show before the next one. */
    @Test
    void aRefusedPaymentPublishesNothing() {
        String allocation = Fixtures.allocation(Territory.community("refused"), Fixtures.fundingLine(), "10.00");
        PaymentTest.pay(allocation, "10.01").then().statusCode(422);
        PaymentTest.pay(allocation, "5.00").then().statusCode(201);

        awaitEvent(FundingEvents.ALLOCATION_UPSERTED_V2, allocation, 1);
        List<JsonNode> allocationEvents = TopicReader.readUntil(Topics.FUNDING,
                record -> allocation.equals(record.key()) && read(record.value()).at("/data/version").asLong() == 1,
                WITHIN).stream().filter(record -> allocation.equals(record.key())).map(record -> read(record.value()))
                .toList();
        assertEquals(List.of(0L, 1L), allocationEvents.stream().map(event -> event.at("/data/version").asLong()).toList());
        assertEquals(0, new BigDecimal("5.00").compareTo(allocationEvents.get(1).at("/data/amountPaid").decimalValue()));
    }

    @Test
    void callsRequirementsCoFinancingAndDeclaredTotalsArePublished() {
        String community = Territory.community("published");
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"Avviso\", \"budget\": 450000.00, \"deadline\": \"2009-10-30\"}")
                .put("/api/v1/calls/EVENTS_CALL").then().statusCode(201);
        awaitEvent(FundingEvents.CALL_UPSERTED, "EVENTS_CALL", 0);

        given().contentType(ContentType.JSON).body("{\"description\": \"adesione a RTRT\"}")
                .put("/api/v1/mandatory-requirements/EVENTS_RTRT").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"met\": true}")
                .put("/api/v1/requirement-statuses/" + community + "/EVENTS_RTRT").then().statusCode(201);
        JsonNode status = awaitEvent(FundingEvents.REQUIREMENT_STATUS_UPSERTED, community + ":EVENTS_RTRT", 0);
        assertTrue(status.at("/data/met").asBoolean());

        given().contentType(ContentType.JSON).body(CoFinancingTest.CSTT_ALI)
                .put("/api/v1/co-financing-projects/EVENTS_CSTT").then().statusCode(201);
        JsonNode project = awaitEvent(FundingEvents.CO_FINANCING_PROJECT_UPSERTED, "EVENTS_CSTT", 0);
        assertEquals(0, new BigDecimal("1892850.00").compareTo(project.at("/data/contributionsTotal").decimalValue()));

        String total = given().contentType(ContentType.JSON)
                .body("""
                        {"communityCode": "%s", "scope": "LOCAL_PROGRAMME", "amount": 430084.10,
                         "source": {"document": "000_740a832bca25e879.txt", "location": "Tabella 2, total row"}}"""
                        .formatted(community))
                .post("/api/v1/declared-totals").then().statusCode(201).extract().path("id");
        JsonNode declared = awaitEvent(FundingEvents.DECLARED_TOTAL_UPSERTED_V3, total, 0);
        assertEquals("Tabella 2, total row", declared.at("/data/source/location").asText());
        assertFalse(declared.at("/data/label").isTextual(), "table figures have no label");

        String headline = given().contentType(ContentType.JSON)
                .body("""
                        {"communityCode": "%s", "scope": "SCHEDA", "label": "Telecentri", "amount": 30000.00,
                         "source": {"document": "000_740a832bca25e879.txt", "location": "Scheda 6"}}"""
                        .formatted(community))
                .post("/api/v1/declared-totals").then().statusCode(201).extract().path("id");
        JsonNode scheda = awaitEvent(FundingEvents.DECLARED_TOTAL_UPSERTED_V3, headline, 0);
        assertEquals("SCHEDA", scheda.at("/data/scope").asText());
        assertEquals("Telecentri", scheda.at("/data/label").asText());
        assertEquals("30000.00", scheda.at("/data/amount").decimalValue().toPlainString());
    }
}
