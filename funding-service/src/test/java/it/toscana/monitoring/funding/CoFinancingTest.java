package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Co-financing projects: their contributions add up to the total investment, or carry an explained difference. */
@QuarkusTest
class CoFinancingTest {

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
}
