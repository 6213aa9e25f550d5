package it.toscana.monitoring.territory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Issue 15, item 3: the bookkeeping tables have a retention (in tests the purge runs every second):
 * published outbox rows, consumed event ids and Idempotency-Key records past theirs are deleted;
 * recent rows and the newest version per aggregate are kept.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void rowsPastTheirRetentionArePurgedAndTheNewestVersionPerAggregateIsKept() {
        String marker = UUID.randomUUID().toString();
        sql("""
                INSERT INTO outbox_event (id, topic, aggregate_id, event_type, envelope, created_at, published_at) VALUES
                  (gen_random_uuid(), 'territory.events', ?1, 'old-sent', '{}', now() - interval '30 days', now() - interval '30 days'),
                  (gen_random_uuid(), 'territory.events', ?1, 'new-sent', '{}', now(), now())""", marker);
        sql("""
                INSERT INTO processed_event (event_id, topic, processed_at) VALUES
                  (gen_random_uuid(), ?1, now() - interval '60 days'), (gen_random_uuid(), ?1, now())""", marker);
        sql("INSERT INTO aggregate_version (aggregate_type, aggregate_id, version) VALUES ('community', ?1, 7)", marker);
        sql("""
                INSERT INTO idempotency_record (caller, idempotency_key, operation, request_hash, state, created_at) VALUES
                  (?1, 'old', 'POST /x', 'h', 'DONE', now() - interval '2 days'), (?1, 'new', 'POST /x', 'h', 'DONE', now())""",
                marker);

        await("purge").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1", marker));
            assertEquals(1, count("SELECT count(*) FROM processed_event WHERE topic = ?1", marker));
            assertEquals(1, count("SELECT count(*) FROM idempotency_record WHERE caller = ?1", marker));
        });
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1 AND event_type = 'new-sent'", marker));
        assertEquals(1, count("SELECT count(*) FROM aggregate_version WHERE aggregate_id = ?1", marker));
    }

    private void sql(String statement, String marker) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement)
                .setParameter(1, marker).executeUpdate());
    }

    private long count(String query, String marker) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(query)
                .setParameter(1, marker).getSingleResult()).longValue());
    }
}
