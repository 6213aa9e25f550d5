package it.toscana.monitoring.gateway.consume;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Rebuilds asked for by a migration that changed the projections' shape (a row in
 * projection_rebuild_request): without one, the consumer would resume from its committed offsets and the
 * new tables would never see the events before them.
 */
@ApplicationScoped
public class RebuildRequests {

    @Inject
    EntityManager entityManager;

    @Transactional
    public boolean pending() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM projection_rebuild_request")
                .getSingleResult()).longValue() > 0;
    }

    /** In the rebuild's own transaction: the replay that follows is what was asked for. */
    void clear() {
        entityManager.createNativeQuery("DELETE FROM projection_rebuild_request").executeUpdate();
    }
}
