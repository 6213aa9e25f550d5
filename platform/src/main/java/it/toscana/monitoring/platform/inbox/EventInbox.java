package it.toscana.monitoring.platform.inbox;

import it.toscana.monitoring.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumer-side dedupe log. Called in the projection's own transaction, so an event is
 * recorded as processed exactly when its effect is committed.
 */
@ApplicationScoped
public class EventInbox {

    @Inject
    EntityManager entityManager;

    /**
     * Records the event and reports whether it should be applied: false for a redelivered event
     * id, and for a version not newer than the newest applied to the same aggregate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean accept(String topic, CloudEvent event) {
        int firstDelivery = entityManager.createNativeQuery(
                "INSERT INTO processed_event (event_id, topic) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, event.id())
                .setParameter(2, topic)
                .executeUpdate();
        if (firstDelivery == 0) {
            return false;
        }
        int newer = entityManager.createNativeQuery("""
                INSERT INTO aggregate_version (aggregate_type, aggregate_id, version) VALUES (?1, ?2, ?3)
                ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET version = EXCLUDED.version
                WHERE aggregate_version.version < EXCLUDED.version""")
                .setParameter(1, event.aggregateType())
                .setParameter(2, event.subject())
                .setParameter(3, event.version())
                .executeUpdate();
        return newer == 1;
    }

    /** Forgets everything, for a rebuild that replays the topics from the beginning. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        entityManager.createNativeQuery("TRUNCATE processed_event, aggregate_version").executeUpdate();
    }
}
