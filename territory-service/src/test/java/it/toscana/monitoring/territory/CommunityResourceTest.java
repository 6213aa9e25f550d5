package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import it.toscana.monitoring.testsupport.ListingChecks;
import it.toscana.monitoring.testsupport.Tokens;

@QuarkusTest
class CommunityResourceTest {

    private static final String PROBLEM = Fixtures.PROBLEM;

    @Test
    void createsAndReadsACommunity() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "alta-val-di-cecina", "name": "Comunità Montana Alta Val di Cecina", "kind": "COMUNITA_MONTANA"}""")
                .post("/api/v1/communities")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/communities/alta-val-di-cecina"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("alta-val-di-cecina"))
                .body("name", equalTo("Comunità Montana Alta Val di Cecina"))
                .body("kind", equalTo("COMUNITA_MONTANA"));

        given().get("/api/v1/communities/alta-val-di-cecina")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Comunità Montana Alta Val di Cecina"));
    }

    @Test
    void refusesASecondCommunityWithTheSameCode() {
        String body = """
                {"code": "colline-metallifere", "name": "Colline Metallifere", "kind": "COMUNITA_MONTANA"}""";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/communities").then().statusCode(201);

        given().contentType(ContentType.JSON)
                .body(body.replace("Colline Metallifere\"", "Another name\""))
                .post("/api/v1/communities")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", containsString("colline-metallifere"));

        given().get("/api/v1/communities/colline-metallifere")
                .then().statusCode(200).body("name", equalTo("Colline Metallifere"));
    }

    @Test
    void namesEachInvalidFieldAndStoresNothing() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "Not A Slug", "name": " ", "kind": "COMUNITA_MONTANA"}""")
                .post("/api/v1/communities")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("instance", equalTo("/api/v1/communities"));

        given().get("/api/v1/communities/Not A Slug").then().statusCode(404);
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"x\", \"kind\": ")
                .post("/api/v1/communities")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Malformed request body"))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void unknownKindIsABadRequestNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "mugello", "name": "Mugello", "kind": "PROVINCE"}""")
                .post("/api/v1/communities")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("kind"));

        given().get("/api/v1/communities/mugello").then().statusCode(404);
    }

    @Test
    void unknownCodeIsNotFound() {
        given().get("/api/v1/communities/nowhere")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", containsString("nowhere"));
    }
    @Test
    void storesTheFullRecord() {
        String code = Fixtures.communityCode("colline-metallifere");
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Colline Metallifere", "kind": "COMUNITA_MONTANA",
                         "provinces": ["GR", "LI"], "legalBasis": "Decreto RT n. 207/08",
                         "homogeneousZone": "zona omogenea D", "notes": "Sassetta is in the province of Livorno"}"""
                        .formatted(code))
                .post("/api/v1/communities")
                .then().statusCode(201);

        given().get("/api/v1/communities/" + code)
                .then().statusCode(200)
                .body("provinces", contains("GR", "LI"))
                .body("legalBasis", equalTo("Decreto RT n. 207/08"))
                .body("homogeneousZone", equalTo("zona omogenea D"))
                .body("notes", equalTo("Sassetta is in the province of Livorno"))
                .body("version", equalTo(0));
    }

    @Test
    void putCreatesThenReplaces() {
        String code = Fixtures.communityCode("mugello");
        String body = """
                {"code": "%s", "name": "Unione Montana dei Comuni del Mugello", "kind": "UNIONE_COMUNI", "provinces": ["FI"]}"""
                .formatted(code);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/communities/" + code)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/communities/" + code))
                .header("ETag", equalTo("\"0\""));

        given().contentType(ContentType.JSON).body(body.replace("\"FI\"", "\"FI\", \"PO\""))
                .put("/api/v1/communities/" + code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("provinces", contains("FI", "PO"))
                .body("version", equalTo(1));
    }

    /** If-Match names a version; on a community that does not exist it cannot match (RFC 9110 13.1.1), so nothing is created. */
    @Test
    void putWithIfMatchOnACodeNotYetKnownIsAPreconditionFailureAndCreatesNothing() {
        String code = Fixtures.communityCode("casentino");
        String body = """
                {"code": "%s", "name": "Unione dei Comuni del Casentino", "kind": "UNIONE_COMUNI", "provinces": ["AR"]}"""
                .formatted(code);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/communities/" + code)
                .then().statusCode(412).contentType(PROBLEM).body("type", endsWith("/stale-etag"))
                .body("detail", containsString(code));
        given().get("/api/v1/communities/" + code).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/communities/" + code).then().statusCode(201);
    }

    @Test
    void putRefusesABodyForAnotherCode() {
        String code = Fixtures.communityCode("amiata");
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "somewhere-else", "name": "Amiata", "kind": "COMUNITA_MONTANA"}""")
                .put("/api/v1/communities/" + code)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("code"));

        given().get("/api/v1/communities/" + code).then().statusCode(404);
        given().get("/api/v1/communities/somewhere-else").then().statusCode(404);
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndHonoursIfMatch() {
        String code = Fixtures.communityCode("casentino");
        Fixtures.community(code);

        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"7\"")
                .body("""
                        {"name": "Stale write"}""")
                .patch("/api/v1/communities/" + code)
                .then().statusCode(412)
                .contentType(PROBLEM);

        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"0\"")
                .body("""
                        {"legalBasis": "Decreto RT n. 207/08", "provinces": null}""")
                .patch("/api/v1/communities/" + code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Comunità " + code))
                .body("legalBasis", equalTo("Decreto RT n. 207/08"))
                .body("provinces", empty());

        given().contentType(Fixtures.MERGE_PATCH)
                .body("""
                        {"name": ""}""")
                .patch("/api/v1/communities/" + code)
                .then().statusCode(400)
                .body("errors.field", hasItem("name"));
        given().get("/api/v1/communities/" + code).then().body("version", equalTo(1));

        given().contentType(Fixtures.MERGE_PATCH).body("{\"name\": \"x\"}")
                .patch("/api/v1/communities/nowhere-to-patch")
                .then().statusCode(404);
    }

    @Test
    void deleteIsRefusedWhileTheCommunityHasMembers() {
        String code = Fixtures.communityCode("val-di-bisenzio");
        String istat = Fixtures.istatCode();
        Fixtures.community(code);
        Fixtures.municipality(istat, "Vernio", "PO");
        String membership = Fixtures.membership(istat, code, "2008-01-01", null);

        given().delete("/api/v1/communities/" + code)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("membership"));
        given().get("/api/v1/communities/" + code).then().statusCode(200);

        given().delete("/api/v1/memberships/" + membership).then().statusCode(204);
        given().header("If-Match", "\"3\"").delete("/api/v1/communities/" + code).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete("/api/v1/communities/" + code).then().statusCode(204);
        given().get("/api/v1/communities/" + code).then().statusCode(404);
        given().delete("/api/v1/communities/" + code).then().statusCode(404);
    }

    @Test
    void listsWithFiltersPagesAndCsv() {
        String marker = "Lunigiana" + Fixtures.istatCode();
        for (String province : new String[] { "MS", "MS", "SP" }) {
            String code = Fixtures.communityCode("lunigiana");
            given().contentType(ContentType.JSON)
                    .body("""
                            {"code": "%s", "name": "%s %s", "kind": "UNIONE_COMUNI", "provinces": ["%s"]}"""
                            .formatted(code, marker, code, province))
                    .post("/api/v1/communities").then().statusCode(201);
        }

        given().queryParam("name", marker.toLowerCase()).queryParam("province", "MS")
                .queryParam("kind", "UNIONE_COMUNI").queryParam("size", 1).queryParam("sort", "-name")
                .get("/api/v1/communities")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].provinces", contains("MS"));

        String csv = given().accept("text/csv").queryParam("name", marker)
                .get("/api/v1/communities")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("code,name,kind,provinces,legalBasis,homogeneousZone,notes,version", lines[0]);
        assertEquals(4, lines.length);

        ListingChecks.refusesUnknownSort("/api/v1/communities", "code, kind, name");
        given().queryParam("kind", "PROVINCE").get("/api/v1/communities")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().queryParam("size", 501).get("/api/v1/communities").then().statusCode(400);
    }

    @Test
    void updatedSinceListsWhatChangedSinceOldestChangeFirst() {
        String before = Fixtures.communityCode("resync");
        Fixtures.community(before);
        Instant since = Instant.now();
        String after = Fixtures.communityCode("resync");
        Fixtures.community(after);

        given().queryParam("name", "resync-").queryParam("updatedSince", since.toString()).get("/api/v1/communities")
                .then().statusCode(200).body("items.code", contains(after)).body("total", equalTo(1));
        given().contentType(Fixtures.MERGE_PATCH).body("{\"notes\": \"changed\"}").patch("/api/v1/communities/" + before)
                .then().statusCode(200);
        given().queryParam("name", "resync-").queryParam("updatedSince", since.toString()).get("/api/v1/communities")
                .then().statusCode(200).body("items.code", contains(after, before));
        ListingChecks.refusesMalformedUpdatedSince("/api/v1/communities");
    }

    @Test
    void fieldsSelectTheColumnsOfAListingInJsonAndCsv() {
        String marker = "Garfagnana" + Fixtures.istatCode();
        String code = Fixtures.communityCode("garfagnana");
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "%s", "kind": "COMUNITA_MONTANA", "provinces": ["LU"]}""".formatted(code, marker))
                .post("/api/v1/communities").then().statusCode(201);

        given().queryParam("name", marker).queryParam("fields", "code,name").get("/api/v1/communities")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].keySet()", contains("code", "name"))
                .body("items[0].code", equalTo(code));
        String csv = given().accept("text/csv").queryParam("name", marker).queryParam("fields", "name,provinces")
                .get("/api/v1/communities").then().statusCode(200).extract().asString();
        assertEquals(List.of("name,provinces", marker + ",LU"), List.of(csv.split("\r\n")));

        given().queryParam("fields", "code,colour").get("/api/v1/communities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("fields"))
                .body("errors[0].message", containsString("'colour'"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() {
        String code = Fixtures.communityCode("pratomagno");
        String key = "create-" + code;
        String body = """
                {"code": "%s", "name": "Pratomagno", "kind": "COMUNITA_MONTANA"}""".formatted(code);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/communities").then().statusCode(201);

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/communities")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/communities/" + code))
                .body("code", equalTo(code));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body.replace("Pratomagno\"", "Other\""))
                .post("/api/v1/communities")
                .then().statusCode(422).contentType(PROBLEM);
    }
    @Test
    void concurrentPutsCreatingOneCommunityNeverFailWithAServerError() {
        String code = Fixtures.communityCode("val-di-sieve");
        String body = """
                {"code": "%s", "name": "Val di Sieve", "kind": "UNIONE_COMUNI"}""".formatted(code);
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<Integer>> responses = IntStream.range(0, 8)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/communities/" + code))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + Tokens.regionAdmin())
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode))
                .toList();
        List<Integer> statuses = responses.stream().map(CompletableFuture::join).toList();

        // One PUT creates; the others replace, or lose the race to create and get a 409 to retry.
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 201 || status == 409),
                statuses.toString());
        given().get("/api/v1/communities/" + code).then().statusCode(200);
    }
}
