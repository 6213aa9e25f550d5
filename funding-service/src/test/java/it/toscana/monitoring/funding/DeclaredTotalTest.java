package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Declared totals: one per community, scope and line; labelled scheda headlines; refusals naming the field. */
@QuarkusTest
class DeclaredTotalTest {

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void declaredTotalsAreOnePerCommunityScopeAndLine() {
        String community = Territory.community("declared");
        String line = Fixtures.fundingLine();
        String t2 = """
                {"communityCode": "%s", "scope": "LOCAL_PROGRAMME", "amount": 336312.10,
                 "source": {"document": "002_5cf3de3147a6c147.txt", "location": "Tabella 2, total row"},
                 "note": "rows add up to 336,312.00"}""".formatted(community);
        String id = given().contentType(ContentType.JSON).body(t2).post("/api/v1/declared-totals")
                .then().statusCode(201).body("amount", equalTo(eur("336312.10"))).extract().path("id");
        given().contentType(ContentType.JSON).body(t2).post("/api/v1/declared-totals").then().statusCode(409);

        String cell = """
                {"communityCode": "%s", "scope": "TABLE1", "fundingLineCode": "%s", "amount": 59812.10,
                 "source": {"document": "002_5cf3de3147a6c147.txt", "location": "Tabella 1"}}""".formatted(community, line);
        given().contentType(ContentType.JSON).body(cell).post("/api/v1/declared-totals").then().statusCode(201);
        given().contentType(ContentType.JSON).body(cell.replace("\"communityCode\": \"" + community + "\", ", ""))
                .post("/api/v1/declared-totals").then().statusCode(201);
        given().queryParam("region", true).queryParam("fundingLineCode", line).get("/api/v1/declared-totals")
                .then().body("total", equalTo(1));
        // a misspelt flag is refused, not read as false (which would list every total)
        given().queryParam("region", "yes").queryParam("fundingLineCode", line).get("/api/v1/declared-totals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("region")).body("errors[0].message", equalTo("must be true or false"));
        given().queryParam("communityCode", community).get("/api/v1/declared-totals")
                .then().body("total", equalTo(2));

        given().contentType(ContentType.JSON).body(t2.replace(community, "nowhere")).post("/api/v1/declared-totals")
                .then().statusCode(422).body("errors.field", hasItem("communityCode"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(t2)
                .put("/api/v1/declared-totals/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(t2.replace("336312.10", "336312.00"))
                .put("/api/v1/declared-totals/" + id).then().statusCode(200).body("amount", equalTo(eur("336312.00")));
        given().delete("/api/v1/declared-totals/" + id).then().statusCode(204);
        given().get("/api/v1/declared-totals/" + id).then().statusCode(404);
    }

    @Test
    void schedaHeadlinesAreLabelledAndSeveralMayShareAPage() {
        String community = Territory.community("scheda");
        String telecentres = """
                {"communityCode": "%s", "scope": "SCHEDA", "label": "Telecentri", "amount": 30000.00,
                 "source": {"document": "000_740a832bca25e879.txt", "location": "Scheda 6", "lines": "852-853"}}"""
                .formatted(community);
        given().contentType(ContentType.JSON).body(telecentres).post("/api/v1/declared-totals")
                .then().statusCode(201).body("scope", equalTo("SCHEDA")).body("label", equalTo("Telecentri"))
                .body("amount", equalTo(eur("30000.00")));
        String phaseTwo = telecentres.replace("\"Telecentri\"", "\"Finanziamento regionale per fase II telecentri\"")
                .replace("30000.00", "50000.00");
        given().contentType(ContentType.JSON).body(phaseTwo).post("/api/v1/declared-totals").then().statusCode(201);
        given().contentType(ContentType.JSON).body(telecentres).post("/api/v1/declared-totals").then().statusCode(409);
        given().queryParam("communityCode", community).queryParam("scope", "SCHEDA").queryParam("sort", "label")
                .get("/api/v1/declared-totals")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.label", contains("Finanziamento regionale per fase II telecentri", "Telecentri"))
                .body("items.amount", contains(eur("50000.00"), eur("30000.00")));
    }

    @Test
    void badSchedaHeadlinesAreRefusedNamingTheField() {
        String community = Territory.community("scheda-bad");
        String headline = """
                {"communityCode": "%s", "scope": "SCHEDA", "label": "START", "amount": 23000.00,
                 "source": {"document": "000_740a832bca25e879.txt", "location": "Scheda 11"}}""".formatted(community);
        assertInvalid(headline.replace("\"label\": \"START\", ", ""), "label");
        assertInvalid(headline.replace("\"START\"", "\"   \""), "label");
        assertInvalid(headline.replace("\"START\"", "\"" + "x".repeat(201) + "\""), "label");
        assertInvalid(headline.replace("\"SCHEDA\"", "\"SCHEDE\""), "scope");
        assertInvalid(headline.replace("23000.00", "23000.001"), "amount");
        given().queryParam("communityCode", community).get("/api/v1/declared-totals").then().body("total", equalTo(0));
    }

    private static void assertInvalid(String body, String field) {
        var response = given().contentType(ContentType.JSON).body(body).post("/api/v1/declared-totals")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }
}
