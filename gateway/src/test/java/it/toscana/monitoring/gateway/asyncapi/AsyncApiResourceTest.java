package it.toscana.monitoring.gateway.asyncapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The gateway serves the AsyncAPI document, and it is the one committed as api/asyncapi.json. */
@QuarkusTest
class AsyncApiResourceTest {

    private static final Path COMMITTED = Path.of("..", "api", "asyncapi.json");

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        String served = given().get("/api/v1/asyncapi").then().statusCode(200).contentType("application/json").extract().asString();
        ObjectMapper json = new ObjectMapper();
        JsonNode live = json.readTree(served);
        Path current = Path.of("target", "asyncapi.json");
        Files.writeString(current, json.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
        assertEquals("3.0.0", live.path("asyncapi").asText());
        assertEquals(json.readTree(COMMITTED.toFile()), live, "api/asyncapi.json is stale: copy gateway/" + current + " over it");
    }
}
