package it.toscana.monitoring.platform.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code Idempotency-Key} on POST and bulk calls, per caller (the token's subject: two callers
 * never share a key). The first request with a key runs and its successful response is kept for
 * {@code platform.idempotency.ttl}; the same key with the same body gets that response again
 * without running anything; the same key with another body is refused (422); a retry while the
 * first is still running gets 409. A key left running longer than
 * {@code platform.idempotency.pending-timeout} was abandoned (its request died with a crash) and
 * runs again. A refusal or a failure is not kept: it changed nothing, and a refusal may be
 * transient (a reference this service's replica has not received yet), so the client may retry
 * with the same key.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    IdempotencyConfig config;

    /** Runs {@code action} once per (key, operation); without a key it simply runs it. */
    public Response execute(String key, String operation, Object body, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField(HEADER, "at most " + MAX_KEY_LENGTH + " characters");
        }
        Claim claim = new Claim(caller(), key, operation);
        String hash = hash(body);
        Response stored = QuarkusTransaction.requiringNew().call(() -> claim(claim, hash));
        if (stored != null) {
            return stored;
        }
        try {
            Response response = action.get();
            remember(claim, response.getStatus(), response.getEntity(), response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG));
            return response;
        } catch (RuntimeException failed) {
            forget(claim);
            throw failed;
        }
    }

    /** One caller's use of one key on one operation. */
    private record Claim(String caller, String key, String operation) {
    }

    /** The token's subject; writes need a token, so no caller is anonymous here. */
    private String caller() {
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /**
     * Inserts a pending record (or takes over one that expired, or that a crash left pending), or
     * answers from the one already there.
     */
    private Response claim(Claim claim, String hash) {
        int claimed = entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (caller, idempotency_key, operation, request_hash, state, created_at)
                VALUES (?1, ?2, ?3, ?4, 'PENDING', now())
                ON CONFLICT (caller, idempotency_key, operation) DO UPDATE
                SET request_hash = EXCLUDED.request_hash, state = 'PENDING', status = NULL, response_body = NULL,
                    location = NULL, etag = NULL, created_at = now()
                WHERE idempotency_record.created_at < now() - make_interval(secs => ?5)
                   OR (idempotency_record.state = 'PENDING' AND idempotency_record.created_at < now() - make_interval(secs => ?6))""")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).setParameter(3, claim.operation())
                .setParameter(4, hash).setParameter(5, (double) config.ttl().toSeconds())
                .setParameter(6, (double) config.pendingTimeout().toSeconds())
                .executeUpdate();
        if (claimed == 1) {
            return null;
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT request_hash, state, status, response_body, location, etag FROM idempotency_record
                WHERE caller = ?1 AND idempotency_key = ?2 AND operation = ?3""")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).setParameter(3, claim.operation())
                .getSingleResult();
        if ("PENDING".equals(row[1])) {
            throw ProblemException.of(ProblemType.REQUEST_IN_PROGRESS,
                    "A request with Idempotency-Key " + claim.key() + " is still being processed.");
        }
        if (!hash.equals(row[0])) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + claim.key() + " was already used with a different body.");
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

    private void remember(Claim claim, int status, Object entity, String location, String etag) {
        String body = toJson(entity);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                UPDATE idempotency_record SET state = 'DONE', status = ?4, response_body = ?5, location = ?6, etag = ?7
                WHERE caller = ?1 AND idempotency_key = ?2 AND operation = ?3""")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).setParameter(3, claim.operation())
                .setParameter(4, status).setParameter(5, body).setParameter(6, location).setParameter(7, etag)
                .executeUpdate());
    }

    private void forget(Claim claim) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "DELETE FROM idempotency_record WHERE caller = ?1 AND idempotency_key = ?2 AND operation = ?3")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).setParameter(3, claim.operation())
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
