package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.territory.Fixtures.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * OWASP API Security Top 10 (2023), the items that belong to a service (see README "Security";
 * the others are in deployment-service, funding-service and the gateway).
 */
@QuarkusTest
class OwaspApiSecurityTest {

    private static final String COMMUNITIES = "/api/v1/communities";

    @TestHTTPResource("/")
    URI root;

    /** API2:2023 Broken authentication — no, expired, wrong-issuer or unsigned token: 401, nothing written. */
    @Test
    void api2BrokenAuthentication() {
        String code = Fixtures.communityCode("auth");
        for (Header header : new Header[] { Tokens.anonymous(), Tokens.bearer(Tokens.expired()),
                Tokens.bearer(Tokens.wrongIssuer()), Tokens.bearer(Tokens.algNone()), Tokens.bearer("not-a-jwt") }) {
            given().header(header).contentType(ContentType.JSON).body(communityJson(code))
                    .post(COMMUNITIES)
                    .then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401));
        }
        given().header(Tokens.anonymous()).get(COMMUNITIES + "/" + code).then().statusCode(404);
        // reads are open data: no token, or a bad one, still reads
        given().header(Tokens.anonymous()).get(COMMUNITIES).then().statusCode(200);
        given().header(Tokens.bearer(Tokens.expired())).get(COMMUNITIES).then().statusCode(200);
        // a valid token writes
        given().header(Tokens.bearer(Tokens.regionAdmin())).contentType(ContentType.JSON).body(communityJson(code))
                .post(COMMUNITIES).then().statusCode(201);
    }

    /** API5:2023 Broken function level authorization — the register is written by region-admin only. */
    @Test
    void api5BrokenFunctionLevelAuthorization() {
        String code = Fixtures.communityCode("fla");
        for (String token : new String[] { Tokens.communityOperator(code), Tokens.erpIntegration() }) {
            given().header(Tokens.bearer(token)).contentType(ContentType.JSON).body(communityJson(code))
                    .post(COMMUNITIES)
                    .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        }
        given().get(COMMUNITIES + "/" + code).then().statusCode(404);
    }

    /** API3:2023 Broken object property level authorization — version is the server's; unknown fields change nothing. */
    @Test
    void api3BrokenObjectPropertyLevelAuthorization() {
        String code = Fixtures.communityCode("bopla");
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Comunità %s", "kind": "COMUNITA_MONTANA", "provinces": ["LU"],
                         "version": 41, "createdAt": "1999-01-01T00:00:00Z"}""".formatted(code, code))
                .post(COMMUNITIES)
                .then().statusCode(201).header("ETag", "\"0\"").body("version", equalTo(0));
    }

    /** API4:2023 Unrestricted resource consumption — body size (413), page size (max 500), bulk items (max 10,000). */
    @Test
    void api4UnrestrictedResourceConsumption() throws Exception {
        // 11 MB announced against the 10 MB default limit: refused from the headers alone, as problem+json
        String tooLarge = rawPost(COMMUNITIES, 11L * 1024 * 1024);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
        assertTrue(tooLarge.toLowerCase().contains("content-type: " + PROBLEM), tooLarge);
        assertTrue(tooLarge.contains("\"status\":413"), tooLarge);

        given().queryParam("size", 501).get(COMMUNITIES).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("size", 500).get(COMMUNITIES).then().statusCode(200).body("size", equalTo(500));

        String items = IntStream.range(0, 10_001)
                .mapToObj(i -> "{\"istatCode\":\"%06d\",\"name\":\"x\",\"province\":\"PI\"}".formatted(i))
                .collect(Collectors.joining(",", "[", "]"));
        given().contentType(ContentType.JSON).body(items).post("/api/v1/municipalities/bulk")
                .then().statusCode(413).contentType(PROBLEM);
    }

    /**
     * API4:2023 again, the request line: a path and query past 8 KB get 414 as problem+json and the connection stays
     * usable. Vert.x's own limit (4 KB) answered an empty HTTP/1.0 414 and closed the socket without saying so, and
     * JDK's HttpClient then sent its next request (a POST, not retried) on the closed connection (CI's hostile test).
     */
    @Test
    void api4OverLongRequestTargetIsAProblemAndTheConnectionStaysUsable() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String longQuery = "?name=" + "x".repeat(9000);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(root.resolve(COMMUNITIES + longQuery)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(414, refused.statusCode(), refused.body());
            assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(refused.body().contains("at most 8192"), refused.body());
            assertFalse(refused.body().contains("xxxx"), "the query is not echoed: " + refused.body());
            String code = Fixtures.communityCode("line" + i);
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(root.resolve(COMMUNITIES))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.regionAdmin())
                    .POST(HttpRequest.BodyPublishers.ofString(communityJson(code))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        }
        // up to the limit the request is served
        given().queryParam("name", "x".repeat(8000)).get(COMMUNITIES).then().statusCode(200);
    }

    /** API6:2023 Unrestricted access to sensitive business flows — an Idempotency-Key cannot be replayed with another body. */
    @Test
    void api6SensitiveBusinessFlows() {
        String code = Fixtures.communityCode("flow");
        String key = "flow-" + code;
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(communityJson(code))
                .post(COMMUNITIES).then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(communityJson(code + "-other"))
                .post(COMMUNITIES).then().statusCode(422).contentType(PROBLEM);
        given().get(COMMUNITIES + "/" + code + "-other").then().statusCode(404);
    }

    /**
     * API7:2023 Server side request forgery — no endpoint of any service fetches a URL a caller
     * supplies: no operation takes a URL (or URI-formatted) parameter or field, and the gateway
     * forwards only to its configured service addresses (README "Security"). This test keeps it so
     * for this service's documented API.
     */
    @Test
    void api7ServerSideRequestForgery() {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertFalse(document.contains("\"format\" : \"uri\"") || document.contains("\"format\":\"uri\""),
                "an operation takes a URI");
        assertFalse(document.toLowerCase().matches("(?s).*\"name\" ?: ?\"(url|uri|callback|webhook)\".*"),
                "an operation takes a URL parameter");
    }

    /** API8:2023 Security misconfiguration — errors carry no stack trace or class names; no dev UIs. */
    @Test
    void api8SecurityMisconfiguration() {
        given().contentType(ContentType.JSON).body("{\"code\": [1, 2").post(COMMUNITIES)
                .then().statusCode(400).contentType(PROBLEM)
                .body(not(containsString("Exception"))).body(not(containsString("\tat ")))
                .body(not(containsString("it.toscana")));
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/dev-ui").then().statusCode(404);
    }

    /** Sends only the head of a POST announcing {@code length} bytes and reads what comes back. */
    private String rawPost(String path, long length) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
                    + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + Tokens.regionAdmin()
                    + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0;) {
                received.write(buffer, 0, n);
                if (received.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static String communityJson(String code) {
        return """
                {"code": "%s", "name": "Comunità %s", "kind": "COMUNITA_MONTANA", "provinces": ["LU"]}"""
                .formatted(code, code);
    }
}
