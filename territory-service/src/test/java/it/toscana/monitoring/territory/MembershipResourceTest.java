package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.territory.Fixtures.PROBLEM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import it.toscana.monitoring.testsupport.Tokens;

@QuarkusTest
class MembershipResourceTest {

    private static final String MEMBERSHIPS = "/api/v1/memberships";

    @Test
    void membersOnADateAndCommunityOfAMunicipalityOnADate() {
        String oldCommunity = Fixtures.communityCode("alta-val-di-cecina-old");
        String newCommunity = Fixtures.communityCode("alta-val-di-cecina");
        String pomarance = Fixtures.istatCode();
        String volterra = Fixtures.istatCode();
        Fixtures.community(oldCommunity);
        Fixtures.community(newCommunity);
        Fixtures.municipality(pomarance, "Pomarance", "PI");
        Fixtures.municipality(volterra, "Volterra", "PI");
        // Re-constituted by Decreto 207/08: the old community ends, the new one starts the next day.
        String id = given().contentType(ContentType.JSON)
                .body(Fixtures.membershipJson(pomarance, oldCommunity, "2000-01-01", "2008-12-31"))
                .post(MEMBERSHIPS)
                .then().statusCode(201)
                .header("Location", containsString(MEMBERSHIPS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("istatCode", equalTo(pomarance))
                .body("validTo", equalTo("2008-12-31"))
                .extract().path("id");
        given().get(MEMBERSHIPS + "/" + id).then().statusCode(200).body("communityCode", equalTo(oldCommunity));
        Fixtures.membership(pomarance, newCommunity, "2009-01-01", null);
        Fixtures.membership(volterra, newCommunity, "2010-06-01", null);

        given().queryParam("date", "2008-06-30").get("/api/v1/communities/" + oldCommunity + "/members")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].istatCode", equalTo(pomarance))
                .body("items[0].name", equalTo("Pomarance"))
                .body("items[0].validTo", equalTo("2008-12-31"));
        given().queryParam("date", "2009-01-01").get("/api/v1/communities/" + oldCommunity + "/members")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("date", "2009-01-01").get("/api/v1/communities/" + newCommunity + "/members")
                .then().statusCode(200).body("items.istatCode", contains(pomarance));
        given().get("/api/v1/communities/" + newCommunity + "/members")
                .then().statusCode(200).body("items.istatCode", contains(pomarance, volterra));
        String csv = given().accept("text/csv").get("/api/v1/communities/" + newCommunity + "/members")
                .then().statusCode(200).extract().asString();
        assertEquals(3, csv.split("\r\n").length);

        given().queryParam("date", "2008-12-31").get("/api/v1/municipalities/" + pomarance + "/community")
                .then().statusCode(200)
                .body("community.code", equalTo(oldCommunity))
                .body("membershipId", equalTo(id))
                .body("date", equalTo("2008-12-31"));
        given().queryParam("date", "2009-01-01").get("/api/v1/municipalities/" + pomarance + "/community")
                .then().statusCode(200).body("community.code", equalTo(newCommunity)).body("validTo", nullValue());
        given().queryParam("date", "1999-12-31").get("/api/v1/municipalities/" + pomarance + "/community")
                .then().statusCode(404).contentType(PROBLEM);
        given().queryParam("date", "31/12/2008").get("/api/v1/municipalities/" + pomarance + "/community")
                .then().statusCode(400).body("errors.field", contains("date"));
        given().get("/api/v1/municipalities/999998/community").then().statusCode(404);
        given().get("/api/v1/communities/no-such-community/members").then().statusCode(404);
    }

    @Test
    void overlappingMembershipsOfOneMunicipalityAreRefused() {
        String community = Fixtures.communityCode("colline-metallifere");
        String other = Fixtures.communityCode("val-di-cornia");
        String sassetta = Fixtures.istatCode();
        Fixtures.community(community);
        Fixtures.community(other);
        Fixtures.municipality(sassetta, "Sassetta", "LI");
        Fixtures.membership(sassetta, community, "2005-01-01", "2009-12-31");

        for (String[] period : new String[][] { { "2009-12-31", null }, { "2001-01-01", "2005-01-01" },
                { "2006-01-01", "2006-02-01" }, { "2000-01-01", null } }) {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.membershipJson(sassetta, other, period[0], period[1]))
                    .post(MEMBERSHIPS)
                    .then().statusCode(409)
                    .contentType(PROBLEM)
                    .body("detail", containsString(community));
        }
        Fixtures.membership(sassetta, other, "2010-01-01", null);
        given().queryParam("istatCode", sassetta).get(MEMBERSHIPS).then().body("total", equalTo(2));
    }

    @Test
    void concurrentOverlappingWritesLetExactlyOneThrough() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Massa Marittima", "GR");
        List<String> communities = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String code = Fixtures.communityCode("concurrent");
            Fixtures.community(code);
            communities.add(code);
        }
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<Integer>> responses = communities.stream()
                .map(code -> client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + MEMBERSHIPS))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + Tokens.regionAdmin())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Fixtures.membershipJson(istat, code, "2009-01-01", null)))
                        .build(), HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode))
                .toList();
        Map<Integer, Long> byStatus = responses.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertEquals(Map.of(201, 1L, 409, 7L), byStatus);
        given().queryParam("istatCode", istat).get(MEMBERSHIPS).then().body("total", equalTo(1));
    }

    @Test
    void refusesAMembershipEndingBeforeItStartsAndStoresNothing() {
        String community = Fixtures.communityCode("garfagnana");
        String istat = Fixtures.istatCode();
        Fixtures.community(community);
        Fixtures.municipality(istat, "Careggine", "LU");

        given().contentType(ContentType.JSON)
                .body(Fixtures.membershipJson(istat, community, "2009-01-01", "2008-12-31"))
                .post(MEMBERSHIPS)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("validTo"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "46001", "communityCode": "%s"}""".formatted(community))
                .post(MEMBERSHIPS)
                .then().statusCode(400)
                .body("errors.field", contains("istatCode", "validFrom"));
        given().queryParam("istatCode", istat).get(MEMBERSHIPS).then().body("total", equalTo(0));
    }

    @Test
    void unknownMunicipalityOrCommunityIsNotFoundNamingTheField() {
        String community = Fixtures.communityCode("lunigiana");
        String istat = Fixtures.istatCode();
        Fixtures.community(community);
        Fixtures.municipality(istat, "Fivizzano", "MS");

        given().contentType(ContentType.JSON)
                .body(Fixtures.membershipJson(istat, "no-such-community", "2009-01-01", null))
                .post(MEMBERSHIPS)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("communityCode"))
                .body("type", equalTo("https://monitoring.toscana.it/problems/unknown-reference"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.membershipJson("999997", community, "2009-01-01", null))
                .post(MEMBERSHIPS)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("istatCode"));
        given().get(MEMBERSHIPS + "/7d1f8c1e-5a49-4d7b-9a55-000000000000").then().statusCode(404);
        given().queryParam("communityCode", community).get(MEMBERSHIPS).then().body("total", equalTo(0));
    }

    @Test
    void replacePatchAndDeleteHonourIfMatch() {
        String community = Fixtures.communityCode("mugello");
        String istat = Fixtures.istatCode();
        String neighbour = Fixtures.istatCode();
        Fixtures.community(community);
        Fixtures.municipality(istat, "Marradi", "FI");
        Fixtures.municipality(neighbour, "Palazzuolo sul Senio", "FI");
        String id = Fixtures.membership(istat, community, "2009-01-01", null);
        String path = MEMBERSHIPS + "/" + id;

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.membershipJson(istat, community, "2009-01-01", "2012-12-31"))
                .put(path)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("validTo", equalTo("2012-12-31"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.membershipJson(istat, community, "2009-01-01", null))
                .put(path)
                .then().statusCode(412);
        given().contentType(Fixtures.MERGE_PATCH).body("""
                {"validTo": "2008-01-01"}""")
                .patch(path)
                .then().statusCode(400).body("errors.field", contains("validTo"));
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body("""
                {"validTo": null, "istatCode": "%s"}""".formatted(neighbour))
                .patch(path)
                .then().statusCode(200).body("validTo", nullValue()).body("istatCode", equalTo(neighbour));

        given().header("If-Match", "\"1\"").delete(path).then().statusCode(412);
        given().header("If-Match", "\"2\"").delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void bulkUpsertKeysByMunicipalityCommunityAndStart() {
        String community = Fixtures.communityCode("media-valle-del-serchio");
        String barga = Fixtures.istatCode();
        String coreglia = Fixtures.istatCode();
        Fixtures.community(community);
        Fixtures.municipality(barga, "Barga", "LU");
        Fixtures.municipality(coreglia, "Coreglia Antelminelli", "LU");
        String items = """
                [%s, %s, %s, %s]""".formatted(
                Fixtures.membershipJson(barga, community, "2009-01-01", null),
                Fixtures.membershipJson(coreglia, community, "2009-01-01", null),
                Fixtures.membershipJson(barga, community, "2005-01-01", "2009-06-30"),
                Fixtures.membershipJson(coreglia, "no-such-community", "2001-01-01", "2002-01-01"));

        given().contentType(ContentType.JSON).body(items).post(MEMBERSHIPS + "/bulk")
                .then().statusCode(207)
                .body("items.status", contains(201, 201, 409, 422))
                .body("items[3].problem.errors.field", contains("communityCode"));

        given().contentType(ContentType.JSON)
                .body("[" + Fixtures.membershipJson(barga, community, "2009-01-01", "2015-12-31") + "]")
                .post(MEMBERSHIPS + "/bulk")
                .then().statusCode(207).body("items.status", contains(200));
        given().queryParam("istatCode", barga).get(MEMBERSHIPS)
                .then().body("items", hasSize(1))
                .body("items[0].validTo", equalTo("2015-12-31"))
                .body("items[0].version", equalTo(1));
    }

    @Test
    void listsByCommunityAndDateInJsonAndCsv() {
        String community = Fixtures.communityCode("amiata-grossetana");
        Fixtures.community(community);
        for (String from : new String[] { "2001-01-01", "2005-01-01", "2010-01-01" }) {
            String istat = Fixtures.istatCode();
            Fixtures.municipality(istat, "Comune " + istat, "GR");
            Fixtures.membership(istat, community, from, null);
        }

        given().queryParam("communityCode", community).queryParam("date", "2006-01-01")
                .queryParam("sort", "-validFrom")
                .get(MEMBERSHIPS)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.validFrom", contains("2005-01-01", "2001-01-01"));
        String csv = given().accept("text/csv").queryParam("communityCode", community).get(MEMBERSHIPS)
                .then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("id,istatCode,communityCode,validFrom,validTo,version", lines[0]);
        assertEquals(4, lines.length);
        given().queryParam("communityCode", community).queryParam("size", 2).get(MEMBERSHIPS)
                .then().header("Link", containsString("rel=\"next\""));
    }
}
