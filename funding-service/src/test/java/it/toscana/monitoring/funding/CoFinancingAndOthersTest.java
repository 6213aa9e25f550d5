package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Funding lines, calls, mandatory requirements and statuses, co-financing projects, declared totals. */
@QuarkusTest
class CoFinancingAndOthersTest {

    static final String CSTT_ALI = """
            {"title": "CSTT – ALI Toscana", "section": "ATTUATIVA", "beneficiary": "Regione Toscana",
             "totalInvestment": 1892850.00,
             "contributions": [
               {"source": "CNIPA", "label": "Legge 27 dicembre 2002, n.289", "amount": 584745.76},
               {"source": "REGIONE_TOSCANA", "label": "Regione Toscana", "amount": 1308104.24},
               {"source": "LOCAL_BODIES", "label": "EELL", "amount": 0.00}],
             "regionalOwnFunds": {"total": 915900.00, "decrees": [
               {"act": "Decreto Dirigenziale 3746/2006", "amount": 300000.00},
               {"act": "Decreto Dirigenziale 3203/2007", "amount": 615900.00, "date": "2007-07-05"}]},
             "proceduralSteps": [{"act": "Avviso CNIPA G.U. n. 31 del 7 febbraio 2007", "competentBody": "CNIPA",
               "issued": true, "issuedPrinted": "sì", "date": "2007-02-07",
               "deadline": "30 days after signature of the APQ integrative act", "appliesTo": ["CSTT_ALI"]}],
             "cnipaCall": "Avviso CNIPA, G.U. n. 31 del 7 febbraio 2007",
             "cnipaDecision": {"act": "Delibera del Collegio n. 28 del 8 aprile 2009", "date": "2009-04-08"},
             "source": {"document": "004_7f9b1570be4bef5a.txt", "location": "4.1", "lines": "433-443"}}""";

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
    }

    @Test
    void coFinancingContributionsAddUpOrCarryAnExplainedDifference() {
        given().contentType(ContentType.JSON).body(CSTT_ALI).put("/api/v1/co-financing-projects/TEST_CSTT_ALI")
                .then().statusCode(201)
                .body("contributionsTotal", equalTo(eur("1892850.00")))
                .body("difference", equalTo(eur("0.00")))
                .body("balanced", equalTo(true))
                .body("proceduralSteps[0].deadline", equalTo("30 days after signature of the APQ integrative act"))
                .body("cnipaDecision.date", equalTo("2009-04-08"));

        String unbalanced = CSTT_ALI.replace("1308104.24", "1308000.00");
        given().contentType(ContentType.JSON).body(unbalanced).put("/api/v1/co-financing-projects/TEST_CSTT_ALI_2")
                .then().statusCode(422).body("errors.field", hasItem("contributions"));
        given().get("/api/v1/co-financing-projects/TEST_CSTT_ALI_2").then().statusCode(404);

        given().contentType(ContentType.JSON)
                .body(unbalanced.replace("\"totalInvestment\"", "\"differenceExplanation\": \"EELL not yet decreed\", \"totalInvestment\""))
                .put("/api/v1/co-financing-projects/TEST_CSTT_ALI_2")
                .then().statusCode(201)
                .body("balanced", equalTo(false))
                .body("difference", equalTo(eur("104.24")));

        given().contentType(ContentType.JSON).body(CSTT_ALI.replace("615900.00", "615000.00"))
                .put("/api/v1/co-financing-projects/TEST_CSTT_ALI_3")
                .then().statusCode(422).body("errors.field", hasItem("regionalOwnFunds.decrees"));
    }

    @Test
    void fundingLinesAreUpsertedByCodeWithEtags() {
        String code = "VOIP_" + System.nanoTime();
        String body = "{\"name\": \"Voip\", \"section\": \"LOCAL_PROGRAMME\", \"inTable1\": true, \"table1Row\": 5}";
        given().contentType(ContentType.JSON).body(body).put("/api/v1/funding-lines/" + code)
                .then().statusCode(201).header("ETag", "\"0\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.replace("Voip", "VoIP"))
                .put("/api/v1/funding-lines/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("VoIP"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/funding-lines/" + code)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/funding-lines/not a code!")
                .then().statusCode(400);

        Fixtures.allocation(Territory.community("line-in-use"), code, "1.00");
        given().delete("/api/v1/funding-lines/" + code).then().statusCode(409);
        String unused = Fixtures.fundingLine();
        given().delete("/api/v1/funding-lines/" + unused).then().statusCode(204);
        given().get("/api/v1/funding-lines/" + unused).then().statusCode(404);
    }

    @Test
    void callsHaveABudgetAndADeadlineAfterTheirOpening() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"title": "Avviso per la valorizzazione del patrimonio informativo", "target": "enti locali",
                         "budget": 450000.00, "opensOn": "2009-09-01", "deadline": "2009-10-30",
                         "deadlinePrinted": "30/10/2009"}""")
                .put("/api/v1/calls/TEST_PUBLIC_SECTOR_INFORMATION")
                .then().statusCode(201).body("budget", equalTo(eur("450000.00")));
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"budget\": 1.00, \"opensOn\": \"2009-11-01\", \"deadline\": \"2009-10-30\"}")
                .put("/api/v1/calls/LATE")
                .then().statusCode(422).body("errors.field", hasItem("opensOn"));
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"budget\": 1.005, \"deadline\": \"2009-10-30\"}")
                .put("/api/v1/calls/PRECISE")
                .then().statusCode(400).body("errors.field", hasItem("budget"));
        given().queryParam("openOn", "2009-10-15").get("/api/v1/calls")
                .then().statusCode(200).body("items.code", hasItem("TEST_PUBLIC_SECTOR_INFORMATION"));
        given().queryParam("openOn", "2009-10-31").get("/api/v1/calls")
                .then().statusCode(200).body("items.code", not(hasItem("TEST_PUBLIC_SECTOR_INFORMATION")));
    }

    @Test
    void communitiesHaveAStatusAgainstEachMandatoryRequirement() {
        String community = Territory.community("requirements");
        given().contentType(ContentType.JSON).body("{\"description\": \"adesione a infrastruttura InterPRO\"}")
                .put("/api/v1/mandatory-requirements/TEST_INTERPRO").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"met\": false, \"assessedOn\": \"2009-10-30\"}")
                .put("/api/v1/requirement-statuses/" + community + "/TEST_INTERPRO")
                .then().statusCode(201).body("met", equalTo(false));
        given().contentType(ContentType.JSON).body("{\"met\": true}")
                .put("/api/v1/requirement-statuses/" + community + "/TEST_INTERPRO")
                .then().statusCode(200).body("met", equalTo(true)).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).body("{\"met\": true}")
                .put("/api/v1/requirement-statuses/nowhere/TEST_INTERPRO")
                .then().statusCode(422).body("errors.field", hasItem("communityCode"));
        given().contentType(ContentType.JSON).body("{\"met\": true}")
                .put("/api/v1/requirement-statuses/" + community + "/NO_SUCH")
                .then().statusCode(422).body("errors.field", hasItem("requirementCode"));
        given().contentType(ContentType.JSON).body("{}")
                .put("/api/v1/requirement-statuses/" + community + "/TEST_INTERPRO")
                .then().statusCode(400).body("errors.field", hasItem("met"));
        given().queryParam("communityCode", community).queryParam("met", true).get("/api/v1/requirement-statuses")
                .then().statusCode(200).body("total", equalTo(1));
        given().delete("/api/v1/mandatory-requirements/TEST_INTERPRO").then().statusCode(409);
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
