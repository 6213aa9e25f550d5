package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.territory.Fixtures.PROBLEM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MunicipalityResourceTest {

    private static final String MUNICIPALITIES = "/api/v1/municipalities";

    @Test
    void createsAndReadsAMunicipalityWithItsPopulation() {
        String istat = Fixtures.istatCode();
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "name": "Barga", "province": "LU", "population": 10052, "populationDate": "2005-12-31"}"""
                        .formatted(istat))
                .post(MUNICIPALITIES)
                .then().statusCode(201)
                .header("Location", endsWith(MUNICIPALITIES + "/" + istat))
                .header("ETag", equalTo("\"0\""))
                .body("istatCode", equalTo(istat))
                .body("population", equalTo(10052))
                .body("populationDate", equalTo("2005-12-31"));

        given().get(MUNICIPALITIES + "/" + istat)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Barga"))
                .body("province", equalTo("LU"))
                .body("populationSeries.referenceDate", contains("2005-12-31"))
                .body("populationSeries.population", contains(10052));
    }

    @Test
    void populationIsATimeSeries() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Coreglia Antelminelli", "LU");
        String population = MUNICIPALITIES + "/" + istat + "/population";

        given().contentType(ContentType.JSON).body("""
                {"referenceDate": "2005-12-31", "population": 5144}""")
                .post(population)
                .then().statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("population", equalTo(5144));
        given().contentType(ContentType.JSON).body("""
                {"referenceDate": "2008-12-31", "population": 5260}""")
                .post(population)
                .then().statusCode(201)
                .body("population", equalTo(5260))
                .body("populationDate", equalTo("2008-12-31"));
        // An earlier figure joins the series without becoming the latest.
        given().contentType(ContentType.JSON).body("""
                {"referenceDate": "2001-10-21", "population": 5020}""")
                .post(population)
                .then().statusCode(201)
                .body("population", equalTo(5260));
        // The same date again corrects its figure.
        given().contentType(ContentType.JSON).body("""
                {"referenceDate": "2005-12-31", "population": 5145}""")
                .post(population)
                .then().statusCode(200);

        given().get(MUNICIPALITIES + "/" + istat)
                .then().statusCode(200)
                .body("version", equalTo(4))
                .body("populationSeries.referenceDate", contains("2001-10-21", "2005-12-31", "2008-12-31"))
                .body("populationSeries.population", contains(5020, 5145, 5260));

        // A PUT with a later figure keeps the earlier ones.
        given().contentType(ContentType.JSON).body("""
                {"istatCode": "%s", "name": "Coreglia Antelminelli", "province": "LU", "population": 5300, "populationDate": "2010-01-01"}"""
                .formatted(istat))
                .put(MUNICIPALITIES + "/" + istat)
                .then().statusCode(200)
                .body("populationSeries", hasSize(4))
                .body("population", equalTo(5300));
    }

    @Test
    void refusesANegativePopulationAndStoresNothing() {
        String istat = Fixtures.istatCode();
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "name": "Fabbriche di Vergemoli", "province": "LU", "population": -1, "populationDate": "2014-01-01"}"""
                        .formatted(istat))
                .post(MUNICIPALITIES)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("population"));
        given().get(MUNICIPALITIES + "/" + istat).then().statusCode(404);

        Fixtures.municipality(istat, "Fabbriche di Vergemoli", "LU");
        given().contentType(ContentType.JSON).body("""
                {"referenceDate": "2014-01-01", "population": -5}""")
                .post(MUNICIPALITIES + "/" + istat + "/population")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("population"));
        given().get(MUNICIPALITIES + "/" + istat)
                .then().body("population", nullValue()).body("populationSeries", hasSize(0)).body("version", equalTo(0));
    }

    @Test
    void aPopulationNeedsItsDate() {
        String istat = Fixtures.istatCode();
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "name": "Pescaglia", "province": "LU", "population": 3700}""".formatted(istat))
                .post(MUNICIPALITIES)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("populationDate"));
        given().get(MUNICIPALITIES + "/" + istat).then().statusCode(404);
    }

    @Test
    void refusesAMalformedIstatCodeOrEmptyNameAndStoresNothing() {
        String name = "Nowhere" + Fixtures.istatCode();
        for (String malformed : new String[] { "04600", "0460011", "A46001" }) {
            given().contentType(ContentType.JSON)
                    .body("""
                            {"istatCode": "%s", "name": "%s", "province": "LU"}""".formatted(malformed, name))
                    .post(MUNICIPALITIES)
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", contains("istatCode"));
        }
        String istat = Fixtures.istatCode();
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "name": "  ", "province": "Lucca"}""".formatted(istat))
                .post(MUNICIPALITIES)
                .then().statusCode(400)
                .body("errors.field", contains("name", "province"));

        given().queryParam("name", name).get(MUNICIPALITIES).then().statusCode(200).body("total", equalTo(0));
        given().get(MUNICIPALITIES + "/" + istat).then().statusCode(404);
        given().get(MUNICIPALITIES + "/04600")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("istatCode"));
    }

    @Test
    void unknownIstatCodeIsNotFound() {
        given().get(MUNICIPALITIES + "/999999")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("999999"));
        given().contentType(ContentType.JSON).body("""
                {"referenceDate": "2005-12-31", "population": 1}""")
                .post(MUNICIPALITIES + "/999999/population")
                .then().statusCode(404);
        given().delete(MUNICIPALITIES + "/999999").then().statusCode(404);
    }

    @Test
    void putUpsertsPatchChangesAndIfMatchGuards() {
        String istat = Fixtures.istatCode();
        String body = """
                {"istatCode": "%s", "name": "Borgo a Mozzano", "province": "LU"}""".formatted(istat);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put(MUNICIPALITIES + "/" + istat)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).body(body).put(MUNICIPALITIES + "/" + istat)
                .then().statusCode(201).header("ETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON).body(body.replace(istat, Fixtures.istatCode()))
                .put(MUNICIPALITIES + "/" + istat)
                .then().statusCode(400).body("errors.field", contains("istatCode"));

        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"0\"")
                .body("""
                        {"name": "Borgo a Mozzano (LU)"}""")
                .patch(MUNICIPALITIES + "/" + istat)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Borgo a Mozzano (LU)"))
                .body("province", equalTo("LU"));
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"0\"")
                .body("""
                        {"name": "Lost update"}""")
                .patch(MUNICIPALITIES + "/" + istat)
                .then().statusCode(412);
        given().contentType(Fixtures.MERGE_PATCH).body("""
                {"istatCode": "12"}""")
                .patch(MUNICIPALITIES + "/" + istat)
                .then().statusCode(400).body("errors.field", hasItem("istatCode"));
        given().get(MUNICIPALITIES + "/" + istat).then().body("name", equalTo("Borgo a Mozzano (LU)"));
    }

    @Test
    void deleteIsRefusedWhileSomethingPointsAtTheMunicipality() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Castelnuovo di Garfagnana", "LU");
        String place = given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "HOSPITAL", "name": "Ospedale Santa Croce", "istatCode": "%s"}""".formatted(istat))
                .post("/api/v1/places")
                .then().statusCode(201).extract().path("id");

        given().delete(MUNICIPALITIES + "/" + istat).then().statusCode(409).contentType(PROBLEM);

        given().delete("/api/v1/places/" + place).then().statusCode(204);
        given().delete(MUNICIPALITIES + "/" + istat).then().statusCode(204);
        given().get(MUNICIPALITIES + "/" + istat).then().statusCode(404);
    }

    @Test
    void listsByProvinceAndNameInJsonAndCsv() {
        String marker = "Zeta" + Fixtures.istatCode();
        Fixtures.municipality(Fixtures.istatCode(), marker + " Massa Marittima", "GR");
        Fixtures.municipality(Fixtures.istatCode(), marker + " Roccastrada", "GR");
        Fixtures.municipality(Fixtures.istatCode(), marker + " Sassetta", "LI");

        given().queryParam("name", marker).queryParam("province", "GR").queryParam("sort", "-name")
                .get(MUNICIPALITIES)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains(marker + " Roccastrada", marker + " Massa Marittima"));

        String csv = given().accept("text/csv").queryParam("name", marker).queryParam("sort", "name")
                .get(MUNICIPALITIES)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length);
        assertEquals("istatCode,name,province,population,populationDate,populationSeries,version", lines[0]);

        given().queryParam("province", "Grosseto").get(MUNICIPALITIES)
                .then().statusCode(400).body("errors.field", contains("province"));
    }

    @Test
    void bulkUpsertReportsEachItem() {
        String first = Fixtures.istatCode();
        String second = Fixtures.istatCode();
        String items = """
                [{"istatCode": "%1$s", "name": "Pomarance", "province": "PI", "population": 6200, "populationDate": "2008-12-31"},
                 {"istatCode": "%2$s", "name": "Volterra", "province": "PI"},
                 {"istatCode": "12345", "name": "Broken", "province": "PI"},
                 {"istatCode": "%1$s", "name": "Pomarance again", "province": "PI"}]""".formatted(first, second);

        given().contentType(ContentType.JSON).header("Idempotency-Key", "bulk-" + first).body(items)
                .post(MUNICIPALITIES + "/bulk")
                .then().statusCode(207)
                .body("succeeded", equalTo(2))
                .body("failed", equalTo(2))
                .body("items.status", contains(201, 201, 400, 422))
                .body("items[0].id", equalTo(first))
                .body("items[2].problem.errors.field", contains("istatCode"));

        given().contentType(ContentType.JSON).header("Idempotency-Key", "bulk-" + first).body(items)
                .post(MUNICIPALITIES + "/bulk")
                .then().statusCode(207).header("Idempotent-Replayed", "true");

        given().contentType(ContentType.JSON)
                .body("""
                        [{"istatCode": "%s", "name": "Volterra", "province": "PI", "population": 11300, "populationDate": "2008-12-31"}]"""
                        .formatted(second))
                .post(MUNICIPALITIES + "/bulk")
                .then().statusCode(207)
                .body("items.status", contains(200));
        given().get(MUNICIPALITIES + "/" + second).then().body("population", equalTo(11300)).body("version", equalTo(1));
        given().get(MUNICIPALITIES + "/" + first).then().body("name", equalTo("Pomarance")).body("population", equalTo(6200));

        given().contentType(ContentType.JSON).body("[]").post(MUNICIPALITIES + "/bulk")
                .then().statusCode(400).contentType(PROBLEM);
    }
}
