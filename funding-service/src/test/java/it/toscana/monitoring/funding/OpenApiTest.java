package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import it.toscana.monitoring.events.EventJson;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationHasASummaryAndItsResponses() throws Exception {
        JsonNode document = EventJson.mapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) document.get("paths")::fields) {
            for (var operation : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (operation.getValue().path("summary").asText().isBlank()) {
                    missing.add(name + ": summary");
                }
                if (operation.getValue().path("responses").size() < 2) {
                    missing.add(name + ": responses");
                }
            }
        }
        assertTrue(operations >= 30, "operations: " + operations);
        assertEquals(List.of(), missing);
    }

    /** Business dates, detail and shares (issue 13) say what they mean and how a date resolves. */
    @Test
    void everyBusinessTimeFieldIsDescribed() throws Exception {
        JsonNode schemas = EventJson.mapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("components").path("schemas");
        Map<String, List<String>> fields = Map.of(
                "AllocationRequest", List.of("detail", "municipalityShares", "assignedOn", "assignedOnSource"),
                "AllocationResponse", List.of("detail", "amountPaid", "amountToPay", "municipalityShares", "shareRule",
                        "shareWeights", "assignedOn", "assignedOnSource"),
                "PaymentRequest", List.of("date", "dateSource"),
                "PaymentResponse", List.of("date", "dateSource"),
                "DeclaredTotalRequest", List.of("documentDate", "documentDateSource"),
                "DeclaredTotalResponse", List.of("documentDate", "documentDateSource"),
                "AllocationSummary", List.of("amountPaid", "amountToPay", "notKnown"),
                "Group", List.of("amountPaid", "amountToPay", "notKnown"));
        List<String> undescribed = new ArrayList<>();
        fields.forEach((schema, names) -> names.forEach(name -> {
            if (schemas.path(schema).path("properties").path(name).path("description").asText().isBlank()) {
                undescribed.add(schema + "." + name);
            }
        }));
        assertEquals(List.of(), undescribed);
    }
}
