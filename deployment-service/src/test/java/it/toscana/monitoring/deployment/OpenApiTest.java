package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyResourceIsDocumented() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/broadband/{istatCode}/history"))
                .body(containsString("/api/v1/community-broadband/{communityCode}"))
                .body(containsString("/api/v1/nal-nodes/{id}"))
                .body(containsString("/api/v1/interpro-statuses"))
                .body(containsString("/api/v1/paas-points/{id}/usage-reports"))
                .body(containsString("/api/v1/paas-usage-reports/bulk"))
                .body(containsString("/api/v1/telecentres"))
                .body(containsString("/api/v1/voip-installations"))
                .body(containsString("/api/v1/fore-gov-adhesions"))
                .body(containsString("/api/v1/justice-offices"))
                .body(containsString("/api/v1/service-adhesions/{id}"))
                .body(containsString("Append a usage report"));
    }

    /** Generated clients get typed answers only where a success body names its schema. */
    @Test
    void everySuccessWithABodyNamesItsSchema() throws JsonProcessingException {
        List<String> untyped = new ArrayList<>();
        document().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("responses").properties().forEach(response -> {
                    String code = response.getKey();
                    JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
                    if (code.startsWith("2") && !code.equals("204") && schema.isEmpty()) {
                        untyped.add(operation.getKey() + " " + path.getKey() + " " + code);
                    }
                })));
        assertTrue(untyped.isEmpty(), "Success responses without a schema: " + untyped);
    }

    @Test
    void aFactListIsAPageOfResponsesWithTheRequestFields() throws JsonProcessingException {
        JsonNode document = document();
        JsonNode page = resolve(document, document.at("/paths/~1api~1v1~1telecentres/get/responses/200/content/application~1json/schema"));
        JsonNode item = page.at("/properties/items/items");
        assertEquals("#/components/schemas/TelecentreResponse", item.path("$ref").asText());
        Set<String> fields = properties(document, item);
        assertTrue(fields.containsAll(Set.of("id", "version", "updatedAt", "communityCode", "istatCode", "phase", "workstations")),
                "TelecentreResponse has " + fields);
    }

    @Test
    void theTimeAxesAndBusinessDatesAreDescribed() throws JsonProcessingException {
        JsonNode document = document();
        for (String path : List.of("/api/v1/broadband", "/api/v1/broadband/{istatCode}", "/api/v1/broadband/{istatCode}/history",
                "/api/v1/paas-points", "/api/v1/paas-points/{id}")) {
            Set<String> described = new HashSet<>();
            document.path("paths").path(path).path("get").path("parameters").forEach(parameter -> {
                if (!parameter.path("description").asText().isBlank()) {
                    described.add(parameter.path("name").asText());
                }
            });
            assertTrue(described.containsAll(Set.of("asOf", "knownAt")), path + " describes " + described);
        }
        for (String schema : List.of("BroadbandRequest", "NalNodeRequest", "InterProRequest", "TelecentreRequest",
                "VoipInstallationRequest", "ForeGovAdhesionRequest", "JusticeOfficeRequest", "ServiceAdhesionRequest")) {
            JsonNode properties = document.at("/components/schemas/" + schema + "/properties");
            for (String field : List.of("since", "sinceSource")) {
                assertTrue(properties.path(field).path("description").asText().contains("RECORDING_DATE"),
                        schema + "." + field + " is " + properties.path(field));
            }
        }
        assertTrue(document.at("/components/schemas/PaasPointRequest/properties/statusSinceSource/description")
                .asText().contains("DOCUMENT_DATE"));
    }

    /** A kind's own filter is documented on its collection only: {@code ?service=} on the START, SUAP and URP adhesions. */
    @Test
    void theServiceFilterIsDocumentedWhereItApplies() throws JsonProcessingException {
        JsonNode document = document();
        JsonNode list = document.at("/paths/~1api~1v1~1service-adhesions/get");
        assertEquals("listServiceAdhesions", list.path("operationId").asText());
        JsonNode service = parameter(list, "service");
        assertEquals("query", service.path("in").asText());
        assertEquals(List.of("START", "SUAP", "URP"), new ObjectMapper().convertValue(
                resolve(document, service.path("schema")).path("enum"), List.class));
        assertTrue(parameter(list, "status").isObject(), "the shared filters stay: " + list.path("parameters"));
        assertTrue(parameter(document.at("/paths/~1api~1v1~1telecentres/get"), "service").isMissingNode());
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode document() throws JsonProcessingException {
        return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        return schema.has("$ref") ? document.at(schema.get("$ref").asText().substring(1)) : schema;
    }

    /** The property names of a schema, through its references and allOf parts. */
    private static Set<String> properties(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        Set<String> names = new HashSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        resolved.path("allOf").forEach(part -> names.addAll(properties(document, part)));
        return names;
    }
}
