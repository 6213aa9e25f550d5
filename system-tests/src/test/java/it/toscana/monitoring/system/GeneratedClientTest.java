package it.toscana.monitoring.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.toscana.monitoring.client.ApiClient;
import it.toscana.monitoring.client.api.CommunitiesApi;
import it.toscana.monitoring.client.api.TotalsApi;
import it.toscana.monitoring.client.model.CommunityKind;
import it.toscana.monitoring.client.model.CommunityRequest;
import it.toscana.monitoring.client.model.CommunityResponse;
import it.toscana.monitoring.client.model.CommunityTotals;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * The Java client the build generates from api/openapi.json works against the running system,
 * and api/openapi.json is the document the gateway serves now (regenerate it when an API changes).
 */
class GeneratedClientTest {

    private static final Path COMMITTED = Path.of("..", "api", "openapi.json");
    /** Compiled by module api-client's build (tsc) from api-client/typescript/examples. */
    private static final Path TYPESCRIPT_EXAMPLE = Path.of("..", "api-client", "target", "typescript-js", "typescript", "examples",
            "read-community-totals.js");

    private static ServiceProcess territory;
    private static ServiceProcess funding;
    private static ServiceProcess deployment;
    private static ServiceProcess gateway;

    @BeforeAll
    static void startServices() throws Exception {
        territory = ServiceProcess.start("territory-service", Map.of());
        funding = ServiceProcess.start("funding-service", Map.of());
        deployment = ServiceProcess.start("deployment-service", Map.of());
        gateway = ServiceProcess.start("gateway", Map.of(
                "GATEWAY_SERVICES_TERRITORY", territory.baseUrl(),
                "GATEWAY_SERVICES_FUNDING", funding.baseUrl(),
                "GATEWAY_SERVICES_DEPLOYMENT", deployment.baseUrl()));
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] { gateway, deployment, funding, territory }) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void theGeneratedClientWritesAndReadsThroughTheGateway() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Tokens.regionAdmin()));

        CommunityResponse created = new CommunitiesApi(client).createCommunity(new CommunityRequest()
                .code("lunigiana").name("Lunigiana").kind(CommunityKind.COMUNITA_MONTANA), "client-test-1");
        assertEquals("Lunigiana", created.getName(), "the 201 body is typed");

        TotalsApi totals = new TotalsApi(client);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            CommunityTotals lunigiana = totals.getCommunityTotals("lunigiana", null, null, null, null, null, null);
            assertEquals("Lunigiana", lunigiana.getCommunity().getName());
            // no allocation yet: the money is not known (null, with its reason), never 0
            assertNull(lunigiana.getMoney());
            assertNotNull(lunigiana.getNotKnown().get("money"));
        });
    }

    /** The TypeScript client the build generates and compiles (module api-client) lists communities and reads totals. */
    @Test
    void theGeneratedTypeScriptClientListsCommunitiesAndReadsTotals() throws Exception {
        given().baseUri(gateway.baseUrl()).auth().oauth2(Tokens.regionAdmin()).contentType("application/json")
                .body("{\"code\": \"garfagnana-ts\", \"name\": \"Garfagnana TypeScript\", \"kind\": \"COMUNITA_MONTANA\"}")
                .post("/api/v1/communities").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(gateway.baseUrl())
                .get("/api/v1/communities/garfagnana-ts/totals").statusCode() == 200);

        Process node = new ProcessBuilder("node", TYPESCRIPT_EXAMPLE.toString(), gateway.baseUrl(), "Garfagnana TypeScript")
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(0, node.waitFor(), output);
        assertEquals(new ObjectMapper().readTree("""
                {"listed": 1, "code": "garfagnana-ts", "name": "Garfagnana TypeScript", "assigned": null}"""),
                new ObjectMapper().readTree(output));
    }

    @Test
    void theCommittedOpenApiDocumentIsTheOneTheGatewayServes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(gateway.baseUrl()).get("/api/v1/openapi")
                .then().extract().jsonPath().getMap("paths").containsKey("/api/v1/paas-points"));
        String served = given().baseUri(gateway.baseUrl()).get("/api/v1/openapi").then().statusCode(200).extract().asString();
        JsonNode live = json.readTree(served);
        Path current = Path.of("target", "openapi.json");
        Files.writeString(current, json.writerWithDefaultPrettyPrinter().writeValueAsString(live));
        assertTrue(json.readTree(COMMITTED.toFile()).equals(live),
                "api/openapi.json is stale: copy system-tests/" + current + " over it and rebuild the client");
    }

    /** A generated client gets a typed answer from every operation that answers with a body. */
    @Test
    void everySuccessResponseWithABodyDeclaresItsSchema() throws Exception {
        JsonNode document = new ObjectMapper().readTree(COMMITTED.toFile());
        List<String> untyped = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fields().forEachRemaining(response -> {
                    String status = response.getKey();
                    boolean typed = response.getValue().path("content").findValues("schema").stream()
                            .anyMatch(schema -> !schema.isEmpty());
                    if (status.startsWith("2") && !status.equals("204") && !typed) {
                        untyped.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                    }
                })));
        assertTrue(untyped.isEmpty(), untyped.size() + " success responses without a schema: " + untyped);
    }
}
