package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.testsupport.Tokens;

/** Issue 15, item 12: a token must be minted for this API (audience), and live and be held at most an hour. */
@QuarkusTest
class JwtLimitsTest {

    @Test
    void tokensForAnotherAudienceOrTooLongLivedOrTooOldAreRefused() {
        for (String token : new String[] { Tokens.forAudience(null), Tokens.forAudience("another-api"),
                Tokens.validFor(24 * 3600), Tokens.issuedAgo(2 * 3600) }) {
            given().header(Tokens.bearer(token)).contentType(ContentType.JSON).body(body()).post("/api/v1/communities")
                    .then().statusCode(401).contentType(Fixtures.PROBLEM)
                    .body("type", equalTo("https://monitoring.toscana.it/problems/unauthorized"));
        }
        given().header(Tokens.bearer(Tokens.forAudience(Tokens.AUDIENCE))).contentType(ContentType.JSON).body(body())
                .post("/api/v1/communities").then().statusCode(201);
    }

    private static String body() {
        return "{\"code\": \"%s\", \"name\": \"x\", \"kind\": \"COMUNITA_MONTANA\"}".formatted(Fixtures.communityCode("jwt"));
    }
}
