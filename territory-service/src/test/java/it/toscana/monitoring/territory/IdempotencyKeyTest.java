package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.toscana.monitoring.testsupport.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Issue 15, item 11: an Idempotency-Key belongs to its caller (the token's subject), lives for a
 * TTL, and a key left pending by a crash runs again instead of answering 409 forever.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String COMMUNITIES = "/api/v1/communities";
    private static final String TYPES = "https://monitoring.toscana.it/problems/";

    @Inject
    EntityManager entityManager;

    @Test
    void twoCallersWithTheSameKeyDoNotShareIt() {
        String key = UUID.randomUUID().toString();
        String first = Fixtures.communityCode("idem-a");
        String second = Fixtures.communityCode("idem-b");
        post(Tokens.regionAdmin("alice"), key, first).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        // another caller's key is not alice's: her response is not replayed to him, nor his body refused as hers
        post(Tokens.regionAdmin("bob"), key, second).then().statusCode(201).body("code", equalTo(second));
        post(Tokens.regionAdmin("alice"), key, first).then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        post(Tokens.regionAdmin("alice"), key, second).then().statusCode(422)
                .body("type", equalTo(TYPES + "idempotency-key-reused"));
    }

    @Test
    void aKeyLeftPendingByACrashRunsAgainAndAnExpiredKeyIsFree() {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.communityCode("idem-crash");
        String caller = "carol";
        // a request that is still running holds its key...
        age(insertPending(caller, key), "1 second");
        post(Tokens.regionAdmin(caller), key, code).then().statusCode(409)
                .body("type", equalTo(TYPES + "request-in-progress"));
        // ...one that a crash left pending long ago does not
        age(caller + key, "1 hour");
        post(Tokens.regionAdmin(caller), key, code).then().statusCode(201);

        // past its TTL (24 h) the key is free again, for another body too
        age(caller + key, "25 hours");
        String other = Fixtures.communityCode("idem-ttl");
        post(Tokens.regionAdmin(caller), key, other).then().statusCode(201).body("code", equalTo(other));
    }

    private String insertPending(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (caller, idempotency_key, operation, request_hash, state)
                VALUES (?1, ?2, 'POST /api/v1/communities', 'pending', 'PENDING')""")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
        return caller + key;
    }

    /** Moves the record's start back by {@code interval}, as if that much time had passed. */
    private void age(String callerAndKey, String interval) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE idempotency_record SET created_at = now() - CAST(?1 AS interval) WHERE caller || idempotency_key = ?2")
                .setParameter(1, interval).setParameter(2, callerAndKey).executeUpdate());
    }

    private static Response post(String token, String key, String code) {
        return given().header(Tokens.bearer(token)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"x\", \"kind\": \"COMUNITA_MONTANA\"}".formatted(code))
                .post(COMMUNITIES);
    }
}
