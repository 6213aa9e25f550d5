package it.toscana.monitoring.territory.service;

import java.util.function.BiFunction;
import java.util.function.Function;

import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.platform.outbox.EventOutbox;
import it.toscana.monitoring.territory.domain.VersionedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes an aggregate and its territory event in the caller's transaction. */
@ApplicationScoped
public class Changes {

    @Inject
    EventOutbox outbox;

    @Inject
    EntityManager entityManager;

    /** Stores the entity, flushing first so that the published version is the one just written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> E saved(E entity, String eventType, Function<E, ? extends Versioned> state) {
        if (!entity.isPersistent()) {
            entity.persist();
        }
        entityManager.flush();
        outbox.publish(Topics.TERRITORY, eventType, state.apply(entity));
        return entity;
    }

    /** Deletes the entity and publishes its last state with the next version, so the deletion is newer than any upsert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends VersionedEntity> void deleted(E entity, String eventType,
            BiFunction<E, Long, ? extends Versioned> stateWithVersion) {
        Versioned last = stateWithVersion.apply(entity, entity.version + 1);
        entity.delete();
        entityManager.flush();
        outbox.publish(Topics.TERRITORY, eventType, last);
    }
}
