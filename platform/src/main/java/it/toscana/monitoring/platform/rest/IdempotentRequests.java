package it.toscana.monitoring.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code Idempotency-Key} on POST and bulk calls. The first request with a key runs and its
 * successful response is kept; the same key with the same body gets that response again without
 * running anything; the same key with another body is refused (422); a retry while the first is
 * still running gets 409. A refusal or a failure is not kept: it changed nothing, and a refusal
 * may be transient (a reference this service's replica has not received yet), so the client may
 * retry with the same key.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** Runs {@code action} once per (key, operation); without a key it simply runs it. */
    public Response execute(String key, String operation, Object body, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(400, "Invalid request", "Idempotency-Key is longer than " + MAX_KEY_LENGTH + ".",
                    List.of(new Problem.FieldError(HEADER, "at most " + MAX_KEY_LENGTH + " characters")));
        }
        String hash = hash(body);
        Response stored = QuarkusTransaction.requiringNew().call(() -> claim(key, operation, hash));
        if (stored != null) {
            return stored;
        }
        try {
            Response response = action.get();
            remember(key, operation, response.getStatus(), response.getEntity(), response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG));
            return response;
        } catch (RuntimeException failed) {
            forget(key, operation);
            throw failed;
        }
    }

    /** Inserts a pending record, or answers from the one already there. */
    private Response claim(String key, String operation, String hash) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (idempotency_key, operation, request_hash, state)
                VALUES (?1, ?2, ?3, 'PENDING') ON CONFLICT DO NOTHING""")
                .setParameter(1, key).setParameter(2, operation).setParameter(3, hash)
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT request_hash, state, status, response_body, location, etag FROM idempotency_record
                WHERE idempotency_key = ?1 AND operation = ?2""")
                .setParameter(1, key).setParameter(2, operation)
                .getSingleResult();
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable("Idempotency-Key " + key + " was already used with a different body.");
        }
        if ("PENDING".equals(row[1])) {
            throw ProblemException.conflict("A request with Idempotency-Key " + key + " is still being processed.");
        }
        int status = ((Number) row[2]).intValue();
        Response.ResponseBuilder replay = Response.status(status)
                .type(status >= 400 ? Problem.MEDIA_TYPE : "application/json")
                .header("Idempotent-Replayed", "true");
        if (row[3] != null) {
            replay.entity(row[3]);
        }
        if (row[4] != null) {
            replay.header(HttpHeaders.LOCATION, row[4]);
        }
        if (row[5] != null) {
            replay.header(HttpHeaders.ETAG, row[5]);
        }
        return replay.build();
    }

    private void remember(String key, String operation, int status, Object entity, String location, String etag) {
        String body = toJson(entity);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                UPDATE idempotency_record SET state = 'DONE', status = ?3, response_body = ?4, location = ?5, etag = ?6
                WHERE idempotency_key = ?1 AND operation = ?2""")
                .setParameter(1, key).setParameter(2, operation).setParameter(3, status)
                .setParameter(4, body).setParameter(5, location).setParameter(6, etag)
                .executeUpdate());
    }

    private void forget(String key, String operation) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "DELETE FROM idempotency_record WHERE idempotency_key = ?1 AND operation = ?2")
                .setParameter(1, key).setParameter(2, operation)
                .executeUpdate());
    }

    private String hash(Object body) {
        try {
            byte[] canonical = json.writeValueAsBytes(json.valueToTree(body));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Request body cannot be hashed", e);
        }
    }

    private String toJson(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be kept for idempotent replay", e);
        }
    }
}
