package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CommunityResourceTest {

    private static final String PROBLEM = "application/problem+json";

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
}
