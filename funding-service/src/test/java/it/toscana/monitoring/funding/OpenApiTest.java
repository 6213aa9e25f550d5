package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

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
}
