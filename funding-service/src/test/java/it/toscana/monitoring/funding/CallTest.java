package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.funding.Fixtures.eur;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Calls: a budget to the cent, a deadline after their opening, listed by the day they are open on. */
@QuarkusTest
class CallTest {

    @BeforeAll
    static void exactMoney() {
        Fixtures.exactMoney();
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
}
