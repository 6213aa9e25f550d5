package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Mandatory requirements and each community's status against them. */
@QuarkusTest
class RequirementTest {

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
        given().queryParam("communityCode", community).queryParam("met", false).get("/api/v1/requirement-statuses")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("communityCode", community).get("/api/v1/requirement-statuses")
                .then().statusCode(200).body("total", equalTo(1));
        // a misspelt filter is refused, not read as met=false
        given().queryParam("communityCode", community).queryParam("met", "maybe").get("/api/v1/requirement-statuses")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("met"));
        given().delete("/api/v1/mandatory-requirements/TEST_INTERPRO").then().statusCode(409);
    }
}
