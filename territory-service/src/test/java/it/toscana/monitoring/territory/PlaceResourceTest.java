package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.territory.Fixtures.PROBLEM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PlaceResourceTest {

    private static final String PLACES = "/api/v1/places";

    @Test
    void createsReadsReplacesPatchesAndDeletesAPlace() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Barga", "LU");
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "GIUDICE_DI_PACE", "name": "Giudice di pace di Barga", "istatCode": "%s", "address": "Via di Mezzo 1"}"""
                        .formatted(istat))
                .post(PLACES)
                .then().statusCode(201)
                .header("Location", containsString(PLACES + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("GIUDICE_DI_PACE"))
                .extract().path("id");
        String path = PLACES + "/" + id;

        given().get(path).then().statusCode(200).body("address", equalTo("Via di Mezzo 1"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"kind": "TRIBUNAL_SECTION", "name": "Sezione distaccata del tribunale", "istatCode": "%s"}"""
                        .formatted(istat))
                .put(path)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("kind", equalTo("TRIBUNAL_SECTION"))
                .body("address", equalTo(null));
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"0\"").body("{\"name\": \"Stale\"}")
                .patch(path)
                .then().statusCode(412);
        given().contentType(Fixtures.MERGE_PATCH).body("{\"address\": \"Piazza Angelio 4\"}")
                .patch(path)
                .then().statusCode(200)
                .body("address", equalTo("Piazza Angelio 4"))
                .body("name", equalTo("Sezione distaccata del tribunale"));

        given().delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void answersAPatchThatIsEmptyOrNotAnObjectWithAProblem() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Coreglia Antelminelli", "LU");
        String path = PLACES + "/" + given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "TOWN_HALL", "name": "Municipio di Coreglia", "istatCode": "%s"}""".formatted(istat))
                .post(PLACES)
                .then().statusCode(201)
                .extract().path("id");

        given().contentType(Fixtures.MERGE_PATCH).body("").patch(path)
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request body"));
        given().contentType(Fixtures.MERGE_PATCH).body("[\"name\"]").patch(path)
                .then().statusCode(400).contentType(PROBLEM).body("detail", equalTo("A merge patch is a JSON object."));
        given().get(path).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void refusesBadInputAndStoresNothing() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Gallicano", "LU");
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "LIBRARY", "name": "", "istatCode": "%s"}""".formatted(istat))
                .post(PLACES)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("name"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "CASTLE", "name": "Rocca", "istatCode": "%s"}""".formatted(istat))
                .post(PLACES)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("kind"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "LIBRARY", "name": "Biblioteca", "istatCode": "999996"}""")
                .post(PLACES)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("istatCode"))
                .body("type", equalTo("https://monitoring.toscana.it/problems/unknown-reference"));

        given().queryParam("istatCode", istat).get(PLACES).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void listsByKindMunicipalityAndNameInJsonAndCsv() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Roccastrada", "GR");
        String[][] places = { { "LIBRARY", "Biblioteca comunale" }, { "YOUTH_CENTRE", "Centro giovani" },
                { "SCHOOL", "Scuola media" }, { "TOWN_HALL", "Palazzo comunale" } };
        for (String[] place : places) {
            given().contentType(ContentType.JSON)
                    .body("""
                            {"kind": "%s", "name": "%s", "istatCode": "%s"}""".formatted(place[0], place[1], istat))
                    .post(PLACES).then().statusCode(201);
        }

        given().queryParam("istatCode", istat).queryParam("name", "COMUNALE").queryParam("sort", "name")
                .get(PLACES)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains("Biblioteca comunale", "Palazzo comunale"));
        given().queryParam("istatCode", istat).queryParam("kind", "YOUTH_CENTRE").get(PLACES)
                .then().body("items.name", contains("Centro giovani"));
        String csv = given().accept("text/csv").queryParam("istatCode", istat).get(PLACES)
                .then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("id,kind,name,istatCode,address,version", lines[0]);
        assertEquals(5, lines.length);
        given().queryParam("kind", "CASTLE").get(PLACES).then().statusCode(400).body("errors.field", contains("kind"));
    }
}
